"""Engine and session factory for one SQLite database file.

Every connection runs in WAL mode with foreign keys enforced and a busy timeout, and the
pysqlite driver's own transaction handling is replaced by explicit BEGIN so that a
`session_factory.begin()` block is exactly one SQLite transaction. Soft-deleted rows are
hidden from every ORM query unless the statement asks for them with
`execution_options(include_deleted=True)`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.pool import NullPool

from asfdesk.storage.base import SyncedRow

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _on_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL: a transaction that has returned survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _hide_soft_deleted(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(SyncedRow, lambda cls: cls.deleted_at.is_(None), include_aliases=True)
        )


def make_engine(path: Path) -> Engine:
    """An engine on the file at `path` (created on first write if missing)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "do_orm_execute", _hide_soft_deleted)
    return factory


@dataclass
class Database:
    """An open database: its file, engine and session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @classmethod
    def on_file(cls, path: Path) -> Database:
        engine = make_engine(path)
        return cls(path=path, engine=engine, session_factory=make_session_factory(engine))

    def close(self) -> None:
        self.engine.dispose()
