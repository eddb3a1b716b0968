"""Create a whole demo database file (used by `asfdesk demo`, `--demo` and the tests)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from asfdesk.demo.generator import DemoSummary, build_demo
from asfdesk.storage.audit_chain import head_file
from asfdesk.storage.backup import SIDE_FILES, keep_old_copy, remove_side_files
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.instance_lock import DatabaseLock
from asfdesk.storage.keys import KeyResolver, sidecar
from asfdesk.storage.migrate import open_database


def create_demo_database(
    path: Path,
    *,
    backup_dir: Path,
    seed: int = 1,
    today: date | None = None,
    force: bool = False,
    keys: KeyResolver | None = None,
) -> DemoSummary:
    """Write the demo data set to a new database at `path`.

    An existing file is never overwritten silently: without `force` it is an error, and with
    it the old file (healthy, encrypted or damaged) is first kept in `backup_dir`. The demo is
    built under a temporary name and moved into place in one rename, while the file's
    one-writer lock is held: a window or an import writing to it makes this refuse, not wait.
    """
    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseOpenError(Problem.IS_DIRECTORY, path, f"{path} är en mapp, inte en databasfil.")
    if not path.parent.is_dir():
        raise DatabaseOpenError(Problem.MISSING_FOLDER, path, f"Mappen {path.parent} finns inte.")
    if path.exists() and not force:
        raise DatabaseOpenError(
            Problem.FOREIGN_DATABASE,
            path,
            f"{path} finns redan. Välj en annan fil eller använd --force för att ersätta den (en kopia sparas).",
        )
    lock = DatabaseLock(path)
    if not lock.acquire():
        raise DatabaseOpenError(
            Problem.IN_USE, path, f"{path} används just nu av asfdesk (ett fönster eller en import). Inget ändrat."
        )
    staging = path.with_name(f".{path.name}.demo")
    try:
        staging.unlink(missing_ok=True)
        remove_side_files(staging)
        database = open_database(staging, backup_dir=backup_dir)
        try:
            with database.session_factory.begin() as session:
                summary = build_demo(session, seed=seed, today=today)
        finally:
            database.close()
        if path.exists():
            keep_old_copy(path, backup_dir, keys or KeyResolver(), "fore-demodata")
        remove_side_files(path)
        os.replace(staging, path)
        for suffix in SIDE_FILES:  # closing the last connection folds the WAL in; if not, it moves too
            if Path(f"{staging}{suffix}").exists():
                os.replace(f"{staging}{suffix}", f"{path}{suffix}")
        sidecar(path).unlink(missing_ok=True)  # the demo is plain until it is encrypted on purpose
        head_file(path).unlink(missing_ok=True)  # and its audit log starts anew
        return summary
    finally:
        staging.unlink(missing_ok=True)
        remove_side_files(staging)
        lock.release()
