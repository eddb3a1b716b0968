"""The participant register: every participant with where they stand, and one participant's page
(their placements, the meetings that followed them up, their consents). Read only; pseudonyms
(the code), never personnummer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from asfdesk.domain.vocab import Gender, MeasureType, MeetingKind, OrganisationKind, Outcome, PlacementStatus
from asfdesk.i18n import translate
from asfdesk.storage.models import (
    Consent,
    Enterprise,
    Meeting,
    MeetingPlacement,
    Organisation,
    Participant,
    Placement,
    Staff,
)

# the order a participant's placements are weighed in to say where they stand now
STANDING = {PlacementStatus.ONGOING.value: 0, PlacementStatus.PLANNED.value: 1, PlacementStatus.ENDED.value: 2}


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    code: str
    gender: str  # label
    birth_year: int | None
    referrer: str
    case_officer: str
    enterprise: str  # of the current (else planned, else latest) placement
    enterprise_id: str
    status: str  # "Pågående", "Planerad", "Avslutad" or "Ingen placering"
    since: date | None  # that placement's start
    status_code: str = ""  # PlacementStatus of that placement, "" when there is none

    def matches(self, text: str) -> bool:
        """Whether `text` (any case) is in what the row shows."""
        wanted = text.casefold()
        shown = (self.code, self.gender, str(self.birth_year or ""), self.referrer, self.case_officer, self.enterprise)
        return any(wanted in part.casefold() for part in (*shown, self.status))


@dataclass(frozen=True)
class PlacementLine:
    id: str
    enterprise: str
    enterprise_id: str
    measure: str
    start: date
    end: date | None  # ended, else planned end
    status: str
    outcome: str


@dataclass(frozen=True)
class MeetingLine:
    id: str
    starts_at: datetime
    kind: str
    enterprise: str
    enterprise_id: str


@dataclass(frozen=True)
class ConsentLine:
    id: str
    recipient: str
    scope: str
    given: date
    expires: date | None
    withdrawn: date | None
    placement: str  # the enterprise of the placement it is for, "" when for the participant as such

    def state(self, today: date) -> str:
        if self.withdrawn is not None and self.withdrawn <= today:
            return translate("ParticipantQueries", "återkallat %1").replace("%1", self.withdrawn.isoformat())
        if self.expires is not None and self.expires < today:
            return translate("ParticipantQueries", "gick ut %1").replace("%1", self.expires.isoformat())
        return translate("ParticipantQueries", "gäller")


@dataclass(frozen=True)
class ParticipantPage:
    row: ParticipantRow
    placements: list[PlacementLine]
    meetings: list[MeetingLine]
    consents: list[ConsentLine]


class ParticipantQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def rows(self) -> list[ParticipantRow]:
        """Every live participant, by code."""
        with self._factory() as session:
            return self._rows(session, None)

    def page(self, participant_id: str) -> ParticipantPage | None:
        with self._factory() as session:
            found = self._rows(session, participant_id)
            if not found:
                return None
            return ParticipantPage(
                found[0],
                self._placements(session, participant_id),
                self._meetings(session, participant_id),
                self._consents(session, participant_id),
            )

    @staticmethod
    def _rows(session: Session, participant_id: str | None) -> list[ParticipantRow]:
        referrer, officer = aliased(Organisation), aliased(Staff)
        query = (
            select(Participant.id, Participant.code, Participant.gender, Participant.birth_year)
            .add_columns(referrer.name, officer.name)
            .outerjoin(referrer, referrer.id == Participant.referring_organisation_id)
            .outerjoin(officer, officer.id == Participant.case_officer_id)
        )
        placements = select(
            Placement.participant_id, Placement.status, Placement.start_date, Enterprise.id, Enterprise.name
        ).join(Enterprise, Enterprise.id == Placement.enterprise_id)
        if participant_id is not None:
            query = query.where(Participant.id == participant_id)
            placements = placements.where(Placement.participant_id == participant_id)
        standing: dict[str, tuple[int, date, str, str, str]] = {}
        for pid, status, start, enterprise_id, enterprise in session.execute(placements):
            rank = STANDING.get(status, 3)
            held = standing.get(pid)
            # ongoing before planned before ended; among equals the latest start
            if held is None or (rank, -start.toordinal()) < (held[0], -held[1].toordinal()):
                standing[pid] = (rank, start, status, enterprise_id, enterprise)
        rows = []
        for pid, code, gender, birth_year, referrer_name, officer_name in session.execute(query):
            held = standing.get(pid)
            rows.append(
                ParticipantRow(
                    id=pid,
                    code=code,
                    gender=Gender.label_of(gender),
                    birth_year=birth_year,
                    referrer=referrer_name or "",
                    case_officer=officer_name or "",
                    enterprise=held[4] if held else "",
                    enterprise_id=held[3] if held else "",
                    status=PlacementStatus.label_of(held[2])
                    if held
                    else translate("ParticipantQueries", "Ingen placering"),
                    since=held[1] if held else None,
                    status_code=held[2] if held else "",
                )
            )
        return sorted(rows, key=lambda r: r.code.casefold())

    @staticmethod
    def _placements(session: Session, participant_id: str) -> list[PlacementLine]:
        query = (
            select(Placement, Enterprise.name)
            .join(Enterprise, Enterprise.id == Placement.enterprise_id)
            .where(Placement.participant_id == participant_id)
            .order_by(Placement.start_date.desc())
        )
        return [
            PlacementLine(
                p.id,
                name,
                p.enterprise_id,
                MeasureType.label_of(p.measure_type),
                p.start_date,
                p.end_date or p.planned_end_date,
                PlacementStatus.label_of(p.status),
                Outcome.label_of(p.outcome) if p.outcome else "",
            )
            for p, name in session.execute(query)
        ]

    @staticmethod
    def _meetings(session: Session, participant_id: str) -> list[MeetingLine]:
        query = (
            select(Meeting.id, Meeting.starts_at, Meeting.kind, Enterprise.id, Enterprise.name)
            .join(MeetingPlacement, MeetingPlacement.meeting_id == Meeting.id)
            .join(Placement, Placement.id == MeetingPlacement.placement_id)
            .outerjoin(Enterprise, Enterprise.id == Meeting.enterprise_id)
            .where(Placement.participant_id == participant_id)
            .order_by(Meeting.starts_at.desc())
            .distinct()
        )
        return [
            MeetingLine(mid, starts, MeetingKind.label_of(kind), name or "", eid or "")
            for mid, starts, kind, eid, name in session.execute(query)
        ]

    @staticmethod
    def _consents(session: Session, participant_id: str) -> list[ConsentLine]:
        query = (
            select(Consent, Enterprise.name)
            .outerjoin(Placement, Placement.id == Consent.placement_id)
            .outerjoin(Enterprise, Enterprise.id == Placement.enterprise_id)
            .where(Consent.participant_id == participant_id)
            .order_by(Consent.given_date.desc())
        )
        return [
            ConsentLine(
                c.id,
                OrganisationKind.label_of(c.recipient),
                c.scope,
                c.given_date,
                c.expires,
                c.withdrawn_date,
                name or "",
            )
            for c, name in session.execute(query)
        ]
