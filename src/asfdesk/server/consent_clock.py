"""Consents that change with the calendar: a consent's first day, the day after its last, the day
it is withdrawn from. On those days who may see a participant's personnummer changes although no
record does; the first pull of each day offers those participants to every laptop again, so each
receives the field or lets it go (decision 0017)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select, text, update

from asfdesk.server.any_of import any_of
from asfdesk.server.register import Sequencer, touch
from asfdesk.server.tables import sync_counter, sync_row

SINCE_EVER = date(1900, 1, 1)  # a server that never looked: every consent's days are looked at once


def check(conn: Connection, today: date) -> int:
    """Offer again the participants whose consents turned since the last look (at most once a day,
    whichever server process comes first); returns how many."""
    checked = conn.execute(select(sync_counter.c.consents_checked).where(sync_counter.c.id == 1)).scalar()
    if checked is not None and checked >= today:
        return 0
    # one process looks, the others wait and see it done
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended('consents', 0))"))
    sequencer = Sequencer(conn)
    checked = conn.execute(select(sync_counter.c.consents_checked).where(sync_counter.c.id == 1)).scalar()
    if checked is not None and checked >= today:
        return 0
    turned = list(
        conn.execute(
            text("SELECT asfdesk_consents_turning(:since, :until)"), {"since": checked or SINCE_EVER, "until": today}
        ).scalars()
    )
    known = (
        set(
            conn.execute(
                select(sync_row.c.row_id).where(sync_row.c.tbl == "participant", any_of(sync_row.c.row_id, turned))
            )
            .scalars()
            .all()
        )
        if turned
        else set()
    )
    for participant_id in sorted(known):
        touch(conn, "participant", participant_id, sequencer.take())
    sequencer.close()
    conn.execute(update(sync_counter).where(sync_counter.c.id == 1).values(consents_checked=today))
    return len(known)
