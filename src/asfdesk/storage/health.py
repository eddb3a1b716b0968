"""A read-only health check of a database file: integrity, schema revision, journal mode, contents."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from asfdesk.storage.errors import DatabaseOpenError
from asfdesk.storage.migrate import FileState, probe_file, read_schema_state, sqlite_error

COUNTED_TABLES = (
    ("enterprise", "företag"),
    ("participant", "deltagare"),
    ("placement", "placeringar"),
    ("support_contact", "handledarstödskontakter"),
    ("meeting", "möten"),
)


@dataclass(frozen=True)
class HealthReport:
    path: Path
    integrity: str
    revision: str | None
    head: str
    journal_mode: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def integrity_ok(self) -> bool:
        return self.integrity == "ok"

    @property
    def at_head(self) -> bool:
        return self.revision == self.head

    @property
    def healthy(self) -> bool:
        return self.integrity_ok and self.at_head


def check_database(path: Path) -> HealthReport:
    """Inspect an existing database without changing it; raises DatabaseOpenError when unusable."""
    path = path.expanduser().resolve()
    state = probe_file(path, must_exist=True)
    schema = read_schema_state(path) if state is FileState.SQLITE else None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {}
            for table, label in COUNTED_TABLES:
                if table in tables:
                    query = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    counts[label] = conn.execute(query).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise sqlite_error(path, exc) from exc
    integrity = "ok" if problems == ["ok"] else "; ".join(problems[:5])
    return HealthReport(
        path=path,
        integrity=integrity,
        revision=schema.revision if schema else None,
        head=schema.head if schema else "",
        journal_mode=str(journal),
        counts=counts,
    )


__all__ = ["DatabaseOpenError", "HealthReport", "check_database"]
