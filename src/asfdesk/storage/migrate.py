"""Opening a database file safely: probe it, back it up, bring its schema to the head revision.

The schema is created and changed only by the Alembic migrations shipped in
`asfdesk/storage/migrations`; before any upgrade of a file that already holds data, a copy
is made with the online backup API.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from asfdesk.storage.backup import timestamped_backup
from asfdesk.storage.connect import DB_ERRORS
from asfdesk.storage.engine import Database
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.keys import KeyResolver
from asfdesk.storage.output_files import protect
from asfdesk.storage.probe import (
    MIGRATIONS_DIR,
    FileState,
    probe_file,
    read_schema_state,
    resolve_key,
    sqlite_error,
)
from asfdesk.storage.statistics import refresh_statistics

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database) -> None:
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        from asfdesk.sync import capture  # a team laptop's change capture, kept in step with the columns

        if capture.installed(connection) and capture.missing(connection):
            capture.install(connection)


def open_database(
    path: Path, *, backup_dir: Path, create: bool = True, read_only: bool = False, keys: KeyResolver | None = None
) -> Database:
    """Open (or, when `create`, make) the database at `path` with its schema at head.

    A file that already holds data is backed up to `backup_dir` before it is upgraded.
    Raises DatabaseOpenError with a user-facing message for anything that is not a usable
    asfdesk database; never replaces an unusable file with a new one. A zero-length file is
    refused too: it is what is left of a database after a failed copy, not a new one.
    """
    path = path.expanduser().resolve()
    protect(path, backup_dir)  # no report or export of this process may be written over it
    key = resolve_key(path, keys) if path.exists() else None
    state = probe_file(path, must_exist=not create or read_only, encrypted=key is not None)
    if state is FileState.EMPTY:
        raise DatabaseOpenError(
            Problem.EMPTY_FILE, path, f"{path} är tom (0 byte) och innehåller ingen databas. Öppna en säkerhetskopia."
        )
    schema = None if state is FileState.MISSING else read_schema_state(path, key)
    if read_only:
        if schema is None or not schema.is_current:
            raise DatabaseOpenError(
                Problem.MIGRATION_FAILED, path, f"{path} behöver uppgraderas och kan inte öppnas skrivskyddad."
            )
        return Database.on_file(path, read_only=True, key=key)
    database = Database.on_file(path, key=key)
    if schema is not None and schema.is_current:
        return database
    try:
        if schema is not None and schema.has_tables:
            timestamped_backup(path, backup_dir, f"fore-uppgradering-{schema.revision}", key)
        upgrade_to_head(database)
        refresh_statistics(database)  # the upgrade may have changed the indexes
    except DB_ERRORS as exc:
        database.close()
        raise sqlite_error(path, exc, key) from exc
    except Exception as exc:
        database.close()
        underlying = getattr(exc, "orig", None)
        if isinstance(underlying, DB_ERRORS):
            raise sqlite_error(path, underlying, key) from exc
        raise DatabaseOpenError(
            Problem.MIGRATION_FAILED, path, f"Databasen {path} kunde inte uppgraderas: {exc}"
        ) from exc
    return database
