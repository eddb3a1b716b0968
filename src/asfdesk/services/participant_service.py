"""Writing participants (pseudonymised, personnummer masked) and their placements."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.inputs import (
    ConsentInput,
    ParticipantInput,
    PlacementInput,
    identity_allowed,
    is_masked,
    periods_overlap,
    validate_participant,
    validate_placement,
)
from asfdesk.domain.validation import check_personnummer, gender_from_personnummer, mask_personnummer
from asfdesk.domain.vocab import Gender, MeasureType
from asfdesk.i18n import translate
from asfdesk.services.child_rows import in_order, sync_children
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import Consent, Enterprise, Participant, Placement
from asfdesk.sync.local_state import device_mark


class ParticipantService(RecordService[Participant, ParticipantInput]):
    model = Participant
    input_cls = ParticipantInput
    own_fields = frozenset({"consents"})

    def validate(self, data: ParticipantInput) -> dict[str, str]:
        return validate_participant(data, today=date.today())

    def normalise(self, data: ParticipantInput) -> ParticipantInput:
        data.code = data.code.strip().upper()
        if data.personnummer and not is_masked(data.personnummer):
            value, error = check_personnummer(data.personnummer)
            if value and not error:
                data.personnummer = value
                if data.gender == Gender.OTHER:
                    data.gender = gender_from_personnummer(value)
                if data.birth_year is None:
                    data.birth_year = int(value[:4])
        return data

    def check_in_session(self, session: Session, data: ParticipantInput, record_id: str | None) -> dict[str, str]:
        clash = session.scalar(
            select(Participant.id)
            .where(func.upper(Participant.code) == data.code, Participant.id != (record_id or ""))
            .execution_options(include_deleted=True)
        )
        return {"code": translate("participant", "Koden används redan av en annan deltagare.")} if clash else {}

    def label(self, row: Participant) -> str:
        return row.code

    def copy_in(self, session: Session, row: Participant, data: ParticipantInput) -> None:
        unchanged = row.personnummer
        super().copy_in(session, row, data)
        if is_masked(data.personnummer):
            row.personnummer = unchanged  # the form showed it masked and it was not revealed
        else:
            row.personnummer = data.personnummer or None

    def copy_out(self, session: Session, row: Participant) -> ParticipantInput:
        data = super().copy_out(session, row)
        data.personnummer = mask_personnummer(row.personnummer)
        data.consents = [
            ConsentInput(c.recipient, c.scope, c.given_date, c.expires, c.withdrawn_date, c.placement_id)
            for c in in_order(self._consents(session, row.id))
        ]
        return data

    @staticmethod
    def _consents(session: Session, participant_id: str) -> list[Consent]:
        query = select(Consent).where(Consent.participant_id == participant_id).execution_options(include_deleted=True)
        return list(session.scalars(query).all())

    def after_write(self, session: Session, row: Participant, data: ParticipantInput) -> None:
        existing = sorted(self._consents(session, row.id), key=lambda c: (c.deleted_at is not None, c.created_at, c.id))

        def fill(consent: Consent, item: ConsentInput, _position: int) -> None:
            consent.recipient, consent.scope = item.recipient, item.scope
            consent.given_date = item.given_date or date.today()
            consent.expires, consent.withdrawn_date = item.expires, item.withdrawn_date
            consent.placement_id = item.placement_id or None

        sync_children(session, existing, data.consents, lambda: Consent(participant_id=row.id), fill)

    def identity_allowed(self, participant_id: str, recipient: str, day: date | None = None) -> bool:
        """Whether this participant may be shown to `recipient` by pseudonym (valid consent, identity not protected)."""
        data = self.get_input(participant_id)
        return identity_allowed(data.consents, recipient, day or date.today(), data.protected_identity)

    def reveal_personnummer(self, record_id: str) -> str:
        """The full personnummer, for an explicit 'Visa' by the user; the reveal is logged."""
        with self._session_factory.begin() as session:
            value = self._get(session, record_id).personnummer or ""
            if self._audit is not None and value:
                self._audit.add(session, "reveal", "participant", record_id, ["personnummer"])
            return value

    def next_code(self, today: date | None = None) -> str:
        """A new pseudonym D<yy>-<nnn>, one higher than the highest used this year; in a team the
        device's letters come first (D<yy>-B<nnn>): laptops offline never make the same code, and
        the same code means the same participant when records meet on the team server."""
        with self._session_factory() as session:
            prefix = f"D{(today or date.today()):%y}-{device_mark(session.connection())}"
            codes = session.scalars(
                select(Participant.code)
                .where(Participant.code.like(f"{prefix}%"))
                .execution_options(include_deleted=True)
            ).all()
        numbers = [int(m.group(1)) for c in codes if (m := re.fullmatch(rf"{re.escape(prefix)}(\d+)", c))]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def new_input(self) -> ParticipantInput:
        return ParticipantInput(code=self.next_code())

    def placement_choices(self, participant_id: str | None) -> list[tuple[str, str]]:
        """(id, 'enterprise – measure (start–end)') of one participant's placements, newest first."""
        if not participant_id:
            return []
        with self._session_factory() as session:
            rows = session.execute(
                select(Placement, Enterprise.name)
                .join(Enterprise, Enterprise.id == Placement.enterprise_id)
                .where(Placement.participant_id == participant_id)
                .order_by(Placement.start_date.desc())
            ).all()
            return [
                (
                    p.id,
                    f"{name} – {MeasureType.label_of(p.measure_type)} "
                    f"({p.start_date.isoformat()}–{p.end_date.isoformat() if p.end_date else ''})",
                )
                for p, name in rows
            ]

    def choices(self) -> list[tuple[str, str]]:
        """(id, 'code (kön, född)') for every participant, for pick lists."""
        with self._session_factory() as session:
            rows = session.scalars(select(Participant)).all()
            items = [(p.id, f"{p.code} ({Gender.label_of(p.gender).lower()}, {p.birth_year or '–'})") for p in rows]
        return sorted(items, key=lambda item: swedish_key(item[1]))


@dataclass(frozen=True)
class OverlapWarning:
    enterprise: str
    start_date: date
    end_date: date | None

    def message(self) -> str:
        until = self.end_date.isoformat() if self.end_date else "tills vidare"
        return f"heltid hos {self.enterprise} {self.start_date.isoformat()}–{until}"


class PlacementService(RecordService[Placement, PlacementInput]):
    model = Placement
    input_cls = PlacementInput
    parent_field = "enterprise_id"

    def validate(self, data: PlacementInput) -> dict[str, str]:
        return validate_placement(data)

    def normalise(self, data: PlacementInput) -> PlacementInput:
        if data.no_compensation:
            data.price_per_month_kr = data.price_per_day_kr = None
        data.outcome = data.outcome or None
        return data

    def label(self, row: Placement) -> str:
        return f"{row.participant.code} – {MeasureType.label_of(row.measure_type)}"

    def copy_in(self, session: Session, row: Placement, data: PlacementInput) -> None:
        super().copy_in(session, row, data)
        row.status = data.derived_status(date.today())

    def overlaps(self, data: PlacementInput, record_id: str | None = None) -> list[OverlapWarning]:
        """Other full-time placements of the same participant on the same days (a warning, not a rule)."""
        if not data.participant_id or data.start_date is None or not data.is_full_time:
            return []
        with self._session_factory() as session:
            others = session.scalars(
                select(Placement)
                .where(Placement.participant_id == data.participant_id, Placement.id != (record_id or ""))
                .options(selectinload(Placement.enterprise))
            ).all()
            return [
                OverlapWarning(o.enterprise.name, o.start_date, o.end_date or o.planned_end_date)
                for o in others
                if ((o.hours_per_week or 0) >= 40 or (o.extent_percent or 0) >= 100)
                and periods_overlap(
                    data.start_date,
                    data.end_date or data.planned_end_date,
                    o.start_date,
                    o.end_date or o.planned_end_date,
                )
            ]
