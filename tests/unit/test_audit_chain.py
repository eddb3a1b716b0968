"""The audit log is tamper-evident: `check` finds a changed, removed, inserted or backdated entry."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_OK, EXIT_PROBLEM, run
from asfdesk.context import open_context
from asfdesk.domain.inputs import ParticipantInput
from asfdesk.storage.audit_chain import GENESIS, entry_hash, head_file
from asfdesk.storage.migrate import open_database


@pytest.fixture
def audited(demo_db: Path, paths) -> Path:
    """The demo database after a few things were done in it, each logged."""
    ctx = open_context(paths, demo_db)
    for n in range(3):
        ctx.participants.create(ParticipantInput(code=f"KEDJA-{n}"))
    ctx.audit.record("print", "enterprise", "x")
    ctx.close()
    return demo_db


def _check(capsys, db: Path) -> tuple[int, str]:
    code = run(["--db", str(db), "check"])
    return code, capsys.readouterr().out


def _trigger(name: str, verb: str) -> str:
    """A guard trigger of that name, put back after going around it (the check looks for the names)."""
    return f"CREATE TRIGGER {name} BEFORE {verb} ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END"


def _raw(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db, isolation_level=None)


def test_an_untouched_log_holds(audited: Path, capsys) -> None:
    code, out = _check(capsys, audited)
    assert code == EXIT_OK and "Ändringslogg:  obruten (4 poster)" in out
    assert head_file(audited).exists()


def test_an_entry_inserted_with_plain_sql_is_found(audited: Path, capsys) -> None:
    with closing(_raw(audited)) as conn:
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, kind, record_id, fields) "
            "VALUES ('x1', '2025-01-01 10:00:00.000000', 'någon', 'delete', 'participant', 'p', '[]')"
        )
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "BRUTEN" in out and "infogad utanför asfdesk" in out


def test_a_backdated_entry_with_a_correct_hash_is_found(audited: Path, capsys) -> None:
    """Even someone who knows the hash function cannot slip in an entry dated in the past."""
    with closing(_raw(audited)) as conn:
        seq, digest = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        at = (datetime.now(UTC) - timedelta(days=30)).replace(tzinfo=None)
        forged = entry_hash(digest, seq + 1, "x2", at, "någon", "delete", "participant", "p", [])
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, kind, record_id, fields, seq, hash) "
            "VALUES ('x2', ?, 'någon', 'delete', 'participant', 'p', '[]', ?, ?)",
            (at.isoformat(sep=" ", timespec="microseconds"), seq + 1, forged),
        )
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "bakåtdaterad" in out


def test_an_entry_changed_after_dropping_the_trigger_is_found(audited: Path, capsys) -> None:
    with closing(_raw(audited)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'ingen' WHERE seq = 2")
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "post 2" in out and "har ändrats" in out


def test_removing_the_newest_entries_is_found(audited: Path, capsys) -> None:
    with closing(_raw(audited)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq >= 3")
        conn.execute(_trigger("audit_log_no_delete", "DELETE"))
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "tagits bort" in out


def test_a_whole_chain_rewritten_consistently_is_found_by_the_head_kept_beside_it(audited: Path, capsys) -> None:
    with closing(_raw(audited)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'ingen'")
        previous = GENESIS
        rows = conn.execute(
            "SELECT seq, id, at, actor, action, kind, record_id, fields FROM audit_log ORDER BY seq"
        ).fetchall()
        for seq, entry_id, at, actor, action, kind, record_id, fields in rows:
            previous = entry_hash(previous, seq, entry_id, at, actor, action, kind, record_id, fields)
            conn.execute("UPDATE audit_log SET hash = ? WHERE seq = ?", (previous, seq))
        conn.execute(_trigger("audit_log_no_update", "UPDATE"))
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "skrivits om" in out


def test_a_dropped_trigger_alone_is_reported(audited: Path, capsys) -> None:
    with closing(_raw(audited)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
    code, out = _check(capsys, audited)
    assert code == EXIT_PROBLEM and "audit_log_no_delete" in out


def test_entries_from_before_the_chain_are_chained_by_the_upgrade(tmp_path: Path, paths) -> None:
    """A database from before migration 0012 with a log gets every old entry into the chain, in time order."""
    from alembic import command

    from asfdesk.storage.migrate import alembic_config

    db = tmp_path / "gammal.db"
    database = open_database(db, backup_dir=paths.backup_dir)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    database.close()
    with closing(_raw(db)) as conn:
        for n, when in enumerate(["2026-03-01 09:00:00.000000", "2026-01-05 08:00:00", "2026-02-01 12:30:00.5"]):
            conn.execute(
                "INSERT INTO audit_log (id, at, actor, action, kind, record_id, fields) "
                "VALUES (?, ?, 'anna', 'create', 'enterprise', ?, '[\"name\"]')",
                (f"e{n}", when, f"r{n}"),
            )
    ctx = open_context(paths, db)
    ctx.audit.record("print", "enterprise", "r0")
    report = ctx.audit.verify(db)
    ctx.close()
    assert report.ok and report.entries == 4
    with closing(_raw(db)) as conn:
        order = [row[0] for row in conn.execute("SELECT id FROM audit_log ORDER BY seq")]
    assert order[:3] == ["e1", "e2", "e0"]


def test_removing_the_newest_entries_and_the_head_file_is_not_called_whole(audited: Path, capsys) -> None:
    """Without the file beside the database, the end of the log cannot be vouched for: `check` says so."""
    with closing(_raw(audited)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq >= 3")
        conn.execute(_trigger("audit_log_no_delete", "DELETE"))
    head_file(audited).unlink()
    _code, out = _check(capsys, audited)
    line = next(x for x in out.splitlines() if x.startswith("Ändringslogg:"))
    assert "obruten (2 poster), men filen med loggens senaste post saknas" in line


def test_a_backup_keeps_its_logs_head_and_a_restore_brings_it_back(audited: Path, paths, capsys) -> None:
    from asfdesk.storage.backup import make_verified_backup, restore_database

    copy = paths.backup_dir / "kopia.db"
    make_verified_backup(audited, copy)
    assert head_file(copy).read_bytes() == head_file(audited).read_bytes()
    ctx = open_context(paths, audited)
    ctx.participants.create(ParticipantInput(code="SENARE"))  # the original moves on
    ctx.close()
    restore_database(copy, audited, paths.backup_dir)
    code, out = _check(capsys, audited)
    assert code == EXIT_OK and "Ändringslogg:  obruten (4 poster)" in out and "saknas" not in out
