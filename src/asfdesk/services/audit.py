"""Writing and reading the audit log. Entries name the actor, the action, the record and changed fields."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels
from asfdesk.storage import output_files
from asfdesk.storage.audit_chain import GENESIS, ChainReport, entry_hash, verify_chain
from asfdesk.storage.base import new_id, utcnow
from asfdesk.storage.engine import AUDIT_HEAD
from asfdesk.storage.models import AuditEntry
from asfdesk.storage.sheet_cells import csv_writer

ACTION_LABELS = Labels(
    "audit",
    {
        "create": QT_TRANSLATE_NOOP("audit", "Skapade"),
        "update": QT_TRANSLATE_NOOP("audit", "Ändrade"),
        "delete": QT_TRANSLATE_NOOP("audit", "Tog bort"),
        "restore": QT_TRANSLATE_NOOP("audit", "Återställde"),
        "reveal": QT_TRANSLATE_NOOP("audit", "Visade personnummer"),
        "export": QT_TRANSLATE_NOOP("audit", "Exporterade"),
        "print": QT_TRANSLATE_NOOP("audit", "Skrev ut"),
        "anonymise": QT_TRANSLATE_NOOP("audit", "Anonymiserade"),
        "erase": QT_TRANSLATE_NOOP("audit", "Raderade på begäran"),
        "leave_team": QT_TRANSLATE_NOOP("audit", "Lämnade teamet; tog bort det teamet skickat"),
    },
)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "okänd"


def changed_fields(old: Any, new: Any) -> list[str]:
    """Names of the input fields whose values differ (the values themselves are never logged)."""
    return [f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name)]


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action_label: str
    kind: str
    record_id: str
    fields: str


AUDIT_BATCH = "asfdesk_audit_batch"  # session.info: entries waiting for one insert (AuditTrail.batch)


class AuditTrail:
    """Who is acting: the chosen staff member's name, or the computer's user name."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self.actor = _os_user()

    def add(
        self, session: Session, action: str, kind: str, record_id: str = "", changed: list[str] | None = None
    ) -> None:
        """Record an action inside the caller's transaction, so the log and the change commit together.

        The entry takes the next place in the hash chain. Write sessions hold the database's write
        lock from their first statement, so no other writer can take the same place meanwhile.
        """
        head: tuple[int, str] | None = session.info.get(AUDIT_HEAD)
        if head is None:
            last = session.execute(
                select(AuditEntry.seq, AuditEntry.hash)
                .where(AuditEntry.seq.is_not(None))
                .order_by(AuditEntry.seq.desc())
                .limit(1)
            ).first()
            head = (int(last[0] or 0), str(last[1])) if last else (0, GENESIS)
        seq, entry_id, at, names = head[0] + 1, new_id(), utcnow(), list(changed or [])
        digest = entry_hash(head[1], seq, entry_id, at, self.actor, action, kind, record_id, names)
        session.info[AUDIT_HEAD] = (seq, digest)
        values = {
            "id": entry_id,
            "at": at,
            "actor": self.actor,
            "action": action,
            "kind": kind,
            "record_id": record_id,
            "fields": names,
            "seq": seq,
            "hash": digest,
        }
        batch: list[dict[str, Any]] | None = session.info.get(AUDIT_BATCH)
        if batch is None:
            session.add(AuditEntry(**values))
        else:
            batch.append(values)

    @contextmanager
    def batch(self, session: Session) -> Iterator[None]:
        """Entries added inside the block are written with one statement when it ends (an import
        writes thousands); an exception discards them with the caller's savepoint."""
        if AUDIT_BATCH in session.info:  # already batching: the outer block writes
            yield
            return
        rows: list[dict[str, Any]] = []
        session.info[AUDIT_BATCH] = rows
        try:
            yield
        finally:
            session.info.pop(AUDIT_BATCH, None)
        if rows:
            session.execute(insert(AuditEntry), rows)

    def verify(self, database: Path) -> ChainReport:
        """Check the whole hash chain of this database's log (see storage/audit_chain)."""
        with self._session_factory() as session:
            return verify_chain(session.connection().connection.driver_connection, database)

    def record(self, action: str, kind: str, record_id: str = "") -> None:
        """Record an action that has no transaction of its own (reveal, export, print)."""
        with self._session_factory.begin() as session:
            self.add(session, action, kind, record_id)

    def entries(self, limit: int = 5000) -> list[AuditRow]:
        with self._session_factory() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)).all()
            return [
                AuditRow(e.at, e.actor, ACTION_LABELS.get(e.action, e.action), e.kind, e.record_id, ", ".join(e.fields))
                for e in rows
            ]

    def export_csv(self, target: Path) -> Path:
        with (
            output_files.atomic_output(target) as staging,
            staging.open("w", newline="", encoding="utf-8-sig") as handle,
        ):
            writer = csv_writer(handle)
            writer.writerow(["tid", "vem", "handling", "typ", "post", "fält"])
            for e in self.entries(limit=10**9):
                writer.writerow([e.at.isoformat(), e.actor, e.action_label, e.kind, e.record_id, e.fields])
        self.record("export", "audit_log")
        return target
