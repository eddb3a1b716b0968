"""Choices for forms: organisations, staff, modules — as (id, label) pairs."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.inputs import AttendeeInput
from asfdesk.domain.vocab import ContactRole, StaffRole
from asfdesk.storage.models import (
    Agreement,
    ContactPerson,
    Enterprise,
    Module,
    Organisation,
    Participant,
    Placement,
    Staff,
)


class Lookups:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def organisations(self, *kinds: str) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            query = select(Organisation)
            if kinds:
                query = query.where(Organisation.kind.in_(kinds))
            rows = [(o.id, o.name) for o in session.scalars(query)]
        return sorted(rows, key=lambda r: swedish_key(r[1]))

    def staff(self, *roles: str) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            query = select(Staff).options(selectinload(Staff.organisation))
            if roles:
                query = query.where(Staff.role.in_(roles))
            rows = [(s.id, f"{s.name} ({s.organisation.name})") for s in session.scalars(query)]
        return sorted(rows, key=lambda r: swedish_key(r[1]))

    def staff_by_organisation(self, *roles: str) -> dict[str, list[str]]:
        """Organisation id → the ids of its staff (of `roles`): to narrow a list to one organisation's."""
        with self._session_factory() as session:
            query = select(Staff.organisation_id, Staff.id)
            if roles:
                query = query.where(Staff.role.in_(roles))
            found: dict[str, list[str]] = {}
            for organisation_id, staff_id in session.execute(query):
                found.setdefault(organisation_id, []).append(staff_id)
        return found

    def modules(self) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            query = select(Module).where(Module.active.is_(True)).order_by(Module.sort_order)
            return [(m.id, f"{m.sort_order}. {m.name}") for m in session.scalars(query)]

    def enterprises(self) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            rows = [(eid, name) for eid, name in session.execute(select(Enterprise.id, Enterprise.name))]
        return sorted(rows, key=lambda r: swedish_key(r[1]))

    def agreements(self, enterprise_id: str | None = None) -> list[tuple[str, str]]:
        """(id, 'title (from–to)') of one enterprise's agreements, or of all with the enterprise named."""
        with self._session_factory() as session:
            query = select(Agreement, Enterprise.name).join(Enterprise, Enterprise.id == Agreement.enterprise_id)
            if enterprise_id:
                query = query.where(Agreement.enterprise_id == enterprise_id)
            rows = []
            for a, name in session.execute(query):
                title = a.title or a.agreement_type
                period = f"{a.start_date or ''}–{a.end_date or ''}"
                rows.append((a.id, f"{title} ({period})" if enterprise_id else f"{name}: {title} ({period})"))
        return sorted(rows, key=lambda r: swedish_key(r[1]))

    def agreement_periods(self, enterprise_id: str) -> dict[str, tuple[date | None, date | None]]:
        """{agreement id: (start, end)} of one enterprise's agreements."""
        with self._session_factory() as session:
            rows = session.execute(
                select(Agreement.id, Agreement.start_date, Agreement.end_date).where(
                    Agreement.enterprise_id == enterprise_id
                )
            )
            return {agreement_id: (start, end) for agreement_id, start, end in rows}

    def supervisors(self, enterprise_id: str) -> list[tuple[str, str]]:
        """The enterprise's contact persons, handledare first."""
        with self._session_factory() as session:
            people = session.scalars(select(ContactPerson).where(ContactPerson.enterprise_id == enterprise_id)).all()
            ordered = sorted(people, key=lambda p: (p.role != "handledare", swedish_key(p.name)))
            return [(p.id, p.name) for p in ordered]

    def attendee_suggestions(self, enterprise_id: str | None) -> list[tuple[str, AttendeeInput]]:
        """People who usually sit in the enterprise's meetings: its contacts, staff, its participants (by code)."""
        with self._session_factory() as session:
            suggestions: list[tuple[str, AttendeeInput]] = []
            if enterprise_id:
                enterprise = session.get(Enterprise, enterprise_id)
                people = session.scalars(select(ContactPerson).where(ContactPerson.enterprise_id == enterprise_id))
                for p in sorted(people, key=lambda p: swedish_key(p.name)):
                    role = ContactRole.label_of(p.role)
                    org = enterprise.name if enterprise else ""
                    suggestions.append((f"{p.name} – {role}", AttendeeInput(p.name, org, role)))
                codes = session.scalars(
                    select(Participant.code)
                    .join(Placement, Placement.participant_id == Participant.id)
                    .where(Placement.enterprise_id == enterprise_id, Placement.status != "avslutad")
                )
                for code in sorted(set(codes)):
                    suggestions.append((f"{code} – Deltagare", AttendeeInput(code, "", "Deltagare")))
            staff = session.scalars(select(Staff).options(selectinload(Staff.organisation)))
            for s in sorted(staff, key=lambda s: swedish_key(s.name)):
                role = StaffRole.label_of(s.role)
                suggestions.append(
                    (f"{s.name} – {role}, {s.organisation.name}", AttendeeInput(s.name, s.organisation.name, role))
                )
            return suggestions
