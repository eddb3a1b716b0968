"""Writing a file the user named as output: only that file, whole or not at all.

Two rules for every report, export and copy asfdesk writes:
- `refuse_protected` keeps an output away from what the user did not name as output: the open
  database, its -wal/-shm/lock/key files, and anything in the backup folder. It also holds the
  suffix to the format written, so `-o rapport.docx` does not get a PDF under a Word name.
- `atomic_output` writes under a temporary name in the same folder and renames it over the
  target only when the writer has finished; a failure (disk full, no permission, an error
  in the writer) leaves neither a partial file nor a zero-byte one, and the old file, if
  there was one, as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from asfdesk.storage.audit_chain import HEAD_SUFFIX
from asfdesk.storage.keys import SIDECAR_SUFFIX

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock", SIDECAR_SUFFIX, HEAD_SUFFIX)

# Every database this process has opened, with its backup folder: no output may go there.
_protected: dict[Path, Path | None] = {}


def protect(database: Path, backup_dir: Path | None) -> None:
    """Register an opened database (and its backups) so that no output written by this process replaces it."""
    _protected[database.expanduser().resolve()] = backup_dir.expanduser().resolve() if backup_dir else None


def refuse_if_protected(target: Path, suffixes: tuple[str, ...] = (), folder: bool = False) -> Path:
    """`refuse_protected` against every database this process has opened."""
    resolved = target.expanduser().resolve()
    for database, backup_dir in list(_protected.items()):
        refuse_protected(resolved, databases=[database], backup_dir=backup_dir, folder=folder)
    return refuse_protected(resolved, suffixes=suffixes, folder=folder)


class OutputRefusedError(ValueError):
    """The output path would replace something that is not output; the message says what."""


class OutputFailedError(OSError):
    """Writing the output failed; nothing was left behind. `message` is one line for the user."""

    def __init__(self, target: Path, message: str) -> None:
        super().__init__(message)
        self.target = target
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[OutputFailedError], tuple[Path, str]]:
        return type(self), (self.target, self.message)  # crosses from a report worker process intact


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def refuse_protected(
    target: Path,
    *,
    databases: Iterable[Path] = (),
    backup_dir: Path | None = None,
    suffixes: tuple[str, ...] = (),
    folder: bool = False,
) -> Path:
    """The resolved target, or OutputRefusedError when writing there would replace what is not output
    (or the name cannot be a file at all: too long, under a file instead of a folder)."""
    try:
        return _refuse_protected(target, databases, backup_dir, suffixes, folder)
    except OSError as exc:
        raise OutputRefusedError(unusable_name(target, exc)) from exc


def unusable_name(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return f"Namnet är för långt för disken ({len(target.name)} tecken); välj ett kortare."
    return failure_message(target, exc)


def make_folder(folder: Path) -> Path:
    """Creates an output folder (and those above it); one line when it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if blocking == folder:
            raise OutputRefusedError(f"{folder} är en fil, inte en mapp; välj en annan plats.") from exc
        if blocking is not None:
            raise OutputRefusedError(f"Mappen {folder} kan inte skapas: {blocking} är en fil.") from exc
        raise OutputRefusedError(unusable_name(folder, exc)) from exc
    return folder


def _refuse_protected(
    target: Path, databases: Iterable[Path], backup_dir: Path | None, suffixes: tuple[str, ...], folder: bool
) -> Path:
    resolved = target.expanduser().resolve()
    for database in databases:
        database = database.expanduser().resolve()
        for suffix in DATABASE_COMPANIONS:
            companion = Path(f"{database}{suffix}")
            if resolved == companion or _same_file(resolved, companion):
                raise OutputRefusedError(
                    f"{resolved} är databasen eller hör till den ({companion.name}); välj en annan fil att skriva till."
                )
    if backup_dir is not None and (_is_within(resolved, backup_dir) or (folder and _is_within(backup_dir, resolved))):
        raise OutputRefusedError(f"{resolved} ligger i mappen för säkerhetskopior; välj en annan plats.")
    if folder:
        if resolved.exists() and not resolved.is_dir():
            raise OutputRefusedError(f"{resolved} är en fil, inte en mapp.")
        return resolved
    if resolved.is_dir():
        raise OutputRefusedError(f"{resolved} är en mapp; ange ett filnamn.")
    if suffixes and resolved.suffix.lower() not in suffixes:
        wanted = " eller ".join(suffixes)
        raise OutputRefusedError(f"{resolved.name} ska sluta på {wanted} (filen blir i det formatet).")
    if not resolved.parent.is_dir():
        if resolved.parent.exists():
            raise OutputRefusedError(f"{resolved.parent} är en fil, inte en mapp; välj en annan plats.")
        raise OutputRefusedError(f"Mappen {resolved.parent} finns inte.")
    return resolved


def failure_message(target: Path, exc: OSError) -> str:
    """One line for a failed write, in the user's words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Disken är full – {target.name} kunde inte sparas. Frigör utrymme och försök igen."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{target.parent} går inte att skriva i (behörighet saknas) – {target.name} sparades inte."
    return f"{target.name} kunde inte sparas: {exc.strerror or exc}."


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it becomes `target` only if the block succeeds.

    A target that is an open database, one of its files or a backup is refused before anything is written.
    """
    target = refuse_if_protected(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputFailedError(target, failure_message(target, exc)) from exc
    os.close(handle)
    staging = Path(name)
    try:
        yield staging
        if not staging.exists() or staging.stat().st_size == 0:
            raise OutputFailedError(target, f"{target.name} blev tom och sparades inte.")
        with staging.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(staging, target)
    except OSError as exc:
        if isinstance(exc, OutputFailedError):
            raise
        raise OutputFailedError(target, failure_message(target, exc)) from exc
    finally:
        staging.unlink(missing_ok=True)


def save_atomically(target: Path, save: Callable[[Path], object]) -> Path:
    """Run a writer that takes a path (e.g. an openpyxl workbook's `save`) through `atomic_output`."""
    with atomic_output(target) as staging:
        save(staging)
    return target


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return save_atomically(target, lambda staging: staging.write_bytes(data))


def write_text_atomically(target: Path, text: str, encoding: str = "utf-8") -> Path:
    return save_atomically(target, lambda staging: staging.write_text(text, encoding=encoding))
