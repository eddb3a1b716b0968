"""Team-mode fixtures: a real PostgreSQL cluster and real `asfdesk-server run` processes on loopback.

The cluster is made once per test session with the same code as `asfdesk-server init --local`
(initdb in a temporary folder, a free port, stopped and removed at the end). Each test gets a
database of its own in it and a server process of its own on that database, so tests never see
each other's records. Laptops are ordinary asfdesk databases with their own files.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest

from asfdesk.config import AppPaths
from asfdesk.context import AppContext, open_context
from asfdesk.server import accounts, cluster
from asfdesk.server.database import owner_engine
from asfdesk.storage.probe import head_revision
from asfdesk.sync.team import TeamService

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[cluster.LocalConfig]:
    folder = Path(tempfile.mkdtemp(prefix="asfdesk-pg-")) / "cluster"
    os.chmod(folder.parent, 0o711)  # under root the cluster runs as `postgres`, which must pass through
    config = cluster.init(folder)
    try:
        yield config
    finally:
        cluster.stop(folder)
        shutil.rmtree(folder.parent, ignore_errors=True)


def new_database(config: cluster.LocalConfig) -> str:
    """A fresh, empty PostgreSQL database in the session's cluster; its owner URL."""
    name = f"team{next(_numbers)}"
    admin = config.url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{config.owner}"')
    return config.url().rsplit("/", 1)[0] + f"/{name}"


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT
    pg: str  # the owner's PostgreSQL URL
    process: subprocess.Popen[bytes]
    log: Path

    def org(self, name: str, kind: str) -> str:
        engine = owner_engine(self.pg)
        try:
            return accounts.add_organisation(engine, name, kind)
        finally:
            engine.dispose()

    def user(self, name: str, role: str, organisation: str) -> str:
        """A new account; returns its enrolment code."""
        engine = owner_engine(self.pg)
        try:
            return accounts.add_user(engine, name, role, organisation)[1]
        finally:
            engine.dispose()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    pg_url: str, folder: Path, workers: int = 1, local: Path | None = None, tls: tuple[Path, Path] | None = None
) -> Server:
    """`asfdesk-server run` on a free port (`--local DIR` when given, else `--pg URL`; HTTPS with
    `tls` = (certificate, key)), once it answers."""
    port = cluster.free_port()
    log = folder / f"server-{port}.log"
    where = ["--local", str(local)] if local is not None else ["--pg", pg_url]
    where += ["--cert", str(tls[0]), "--key", str(tls[1])] if tls else []
    process = subprocess.Popen(
        [sys.executable, "-m", "asfdesk.server", "run", *where, "--port", str(port), "--workers", str(workers)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    server = Server(f"{'https' if tls else 'http'}://127.0.0.1:{port}", pg_url, process, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"asfdesk-server stopped: {log.read_text(errors='replace')[-2000:]}")
        try:  # readiness only: whether the laptop trusts the certificate is what the tests look at
            if httpx.get(f"{server.url}/v1/hello", timeout=1, verify=False).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.stop()
    raise AssertionError(f"asfdesk-server did not answer: {log.read_text(errors='replace')[-2000:]}")


@pytest.fixture
def team_server(pg_cluster: cluster.LocalConfig, tmp_path: Path) -> Iterator[Server]:
    server = start_server(new_database(pg_cluster), tmp_path)
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Laptop:
    context: AppContext
    team: TeamService

    @property
    def database(self):  # type: ignore[no-untyped-def]
        return self.context.database


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """laptops(name) → a new laptop database with its team service (closed at the end)."""
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        paths = AppPaths.resolve(tmp_path / f"data-{name}")
        paths.ensure()
        context = open_context(paths, tmp_path / f"{name}.db")
        laptop = Laptop(context, TeamService(context.database, schema=head_revision()))
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.context.close()
