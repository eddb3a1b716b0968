"""Team-mode figures: a first join, a first sync onto an empty laptop, many laptops syncing at once.

A throwaway PostgreSQL cluster made as `asfdesk-server init --local` makes it, real
`asfdesk-server run` processes on loopback, and laptops in processes of their own
(bench/team_laptop.py). Floors, in the same run: the same rows copied into PostgreSQL with COPY
(for a join), and read with COPY and bulk-inserted into an empty asfdesk database (for a first sync).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg

from asfdesk.server import accounts, cluster
from asfdesk.server.database import owner_engine
from asfdesk.storage import search_schema
from asfdesk.storage.base import Base
from asfdesk.storage.migrate import open_database
from asfdesk.sync import protocol
from bench.measures import Figure, _percentile

ROOT = Path(__file__).resolve().parents[1]
LAPTOPS, ROUNDS, EDITS = 20, 10, 20  # 20 laptops × 200 edits, a sync after every 20


@contextmanager
def team_cluster() -> Iterator[cluster.LocalConfig]:
    folder = Path(tempfile.mkdtemp(prefix="asfdesk-bench-pg-"))
    os.chmod(folder, 0o711)  # under root the cluster runs as `postgres`, which must pass through
    config = cluster.init(folder / "cluster")
    try:
        yield config
    finally:
        cluster.stop(folder / "cluster")
        shutil.rmtree(folder, ignore_errors=True)


def _database(config: cluster.LocalConfig, name: str) -> str:
    admin = config.url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{config.owner}"')
    return str(config.url()).rsplit("/", 1)[0] + f"/{name}"


@contextmanager
def _servers(pg: str, folder: Path, count: int = 1) -> Iterator[list[str]]:
    processes, urls = [], []
    try:
        for _ in range(count):
            port = cluster.free_port()
            log = (folder / f"server-{port}.log").open("wb")
            command = [sys.executable, "-m", "asfdesk.server", "run", "--pg", pg, "--port", str(port)]
            processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(urls, processes, strict=True):
            deadline = time.monotonic() + 120
            while process.poll() is None and time.monotonic() < deadline:
                try:
                    if httpx.get(f"{url}/v1/hello", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            else:
                raise RuntimeError(f"asfdesk-server on {url} did not start (see {folder})")
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(30)


def _laptop(*args: str, timeout: float = 3600) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.team_laptop", *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"laptop {args[0]} failed: {done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _rows(source: Path) -> Iterator[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Each synchronised table's rows as the laptop holds them."""
    with sqlite3.connect(source) as db:
        for table in protocol.synced_tables():
            columns = [c.name for c in table.columns]
            quoted = ", ".join(f'"{c}"' for c in columns)
            yield table.name, columns, db.execute(f'SELECT {quoted} FROM "{table.name}"').fetchall()


def _copy_in_floor(config: cluster.LocalConfig, source: Path) -> float:
    """The same rows read from the laptop and COPYed into PostgreSQL tables of the same schema."""
    pg = _database(config, "bench_copy_in")
    engine = owner_engine(pg)
    Base.metadata.create_all(engine, tables=list(protocol.synced_tables()))
    engine.dispose()
    started = time.perf_counter()
    with psycopg.connect(pg) as conn, conn.cursor() as cursor:
        conn.execute("SET session_replication_role = replica")  # no foreign-key order needed
        for name, columns, rows in _rows(source):
            quoted = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
    return time.perf_counter() - started


def _copy_out_floor(pg: str, folder: Path) -> float:
    """The team's rows read with COPY and bulk-inserted into an empty asfdesk database."""
    target = folder / "floor.db"
    open_database(target, backup_dir=folder / "floor-backups").close()
    started = time.perf_counter()
    with psycopg.connect(pg) as conn, sqlite3.connect(target) as db:
        conn.execute("SET row_security = off")
        for table in protocol.synced_tables():
            columns = [c.name for c in table.columns]
            quoted = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            with conn.cursor().copy(f'COPY "{table.name}" ({quoted}) TO STDOUT') as copy:
                rows = list(copy.rows())
            deferred = search_schema.deferred_insert_statements(table.name)  # indexed at once, after
            for statement in deferred[0] if deferred else []:
                db.execute(statement)
            db.executemany(f'INSERT OR IGNORE INTO "{table.name}" ({quoted}) VALUES ({marks})', rows)
            for statement in deferred[1] if deferred else []:
                db.execute(statement)
    return time.perf_counter() - started


def first_join_and_sync(source: Path) -> list[Figure]:
    with sqlite3.connect(source) as db:
        rows = sum(db.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in protocol.synced_tables())
    with team_cluster() as config, tempfile.TemporaryDirectory(prefix="asfdesk-bench-team-") as scratch:
        folder = Path(scratch)
        copy_in = _copy_in_floor(config, source)
        pg = _database(config, "bench_team")
        with _servers(pg, folder) as (url,):
            engine = owner_engine(pg)
            accounts.add_organisation(engine, "Coompanion", "coompanion")
            first_code = accounts.add_user(engine, "Sara Samordnare", "samordnare", "Coompanion")[1]
            laptop = folder / "laptop.db"
            with sqlite3.connect(source) as origin, sqlite3.connect(laptop) as copy:
                origin.backup(copy)  # whole, whatever its write-ahead log still holds
            join = _laptop("sync", str(laptop), str(folder / "laptop-data"), url, first_code)
            codes = [accounts.add_device(engine, "Sara Samordnare") for _ in range(2)]
            engine.dispose()
            first = _laptop("sync", str(folder / "empty.db"), str(folder / "empty-data"), url, codes[0])
            copy_out = _copy_out_floor(pg, folder)
            resumed = _resume_after_kill(folder, url, codes[1], int(first["received"]) // 2)
    return [
        Figure(
            f"team: first join, everything pushed ({rows} records)",
            join["seconds"],
            copy_in,
            "≤ 3×",
            join["seconds"] <= 3 * copy_in,
            detail=f"floor = the same rows COPYed into PostgreSQL; sent {join['sent']:.0f}",
            unit="s",
        ),
        Figure(
            f"team: first sync onto an empty laptop ({rows} records)",
            first["seconds"],
            copy_out,
            "≤ 3×, RSS < 400 MB",
            first["seconds"] <= 3 * copy_out and first["rss_mb"] < 400,
            detail=f"floor = COPY out of PostgreSQL and bulk insert into an empty asfdesk database; "
            f"received {first['received']:.0f}; peak RSS {first['rss_mb']:.0f} MB; {resumed}",
            unit="s",
        ),
    ]


def _resume_after_kill(folder: Path, url: str, code: str, half: int) -> str:
    """A first sync killed once the laptop holds half the records, then run again: the second run
    takes only what the first had not (resumed, not restarted)."""
    database, data = folder / "killed.db", folder / "killed-data"
    command = [sys.executable, "-m", "bench.team_laptop", "sync", str(database), str(data), url, code]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    held = 0
    while process.poll() is None and held < half:
        time.sleep(0.05)
        held = _held(database)
    process.kill()
    process.wait()
    held = _held(database)
    if held >= 2 * half:
        return "the sync ended before it could be killed halfway"
    again = _laptop("sync", str(database), str(data), url)
    return f"killed holding {held} records, the next sync received {again['received']:.0f} more"


def _held(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM sync_row_state").fetchone()[0])
    except sqlite3.Error:
        return 0  # not made yet, or not joined yet


def many_laptops(laptops: int = LAPTOPS, rounds: int = ROUNDS, edits: int = EDITS) -> Figure:
    with team_cluster() as config, tempfile.TemporaryDirectory(prefix="asfdesk-bench-team-") as scratch:
        folder = Path(scratch)
        pg = _database(config, "bench_many")
        with _servers(pg, folder, count=2) as urls:
            engine = owner_engine(pg)
            accounts.add_organisation(engine, "Coompanion", "coompanion")
            codes = [
                accounts.add_user(engine, f"Rådgivare {n + 1}", "samordnare", "Coompanion")[1] for n in range(laptops)
            ]
            seed = accounts.add_device(engine, "Rådgivare 1")
            engine.dispose()
            enterprises = _seed_team(folder, urls[0], seed, laptops)
            processes = []
            for n in range(laptops):
                args = [str(folder / f"l{n}.db"), str(folder / f"l{n}-data"), urls[n % 2], codes[n], enterprises[n]]
                processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "bench.team_laptop", "work", *args, str(rounds), str(edits)],
                        cwd=ROOT,
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        text=True,
                    )
                )
            for round_ in range(rounds):  # every laptop edits, then all sync at once
                if round_:
                    _tell(processes, "edit")
                _hear(processes, "edited")
                _tell(processes, "sync")
                _hear(processes, "synced")
            results = []
            for process in processes:  # every laptop has synced its last round ...
                assert process.stdout is not None
                results.append(json.loads(process.stdout.readline()))
            for process in processes:  # ... before any closes
                process.communicate("quit\n", timeout=1800)
            lost = _lost_edits(pg, results)
    seconds = [s for r in results for s in r["seconds"]]
    waiting = [s for r in results for s in r["waiting"]]
    p95 = _percentile(seconds, 0.95)
    return Figure(
        f"team: {laptops} laptops × {rounds * edits} edits, 2 server processes: p95 sync",
        p95,
        None,
        "< 1 s, 0 lost",
        p95 < 1.0 and lost == 0,
        detail=f"{len(seconds)} syncs of {edits} edits each, the {laptops} laptops syncing at once each round "
        f"(and editing the next once all have synced); median "
        f"{_percentile(seconds, 0.5) * 1000:.0f} ms, slowest {max(seconds) * 1000:.0f} ms; of a sync, waiting for "
        f"the servers' answers: median {_percentile(waiting, 0.5) * 1000:.0f} ms, p95 "
        f"{_percentile(waiting, 0.95) * 1000:.0f} ms; lost edits: {lost}",
    )


def _tell(processes: list[subprocess.Popen[str]], line: str) -> None:
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(f"{line}\n")
        process.stdin.flush()


def _hear(processes: list[subprocess.Popen[str]], line: str) -> None:
    for process in processes:
        assert process.stdout is not None
        if process.stdout.readline().strip() != line:
            raise RuntimeError("a laptop stopped working")


def _seed_team(folder: Path, url: str, code: str, laptops: int) -> list[str]:
    """One enterprise per laptop with ten contact persons, sent to the team; their ids."""
    from asfdesk.config import AppPaths
    from asfdesk.context import open_context
    from asfdesk.domain.inputs import ContactPersonInput, EnterpriseInput
    from asfdesk.storage.probe import head_revision
    from asfdesk.sync.team import TeamService

    paths = AppPaths.resolve(folder / "seed-data")
    paths.ensure()
    context = open_context(paths, folder / "seed.db")
    try:
        made = []
        for n in range(laptops):
            enterprise = context.enterprise_records.create(
                EnterpriseInput(name=f"Företag {n + 1}", municipality="Gävle")
            )
            for k in range(10):
                context.contact_persons.create(ContactPersonInput(name=f"Handledare {k + 1}"), enterprise)
            made.append(str(enterprise))
        team = TeamService(context.database, schema=head_revision())
        team.join(url, code)
        team.sync()
        return made
    finally:
        context.close()


def _lost_edits(pg: str, results: list[dict[str, Any]]) -> int:
    """Edits whose last value is not what the team holds after everyone synced."""
    with psycopg.connect(pg) as conn:
        conn.execute("SET row_security = off")
        held: dict[str, str] = {str(i): str(n) for i, n in conn.execute("SELECT id, notes FROM contact_person")}
    return len([1 for r in results for record_id, note in r["last"].items() if held.get(record_id) != note])
