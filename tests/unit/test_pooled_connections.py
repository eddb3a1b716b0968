"""Connections are kept and reused between saves; nothing of that shows but the speed."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, select

from asfdesk.config import AppPaths
from asfdesk.context import open_context
from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.storage.audit_chain import forget_written_head, read_head, write_head
from asfdesk.storage.connect import sqlite_uri
from asfdesk.storage.models import Enterprise
from tests.helpers.open_files import LISTED, open_files_named


def _made_connections(context) -> list[int]:
    made = [0]
    event.listen(context.database.engine, "connect", lambda *_args: made.__setitem__(0, made[0] + 1))
    return made


def test_saves_reuse_the_connections_they_made(paths: AppPaths, tmp_path: Path) -> None:
    context = open_context(paths, tmp_path / "pooled.db")
    try:
        service = context.enterprise_records
        enterprise = service.create(EnterpriseInput(name="Återbruket", municipality="Gävle"))
        made = _made_connections(context)
        for n in range(30):
            service.update(enterprise, dataclasses.replace(service.get_input(enterprise), notes=f"ändring {n}"))
        assert service.get_input(enterprise).notes == "ändring 29"
        assert made[0] <= 1  # none at all once the pool holds one; at most one more
    finally:
        context.close()


def test_a_closed_database_is_whole_in_its_one_file(paths: AppPaths, tmp_path: Path) -> None:
    """Closing returns every kept connection, so the write-ahead log is folded into the file:
    a copy of the .db alone (as a user makes with the file manager) holds every save."""
    database = tmp_path / "whole.db"
    context = open_context(paths, database)
    enterprise = context.enterprise_records.create(EnterpriseInput(name="Kvarnen", municipality="Hudiksvall"))
    context.close()
    wal = Path(f"{database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with sqlite3.connect(sqlite_uri(database, read_only=True, immutable=True), uri=True) as conn:
        assert conn.execute("SELECT name FROM enterprise WHERE id = ?", (str(enterprise),)).fetchone() == ("Kvarnen",)


def test_a_failed_write_leaves_its_connection_clean_for_the_next_one(paths: AppPaths, tmp_path: Path) -> None:
    database = tmp_path / "failed.db"
    context = open_context(paths, database)
    try:
        factory = context.database.session_factory
        kept = context.enterprise_records.create(EnterpriseInput(name="Helsparad AB", municipality="Gävle"))
        with pytest.raises(RuntimeError), factory.begin() as session:
            row = session.get(Enterprise, kept)
            assert row is not None
            row.name = "Halvsparad AB"
            session.flush()
            raise RuntimeError("the save fails half-way")
        # the write lock went with the failed transaction: another program can write at once
        with sqlite3.connect(database, timeout=0.1) as other:
            other.execute("UPDATE enterprise SET notes = 'från ett annat program'")
        assert context.enterprise_records.get_input(kept).name == "Helsparad AB"
        assert context.enterprise_records.get_input(kept).notes == "från ett annat program"
    finally:
        context.close()


def test_a_worker_thread_and_the_window_thread_save_through_the_same_connections(
    paths: AppPaths, tmp_path: Path
) -> None:
    context = open_context(paths, tmp_path / "threads.db")
    try:
        service = context.enterprise_records
        made = _made_connections(context)
        saved: list[object] = []
        errors: list[BaseException] = []

        def worker() -> None:
            try:
                for n in range(20):
                    saved.append(service.create(EnterpriseInput(name=f"Tråd {n}", municipality="Gävle")))
            except BaseException as exc:  # handed to the test's thread
                errors.append(exc)

        thread = threading.Thread(target=worker)
        thread.start()
        for n in range(20):
            saved.append(service.create(EnterpriseInput(name=f"Fönster {n}", municipality="Gävle")))
        thread.join()
        assert errors == []
        with context.database.session_factory() as session:
            names = set(session.scalars(select(Enterprise.name)))
        assert {f"Tråd {n}" for n in range(20)} | {f"Fönster {n}" for n in range(20)} <= names
        assert made[0] <= 2  # one per thread at most, kept between saves
    finally:
        context.close()


def test_a_connection_in_use_when_the_database_closes_is_closed_when_given_back(
    paths: AppPaths, tmp_path: Path
) -> None:
    """A thread that was not waited for: its connection does not stay open on the file after it."""
    database = tmp_path / "late.db"
    context = open_context(paths, database)
    started, release = threading.Event(), threading.Event()

    def slow_reader() -> None:
        with context.database.session_factory() as session:
            session.execute(select(Enterprise.id)).all()
            started.set()
            release.wait(10)

    thread = threading.Thread(target=slow_reader)
    thread.start()
    started.wait(10)
    context.close()
    release.set()
    thread.join()
    if LISTED:
        assert open_files_named(database.name) == []


def test_the_audit_head_never_goes_back_to_an_older_entry(paths: AppPaths, tmp_path: Path) -> None:
    """Two threads commit one after the other and write the head in the other order: the newer stays."""
    database = tmp_path / "head.db"
    write_head(database, 11, "b" * 64)
    write_head(database, 10, "a" * 64)
    assert read_head(database) == (11, "b" * 64)
    forget_written_head(database)  # closed: a restored file may have a shorter log
    write_head(database, 5, "c" * 64)
    assert read_head(database) == (5, "c" * 64)
