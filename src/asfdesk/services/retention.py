"""Gallring (retention) and registerutdrag (a person's own data), for participants.

Anonymising keeps what statistics need — gender, birth year, placements with their dates,
types and outcomes — and removes what identifies: the pseudonym is replaced, the personnummer
and notes are cleared, and the participant's code is taken out of meeting attendance lists.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.vocab import Gender, MeasureType, MeetingKind, Outcome
from asfdesk.i18n import in_source_language
from asfdesk.services.audit import AuditTrail
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.storage import output_files
from asfdesk.storage.models import (
    AuditEntry,
    Consent,
    Meeting,
    MeetingAttendee,
    MeetingPlacement,
    Participant,
    Placement,
    TrashEntry,
)

DEFAULT_YEARS = 2
ANONYMOUS_PREFIX = "ANON-"


@dataclass(frozen=True)
class RetentionCandidate:
    participant_id: str
    code: str
    last_end: date


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _placements_of(session: Session, participant_id: str) -> set[str]:
    """Every placement of the participant, those in the Papperskorg included: they are about the person too."""
    return set(
        session.scalars(
            select(Placement.id)
            .where(Placement.participant_id == participant_id)
            .execution_options(include_deleted=True)
        )
    )


class RetentionService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditTrail) -> None:
        self._session_factory = session_factory
        self._audit = audit

    def preview(self, years: int = DEFAULT_YEARS, today: date | None = None) -> list[RetentionCandidate]:
        """Participants whose last placement ended more than `years` ago and who have none running."""
        if years < 1:  # 0 or less would take people whose placement ended today
            raise ValueError(f"Gallring gäller minst ett år efter sista placeringen, inte {years}.")
        cutoff = _years_before(today or date.today(), years)
        found = []
        with self._session_factory() as session:
            participants = session.scalars(select(Participant).options(selectinload(Participant.placements))).all()
            for p in participants:
                if p.code.startswith(ANONYMOUS_PREFIX) or not p.placements:
                    continue
                ends = [pl.end_date for pl in p.placements if pl.deleted_at is None]
                if ends and all(end is not None for end in ends):
                    last = max(end for end in ends if end is not None)
                    if last < cutoff:
                        found.append(RetentionCandidate(p.id, p.code, last))
        return sorted(found, key=lambda c: c.last_end)

    def anonymise(self, participant_ids: list[str]) -> int:
        """Remove identity from these participants in one transaction; each is logged."""
        with self._session_factory.begin() as session:
            for participant_id in participant_ids:
                participant = session.get(Participant, participant_id)
                if participant is None:
                    continue
                old_code = participant.code
                participant.code = ANONYMOUS_PREFIX + participant.id[:8].upper()
                participant.personnummer = None
                participant.notes = ""
                participant.consent_given = False
                participant.consent_date = None
                for attendee in session.scalars(select(MeetingAttendee).where(MeetingAttendee.name == old_code)):
                    attendee.name = "Anonymiserad deltagare"
                self._rename_in_trash(session, old_code, participant.code)
                cleared = self._clear_meeting_notes_about(session, participant_id)
                self._audit.add(
                    session, "anonymise", "participant", participant_id, ["code", "personnummer", "notes", *cleared]
                )
        return len(participant_ids)

    @staticmethod
    def _rename_in_trash(session: Session, old_code: str, new_code: str) -> None:
        """The Papperskorg's labels named the participant by code (a deleted placement, say): the new code now."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(old_code)}(?![\w-])")
        entries = session.scalars(
            select(TrashEntry).where(TrashEntry.label.contains(old_code)).execution_options(include_deleted=True)
        )
        for entry in entries:
            entry.label = pattern.sub(new_code, entry.label)

    @staticmethod
    def _clear_meeting_notes_about(session: Session, participant_id: str) -> list[str]:
        """Notes of follow-up meetings that were only about this participant go too."""
        placement_ids = _placements_of(session, participant_id)
        cleared = []
        meeting_ids = set(
            session.scalars(select(MeetingPlacement.meeting_id).where(MeetingPlacement.placement_id.in_(placement_ids)))
        )
        for meeting in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))):
            linked = set(
                session.scalars(select(MeetingPlacement.placement_id).where(MeetingPlacement.meeting_id == meeting.id))
            )
            if linked <= placement_ids and meeting.notes:
                meeting.notes = ""
                cleared.append("meeting.notes")
        return sorted(set(cleared))

    def erase(self, participant_id: str) -> None:
        """Erasure on request: the participant and their placements are removed for good (not to the bin)."""
        with self._session_factory.begin() as session:
            participant = session.get(Participant, participant_id)
            if participant is None:
                raise RecordNotFoundError(participant_id)
            self._clear_meeting_notes_about(session, participant_id)
            placement_ids = _placements_of(session, participant_id)
            for link in session.scalars(
                select(MeetingPlacement)
                .where(MeetingPlacement.placement_id.in_(placement_ids))
                .execution_options(include_deleted=True)
            ):
                session.delete(link)
            for attendee in session.scalars(select(MeetingAttendee).where(MeetingAttendee.name == participant.code)):
                attendee.name = "Raderad deltagare"
            for consent in session.scalars(
                select(Consent).where(Consent.participant_id == participant_id).execution_options(include_deleted=True)
            ):
                session.delete(consent)
            for placement in session.scalars(
                select(Placement).where(Placement.id.in_(placement_ids)).execution_options(include_deleted=True)
            ):
                session.delete(placement)
            session.flush()
            session.delete(participant)
            self._audit.add(session, "erase", "participant", participant_id, ["all"])

    # -- registerutdrag ------------------------------------------------------------------------
    def subject_access(self, participant_id: str) -> dict[str, Any]:
        """Everything held about one participant, readable without asfdesk (the registerutdrag)."""
        with self._session_factory.begin() as session:
            p = session.get(Participant, participant_id)
            if p is None:
                raise RecordNotFoundError(participant_id)
            placements = session.scalars(
                select(Placement)
                .where(Placement.participant_id == participant_id)
                .options(selectinload(Placement.enterprise))
            ).all()
            meeting_ids = set(
                session.scalars(
                    select(MeetingPlacement.meeting_id).where(
                        MeetingPlacement.placement_id.in_([pl.id for pl in placements])
                    )
                )
            )
            meetings = session.scalars(
                select(Meeting).where(Meeting.id.in_(meeting_ids)).options(selectinload(Meeting.decisions))
            ).all()
            log = session.scalars(select(AuditEntry).where(AuditEntry.record_id == participant_id)).all()
            self._audit.add(session, "export", "participant", participant_id, ["registerutdrag"])
            return {
                "registerutdrag": {"skapat": datetime.now().isoformat(timespec="seconds"), "system": "asfdesk"},
                "deltagare": {
                    "kod": p.code,
                    "personnummer": p.personnummer,
                    "kön": Gender.label_of(p.gender),
                    "födelseår": p.birth_year,
                    "samtycke": p.consent_given,
                    "samtycke_datum": p.consent_date.isoformat() if p.consent_date else None,
                    "anteckningar": p.notes,
                },
                "placeringar": [
                    {
                        "företag": pl.enterprise.name,
                        "insats": MeasureType.label_of(pl.measure_type),
                        "start": pl.start_date.isoformat(),
                        "planerat_slut": pl.planned_end_date.isoformat() if pl.planned_end_date else None,
                        "slut": pl.end_date.isoformat() if pl.end_date else None,
                        "utfall": Outcome.label_of(pl.outcome) or None,
                        "anteckningar": pl.notes,
                    }
                    for pl in placements
                ],
                "uppföljningsmöten": [
                    {
                        "datum": m.starts_at.isoformat(timespec="minutes"),
                        "typ": MeetingKind.label_of(m.kind),
                        "anteckningar": m.notes,
                        "beslut": [d.text for d in m.decisions],
                    }
                    for m in sorted(meetings, key=lambda m: m.starts_at)
                ],
                "händelser": [
                    {"tid": e.at.isoformat(timespec="seconds"), "vem": e.actor, "handling": e.action, "fält": e.fields}
                    for e in sorted(log, key=lambda e: e.at)
                ],
            }

    @in_source_language
    def write_subject_access(self, participant_id: str, target: Path) -> Path:
        """As PDF when the file name ends in .pdf, else as JSON."""
        data = self.subject_access(participant_id)
        if target.suffix.lower() == ".pdf":
            from asfdesk.reports.subject_access import build_subject_access

            return build_subject_access(data, target)
        return output_files.write_text_atomically(target, json.dumps(data, ensure_ascii=False, indent=2))

    def find_participant(self, code: str) -> str:
        with self._session_factory() as session:
            found = session.scalar(select(Participant.id).where(Participant.code == code.strip().upper()))
        if found is None:
            raise RecordNotFoundError(code)
        return found
