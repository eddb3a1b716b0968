"""Two databases of the same file name in different folders (or one whose name begins like
another's) never share backups: each gets its own daily copy, and encrypting one touches only its
own copies."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from asfdesk.storage.backup import auto_backups, backup_name, backups_named_for, daily_backup
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.keys import KeyResolver, read_key_info

DAY = date(2026, 12, 4)


def _enterprises(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM enterprise").fetchone()[0])


def test_namesakes_in_two_folders_each_keep_their_own_backups(demo_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    a, b, prefixed = tmp_path / "a" / "same.db", tmp_path / "b" / "same.db", tmp_path / "a" / "same-b.db"
    for db in (a, b, prefixed):
        db.parent.mkdir(exist_ok=True)
        shutil.copyfile(demo_db, db)
    with sqlite3.connect(b) as conn:  # b holds something else than a
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM enterprise WHERE rowid IN (SELECT rowid FROM enterprise LIMIT 3)")
    made_a, made_b = daily_backup(a, backups, DAY), daily_backup(b, backups, DAY)
    daily_backup(prefixed, backups, DAY)
    assert made_a is not None and made_b is not None and made_a != made_b  # b's copy did not stand in for a's
    assert _enterprises(made_a) == _enterprises(a) != _enterprises(made_b) == _enterprises(b)
    assert [p for _d, p in auto_backups(a, backups)] == [made_a]
    assert backups_named_for(a, backups) == [made_a]  # not b's, not same-b's
    assert backup_name(a, "manuell") != backup_name(b, "manuell")

    legacy = backups / "same-20261101-101500-manuell.db"  # named before names told them apart
    shutil.copyfile(demo_db, legacy)
    assert legacy in backups_named_for(a, backups) and legacy in backups_named_for(b, backups)

    encrypt_database(a, backups, KeyResolver(), "hemligt-lösen-1")
    assert read_key_info(made_a) is not None  # a's own copy encrypted with it
    assert read_key_info(made_b) is None and _enterprises(made_b) == _enterprises(b)  # b's untouched
    assert all(read_key_info(p) is None for p in backups_named_for(prefixed, backups))
