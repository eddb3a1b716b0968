"""Nothing committed is lost: a writer killed with SIGKILL at random moments, fifty times."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from asfdesk.storage.migrate import open_database

ROUNDS = 50
ROUND_TIMEOUT = 20.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def test_every_reported_commit_survives_kill_minus_nine(tmp_path: Path) -> None:
    """Records reported as saved are all there after 50 hard kills, and the file passes integrity_check."""
    database = tmp_path / "durable.db"
    open_database(database, backup_dir=tmp_path / "backups").close()
    rng = random.Random(1234)
    reported: set[str] = set()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for _round in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.durability_writer", str(database)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=root,
            env=env,
        )
        assert writer.stdout is not None
        started = time.monotonic()
        first = writer.stdout.readline()  # the writer is up and has committed its first row
        assert first.startswith(b"enterprise"), "writer did not start"
        time.sleep(rng.uniform(0.0, 0.25))  # then kill it anywhere in its loop
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=ROUND_TIMEOUT)
        assert time.monotonic() - started < ROUND_TIMEOUT
        for line in rest.split(b"\n")[:-1]:  # the last piece may be a line cut off by the kill
            reported.add(line.decode())
    assert len(reported) > ROUNDS  # the writers did get work done
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM contact_person")}
    missing = reported - stored
    assert not missing, f"{len(missing)} reported saves are missing"


def test_two_writers_at_once_queue_instead_of_failing(tmp_path: Path) -> None:
    """Two processes saving at the same time (window and command line) both succeed; nothing is corrupted."""
    database = tmp_path / "shared.db"
    open_database(database, backup_dir=tmp_path / "backups").close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.durability_writer", str(database)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=root,
            env=env,
        )
        for _ in range(2)
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().startswith(b"enterprise")
    time.sleep(1.5)
    reported: list[set[str]] = []
    for writer in writers:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=ROUND_TIMEOUT)
        # read through the file objects: communicate() with two pipes reads the raw descriptors
        # and would miss what readline() above had already buffered (the next lines' start)
        assert writer.stdout is not None and writer.stderr is not None
        out, err = writer.stdout.read(), writer.stderr.read()
        assert b"locked" not in err and b"Traceback" not in err
        reported.append({line.decode() for line in out.split(b"\n")[:-1]})
    assert all(len(ids) > 5 for ids in reported)  # both got their saves through
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM contact_person")}
    assert reported[0] | reported[1] <= stored
