"""Writing follow-up meetings with their attendees, decisions, action items and linked placements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from asfdesk.domain.inputs import ActionItemInput, AttendeeInput, MeetingInput, validate_meeting
from asfdesk.domain.vocab import MeetingKind
from asfdesk.services.child_rows import ChildT, in_order, sync_children
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.services.record_service import RecordService
from asfdesk.storage.base import utcnow
from asfdesk.storage.models import (
    ActionItem,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingPlacement,
    Placement,
)


class MeetingService(RecordService[Meeting, MeetingInput]):
    model = Meeting
    input_cls = MeetingInput
    own_fields = frozenset({"attendees", "decisions", "action_items", "placement_ids"})

    def validate(self, data: MeetingInput) -> dict[str, str]:
        return validate_meeting(data)

    def normalise(self, data: MeetingInput) -> MeetingInput:
        data.decisions = [d.strip() for d in data.decisions if d.strip()]
        data.attendees = [a for a in data.attendees if a.name.strip()]
        data.action_items = [i for i in data.action_items if i.description.strip() or i.owner.strip()]
        data.placement_ids = list(dict.fromkeys(data.placement_ids))
        return data

    def label(self, row: Meeting) -> str:
        return meeting_label(row.kind, row.starts_at)

    def copy_out(self, session: Session, row: Meeting) -> MeetingInput:
        data = super().copy_out(session, row)
        data.attendees = [AttendeeInput(a.name, a.organisation, a.role, a.present) for a in in_order(row.attendees)]
        data.decisions = [d.text for d in sorted(in_order(row.decisions), key=lambda d: d.position)]
        data.action_items = [
            ActionItemInput(i.description, i.owner, i.due_date, i.done_date) for i in in_order(row.action_items)
        ]
        data.placement_ids = [link.placement_id for link in in_order(row.placement_links)]
        return data

    def after_write(self, session: Session, row: Meeting, data: MeetingInput) -> None:
        meeting_id = row.id

        def everything(model: type[ChildT]) -> list[ChildT]:
            query = select(model).where(model.meeting_id == meeting_id)  # type: ignore[attr-defined]
            rows = session.scalars(query.execution_options(include_deleted=True)).all()
            return sorted(rows, key=lambda r: (r.deleted_at is not None, r.created_at, r.id))

        def fill_attendee(r: MeetingAttendee, a: AttendeeInput, _pos: int) -> None:
            r.name, r.organisation, r.role, r.present = a.name.strip(), a.organisation, a.role, a.present

        def fill_decision(r: MeetingDecision, text: str, pos: int) -> None:
            r.text, r.position = text, pos

        def fill_item(r: ActionItem, i: ActionItemInput, _pos: int) -> None:
            r.description, r.owner, r.due_date, r.done_date = i.description.strip(), i.owner, i.due_date, i.done_date

        sync_children(
            session,
            everything(MeetingAttendee),
            data.attendees,
            lambda: MeetingAttendee(meeting_id=meeting_id),
            fill_attendee,
        )
        sync_children(
            session,
            everything(MeetingDecision),
            data.decisions,
            lambda: MeetingDecision(meeting_id=meeting_id),
            fill_decision,
        )
        sync_children(
            session, everything(ActionItem), data.action_items, lambda: ActionItem(meeting_id=meeting_id), fill_item
        )
        links = {link.placement_id: link for link in everything(MeetingPlacement)}
        for placement_id, link in links.items():
            link.deleted_at = None if placement_id in data.placement_ids else (link.deleted_at or utcnow())
        for placement_id in set(data.placement_ids) - links.keys():
            session.add(MeetingPlacement(meeting_id=meeting_id, placement_id=placement_id))

    def placement_choices(self, enterprise_id: str) -> list[tuple[str, str]]:
        """The enterprise's placements that a meeting can follow up, newest first."""
        with self._session_factory() as session:
            rows = session.scalars(
                select(Placement)
                .where(Placement.enterprise_id == enterprise_id)
                .options(selectinload(Placement.participant))
                .order_by(Placement.start_date.desc())
            ).all()
            return [(p.id, f"{p.participant.code} – {p.start_date.isoformat()}") for p in rows]

    def action_item_index(self, meeting_id: str, action_item_id: str) -> int:
        """Where an action item stands among its meeting's (the index in `get_input(...).action_items`)."""
        with self._session_factory() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise RecordNotFoundError(meeting_id)
            ids = [i.id for i in in_order(meeting.action_items)]
        if action_item_id not in ids:
            raise RecordNotFoundError(action_item_id)
        return ids.index(action_item_id)

    def complete_action_item(self, meeting_id: str, index: int, done: date | None) -> None:
        data = self.get_input(meeting_id)
        data.action_items[index].done_date = done
        self.update(meeting_id, data)


def meeting_label(kind: str, starts_at: datetime) -> str:
    """How a meeting is named in a title or beside what was decided at it: its kind and day."""
    return f"{MeetingKind.label_of(kind)} {starts_at:%Y-%m-%d}"
