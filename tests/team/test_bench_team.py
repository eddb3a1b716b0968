"""The team benchmarks measure what they claim, on a tiny dataset (bench/run gives the verdicts)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bench.dataset import SMOKE, dataset
from bench.team_measure import first_join_and_sync, many_laptops

from asfdesk.sync import protocol
from asfdesk.sync.team import SEEDED


def test_first_join_first_sync_and_a_resumed_sync_move_every_record(tmp_path: Path) -> None:
    ds = dataset(tmp_path / "cache", SMOKE)
    with sqlite3.connect(ds.path) as db:
        counts = {
            t.name: db.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in protocol.synced_tables()
        }
    records = sum(counts.values())
    join, first = first_join_and_sync(ds.path)
    assert f"sent {records - sum(counts[t] for t in SEEDED)}" in join.detail  # the module catalogue is no news
    assert join.baseline and join.ours > 0
    received = re.search(r"received (\d+);", first.detail)
    assert received and int(received.group(1)) >= records  # and the records of the team's accounts
    resumed = re.search(r"killed holding (\d+) records, the next sync received (\d+) more", first.detail)
    assert resumed, first.detail
    held, more = int(resumed.group(1)), int(resumed.group(2))
    assert 0 < held < int(received.group(1)) and held + more >= int(received.group(1))  # resumed, not restarted
    assert "peak RSS" in first.detail


def test_laptops_editing_and_syncing_at_once_lose_no_edit() -> None:
    figure = many_laptops(laptops=3, rounds=2, edits=5)
    assert "6 syncs of 5 edits each" in figure.detail
    assert "waiting for the servers' answers: median" in figure.detail
    assert figure.detail.endswith("lost edits: 0")
