"""Faults between laptop and server: an answer lost after the server committed, a server that
dies and comes back, a connection refused half-way through a sync."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.storage.models import Enterprise
from asfdesk.sync.client import TeamError

from .conftest import Server, start_server
from .test_sync import _count


def _read_message(conn: socket.socket) -> bytes:
    """One HTTP/1.1 message (headers and a Content-Length body), or b'' when the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class LosingProxy:
    """Forwards HTTP to the server, but swallows the answers to the next `lose` pushes: the server
    has applied and committed the batch, the laptop never hears so."""

    def __init__(self, target_port: int) -> None:
        self.lose = 0
        self.lost = 0
        self._target = target_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client, socket.create_connection(("127.0.0.1", self._target)) as upstream:
            while request := _read_message(client):
                upstream.sendall(request)
                answer = _read_message(upstream)
                if request.startswith(b"POST /v1/push") and self.lose > 0:
                    self.lose -= 1
                    self.lost += 1
                    return  # the connection drops with the answer unsent
                client.sendall(answer)

    def close(self) -> None:
        self._listener.close()


@pytest.fixture
def proxy(team_server: Server):
    port = int(team_server.url.rsplit(":", 1)[1])
    lossy = LosingProxy(port)
    yield lossy
    lossy.close()


def test_an_answer_lost_after_the_server_committed_changes_nothing_twice(team_server: Server, proxy, laptops) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    anna, sara = laptops("anna"), laptops("sara")
    anna.team.join(proxy.url, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    for i in range(3):
        anna.context.enterprise_records.create(EnterpriseInput(name=f"Svarslöst {i}", municipality="Gävle"))
    proxy.lose = 1
    with pytest.raises(TeamError):
        anna.team.sync()
    assert proxy.lost == 1
    assert anna.team.status().waiting > 0  # the batch waits, under the same id
    result = anna.team.sync()
    assert result.conflicts == 0
    sara.team.sync()
    for i in range(3):
        assert _count(sara, Enterprise, name=f"Svarslöst {i}") == 1
    assert anna.team.status().waiting == 0


def test_a_server_that_dies_mid_sync_and_comes_back(pg_cluster, tmp_path: Path, laptops) -> None:
    """The server stops between two syncs and during one; the laptop keeps its work and finishes
    when a server (a new process on the same database) answers again."""
    from .conftest import new_database

    pg = new_database(pg_cluster)
    first = start_server(pg, tmp_path)
    first.org("Coompanion Gävleborg", "coompanion")
    anna = laptops("anna")
    anna.team.join(first.url, first.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    anna.team.sync()
    anna.context.enterprise_records.create(EnterpriseInput(name="Under avbrottet", municipality="Gävle"))
    first.process.kill()  # no goodbye
    first.process.wait()
    with pytest.raises(TeamError, match="svarar inte"):
        anna.team.sync()
    assert anna.team.status().waiting == 1
    second = start_server(pg, tmp_path)
    try:
        team = anna.team.team()
        assert team is not None
        with anna.database.session_factory.begin() as session:  # the same laptop, the new address
            from asfdesk.sync.apply import set_state

            set_state(session.connection(), "team", {**team, "url": second.url})
        assert anna.team.sync().line().startswith("skickade 1,")
        assert anna.team.status().waiting == 0
    finally:
        second.stop()
