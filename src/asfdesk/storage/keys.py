"""Encryption keys for SQLCipher databases: where they live and how a file's key is found.

An encrypted database has a small sidecar file, `<database>.asfdesk-key.json`, that says how
it is unlocked — never the key itself:
- `keyring`: a random 256-bit key kept in the operating system's credential store
  (Windows Credential Manager, macOS Keychain, Secret Service) under the sidecar's key id;
- `passphrase`: a passphrase the user types; SQLCipher derives the key from it (PBKDF2).
Backups carry a copy of the sidecar, so they open the same way.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

SIDECAR_SUFFIX = ".asfdesk-key.json"
KEYRING_SERVICE = "asfdesk"


@dataclass(frozen=True)
class DatabaseKey:
    secret: str
    raw: bool  # a random key in hex (from the keyring), or a passphrase

    @property
    def pragma_value(self) -> str:
        return f"x'{self.secret}'" if self.raw else self.secret

    def pragma(self) -> str:
        return 'PRAGMA key = "' + self.pragma_value.replace('"', '""') + '"'


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    kind: str  # "keyring" | "passphrase"


def sidecar(path: Path) -> Path:
    return Path(f"{path}{SIDECAR_SUFFIX}")


def read_key_info(path: Path) -> KeyInfo | None:
    try:
        data = json.loads(sidecar(path).read_text(encoding="utf-8"))
        return KeyInfo(str(data["key_id"]), str(data["kind"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None


def write_key_info(path: Path, info: KeyInfo) -> None:
    body = {"key_id": info.key_id, "kind": info.kind, "cipher": "sqlcipher4", "note": "Nyckeln finns inte i denna fil."}
    sidecar(path).write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")


def copy_key_info(source: Path, destination: Path) -> None:
    info = read_key_info(source)
    if info is not None:
        write_key_info(destination, info)
    else:
        sidecar(destination).unlink(missing_ok=True)


class SecretStore:
    """The OS keyring, or nothing: `available` says whether keys can be kept there."""

    def available(self) -> bool:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken keyring configuration is the same as none
            return False
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0

    def get(self, key_id: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, key_id)
        except KeyringError:
            return None

    def put(self, key_id: str, secret: str) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key_id, secret)

    def remove(self, key_id: str) -> None:
        """Forget a secret (gone already is fine)."""
        import keyring
        from keyring.errors import KeyringError

        with suppress(KeyringError):
            keyring.delete_password(KEYRING_SERVICE, key_id)


class KeyUnavailableError(Exception):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


AskPassphrase = Callable[[Path, str], str | None]  # (database, why) → passphrase, or None when cancelled


@dataclass
class KeyResolver:
    """Finds the key of any database file, asking for a passphrase at most once per key."""

    store: SecretStore = field(default_factory=SecretStore)
    ask_passphrase: AskPassphrase | None = None
    _known: dict[str, DatabaseKey] = field(default_factory=dict)

    def key_for(self, path: Path) -> DatabaseKey | None:
        info = read_key_info(path)
        if info is None:
            return None
        if info.key_id in self._known:
            return self._known[info.key_id]
        if info.kind == "keyring":
            secret = self.store.get(info.key_id)
            if secret is None:
                raise KeyUnavailableError(
                    path, f"Nyckeln till {path.name} finns inte i nyckelringen på den här datorn."
                )
            key = DatabaseKey(secret, raw=True)
        else:
            if self.ask_passphrase is None:
                raise KeyUnavailableError(path, f"{path.name} är krypterad med lösenord; ange lösenordet.")
            passphrase = self.ask_passphrase(path, "Databasen är krypterad med lösenord.")
            if not passphrase:
                raise KeyUnavailableError(
                    path,
                    f"Inget lösenord angavs för {path.name} (i fönstret, i terminalen eller i ASFDESK_PASSPHRASE).",
                )
            key = DatabaseKey(passphrase, raw=False)
        self._known[info.key_id] = key
        return key

    def forget(self, path: Path) -> None:
        info = read_key_info(path)
        if info is not None:
            self._known.pop(info.key_id, None)

    def new_key(self, path: Path, passphrase: str | None = None) -> DatabaseKey:
        """A key for a database about to be encrypted: keyring when there is one, else the passphrase."""
        key_id = str(uuid.uuid4())
        if passphrase is None:
            if not self.store.available():
                raise KeyUnavailableError(path, "Ingen nyckelring finns på den här datorn; ett lösenord behövs.")
            key = DatabaseKey(secrets.token_hex(32), raw=True)
            self.store.put(key_id, key.secret)
            write_key_info(path, KeyInfo(key_id, "keyring"))
        else:
            key = DatabaseKey(passphrase, raw=False)
            write_key_info(path, KeyInfo(key_id, "passphrase"))
        self._known[key_id] = key
        return key
