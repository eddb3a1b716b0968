"""A read-only health check of a database file: integrity, schema revision, journal mode, contents."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from asfdesk.storage.audit_chain import ChainReport, verify_chain
from asfdesk.storage.connect import DB_ERRORS, raw_connect
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.keys import KeyResolver, read_key_info
from asfdesk.storage.probe import FileState, probe_file, read_schema_state, resolve_key, sqlite_error

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
    encryption: str = "okrypterad"
    audit: ChainReport = field(default_factory=lambda: ChainReport(0, ""))

    @property
    def integrity_ok(self) -> bool:
        return self.integrity == "ok"

    @property
    def at_head(self) -> bool:
        return self.revision == self.head

    @property
    def healthy(self) -> bool:
        return self.integrity_ok and self.at_head and self.audit.ok


def check_database(path: Path, keys: KeyResolver | None = None) -> HealthReport:
    """Inspect an existing database without changing it; raises DatabaseOpenError when unusable."""
    path = path.expanduser().resolve()
    key = resolve_key(path, keys)
    state = probe_file(path, must_exist=True, encrypted=key is not None)
    if state is FileState.EMPTY:
        raise DatabaseOpenError(
            Problem.EMPTY_FILE, path, f"{path} är tom (0 byte) och innehåller ingen databas. Öppna en säkerhetskopia."
        )
    schema = read_schema_state(path, key) if state in (FileState.SQLITE, FileState.ENCRYPTED) else None
    info = read_key_info(path)
    encryption = "okrypterad"
    if info is not None:
        encryption = "krypterad (SQLCipher), nyckel i " + ("nyckelringen" if info.kind == "keyring" else "lösenord")
    try:
        with closing(raw_connect(path, key, read_only=True, timeout=5)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {}
            for table, label in COUNTED_TABLES:
                if table in tables:
                    query = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    counts[label] = conn.execute(query).fetchone()[0]
            audit = verify_chain(conn, path) if schema is not None and schema.has_tables else ChainReport(0, "")
    except DB_ERRORS as exc:
        raise sqlite_error(path, exc, key) from exc
    integrity = "ok" if problems == ["ok"] else "; ".join(problems[:5])
    return HealthReport(
        path=path,
        integrity=integrity,
        revision=schema.revision if schema else None,
        head=schema.head if schema else "",
        journal_mode=str(journal),
        counts=counts,
        encryption=encryption,
        audit=audit,
    )
