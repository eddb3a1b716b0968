"""The records an import may update instead of duplicating, found without a query per row.

Each kind names the keys a row matches on, best first (an enterprise: its organisationsnummer,
else its exact name). The keys of every existing record are read in one query when the import
starts and kept up to date as rows are created or changed, so the same list imported twice, or a
sheet that names a record twice, updates the first. A chunk of rows the database refused is
rolled back, and so are the keys it added (`checkpoint` / `undo`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.storage.models import ContactPerson, Enterprise, Participant, Placement, RevenueFigure

Keys = list[Hashable]
UNIQUE = {  # the keys the services' own rules keep unique (EnterpriseService, ParticipantService)
    "orgnr": QT_TRANSLATE_NOOP("import", "Organisationsnumret"),
    "code": QT_TRANSLATE_NOOP("import", "Koden"),
}


class KnownRecords:
    def __init__(
        self,
        keys_of: Callable[[Any, str | None], Keys],
        existing: Iterable[tuple[str, Keys]],
        in_trash: Iterable[Hashable] = (),
    ) -> None:
        """`in_trash`: unique keys of deleted records, which a new record may not take either."""
        self._keys_of = keys_of
        self._ids: dict[Hashable, str] = {}
        self._added: list[tuple[Hashable, str | None]] = []  # (key, the id it replaced) for undo
        self._in_trash = set(in_trash)
        for record_id, keys in existing:
            for key in keys:
                self._ids.setdefault(key, record_id)

    def find(self, data: Any, parent_id: str | None) -> str | None:
        return next((self._ids[k] for k in self._keys_of(data, parent_id) if k in self._ids), None)

    def clash(self, data: Any, parent_id: str | None, record_id: str | None) -> str | None:
        """Why `record_id` (None: a new record) may not take `data`'s unique keys, which another
        record already has. The import asks this instead of a query per row."""
        for key in self._keys_of(data, parent_id):
            if not (isinstance(key, tuple) and key[0] in UNIQUE):
                continue
            if self._ids.get(key) not in (None, record_id) or key in self._in_trash:
                return (
                    translate("import", "%1 %2 finns redan på en annan post.")
                    .replace("%1", translate("import", UNIQUE[key[0]]))
                    .replace("%2", str(key[1]))
                )
        return None

    def remember(self, data: Any, parent_id: str | None, record_id: str, before: Any = None) -> None:
        """`record_id` now has `data`'s keys (and no longer `before`'s, when it was changed)."""
        if before is not None:
            for key in self._keys_of(before, parent_id):
                if self._ids.get(key) == record_id:
                    self._set(key, None)
        for key in self._keys_of(data, parent_id):
            if key not in self._ids:
                self._set(key, record_id)

    def checkpoint(self) -> int:
        return len(self._added)

    def undo(self, mark: int) -> None:
        for key, previous in reversed(self._added[mark:]):
            if previous is None:
                self._ids.pop(key, None)
            else:
                self._ids[key] = previous
        del self._added[mark:]

    def _set(self, key: Hashable, record_id: str | None) -> None:
        self._added.append((key, self._ids.get(key)))
        if record_id is None:
            self._ids.pop(key, None)
        else:
            self._ids[key] = record_id


# -- the keys of each kind, best first --------------------------------------------------------
def enterprise_keys(data: Any, _parent: str | None) -> Keys:
    return ([("orgnr", data.orgnr)] if data.orgnr else []) + [("name", data.name)]


def participant_keys(data: Any, _parent: str | None) -> Keys:
    return ([("pnr", data.personnummer)] if data.personnummer else []) + [("code", data.code.upper())]


def contact_person_keys(data: Any, parent: str | None) -> Keys:
    return [(parent, data.name.casefold())]


def placement_keys(data: Any, parent: str | None) -> Keys:
    return [(parent, data.participant_id, data.start_date)]


def revenue_keys(data: Any, parent: str | None) -> Keys:
    return [(parent, data.year)]


class _Row:
    """Enough of an input for the key functions, made from a database row."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def known_enterprises(session: Session) -> KnownRecords:
    rows = session.execute(select(Enterprise.id, Enterprise.orgnr, Enterprise.name))
    return KnownRecords(enterprise_keys, ((i, enterprise_keys(_Row(orgnr=o, name=n), None)) for i, o, n in rows))


def known_participants(session: Session) -> KnownRecords:
    rows = session.execute(select(Participant.id, Participant.personnummer, Participant.code))
    deleted = session.scalars(
        select(Participant.code).where(Participant.deleted_at.is_not(None)).execution_options(include_deleted=True)
    )
    return KnownRecords(
        participant_keys,
        ((i, participant_keys(_Row(personnummer=p, code=c), None)) for i, p, c in rows),
        in_trash=[("code", code.upper()) for code in deleted],  # a code stays taken while its owner is in the trash
    )


def known_contact_persons(session: Session) -> KnownRecords:
    rows = session.execute(select(ContactPerson.id, ContactPerson.enterprise_id, ContactPerson.name))
    return KnownRecords(contact_person_keys, ((i, contact_person_keys(_Row(name=n), e)) for i, e, n in rows))


def known_placements(session: Session) -> KnownRecords:
    rows = session.execute(
        select(Placement.id, Placement.enterprise_id, Placement.participant_id, Placement.start_date)
    )
    return KnownRecords(
        placement_keys,
        ((i, placement_keys(_Row(participant_id=p, start_date=s), e)) for i, e, p, s in rows),
    )


def known_revenue(session: Session) -> KnownRecords:
    rows = session.execute(select(RevenueFigure.id, RevenueFigure.enterprise_id, RevenueFigure.year))
    return KnownRecords(revenue_keys, ((i, revenue_keys(_Row(year=y), e)) for i, e, y in rows))
