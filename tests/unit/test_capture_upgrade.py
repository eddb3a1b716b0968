"""A team laptop's change capture follows a schema upgrade: a column added by a migration is sent
like any other, from the first edit after the upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from asfdesk.storage import migrate
from asfdesk.storage.migrate import open_database
from asfdesk.sync import capture, protocol

NEW_COLUMNS = {"project_id", "meeting_id"}  # added to action_plan_activity by revision 0015


def test_columns_added_by_an_upgrade_are_captured(demo_db: Path, tmp_path: Path, monkeypatch) -> None:
    db = open_database(demo_db, backup_dir=tmp_path / "unused")
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0014")
    # a laptop of the previous release in team mode: its triggers know the columns of then
    real = protocol.data_columns
    with monkeypatch.context() as patch:
        patch.setattr(
            protocol,
            "data_columns",
            lambda name: tuple(c for c in real(name) if name != "action_plan_activity" or c not in NEW_COLUMNS),
        )
        with db.engine.begin() as conn:
            capture.install(conn)
    with db.engine.connect() as conn:
        assert capture.missing(conn) == ["action_plan_activity"]  # today's triggers would differ
    db.close()

    db = open_database(demo_db, backup_dir=tmp_path / "backups")  # the upgrade to today's schema
    with db.engine.connect() as conn:
        assert capture.missing(conn) == []
    db.close()
    with sqlite3.connect(demo_db) as conn:
        activity = conn.execute("SELECT id FROM action_plan_activity WHERE project_id IS NULL LIMIT 1").fetchone()[0]
        project = conn.execute("SELECT id FROM project LIMIT 1").fetchone()[0]
        conn.execute("UPDATE action_plan_activity SET project_id = ? WHERE id = ?", (project, activity))
        noted = {r[0] for r in conn.execute("SELECT col FROM sync_dirty WHERE row_id = ?", (activity,))}
    assert noted == {"project_id"}


def test_a_plain_database_gains_no_capture_on_upgrade(demo_db: Path, tmp_path: Path) -> None:
    db = open_database(demo_db, backup_dir=tmp_path / "unused")
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0014")
    db.close()
    db = open_database(demo_db, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        assert capture.installed(conn) == []  # not in team mode: nothing recorded
    db.close()


@pytest.mark.parametrize("table", ["action_plan_activity", "meeting"])
def test_a_lost_trigger_is_noticed(demo_db: Path, tmp_path: Path, table: str) -> None:
    db = open_database(demo_db, backup_dir=tmp_path / "unused")
    with db.engine.begin() as conn:
        capture.install(conn)
        assert capture.missing(conn) == []
        conn.exec_driver_sql(f'DROP TRIGGER "{capture.PREFIX}{table}_ad"')
        assert capture.missing(conn) == [table]
    db.close()
