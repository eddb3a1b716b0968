"""This laptop's audit entries on their way to the server's log: read after the last one the server
has taken, and noted as taken only with the server's answer (a resend is ignored by the server)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from asfdesk.storage.models import AuditEntry
from asfdesk.sync.apply import get_state, set_state

MOST = 5000  # entries in one request (the server's most)


def pending(conn: Connection, most: int = MOST) -> tuple[list[dict[str, Any]], int]:
    """The entries the server has not taken yet, oldest first (at most `most`), and the sequence of
    the last of them (0 when there are none)."""
    log = AuditEntry.__table__
    after = int(get_state(conn, "audit_seq", 0))
    rows = conn.execute(select(log).where(log.c.seq > after).order_by(log.c.seq).limit(most)).all()
    entries = [
        {
            "id": r.id,
            "at": r.at.isoformat(),
            "actor": r.actor[:200],
            "action": r.action,
            "kind": r.kind,
            "record_id": r.record_id,
            "fields": list(r.fields),
        }
        for r in rows
    ]
    return entries, int(rows[-1].seq) if rows else 0


def taken(conn: Connection, last: int) -> None:
    """The server holds every entry up to sequence `last`."""
    set_state(conn, "audit_seq", last)
