"""What a database file is before anything opens it for writing: missing, empty, SQLite or encrypted,
at which schema revision, and what an SQLite error on it means for the user.

Used by opening (migrate), the health check and backups alike; it opens files read-only and
imports none of them, so opening, checking and backing up do not depend on each other in a loop.
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import closing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path

from asfdesk.storage.connect import DB_ERRORS, raw_connect
from asfdesk.storage.errors import DatabaseOpenError, Problem, in_swedish
from asfdesk.storage.keys import DatabaseKey, KeyResolver, KeyUnavailableError, sidecar

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(Enum):
    MISSING = "missing"  # no file yet: a new database will be created
    EMPTY = "empty"  # a zero-length file: SQLite treats it as a new database
    SQLITE = "sqlite"
    ENCRYPTED = "encrypted"  # not a readable SQLite header, and a key is known for the file


@cache
def _revision_graph(folder: Path) -> dict[str, str | None]:
    """{revision: down_revision}, read from the migration files' headers.

    Reading the files as text spares every start the import of Alembic (a tenth of a second);
    Alembic itself is loaded only when a database needs upgrading. A test holds this to
    Alembic's own reading of the folder.
    """
    graph: dict[str, str | None] = {}
    for script in (folder / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
        down = re.search(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", text, re.MULTILINE)
        if revision and down:
            graph[revision[1]] = down[1]
    return graph


def head_revision() -> str:
    graph = _revision_graph(MIGRATIONS_DIR)
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR))


def probe_file(path: Path, *, must_exist: bool = False, encrypted: bool = False) -> FileState:
    """Say what is at `path`, or raise DatabaseOpenError if it cannot be an asfdesk database."""
    if path.is_dir():
        raise DatabaseOpenError(Problem.IS_DIRECTORY, path, f"{path} är en mapp, inte en databasfil.")
    if not path.exists():
        if must_exist:
            raise DatabaseOpenError(Problem.NOT_FOUND, path, f"Databasfilen {path} finns inte.")
        if not path.parent.is_dir():
            raise DatabaseOpenError(Problem.MISSING_FOLDER, path, f"Mappen {path.parent} finns inte.")
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(Problem.READ_ONLY, path, f"Mappen {path.parent} är skrivskyddad.")
        return FileState.MISSING
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(Problem.READ_ONLY, path, f"Filen {path} går inte att läsa (behörighet saknas).")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return FileState.EMPTY
    if header != SQLITE_HEADER:
        if encrypted:
            return FileState.ENCRYPTED
        raise DatabaseOpenError(
            Problem.NOT_SQLITE,
            path,
            f"{path} är ingen asfdesk-databas (filen är inte en SQLite-databas"
            + (", och ingen nyckelfil finns bredvid den om den är krypterad)." if not sidecar(path).exists() else ")."),
        )
    return FileState.SQLITE


def resolve_key(path: Path, keys: KeyResolver | None) -> DatabaseKey | None:
    """The file's key, or a DatabaseOpenError saying why it cannot be had."""
    try:
        return (keys or KeyResolver()).key_for(path)
    except KeyUnavailableError as exc:
        raise DatabaseOpenError(Problem.KEY_MISSING, path, exc.message) from exc


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    head: str
    has_tables: bool

    @property
    def is_current(self) -> bool:
        return self.revision == self.head


def read_schema_state(path: Path, key: DatabaseKey | None = None) -> SchemaState:
    """Read the schema revision of an existing SQLite file without changing it."""
    try:
        with closing(raw_connect(path, key, read_only=True, timeout=5)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except DB_ERRORS as exc:
        raise sqlite_error(path, exc, key) from exc
    has_tables = bool(tables - {"alembic_version"})
    head = head_revision()
    if has_tables and "alembic_version" not in tables:
        raise DatabaseOpenError(
            Problem.FOREIGN_DATABASE, path, f"{path} är en SQLite-databas men inte en asfdesk-databas."
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            Problem.NEWER_SCHEMA,
            path,
            f"{path} har skapats av en nyare version av asfdesk (schemaversion {revision}). Uppdatera asfdesk.",
        )
    return SchemaState(revision=revision, head=head, has_tables=has_tables)


def _nearly_full(path: Path) -> bool:
    """Whether the disk under `path` has no room left (SQLite reports some full-disk writes as I/O errors)."""
    try:
        return shutil.disk_usage(path.parent).free < 1_000_000
    except OSError:
        return False


def sqlite_error(path: Path, exc: Exception, key: DatabaseKey | None = None) -> DatabaseOpenError:
    text = str(exc).lower()
    if key is not None and "not a database" in text:
        what = "Lösenordet" if not key.raw else "Nyckeln"
        return DatabaseOpenError(
            Problem.WRONG_KEY, path, f"{what} till {path.name} stämmer inte (eller filen är skadad)."
        )
    if "locked" in text or "busy" in text:
        return DatabaseOpenError(Problem.LOCKED, path, f"{path} är låst av ett annat program. Försök igen om en stund.")
    if "readonly" in text or "read-only" in text:
        return DatabaseOpenError(Problem.READ_ONLY, path, f"{path} är skrivskyddad.")
    if (
        "disk is full" in text
        or "database or disk is full" in text
        or ("disk i/o error" in text and _nearly_full(path))
    ):
        return DatabaseOpenError(Problem.DISK_FULL, path, f"Disken är full – {path} kan inte skrivas. Frigör utrymme.")
    return DatabaseOpenError(Problem.CORRUPT, path, f"{path} är skadad och kan inte läsas ({in_swedish(str(exc))}).")
