"""Storage: migrations, pragmas, soft delete, row versions, safe opening of bad files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.storage import migrate, probe
from asfdesk.storage.base import Base
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Enterprise, Module, Organisation, Placement
from asfdesk.storage.probe import head_revision
from asfdesk.storage.search_schema import is_search_table
from asfdesk.sync.local_state import LOCAL_SYNC, is_local_sync_table


def _enterprise(name: str = "Testföretaget ek. för.") -> Enterprise:
    return Enterprise(name=name, legal_form="ekonomisk_forening", municipality="Luleå", status="etablerad")


def test_migrations_create_exactly_the_models_schema(tmp_path: Path) -> None:
    """An empty file upgraded by Alembic has every table and column the models declare, nothing else."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda _o, name, type_, *_a: (
                    not (type_ == "table" and (is_search_table(name) or is_local_sync_table(name)))
                )
            },
        )
        assert compare_metadata(context, Base.metadata) == []
        local = MigrationContext.configure(
            conn, opts={"include_object": lambda _o, name, type_, *_a: type_ != "table" or is_local_sync_table(name)}
        )
        assert compare_metadata(local, LOCAL_SYNC) == []
        assert migrate.current_revision(conn) == head_revision()
    db.close()


def test_every_table_carries_sync_columns(tmp_path: Path) -> None:
    """Each table has a UUID text key, timestamps, a row version and a soft-delete mark."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    inspector = inspect(db.engine)
    # The audit log is append-only: its entries never change, so they need no version or soft delete.
    # Drafts of open forms belong to this computer's open windows and never travel.
    skip = {"alembic_version", "audit_log", "form_draft"}
    tables = [
        t
        for t in inspector.get_table_names()
        if t not in skip and not is_search_table(t) and not is_local_sync_table(t)
    ]
    assert len(tables) >= 17
    for table in tables:
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        assert {"id", "created_at", "updated_at", "version", "deleted_at"} <= columns.keys(), table
        assert inspector.get_pk_constraint(table)["constrained_columns"] == ["id"], table
    db.close()


def test_new_database_is_seeded_with_the_eleven_modules(tmp_path: Path) -> None:
    """A fresh database already knows the Glada Hudik modules, in order."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with db.session_factory() as session:
        names = session.scalars(select(Module.name).order_by(Module.sort_order)).all()
    assert names[0] == "Kooperation och ASF" and names[-1] == "Leverans" and len(names) == 11
    db.close()


def test_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    """Every connection runs in WAL mode, enforces foreign keys and waits when busy."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    """A placement pointing at a participant that does not exist is refused, and nothing is written."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with pytest.raises(IntegrityError), db.session_factory.begin() as session:
        enterprise = _enterprise()
        session.add(enterprise)
        session.flush()
        session.add(
            Placement(
                participant_id="no-such-participant",
                enterprise_id=enterprise.id,
                measure_type="arbetstraning",
                start_date=__import__("datetime").date(2026, 1, 1),
                status="pagaende",
            )
        )
    with db.session_factory() as session:
        assert session.scalars(select(Enterprise)).all() == []  # the whole transaction rolled back
    db.close()


def test_soft_delete_hides_rows_unless_asked_for(tmp_path: Path) -> None:
    """A soft-deleted row disappears from ordinary queries but stays in the file."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with db.session_factory.begin() as session:
        session.add_all([_enterprise("Kvar"), _enterprise("Borttagen")])
    with db.session_factory.begin() as session:
        session.scalars(select(Enterprise).where(Enterprise.name == "Borttagen")).one().soft_delete()
    with db.session_factory() as session:
        assert session.scalars(select(Enterprise.name)).all() == ["Kvar"]
        everything = session.scalars(select(Enterprise.name).execution_options(include_deleted=True)).all()
        assert sorted(everything) == ["Borttagen", "Kvar"]
    db.close()


def test_row_version_increments_and_refuses_stale_writes(tmp_path: Path) -> None:
    """Each update bumps the row version; a write based on an old version is refused."""
    db = open_database(tmp_path / "new.db", backup_dir=tmp_path / "backups")
    with db.session_factory.begin() as session:
        org = Organisation(name="AME", kind="ame")
        session.add(org)
    with db.session_factory.begin() as session:
        fresh = session.get(Organisation, org.id)
        assert fresh is not None and fresh.version == 1
        fresh.name = "Arbetsmarknadsenheten"
    with db.session_factory() as session:
        current = session.get(Organisation, org.id)
        assert current is not None and current.version == 2
        assert current.updated_at >= current.created_at
    with pytest.raises(StaleDataError), db.session_factory.begin() as session:
        stale = session.merge(org, load=False)  # still believes it is at version 1
        stale.name = "Stale"
        session.flush()
    db.close()


def _sqlite_file(path: Path, sql: str) -> Path:
    with sqlite3.connect(path) as conn:
        conn.executescript(sql)
    return path


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.mkdir() or p, Problem.IS_DIRECTORY),
        (lambda p: p.parent / "missing-folder" / "x.db", Problem.MISSING_FOLDER),
        (lambda p: p.write_text("Namn;Kommun\nCafé;Luleå\n") and p, Problem.NOT_SQLITE),
        (lambda p: _sqlite_file(p, "CREATE TABLE kunder (id INTEGER);"), Problem.FOREIGN_DATABASE),
    ],
    ids=["directory", "missing-folder", "csv-file", "other-sqlite"],
)
def test_unusable_files_are_refused_and_left_untouched(tmp_path: Path, make, problem) -> None:
    """A path that cannot be an asfdesk database gives a clear error and is never replaced."""
    path = make(tmp_path / "target.db")
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, backup_dir=tmp_path / "backups")
    assert info.value.problem is problem
    assert str(path.parent) in info.value.message or str(path) in info.value.message
    if before is not None:
        assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused_unchanged(demo_db: Path, tmp_path: Path) -> None:
    """A schema revision this version does not know is reported as 'newer', and the file is kept as it was."""
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(demo_db, backup_dir=tmp_path / "backups")
    assert info.value.problem is Problem.NEWER_SCHEMA
    assert "nyare version" in info.value.message
    assert demo_db.read_bytes() == before


def test_upgrade_backs_up_the_database_first(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before a migration changes a file holding data, a full copy at the old revision is saved."""
    scripts = tmp_path / "migrations"
    shutil.copytree(probe.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9001_test_column.py").write_text(
        '"""Add a column."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9001'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('enterprise') as batch:\n"
        "        batch.add_column(sa.Column('website', sa.String(200), nullable=True))\n\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('enterprise') as batch:\n"
        "        batch.drop_column('website')\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)  # where Alembic reads them
    monkeypatch.setattr(probe, "MIGRATIONS_DIR", scripts)  # where the head is read
    backups = tmp_path / "backups"
    with sqlite3.connect(demo_db) as conn:
        enterprises = conn.execute("SELECT count(*) FROM enterprise").fetchone()[0]

    db = open_database(demo_db, backup_dir=backups)
    db.close()

    copies = list(backups.glob("*.db"))
    assert len(copies) == 1 and head in copies[0].name
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == enterprises
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001"
        assert "website" in {row[1] for row in conn.execute("PRAGMA table_info(enterprise)")}


def test_opening_a_current_database_makes_no_backup(demo_db: Path, tmp_path: Path) -> None:
    """A database already at the head revision is opened as it is, with no copy made."""
    db = open_database(demo_db, backup_dir=tmp_path / "backups")
    db.close()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_real_upgrade_from_the_first_revision_keeps_data(demo_db: Path, tmp_path: Path) -> None:
    """A database made by the first release (revision 0001) opens with its data intact and gains the new tables."""
    from alembic import command

    db = open_database(demo_db, backup_dir=tmp_path / "unused")
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    db.close()
    with sqlite3.connect(demo_db) as conn:
        placements = conn.execute("SELECT count(*) FROM placement").fetchone()[0]
        assert "trash_entry" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}

    db = open_database(demo_db, backup_dir=tmp_path / "backups")
    db.close()
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM placement").fetchone()[0] == placements
        assert "trash_entry" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert len(list((tmp_path / "backups").glob("*0001*.db"))) == 1


def test_revision_graph_read_from_the_files_matches_alembic() -> None:
    """Start-up reads the migration headers as text; Alembic must agree on head and history."""
    from alembic.script import ScriptDirectory

    from asfdesk.storage.migrate import alembic_config
    from asfdesk.storage.probe import head_revision, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_the_planner_gets_statistics_at_upgrade_and_again_when_they_are_missing(demo_db: Path, paths) -> None:  # type: ignore[no-untyped-def]
    """A new or upgraded database is analysed; one whose statistics were lost gets them back when it opens."""
    from asfdesk.context import open_context
    from asfdesk.storage.statistics import has_statistics

    first = open_context(paths, demo_db)  # makes the day's backup (and refreshes the statistics)
    assert has_statistics(first.database)
    with first.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM sqlite_stat1"))
    assert not has_statistics(first.database)
    first.close()
    again = open_context(paths, demo_db)  # no second backup today: the statistics come back because they are missing
    try:
        assert has_statistics(again.database)
        with again.database.engine.connect() as conn:
            tables = {row[0] for row in conn.execute(text("SELECT DISTINCT tbl FROM sqlite_stat1"))}
        assert {"placement", "support_contact", "enterprise"} <= tables
    finally:
        again.close()


def test_a_reading_thread_never_makes_a_save_wait(tmp_path: Path) -> None:
    """While a background read (Att göra's thread) holds its transaction open, a save goes through at
    once; outside `reading()` a session takes the write lock and a second writer would wait."""
    import threading
    import time

    from asfdesk.storage.engine import reading

    database = open_database(tmp_path / "r.db", backup_dir=tmp_path / "b")
    opened, release = threading.Event(), threading.Event()

    def background() -> None:
        with reading(), database.session_factory() as session:
            session.execute(select(Enterprise.id)).all()  # the transaction has begun and stays open
            opened.set()
            release.wait(10)

    thread = threading.Thread(target=background)
    thread.start()
    try:
        assert opened.wait(10)
        started = time.perf_counter()
        with database.session_factory.begin() as session:
            session.add(
                Enterprise(
                    name="Sparat medan tråden läste",
                    municipality="Gävle",
                    legal_form="ekonomisk_forening",
                    status="uppstart",
                )
            )
        assert time.perf_counter() - started < 1.0  # not the 5 s busy timeout
    finally:
        release.set()
        thread.join()
    with database.session_factory() as session:
        assert session.scalar(select(Enterprise.name)) == "Sparat medan tråden läste"
    database.close()


def test_a_document_being_read_does_not_keep_a_save_waiting(demo_db: Path) -> None:
    """The reads of a report share one session that never takes the write lock: a save from
    another connection (the window, the command line) goes through at once, mid-report."""
    from sqlalchemy import func

    from asfdesk.storage.engine import one_session

    database = open_database(demo_db, backup_dir=demo_db.parent / "backups")
    try:
        with one_session(database.session_factory) as reads:
            with reads() as first:
                count = first.scalar(select(func.count()).select_from(Enterprise))
            writer = sqlite3.connect(demo_db, timeout=0)  # no waiting: a held lock fails at once
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE setting SET value = value")
            writer.commit()
            writer.close()
            with reads() as second:
                assert second is first  # one session, one connection, one snapshot
                assert second.scalar(select(func.count()).select_from(Enterprise)) == count
            with pytest.raises(RuntimeError):
                reads.begin()  # nothing is written through it
    finally:
        database.close()
