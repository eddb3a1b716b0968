"""Consistent copies of a live database through SQLite's online backup API.

A plain file copy can miss pages that still live in the -wal file; the backup API cannot.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` (overwritten) and return the destination."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(destination)) as dst,
    ):
        src.backup(dst)
    return destination


def timestamped_backup(source: Path, backup_dir: Path, reason: str) -> Path:
    """A backup of `source` in `backup_dir`, named after the file, the time and the reason."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{source.stem}-{stamp}-{reason}.db"
    target = backup_dir / name
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{source.stem}-{stamp}-{reason}-{counter}.db"
    return backup_database(source, target)
