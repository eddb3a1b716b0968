"""Create a whole demo database file (used by `asfdesk demo`, `--demo` and the tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asfdesk.demo.generator import DemoSummary, build_demo
from asfdesk.storage.backup import timestamped_backup
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.migrate import FileState, open_database, probe_file

SIDE_FILES = ("-wal", "-shm")


def create_demo_database(
    path: Path, *, backup_dir: Path, seed: int = 1, today: date | None = None, force: bool = False
) -> DemoSummary:
    """Write the demo data set to a new database at `path`.

    An existing file is never overwritten silently: without `force` it is an error, and with
    it the old file is first backed up to `backup_dir`.
    """
    path = path.expanduser().resolve()
    state = probe_file(path)
    if state is not FileState.MISSING:
        if not force:
            raise DatabaseOpenError(
                Problem.FOREIGN_DATABASE,
                path,
                f"{path} finns redan. Välj en annan fil eller använd --force för att ersätta den (en kopia sparas).",
            )
        if state is FileState.SQLITE:
            timestamped_backup(path, backup_dir, "fore-demodata")
        for suffix in ("", *SIDE_FILES):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path, backup_dir=backup_dir)
    try:
        with database.session_factory.begin() as session:
            return build_demo(session, seed=seed, today=today)
    finally:
        database.close()
