"""Encrypting a plain database in place, and changing an encrypted database's key.

Both keep a copy of the database first and swap files in one rename, so an interruption
leaves the old database intact.
"""

from __future__ import annotations

import os
import secrets
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from asfdesk.storage.backup import backups_named_for, remove_side_files, timestamped_backup
from asfdesk.storage.connect import export_encrypted, quoted_key, raw_connect
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.keys import DatabaseKey, KeyInfo, KeyResolver, read_key_info, sidecar, write_key_info
from asfdesk.storage.probe import read_schema_state


@dataclass(frozen=True)
class Encrypted:
    kept: Path  # the copy made before encrypting, itself encrypted now
    backups_encrypted: int  # plain backups of this database that were encrypted with its key


def encrypt_database(path: Path, backup_dir: Path, keys: KeyResolver, passphrase: str | None = None) -> Encrypted:
    """Turn a plain database into an encrypted one (keyring key, or the passphrase).

    A plain copy is kept while the file is swapped; once the encrypted file opens, that copy and
    every other plain backup of this database are encrypted with the same key, so no readable
    copy of the data is left in the backup folder.
    """
    if read_key_info(path) is not None:
        raise DatabaseOpenError(Problem.FOREIGN_DATABASE, path, f"{path.name} är redan krypterad.")
    kept = timestamped_backup(path, backup_dir, "fore-kryptering")
    staging = path.with_name(f".{path.name}.encrypting")
    staging.unlink(missing_ok=True)
    key = keys.new_key(staging, passphrase)
    export_encrypted(path, staging, key)
    with closing(raw_connect(staging, key)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    read_schema_state(staging, key)  # it opens with the key before it replaces anything
    remove_side_files(path)
    info = read_key_info(staging)
    assert info is not None
    os.replace(staging, path)
    write_key_info(path, info)
    sidecar(staging).unlink(missing_ok=True)
    remove_side_files(staging)
    return Encrypted(kept, encrypt_plain_backups(path, backup_dir, key, info))


def encrypt_plain_backups(path: Path, backup_dir: Path, key: DatabaseKey, info: KeyInfo) -> int:
    """Encrypt, in place and with the database's key, every plain backup of `path` in `backup_dir`."""
    count = 0
    for copy in backups_named_for(path, backup_dir):
        if read_key_info(copy) is not None or not copy.read_bytes()[:16].startswith(b"SQLite format 3"):
            continue
        staging = copy.with_name(f".{copy.name}.encrypting")
        staging.unlink(missing_ok=True)
        export_encrypted(copy, staging, key)
        read_schema_state(staging, key)
        write_key_info(copy, info)  # the key file first: a copy without one would not open
        os.replace(staging, copy)
        remove_side_files(staging)
        count += 1
    return count


def change_key(path: Path, backup_dir: Path, keys: KeyResolver, new_passphrase: str | None = None) -> None:
    """Re-encrypt with a new key: a fresh random key in the keyring, or a new passphrase."""
    old = keys.key_for(path)
    if old is None:
        raise DatabaseOpenError(Problem.FOREIGN_DATABASE, path, f"{path.name} är inte krypterad.")
    read_schema_state(path, old)  # a wrong passphrase is said so, before anything is copied or changed
    timestamped_backup(path, backup_dir, "fore-nyckelbyte", old)
    if new_passphrase is None:
        new = DatabaseKey(secrets.token_hex(32), raw=True)
        new_id = str(uuid.uuid4())  # a key id of its own, not the old one with a suffix (it grew on every rekey)
        keys.store.put(new_id, new.secret)
        new_info = KeyInfo(new_id, "keyring")
    else:
        new = DatabaseKey(new_passphrase, raw=False)
        new_info = KeyInfo(str(uuid.uuid4()), "passphrase")
    with closing(raw_connect(path, old)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # rekey works on a rollback-journal database
        conn.execute(f"PRAGMA rekey = {quoted_key(new)}")
        conn.execute("PRAGMA journal_mode = WAL")
    write_key_info(path, new_info)
    keys.forget(path)
