"""Errors the storage layer raises with a message fit for the user (Swedish, one line)."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from pathlib import Path


class Problem(Enum):
    IS_DIRECTORY = "is_directory"
    MISSING_FOLDER = "missing_folder"
    NOT_FOUND = "not_found"
    NOT_SQLITE = "not_sqlite"
    EMPTY_FILE = "empty_file"
    FOREIGN_DATABASE = "foreign_database"
    NEWER_SCHEMA = "newer_schema"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    MIGRATION_FAILED = "migration_failed"
    IN_USE = "in_use"
    KEY_MISSING = "key_missing"
    WRONG_KEY = "wrong_key"
    DISK_FULL = "disk_full"


class DatabaseOpenError(Exception):
    """The database at `path` cannot be used; `message` says why in words a user understands."""

    def __init__(self, problem: Problem, path: Path, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.message = message

    def __reduce__(self) -> tuple[type[DatabaseOpenError], tuple[Problem, Path, str]]:
        return type(self), (self.problem, self.path, self.message)  # crosses from a worker process intact


def causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and what it arose from, nearest first: the error that surfaces can be a consequence
    ("no such savepoint" once SQLite rolled back a transaction the disk could not hold)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


# What libraries say in English, as the one Swedish line around it should say it.
_SWEDISH = {
    "database disk image is malformed": "delar av innehållet är förstörda",
    "file is not a database": "filen är ingen databas",
    "file is not a zip file": "filen är ingen zip-fil",
    "no space left on device": "disken är full",
    "permission denied": "åtkomst nekad",
    "read-only file system": "skrivskyddat filsystem",
    "database is locked": "databasen är låst av ett annat program",
    "unable to open database file": "filen kan inte skapas eller öppnas där",
    "bad magic number for central directory": "zip-filens innehållsförteckning saknas",
}


def in_swedish(reason: str) -> str:
    """A library's own reason in Swedish when it is one we know, else as it is."""
    return _SWEDISH.get(reason.strip().rstrip(".").lower(), reason)
