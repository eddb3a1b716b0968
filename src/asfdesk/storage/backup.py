"""Consistent, verified copies of a database, automatic rotation, and restoring one.

Copies go through SQLite's online backup API, which is safe while the database is in use
(a file copy can miss pages still in the -wal file). A copy only counts once it passes
`PRAGMA integrity_check` and carries a schema revision this version knows.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import re
import shutil
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from asfdesk.storage.audit_chain import head_file
from asfdesk.storage.connect import DB_ERRORS, export_encrypted, raw_connect
from asfdesk.storage.keys import (
    DatabaseKey,
    KeyResolver,
    KeyUnavailableError,
    copy_key_info,
    read_key_info,
    sidecar,
    write_key_info,
)

AUTO_TAG = "auto"
# backups named before their names told databases of the same file name apart ("a-auto-20261201.db")
LEGACY_NAME = r"-(?:{auto}-\d{{8}}|\d{{8}}-\d{{6}}-.+)\.db$"
SIDE_FILES = ("-wal", "-shm")
UNREADABLE: tuple[type[Exception], ...] = (*DB_ERRORS, KeyUnavailableError)
WRITING_FAILED = ("full", "readonly", "read-only", "unable to open", "disk i/o")  # SQLite's words for the copy


def remove_side_files(path: Path) -> None:
    """The -wal and -shm SQLite keeps beside `path`: gone once the file has been replaced or moved."""
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_new_database(path: Path) -> None:
    """A database a command made and then could not use (a failed import or join): the file and
    everything that came with it (-wal, -shm, audit head, lock) go, so nothing is left behind."""
    from asfdesk.storage.audit_chain import head_file

    path.unlink(missing_ok=True)
    remove_side_files(path)
    head_file(path).unlink(missing_ok=True)
    Path(f"{path}.lock").unlink(missing_ok=True)


def backup_database(source: Path, destination: Path, key: DatabaseKey | None = None) -> Path:
    """Copy `source` to `destination` (overwritten) and return it; an encrypted copy stays encrypted."""
    partial = destination.with_name(destination.name + ".part")  # never half a file under the real name
    # the audit log's head, read before the copy: it names an entry the copy holds (entries only grow)
    head = head_file(source).read_bytes() if head_file(source).is_file() else None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(raw_connect(source, key, read_only=True)) as src:
            try:
                with closing(raw_connect(partial, key)) as dst:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            except DB_ERRORS as exc:  # the copy's side (a full disk, a folder not ours): named as such
                if any(word in str(exc).lower() for word in WRITING_FAILED):
                    raise _unwritable(destination, exc) from exc
                raise  # the database's own side (damaged, a wrong key): as it is
        os.replace(partial, destination)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) in (partial, destination.parent):
            raise _unwritable(destination, exc) from exc
        raise
    finally:
        with contextlib.suppress(OSError):  # a folder that cannot be written held no partial file either
            partial.unlink(missing_ok=True)
    copy_key_info(source, destination)  # so the copy opens the same way
    if head is not None:  # and its audit log's last entry stays vouched for
        head_file(destination).write_bytes(head)
    else:
        head_file(destination).unlink(missing_ok=True)
    return destination


def backup_prefix(source: Path) -> str:
    """How the backups of `source` begin: its name and a short mark of where it lives, so that two
    databases of the same file name in different folders never share (or overwrite) backups."""
    where = hashlib.sha256(str(source.expanduser().resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{source.stem}-{where}"


def backup_name(source: Path, reason: str, moment: datetime | None = None) -> str:
    """A backup's file name: the database, the time and the reason ("kafe-1a2b3c4d-20261204-101500-manuell.db")."""
    return f"{backup_prefix(source)}-{(moment or datetime.now()):%Y%m%d-%H%M%S}-{reason}.db"


def backups_named_for(source: Path, backup_dir: Path) -> list[Path]:
    """The backups in `backup_dir` named for `source`: by its prefix, or by the older names that
    carried only its file name (those cannot be told apart from another folder's namesake)."""
    legacy = re.compile(re.escape(source.stem) + LEGACY_NAME.format(auto=AUTO_TAG))
    found = set(backup_dir.glob(f"{glob.escape(backup_prefix(source))}-*.db"))
    found |= {p for p in backup_dir.glob(f"{glob.escape(source.stem)}-*.db") if legacy.match(p.name)}
    return sorted(found)


def _unwritable(destination: Path, exc: Exception) -> OSError:
    """Why a copy could not be written, naming the copy (not the database it was made from)."""
    from asfdesk.storage.errors import in_swedish

    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return OSError(f"Disken är full – säkerhetskopian {destination} kan inte skrivas. Frigör utrymme.")
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return OSError(f"Säkerhetskopian kan inte skrivas till {destination} ({in_swedish(reason)}).")


def timestamped_backup(source: Path, backup_dir: Path, reason: str, key: DatabaseKey | None = None) -> Path:
    """A backup of `source` in `backup_dir`, named after the file, the time and the reason."""
    moment = datetime.now()
    target = backup_dir / backup_name(source, reason, moment)
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / backup_name(source, f"{reason}-{counter}", moment)
    return backup_database(source, target, key)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    ok: bool
    problem: str
    revision: str | None
    modified: datetime
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        contents = ", ".join(f"{n} {label}" for label, n in self.counts.items())
        return f"{self.modified:%Y-%m-%d %H:%M}, schema {self.revision or '?'}: {contents}"


def verify_backup(path: Path, keys: KeyResolver | None = None) -> BackupInfo:
    """Check a copy: a readable asfdesk database whose integrity check passes."""
    from asfdesk.storage.errors import DatabaseOpenError
    from asfdesk.storage.health import check_database

    modified = datetime.fromtimestamp(path.stat().st_mtime) if path.exists() else datetime.min
    try:
        report = check_database(path, keys)
    except DatabaseOpenError as exc:
        return BackupInfo(path, False, exc.message, None, modified)
    if not report.integrity_ok:
        return BackupInfo(path, False, f"integritetskontrollen: {report.integrity}", report.revision, modified)
    if report.revision is None:
        return BackupInfo(path, False, "filen saknar asfdesk-schema", None, modified)
    return BackupInfo(path, True, "", report.revision, modified, report.counts)


def make_verified_backup(source: Path, destination: Path, keys: KeyResolver | None = None) -> BackupInfo:
    """Back up and verify; a copy that fails verification is removed and the reason raised."""
    keys = keys or KeyResolver()
    backup_database(source, destination, keys.key_for(source))
    info = verify_backup(destination, keys)
    if not info.ok:
        destination.unlink(missing_ok=True)
        sidecar(destination).unlink(missing_ok=True)
        head_file(destination).unlink(missing_ok=True)
        raise OSError(f"Säkerhetskopian kunde inte verifieras: {info.problem}")
    return info


def _auto_name(source: Path, day: date) -> str:
    return f"{backup_prefix(source)}-{AUTO_TAG}-{day:%Y%m%d}.db"


def auto_backups(source: Path, backup_dir: Path) -> list[tuple[date, Path]]:
    """This database's automatic backups (by its own prefix only: another folder's namesake's are
    never counted as its own, nor thinned out)."""
    prefix = backup_prefix(source)
    pattern = re.compile(rf"{re.escape(prefix)}-{AUTO_TAG}-(\d{{8}})\.db$")
    found = []
    for path in backup_dir.glob(f"{glob.escape(prefix)}-{AUTO_TAG}-*.db"):
        if match := pattern.match(path.name):
            found.append((datetime.strptime(match.group(1), "%Y%m%d").date(), path))
    return sorted(found, reverse=True)


def daily_backup(
    source: Path,
    backup_dir: Path,
    today: date,
    keep_days: int = 7,
    keep_weeks: int = 4,
    keys: KeyResolver | None = None,
) -> Path | None:
    """Make today's automatic backup if there is none yet, then thin out old ones.

    Kept: every day of the last `keep_days`, and the newest of each ISO week for `keep_weeks`
    weeks before that. Backups made by hand or before an upgrade are never removed.
    """
    made = None
    if not any(day == today for day, _ in auto_backups(source, backup_dir)):
        made = backup_dir / _auto_name(source, today)
        make_verified_backup(source, made, keys)
    keep: set[Path] = set()
    weeks_seen: set[tuple[int, int]] = set()
    for day, path in auto_backups(source, backup_dir):
        if day > today - timedelta(days=keep_days):
            keep.add(path)
            continue
        week = day.isocalendar()[:2]
        if week not in weeks_seen and day > today - timedelta(days=keep_days + 7 * keep_weeks):
            weeks_seen.add(week)
            keep.add(path)
    for _day, path in auto_backups(source, backup_dir):
        if path not in keep:
            path.unlink(missing_ok=True)
            sidecar(path).unlink(missing_ok=True)
            head_file(path).unlink(missing_ok=True)
    return made


def keep_old_copy(target: Path, backup_dir: Path, keys: KeyResolver, reason: str = "fore-aterstallning") -> Path:
    """Save the database about to be replaced; a damaged or unopenable one is kept byte for byte instead."""
    try:
        return timestamped_backup(target, backup_dir, reason, keys.key_for(target))
    except UNREADABLE:
        backup_dir.mkdir(parents=True, exist_ok=True)
        kept = backup_dir / backup_name(target, f"{reason}-som-fil")
        shutil.copy2(target, kept)
        copy_key_info(target, kept)
        return kept


def _require_key_opens(target: Path, keys: KeyResolver) -> None:
    """An encrypted database is replaced only by someone whose key opens it: a wrong passphrase changes nothing."""
    try:
        with closing(raw_connect(target, keys.key_for(target), read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UNREADABLE as exc:
        keys.forget(target)
        raise OSError(
            f"{target.name} är krypterad och lösenordet eller nyckeln som angavs öppnar den inte – inget har ändrats."
        ) from exc


def restore_database(source: Path, target: Path, backup_dir: Path, keys: KeyResolver | None = None) -> Path | None:
    """Replace `target` (closed) by a verified copy of `source`; the old target is kept as a backup first.

    The copy is written next to the target and moved over it in one rename, so a crash
    leaves either the old or the new database, never half of one. Returns the safety copy.
    """
    keys = keys or KeyResolver()
    info = verify_backup(source, keys)
    if not info.ok:
        raise OSError(f"{source} kan inte återställas: {info.problem}")
    target_info = read_key_info(target) if target.is_file() else None
    if target_info is not None:
        _require_key_opens(target, keys)
    safety = keep_old_copy(target, backup_dir, keys) if target.exists() and target.is_file() else None
    staging = target.with_name(f".{target.name}.restoring")
    backup_database(source, staging, keys.key_for(source))
    keep_encryption = target_info is not None and read_key_info(source) is None
    if keep_encryption:  # a plain backup over an encrypted database: restored encrypted, with its key
        target_key = keys.key_for(target)
        assert target_key is not None
        encrypted = staging.with_name(staging.name + ".encrypted")
        encrypted.unlink(missing_ok=True)
        export_encrypted(staging, encrypted, target_key)
        os.replace(encrypted, staging)
    with staging.open("rb") as handle:
        os.fsync(handle.fileno())
    remove_side_files(target)
    os.replace(staging, target)
    if keep_encryption and target_info is not None:
        write_key_info(target, target_info)
    else:
        copy_key_info(source, target)
    sidecar(staging).unlink(missing_ok=True)
    remove_side_files(staging)
    # the old file's audit head says nothing of the restored one; the copy's own head (if kept) does
    if head_file(source).is_file():
        shutil.copyfile(head_file(source), head_file(target))
    else:
        head_file(target).unlink(missing_ok=True)
    return safety


def list_backups(backup_dir: Path, keys: KeyResolver | None = None) -> list[BackupInfo]:
    """Every backup in the folder, newest first, each verified."""
    if not backup_dir.is_dir():
        return []
    files = sorted(backup_dir.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [verify_backup(path, keys) for path in files]
