"""Engine and session factory for one SQLite database file.

Every connection runs in WAL mode with foreign keys enforced and a busy timeout, and the
pysqlite driver's own transaction handling is replaced by explicit BEGIN so that a
`session_factory.begin()` block is exactly one SQLite transaction. Soft-deleted rows are
hidden from every ORM query unless the statement asks for them with
`execution_options(include_deleted=True)`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.pool import QueuePool

from asfdesk.storage.audit_chain import forget_written_head, write_head
from asfdesk.storage.base import SyncedRow
from asfdesk.storage.connect import raw_connect
from asfdesk.storage.keys import DatabaseKey
from asfdesk.storage.search_schema import terms_table_statement

BUSY_TIMEOUT_MS = 5000
POOLED = 5  # connections kept open between uses (the window, its workers and a sync at once)
log = logging.getLogger(__name__)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _begin_immediate
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL: a transaction that has returned survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(terms_table_statement())
    finally:
        cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute(terms_table_statement())  # before query_only, which forbids even temporary tables
    dbapi_connection.execute("PRAGMA query_only = ON")


_READING = ContextVar("asfdesk_reading", default=False)


@contextmanager
def reading() -> Iterator[None]:
    """Within the block (this thread only), sessions only read: they begin DEFERRED and, the file
    being in WAL mode, never hold the write lock — a thread computing Att göra does not make a
    save in the window wait. Nothing may be written inside."""
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


class _SameSession:
    """Stands in for a session factory: every `with factory() as session` gets the one open session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __call__(self) -> AbstractContextManager[Session]:
        return nullcontext(self._session)

    def begin(self) -> AbstractContextManager[Session]:
        raise RuntimeError("one_session is for reading only")


@contextmanager
def one_session(session_factory: sessionmaker[Session]) -> Iterator[sessionmaker[Session]]:
    """A session factory whose sessions are all one reading session, on one connection.

    For reads made of many small queries (a document): one connection instead of one per
    look-up (each session takes one from the pool), one consistent snapshot, and never
    the write lock, so a report being made does not keep a save in the window waiting.
    """
    with reading(), session_factory() as session:
        yield cast(sessionmaker[Session], _SameSession(session))


def _begin_immediate(connection: Any) -> None:
    # IMMEDIATE takes the write lock at the start, so two writers (the window and the command
    # line) queue on the busy timeout instead of one failing half-way with "database is locked".
    connection.exec_driver_sql("BEGIN" if _READING.get() else "BEGIN IMMEDIATE")


def _begin_deferred(connection: Any) -> None:
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


def make_engine(path: Path, read_only: bool = False, key: DatabaseKey | None = None) -> Engine:
    """An engine on the file at `path` (created on first write if missing), read-only or not, encrypted or not.

    Connections are always made by `raw_connect`, which names the file by an escaped URI: a
    URL built from the path would let `#` or `?` in a file name point at another file.
    """
    # In a folder we may not write to, SQLite cannot keep its -shm file: read the file as it is.
    immutable = read_only and not os.access(path.parent, os.W_OK)

    def connect() -> Any:
        return raw_connect(path, None, read_only=read_only, cipher=key is not None, immutable=immutable)

    # Connections are kept and reused (decision 0023): a new SQLite connection reads the whole
    # schema, sets its pragmas and makes its temporary search table, and closing the last one
    # checkpoints the write-ahead log — most of what a save cost. Any thread may take one (they
    # are made with check_same_thread=False; the pool gives each to one user at a time), a
    # transaction left open is rolled back when it is returned, and never a caller waits for one.
    pooled: dict[str, Any] = {"poolclass": QueuePool, "pool_size": POOLED, "max_overflow": -1, "creator": connect}
    if key is None:
        engine = create_engine("sqlite://", **pooled)
    else:
        # SQLCipher: the dialect sets the key on each new connection (its password is the key pragma's value).
        url = URL.create("sqlite+pysqlcipher", password=key.pragma_value, database="asfdesk.db")
        engine = create_engine(url, **pooled)
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _begin_deferred if read_only else _begin_immediate)
    return engine


AUDIT_HEAD = "asfdesk_audit_head"  # session.info: (seq, hash) of the newest audit entry this transaction added


def make_session_factory(engine: Engine, database: Path | None = None) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "do_orm_execute", _hide_soft_deleted)

    def after_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint released: nothing is committed until the outer transaction is
        head = session.info.pop(AUDIT_HEAD, None)
        if head is not None and database is not None:
            try:
                write_head(database, *head)  # beside the file, out of reach of an SQL edit
            except OSError as exc:  # the chain itself is committed; the next commit writes the head again
                log.warning("Audit head of %s not written: %s", database, exc)

    def after_rollback(session: Session) -> None:
        session.info.pop(AUDIT_HEAD, None)

    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_soft_rollback", lambda session, _previous: after_rollback(session))
    return factory


@dataclass
class Database:
    """An open database: its file, engine and session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False

    encrypted: bool = False

    closed: bool = False

    @classmethod
    def on_file(cls, path: Path, read_only: bool = False, key: DatabaseKey | None = None) -> Database:
        engine = make_engine(path, read_only, key)
        database = cls(
            path=path,
            engine=engine,
            session_factory=make_session_factory(engine, None if read_only else path),
            read_only=read_only,
            encrypted=key is not None,
        )
        event.listen(engine, "checkin", database._returned)
        return database

    def close(self) -> None:
        """Close every kept connection. One still in use (a thread that was not waited for) is
        closed when it is given back, not kept: nothing holds the file after its last use."""
        self.closed = True
        self.engine.dispose()
        forget_written_head(self.path)

    def _returned(self, _dbapi_connection: Any, record: Any) -> None:
        if self.closed:
            record.invalidate()
