"""Looking after one database file: backups, restore, encryption and its key, as the window does it.

The window's actions come here, never to storage directly: the UI speaks to services, services
to storage. A `DatabaseCare` holds only paths and the key resolver, so it outlives the context it
came from (encrypting and restoring close the database first).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asfdesk.storage.backup import (
    BackupInfo,
    backup_name,
    list_backups,
    make_verified_backup,
    restore_database,
    verify_backup,
)
from asfdesk.storage.connect import DB_ERRORS
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.keys import KeyResolver, read_key_info

__all__ = ["FAILURES", "BackupInfo", "DatabaseCare", "DatabaseOpenError", "KeyResolver", "Problem"]

# what a backup, restore or encryption can fail with; each carries a message for the user
FAILURES: tuple[type[Exception], ...] = (OSError, DatabaseOpenError, *DB_ERRORS)


@dataclass(frozen=True)
class DatabaseCare:
    path: Path
    backup_dir: Path
    keys: KeyResolver

    def manual_backup_path(self) -> Path:
        """Where a backup made by hand goes unless the user says otherwise."""
        return self.backup_dir / backup_name(self.path, "manuell")

    def backup_to(self, target: Path) -> BackupInfo:
        """A copy at `target`, checked by opening it with the key at hand."""
        return make_verified_backup(self.path, target, self.keys)

    def restore_from(self, chosen: Path) -> None:
        """Replace the database by the backup `chosen` (the current one is saved first)."""
        restore_database(chosen, self.path, self.backup_dir, self.keys)

    def encrypt(self, passphrase: str | None) -> None:
        """Encrypt the database (key in the keyring, or from `passphrase`)."""
        encrypt_database(self.path, self.backup_dir, self.keys, passphrase)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir, self.keys)

    def check_backup(self, path: Path) -> BackupInfo:
        return verify_backup(path, self.keys)

    def needs_passphrase(self) -> bool:
        info = read_key_info(self.path)
        return info is not None and info.kind == "passphrase"
