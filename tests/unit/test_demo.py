"""Demo data: deterministic, complete and plausible."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from stdnum.se import orgnr

from asfdesk.demo.database import create_demo_database
from asfdesk.storage.base import Base
from asfdesk.storage.errors import DatabaseOpenError

from ..conftest import DEMO_SEED, FIXED_TODAY


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {
            table.name: conn.execute(f"SELECT * FROM {table.name} ORDER BY 1").fetchall()
            for table in Base.metadata.tables.values()
        }


def test_same_seed_gives_the_same_data(tmp_path: Path, demo_template: Path) -> None:
    """Building again with the same seed and date reproduces every row, ids and timestamps included."""
    again = tmp_path / "again.db"
    create_demo_database(again, backup_dir=tmp_path / "b", seed=DEMO_SEED, today=FIXED_TODAY)
    first, second = _dump(demo_template), _dump(again)
    for table in first:
        if table == "module":
            continue  # catalogue rows are stamped by the migration when the file is created
        assert first[table] == second[table], table


def test_another_seed_gives_other_data(tmp_path: Path, demo_template: Path) -> None:
    """A different seed gives different people and contacts."""
    other = tmp_path / "other.db"
    create_demo_database(other, backup_dir=tmp_path / "b", seed=DEMO_SEED + 1, today=FIXED_TODAY)
    assert _dump(other)["support_contact"] != _dump(demo_template)["support_contact"]


def test_every_table_is_populated(demo_template: Path) -> None:
    """The demo fills every kind of record (the bin, the audit log, the settings and drafts start empty)."""
    with sqlite3.connect(demo_template) as conn:
        for table in set(Base.metadata.tables) - {"trash_entry", "audit_log", "setting", "form_draft"}:
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count > 0, table


def test_participants_are_women_and_men_with_pseudonyms(demo_template: Path) -> None:
    """Both women and men are present in plausible shares; no personnummer is stored."""
    with sqlite3.connect(demo_template) as conn:
        genders = dict(conn.execute("SELECT gender, count(*) FROM participant GROUP BY gender").fetchall())
        assert genders.get("kvinna", 0) >= 10 and genders.get("man", 0) >= 10
        total = sum(genders.values())
        assert 0.25 < genders["kvinna"] / total < 0.75
        assert conn.execute("SELECT count(*) FROM participant WHERE personnummer IS NOT NULL").fetchone()[0] == 0
        codes = [row[0] for row in conn.execute("SELECT code FROM participant")]
        assert all(code.startswith("D") and "-" in code for code in codes)


def test_enterprises_look_like_the_real_ones(demo_template: Path) -> None:
    """Real municipalities in both regions, valid organisationsnummer, a year of contacts up to today."""
    with sqlite3.connect(demo_template) as conn:
        municipalities = {row[0] for row in conn.execute("SELECT municipality FROM enterprise")}
        assert {"Hudiksvall", "Nordanstig", "Bollnäs", "Luleå", "Boden", "Piteå", "Älvsbyn"} <= municipalities
        for (number,) in conn.execute("SELECT orgnr FROM enterprise WHERE orgnr != ''"):
            assert orgnr.is_valid(number), number
        first, last = conn.execute("SELECT min(contact_date), max(contact_date) FROM support_contact").fetchone()
        assert date.fromisoformat(last) <= FIXED_TODAY
        assert (FIXED_TODAY - date.fromisoformat(first)).days > 300


def test_placements_are_consistent(demo_template: Path) -> None:
    """Ended placements have an outcome and end after they start; ongoing ones have neither."""
    with sqlite3.connect(demo_template) as conn:
        rows = conn.execute("SELECT status, start_date, end_date, outcome FROM placement").fetchall()
    statuses = {r[0] for r in rows}
    assert {"pagaende", "avslutad"} <= statuses
    for status, start, end, outcome in rows:
        if status == "avslutad":
            assert outcome and end and end >= start
        else:
            assert outcome is None and end is None


def test_existing_file_is_not_overwritten_without_force(demo_db: Path, tmp_path: Path) -> None:
    """`demo` refuses an existing file; with force it replaces it after saving a copy."""
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseOpenError, match="finns redan"):
        create_demo_database(demo_db, backup_dir=tmp_path / "backups", seed=1, today=FIXED_TODAY)
    assert demo_db.read_bytes() == before
    create_demo_database(demo_db, backup_dir=tmp_path / "backups", seed=1, today=FIXED_TODAY, force=True)
    assert len(list((tmp_path / "backups").glob("*.db"))) == 1


@pytest.mark.parametrize("weekend_day", [date(2026, 12, 5), date(2026, 12, 6)])  # a Saturday, a Sunday
def test_made_on_a_weekend_no_contact_is_dated_after_today(tmp_path: Path, weekend_day: date) -> None:
    """A contact that would fall on the weekend moves to the Monday, but never into the days to come."""
    path = tmp_path / "helg.db"
    create_demo_database(path, backup_dir=tmp_path / "backups", seed=DEMO_SEED, today=weekend_day)
    with sqlite3.connect(path) as conn:
        (last,) = conn.execute("SELECT max(contact_date) FROM support_contact").fetchone()
    assert date.fromisoformat(last) <= weekend_day
