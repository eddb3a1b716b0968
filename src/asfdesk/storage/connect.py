"""Opening a raw DB-API connection to a database file, plain or encrypted, the same way everywhere."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

try:
    import sqlcipher3.dbapi2 as sqlcipher
except ImportError:  # encryption needs the sqlcipher3 package; plain databases work without it
    sqlcipher = None

from asfdesk.storage.keys import DatabaseKey

# Both drivers' errors, for code that must catch either.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((sqlcipher.Error,) if sqlcipher else ())


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The SQLite URI of exactly the file at `path`, whatever characters its name holds.

    Every byte of the name that URI syntax gives a meaning to (`#`, `?`, `%`, `&`, spaces,
    newlines, å ä ö) is percent-encoded, so SQLite opens that file and no other.
    """
    uri = Path(os.path.abspath(path)).as_uri()
    params = [p for p, on in (("mode=ro", read_only), ("immutable=1", immutable)) if on]
    return uri + ("?" + "&".join(params) if params else "")


def raw_connect(
    path: Path,
    key: DatabaseKey | None = None,
    *,
    read_only: bool = False,
    timeout: float = 10,
    cipher: bool = False,
    immutable: bool = False,
) -> Any:
    """A connection with the key applied (SQLCipher), or a plain sqlite3 one.

    `cipher=True` without a key gives a SQLCipher connection whose key the caller sets next
    (SQLAlchemy's pysqlcipher dialect does, from the engine URL).
    """
    # in a folder we may not write to, SQLite cannot keep the -shm file a WAL reader needs: the
    # file is read as it is (nobody can change it from here either)
    immutable = immutable or (read_only and path.exists() and not os.access(path.parent, os.W_OK))
    target = sqlite_uri(path, read_only=read_only, immutable=immutable)
    if key is None and not cipher:
        return sqlite3.connect(target, uri=True, timeout=timeout, check_same_thread=False)
    if sqlcipher is None:
        raise sqlite3.DatabaseError("the sqlcipher3 package is needed for encrypted databases")
    conn = sqlcipher.connect(target, uri=True, timeout=timeout, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
    if key is not None:
        conn.execute(key.pragma())
    return conn


def quoted_key(key: DatabaseKey) -> str:
    return '"' + key.pragma_value.replace('"', '""') + '"'


def export_encrypted(source: Path, destination: Path, key: DatabaseKey) -> None:
    """Write an encrypted copy of the plain database at `source` to `destination` (SQLCipher's export)."""
    with closing(raw_connect(source, None, cipher=True)) as conn:  # SQLCipher reading the plain file
        conn.execute("ATTACH DATABASE ? AS encrypted KEY " + quoted_key(key), (str(destination),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
