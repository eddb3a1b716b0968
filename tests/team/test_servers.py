"""The server as deployed: HTTPS with a certificate the laptop verifies, several processes on one
PostgreSQL, and a laptop killed at any moment of a sync."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from asfdesk.server import cluster
from asfdesk.sync.client import TeamError

from .conftest import Server, new_database, start_server


def test_https_with_a_certificate_the_laptop_checks(pg_cluster, tmp_path: Path, laptops) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    cert, key, ca = tmp_path / "server.pem", tmp_path / "server.key", tmp_path / "ca.pem"
    certificate.cert_chain_pems[0].write_to_path(str(cert))
    certificate.private_key_pem.write_to_path(str(key))
    authority.cert_pem.write_to_path(str(ca))
    pg = new_database(pg_cluster)
    port = cluster.free_port()
    log = tmp_path / "https.log"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "asfdesk.server",
            "run",
            "--pg",
            pg,
            "--port",
            str(port),
            "--cert",
            str(cert),
            "--key",
            str(key),
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    server = Server(f"https://127.0.0.1:{port}", pg, process, log)
    try:
        _wait_https(server, ca)
        server.org("Coompanion Jämtland", "coompanion")
        code = server.user("Maja Mattsson", "radgivare", "Coompanion Jämtland")
        laptop = laptops("maja")
        with pytest.raises(TeamError, match="certifikat"):
            laptop.team.join(server.url, code)  # a certificate this computer does not trust: refused
        team = laptop.team.join(server.url, code, ca)
        assert team["me"]["name"] == "Maja Mattsson"
        assert laptop.team.sync().line().startswith("skickade ")
    finally:
        server.stop()


def _wait_https(server: Server, ca: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert server.process.poll() is None, server.log.read_text(errors="replace")[-2000:]
        try:
            verify = ssl.create_default_context(cafile=str(ca))
            if httpx.get(f"{server.url}/v1/hello", verify=verify, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the HTTPS server did not answer")


def test_plain_http_is_refused_on_a_public_address(pg_cluster, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "asfdesk.server", "run", "--pg", new_database(pg_cluster), "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0 and "--cert" in done.stderr and "Traceback" not in done.stderr


def test_two_server_processes_serve_one_team(pg_cluster, tmp_path: Path, laptops) -> None:
    """The server keeps nothing between requests: laptops on either process converge."""
    pg = new_database(pg_cluster)
    first = start_server(pg, tmp_path)
    second = start_server(pg, tmp_path)
    try:
        first.org("Coompanion Gävleborg", "coompanion")
        anna, bertil = laptops("anna"), laptops("bertil")
        anna.team.join(first.url, first.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
        bertil.team.join(second.url, second.user("Bertil Berg", "radgivare", "Coompanion Gävleborg"))
        from asfdesk.domain.inputs import EnterpriseInput

        for i in range(5):
            anna.context.enterprise_records.create(EnterpriseInput(name=f"Annas {i}", municipality="Gävle"))
            bertil.context.enterprise_records.create(EnterpriseInput(name=f"Bertils {i}", municipality="Gävle"))
        for laptop in (anna, bertil, anna):
            laptop.team.sync()
        names = [sorted(e.name for e in laptop.context.enterprises.list_enterprises()) for laptop in (anna, bertil)]
        assert names[0] == names[1] == sorted([f"Annas {i}" for i in range(5)] + [f"Bertils {i}" for i in range(5)])
    finally:
        first.stop()
        second.stop()


def test_a_laptop_killed_at_any_moment_of_a_sync_loses_nothing_and_doubles_nothing(
    team_server: Server, tmp_path: Path
) -> None:
    """kill -9 of `asfdesk sync` at random moments (pushing, applying, pulling), then a clean sync:
    every record reaches the server once, and a second laptop receives each once."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    team_server.org("Coompanion Gävleborg", "coompanion")
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert (
        subprocess.run(
            [sys.executable, "-m", "asfdesk", "demo", "--db", str(a), "--seed", "9"],
            env=env,
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    code = team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")
    join = [sys.executable, "-m", "asfdesk", "--db", str(a), "team", "join", team_server.url, code]
    started = subprocess.Popen(join, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)  # enrolled and pushing by now
    started.send_signal(signal.SIGKILL)
    started.wait()
    chooser = random.Random(7)
    for _ in range(6):
        run = subprocess.Popen(
            [sys.executable, "-m", "asfdesk", "--db", str(a), "sync"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chooser.uniform(0.5, 3.0))
        run.send_signal(signal.SIGKILL)
        run.wait()
    final = subprocess.run(
        [sys.executable, "-m", "asfdesk", "--db", str(a), "sync"], env=env, capture_output=True, text=True, check=False
    )
    assert final.returncode == 0, final.stderr
    other = team_server.user("Bertil Berg", "samordnare", "Coompanion Gävleborg")
    joined = subprocess.run(
        [sys.executable, "-m", "asfdesk", "--db", str(b), "team", "join", team_server.url, other],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert joined.returncode == 0, joined.stderr
    with sqlite3.connect(a) as first, sqlite3.connect(b) as second:
        for table in ("enterprise", "support_contact", "meeting", "placement", "participant"):
            mine = first.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()
            theirs = second.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()
            assert mine == theirs, table
        assert first.execute("SELECT count(*) FROM sync_dirty").fetchone()[0] == 0
        assert first.execute("SELECT count(*) FROM sync_outgoing").fetchone()[0] == 0
