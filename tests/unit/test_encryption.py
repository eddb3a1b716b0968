"""Encryption at rest: nothing readable on disk, keyring and passphrase both work, wrong keys fail cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from stdnum import luhn

from asfdesk.context import open_context
from asfdesk.domain.inputs import ParticipantInput
from asfdesk.storage.backup import make_verified_backup, restore_database, verify_backup
from asfdesk.storage.encryption import change_key, encrypt_database
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.health import check_database
from asfdesk.storage.keys import KeyResolver, read_key_info

PASSPHRASE = "ett långt och hemligt lösenord"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test process: the OS credential store stand-in."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _pnr() -> str:
    body = "760412555"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def _with_secret_participant(db: Path, paths, keys: KeyResolver | None = None) -> None:
    ctx = open_context(paths, db, keys=keys)
    ctx.participants.create(ParticipantInput(code="HEMLIG-7", personnummer=_pnr()))
    ctx.close()


def _raw(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if not p.name.endswith(".json"))


def test_passphrase_encryption_leaves_no_plaintext_on_disk(demo_db: Path, paths) -> None:
    """After encryption the file, its WAL and its backups hold no name, pseudonym or personnummer in clear."""
    _with_secret_participant(demo_db, paths)
    plain = _raw(demo_db)
    assert b"Tassarnas" in plain and b"HEMLIG-7" in plain and b"19760412" in plain
    keys = KeyResolver(ask_passphrase=lambda _p, _w: PASSPHRASE)
    earlier = make_verified_backup(demo_db, paths.backup_dir / f"{demo_db.stem}-auto-20261101.db").path
    assert b"HEMLIG-7" in earlier.read_bytes()
    done = encrypt_database(demo_db, paths.backup_dir, keys, PASSPHRASE)
    assert done.backups_encrypted == len(list(paths.backup_dir.glob("*.db"))) >= 2  # also the copy made first
    for backup in paths.backup_dir.iterdir():  # no readable copy is left behind, and each still opens
        assert b"HEMLIG-7" not in backup.read_bytes() and b"SQLite format 3" not in backup.read_bytes()[:16]
    for backup in (done.kept, earlier):
        assert verify_backup(backup, keys).ok
    ctx = open_context(paths, demo_db, keys=keys)  # the app works on it: WAL pages are encrypted too
    ctx.participants.create(ParticipantInput(code="HEMLIG-8"))
    copy = make_verified_backup(demo_db, paths.backup_dir / "kopia.db", keys)
    ctx.close()
    for blob in (_raw(demo_db), copy.path.read_bytes()):
        for secret in (
            b"Tassarnas",
            b"HEMLIG-7",
            b"HEMLIG-8",
            b"19760412",
            b"SQLite format 3",
        ):
            assert secret not in blob
    assert check_database(demo_db, keys).encryption.startswith("krypterad")


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(demo_db: Path, paths) -> None:
    """A wrong passphrase gives 'stämmer inte', never a traceback, and the file is left as it was."""
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), PASSPHRASE)
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_context(paths, demo_db, keys=KeyResolver(ask_passphrase=lambda _p, _w: "fel lösenord"))
    assert info.value.problem is Problem.WRONG_KEY and "stämmer inte" in info.value.message
    with pytest.raises(DatabaseOpenError) as missing:
        open_context(paths, demo_db, keys=KeyResolver())  # nobody to ask
    assert missing.value.problem is Problem.KEY_MISSING
    assert demo_db.read_bytes() == before


def test_keyring_key_opens_without_asking(demo_db: Path, paths, memory_keyring: MemoryKeyring) -> None:
    """With a keyring the key is random, kept there, and the database opens with no question."""
    encrypt_database(demo_db, paths.backup_dir, KeyResolver())
    info = read_key_info(demo_db)
    assert info is not None and info.kind == "keyring"
    assert len(memory_keyring.secrets[("asfdesk", info.key_id)]) == 64
    ctx = open_context(paths, demo_db, keys=KeyResolver(ask_passphrase=lambda _p, _w: pytest.fail("asked")))
    assert ctx.database.encrypted and len(ctx.enterprises.list_enterprises()) == 15
    ctx.close()
    memory_keyring.secrets.clear()  # another computer: the key is not in its keyring
    with pytest.raises(DatabaseOpenError) as info_missing:
        open_context(paths, demo_db)
    assert info_missing.value.problem is Problem.KEY_MISSING and "nyckelringen" in info_missing.value.message


def test_encrypted_backup_restores(demo_db: Path, paths, tmp_path: Path) -> None:
    """A backup of an encrypted database is encrypted, verifies with the key, and restores."""
    keys = KeyResolver(ask_passphrase=lambda _p, _w: PASSPHRASE)
    encrypt_database(demo_db, paths.backup_dir, keys, PASSPHRASE)
    copy = make_verified_backup(demo_db, tmp_path / "kopia.db", keys)
    assert copy.ok and copy.counts["företag"] == 15 and read_key_info(copy.path) is not None
    assert not verify_backup(copy.path, KeyResolver(ask_passphrase=lambda _p, _w: "fel")).ok
    target = tmp_path / "aterstalld.db"
    shutil.copy(copy.path, target)
    restore_database(copy.path, demo_db, paths.backup_dir, keys)
    assert check_database(demo_db, keys).counts["företag"] == 15


def test_changing_the_passphrase(demo_db: Path, paths) -> None:
    """After a key change the old passphrase no longer opens the database and the new one does."""
    keys = KeyResolver(ask_passphrase=lambda _p, _w: PASSPHRASE)
    encrypt_database(demo_db, paths.backup_dir, keys, PASSPHRASE)
    change_key(demo_db, paths.backup_dir, keys, "ett helt nytt lösenord")
    with pytest.raises(DatabaseOpenError):
        check_database(demo_db, KeyResolver(ask_passphrase=lambda _p, _w: PASSPHRASE))
    assert check_database(demo_db, KeyResolver(ask_passphrase=lambda _p, _w: "ett helt nytt lösenord")).healthy


def test_a_new_key_with_the_wrong_passphrase_says_so_and_changes_nothing(demo_db: Path, paths) -> None:
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), PASSPHRASE)
    before, copies = demo_db.read_bytes(), sorted(paths.backup_dir.iterdir())
    wrong = KeyResolver(ask_passphrase=lambda _p, _w: "fel lösenord")
    with pytest.raises(DatabaseOpenError) as info:
        change_key(demo_db, paths.backup_dir, wrong, "ett-nytt-lösenord")
    assert info.value.problem is Problem.WRONG_KEY and "stämmer inte" in info.value.message  # not "skadad"
    assert demo_db.read_bytes() == before and sorted(paths.backup_dir.iterdir()) == copies
