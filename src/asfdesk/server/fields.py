"""Fields a role does not receive, on top of the rows the policies let it see (decision 0017).

Row-level security decides which records a user sees; some columns of a visible record are
still not theirs: the personnummer (only a handläggare of the referring organisation, with a
valid consent for that organisation, and never for skyddade personuppgifter), a participant's and
a placement's notes for those who are not the participant's handläggare. A withheld field is
sent as absent, and a change of it from that role is refused, so nobody overwrites what they
cannot see.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from asfdesk.domain.inputs import ConsentInput, identity_allowed
from asfdesk.server.any_of import any_of
from asfdesk.storage.models import Consent, Organisation
from asfdesk.sync.roles import withheld

__all__ = ["personnummer_allowed", "withheld"]


def personnummer_allowed(conn: Connection, role: str, organisation_id: str, rows: list[dict[str, Any]]) -> set[str]:
    """Participants (of `rows`) whose personnummer this handläggare may receive today."""
    if role != "handlaggare" or not rows:
        return set()
    kind = conn.execute(select(Organisation.kind).where(Organisation.id == organisation_id)).scalar() or ""
    ids = [r["id"] for r in rows if r.get("referring_organisation_id") == organisation_id]
    if not ids:
        return set()
    consents: dict[str, list[ConsentInput]] = {}
    for c in conn.execute(
        select(Consent).where(any_of(Consent.participant_id, ids), Consent.deleted_at.is_(None))
    ).all():
        consents.setdefault(c.participant_id, []).append(
            ConsentInput(c.recipient, c.scope, c.given_date, c.expires, c.withdrawn_date)
        )
    today = date.today()
    protected = {r["id"] for r in rows if r.get("protected_identity")}
    return {pid for pid in ids if identity_allowed(consents.get(pid, []), kind, today, pid in protected)}
