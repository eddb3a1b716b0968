"""One writer per database file: an OS-level lock held by the window that has the file open.

The lock is a `flock`/`LockFileEx` on `<database>.lock`, released by the operating system
when the process ends, even by kill -9 — so a crash never leaves the file 'in use'.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}.lock")
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process has the database open."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
