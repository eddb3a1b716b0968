"""Change capture in team mode: SQLite triggers that note every changed column in `sync_dirty`.

Triggers, not application code, so that every writer is captured — forms, import, gallring,
the command line, a migration's data step — in the same transaction as the change itself. A
column is noted once until it is sent (INSERT OR IGNORE keeps the sequence the first change was
based on). Rows written while `sync_apply.applying` is 1 (pulled from the server) are not noted.
Outside team mode no triggers exist and nothing is recorded.
"""

from __future__ import annotations

from typing import Any

from asfdesk.sync import protocol
from asfdesk.sync.local_state import NEW_ROW, REMOVED_ROW

PREFIX = "sync_capture_"


def _base(table: str, alias: str) -> str:
    return f"coalesce((SELECT seq FROM sync_row_state WHERE tbl = '{table}' AND row_id = {alias}.id), 0)"


ACTIVE = "(SELECT applying FROM sync_apply WHERE id = 1) = 0"


def trigger_statements(table: str) -> list[str]:
    """CREATE TRIGGER statements for one synchronised table (insert, update per column, delete)."""
    columns = protocol.data_columns(table)
    updates = "\n".join(
        f"  INSERT OR IGNORE INTO sync_dirty (tbl, row_id, col, base_seq) "
        f"SELECT '{table}', NEW.id, '{column}', {_base(table, 'NEW')} WHERE OLD.\"{column}\" IS NOT NEW.\"{column}\";"
        for column in columns
    )
    return [
        f'CREATE TRIGGER {PREFIX}{table}_ai AFTER INSERT ON "{table}" WHEN {ACTIVE} BEGIN\n'
        f"  INSERT OR IGNORE INTO sync_dirty (tbl, row_id, col, base_seq) "
        f"VALUES ('{table}', NEW.id, '{NEW_ROW}', {_base(table, 'NEW')});\nEND",
        f'CREATE TRIGGER {PREFIX}{table}_au AFTER UPDATE ON "{table}" WHEN {ACTIVE} BEGIN\n{updates}\nEND',
        f'CREATE TRIGGER {PREFIX}{table}_ad AFTER DELETE ON "{table}" WHEN {ACTIVE} BEGIN\n'
        f"  DELETE FROM sync_dirty WHERE tbl = '{table}' AND row_id = OLD.id;\n"
        f"  INSERT INTO sync_dirty (tbl, row_id, col, base_seq) "
        f"SELECT '{table}', OLD.id, '{REMOVED_ROW}', seq FROM sync_row_state "
        f"WHERE tbl = '{table}' AND row_id = OLD.id;\nEND",
    ]


def insert_trigger_around(connection: Any, table: str) -> tuple[list[str], list[str]]:
    """For many pulled records of `table` written in one transaction (capture switched off):
    statements to run before (drop the insert trigger, which would ask for every row whether
    capture is off) and after (put it back as it was). DDL is transactional in SQLite: a rollback
    or a crash leaves the trigger as it was. Nothing to do where the trigger is not installed."""
    name = f"{PREFIX}{table}_ai"
    rows = _execute(connection, f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '{name}'")
    if not rows:
        return [], []
    return [f'DROP TRIGGER "{name}"'], [str(rows[0][0])]


def install(connection: Any) -> None:
    """Create (or re-create) the capture triggers on every synchronised table. `connection` is a
    DB-API connection or SQLAlchemy Connection inside the caller's transaction."""
    remove(connection)
    for table in protocol.synced_tables():
        for statement in trigger_statements(table.name):
            _execute(connection, statement)


def remove(connection: Any) -> None:
    for name in installed(connection):
        _execute(connection, f'DROP TRIGGER IF EXISTS "{name}"')


def installed(connection: Any) -> list[str]:
    rows = _execute(connection, f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{PREFIX}%'")
    return [str(r[0]) for r in rows]


def missing(connection: Any) -> list[str]:
    """Synchronised tables whose triggers are not today's: lost (a table rebuilt by a migration
    loses them) or written for fewer columns (a migration added one, which would not be sent)."""
    rows = _execute(connection, f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{PREFIX}%'")
    stored = {str(name): str(sql) for name, sql in rows}
    found = []
    for table in protocol.synced_tables():
        wanted = trigger_statements(table.name)
        names = [f"{PREFIX}{table.name}_{s}" for s in ("ai", "au", "ad")]
        if any(stored.get(name) != statement for name, statement in zip(names, wanted, strict=True)):
            found.append(table.name)
    return found


def _execute(connection: Any, statement: str) -> list[Any]:
    """Run one statement on a SQLAlchemy Connection or a DB-API connection; the rows of a SELECT."""
    if hasattr(connection, "exec_driver_sql"):
        result = connection.exec_driver_sql(statement)
    else:
        result = connection.execute(statement)
    return list(result.fetchall()) if statement.startswith("SELECT") else []
