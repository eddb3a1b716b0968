"""Backups, rotation, restore and export, on real files."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from asfdesk.context import AppContext, open_context
from asfdesk.domain.inputs import ContactPersonInput
from asfdesk.storage.backup import (
    auto_backups,
    daily_backup,
    list_backups,
    make_verified_backup,
    restore_database,
    verify_backup,
)
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.export import export_all


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def test_backup_while_the_app_writes_then_restore_round_trip(demo_db: Path, tmp_path: Path, paths) -> None:
    """A backup taken during a stream of saves is consistent; restoring it gives back exactly its contents."""
    ctx = open_context(paths, demo_db)
    enterprise = ctx.enterprises.list_enterprises()[0].id
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set() and n < 400:
            ctx.contact_persons.create(ContactPersonInput(name=f"Person {n}"), enterprise)
            n += 1

    writer = threading.Thread(target=write)
    writer.start()
    copies = [make_verified_backup(demo_db, tmp_path / f"copy{i}.db") for i in range(3)]
    stop.set()
    writer.join()
    assert all(c.ok for c in copies)
    snapshot = _count(copies[-1].path, "contact_person")
    ctx.close()
    assert _count(demo_db, "contact_person") >= snapshot

    safety = restore_database(copies[-1].path, demo_db, paths.backup_dir)
    assert _count(demo_db, "contact_person") == snapshot
    assert safety is not None and verify_backup(safety).ok
    assert _count(safety, "contact_person") >= snapshot  # the replaced database was kept as it was


def test_daily_rotation_keeps_a_week_of_days_and_a_month_of_weeks(demo_db: Path, tmp_path: Path) -> None:
    """Sixty days of automatic backups thin out to the last 7 days plus one per week for 4 weeks."""
    backups = tmp_path / "auto"
    start = date(2026, 1, 1)
    for offset in range(60):
        daily_backup(demo_db, backups, start + timedelta(days=offset))
    today = start + timedelta(days=59)
    kept = [day for day, _ in auto_backups(demo_db, backups)]
    assert kept[:7] == [today - timedelta(days=i) for i in range(7)]
    older = kept[7:]
    assert 3 <= len(older) <= 5 and len({d.isocalendar()[:2] for d in older}) == len(older)
    assert min(kept) > today - timedelta(days=7 + 7 * 4 + 7)


def test_daily_backup_is_made_once_a_day(demo_db: Path, tmp_path: Path) -> None:
    """Starting twice on one day makes one automatic backup, which verifies."""
    first = daily_backup(demo_db, tmp_path, date(2026, 5, 1))
    second = daily_backup(demo_db, tmp_path, date(2026, 5, 1))
    assert first is not None and second is None and verify_backup(first).ok


def test_unusable_files_are_not_offered_as_backups(tmp_path: Path, demo_db: Path) -> None:
    """A damaged copy shows why it cannot be used."""
    good = make_verified_backup(demo_db, tmp_path / "good.db")
    bad = tmp_path / "bad.db"
    bad.write_bytes(demo_db.read_bytes()[:5000])
    infos = {i.path.name: i for i in list_backups(tmp_path)}
    assert infos["good.db"].ok and infos["good.db"].counts == good.counts
    assert not infos["bad.db"].ok and infos["bad.db"].problem
    with pytest.raises(OSError, match="kan inte återställas"):
        restore_database(bad, tmp_path / "target.db", tmp_path / "b")


def test_restoring_over_a_damaged_database_keeps_the_damaged_file(demo_db: Path, tmp_path: Path) -> None:
    """The broken file is not lost: it is copied aside byte for byte before the restore."""
    good = make_verified_backup(demo_db, tmp_path / "good.db").path
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    kept = restore_database(good, broken, tmp_path / "b")
    assert kept is not None and kept.read_bytes().startswith(b"SQLite format 3\x00\xff")
    assert verify_backup(broken).ok


def test_second_window_on_the_same_database_is_refused_or_read_only(demo_db: Path, paths) -> None:
    """Only one window writes a database; a second one is told so, and can look at it read-only."""
    first = open_context(paths, demo_db)
    with pytest.raises(DatabaseOpenError) as info:
        open_context(paths, demo_db)
    assert info.value.problem is Problem.IN_USE
    viewer = open_context(paths, demo_db, read_only=True)
    assert viewer.read_only and len(viewer.enterprises.list_enterprises()) > 0
    with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
        viewer.contact_persons.create(ContactPersonInput(name="X"), viewer.enterprises.list_enterprises()[0].id)
    viewer.close()
    first.close()
    again = open_context(paths, demo_db)  # the lock went with the first window
    again.close()


def test_export_all_writes_every_table_with_a_manifest(demo_db: Path, tmp_path: Path) -> None:
    """Every table comes out as CSV and JSON with matching row counts and checksums in the manifest."""
    manifest = json.loads(export_all(demo_db, tmp_path / "export").read_text(encoding="utf-8"))
    tables = {f["table"] for f in manifest["files"]}
    assert {"enterprise", "participant", "placement", "meeting", "support_contact"} <= tables
    assert not any(t.startswith("search_index") for t in tables)
    enterprise_rows = next(f["rows"] for f in manifest["files"] if f["file"] == "enterprise.csv")
    assert enterprise_rows == _count(demo_db, "enterprise")
    lines = (tmp_path / "export" / "enterprise.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("name;orgnr;") and len(lines) == enterprise_rows + 1
    assert manifest["contains_personal_data"] is True


def test_zero_length_file_is_refused_not_reused(tmp_path: Path, paths) -> None:
    """An empty file (what a failed copy leaves) is not silently turned into a new empty database."""
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseOpenError) as info:
        open_context(paths, empty)
    assert info.value.problem is Problem.EMPTY_FILE and empty.stat().st_size == 0


def test_context_is_closed_after_use(demo_db: Path, paths) -> None:
    """Closing a window's context lets the command line take the database."""
    ctx: AppContext = open_context(paths, demo_db)
    ctx.close()
    assert ctx.lock is not None and not ctx.lock.held


def test_read_only_file_is_reported_and_can_be_read(demo_db: Path, paths) -> None:
    """A database the user may not write is explained up front, and can still be opened for reading."""
    import os
    import stat

    if os.geteuid() == 0:
        pytest.skip("root may write to read-only files")
    demo_db.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(DatabaseOpenError) as info:
            open_context(paths, demo_db)
        assert info.value.problem is Problem.READ_ONLY
        viewer = open_context(paths, demo_db, read_only=True)
        assert viewer.enterprises.list_enterprises()
        viewer.close()
    finally:
        demo_db.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_the_window_does_not_wait_for_the_daily_backup_which_is_still_whole(paths, demo_db: Path) -> None:
    context = open_context(paths, demo_db, background_backup=True)
    for thread in threading.enumerate():
        if thread.name == "asfdesk-daily-backup":
            thread.join(60)
    context.close()
    made = [path for _day, path in auto_backups(demo_db.resolve(), paths.backup_dir)]
    assert len(made) == 1 and verify_backup(made[0]).ok
    assert not list(paths.backup_dir.glob("*.part"))
