"""Att göra: what is due for a staff member (or for everyone), computed from the records themselves.

Nothing here is stored: a follow-up is due when the placement's interval has passed since its
last follow-up meeting, a next step is done once the enterprise has had a later contact, and
so on — so the list is always in step with what was actually recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.vocab import MeasureType, PlacementStatus
from asfdesk.domain.warnings import EarlyWarning
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels, translate
from asfdesk.storage.models import (
    ActionItem,
    Enterprise,
    Meeting,
    MeetingPlacement,
    Participant,
    Placement,
    Staff,
    SupportContact,
    SupportRelationship,
)

ENDING_WITHIN_DAYS = 14
LOOK_AHEAD_DAYS = 7


class TodoKind(StrEnum):
    FOLLOW_UP = "uppfoljning"
    ENDING = "slutar"
    PAST_END = "passerat_slut"
    ACTION_ITEM = "atgard"
    NEXT_STEP = "nasta_steg"
    WARNING = "varning"
    CONFLICT = "konflikt"  # team mode: two values of one field wait for a decision


KIND_LABELS = Labels(
    "todo",
    {
        TodoKind.FOLLOW_UP: QT_TRANSLATE_NOOP("todo", "Uppföljning"),
        TodoKind.ENDING: QT_TRANSLATE_NOOP("todo", "Placering slutar"),
        TodoKind.PAST_END: QT_TRANSLATE_NOOP("todo", "Passerat slutdatum"),
        TodoKind.ACTION_ITEM: QT_TRANSLATE_NOOP("todo", "Åtgärd"),
        TodoKind.NEXT_STEP: QT_TRANSLATE_NOOP("todo", "Nästa steg"),
        TodoKind.WARNING: QT_TRANSLATE_NOOP("todo", "Varning"),
        TodoKind.CONFLICT: QT_TRANSLATE_NOOP("todo", "Konflikt"),
    },
)


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    due: date
    title: str
    detail: str
    enterprise_id: str
    enterprise: str
    record_id: str  # placement, meeting or contact the item is about
    today: date
    warning: EarlyWarning | None = None  # for an early warning: which rule, and why it fired
    part_id: str = ""  # the action item (of the meeting `record_id`) an ACTION_ITEM is

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def overdue(self) -> bool:
        """Late work; a warning is a condition, not a deadline, so it is never 'late'."""
        return self.warning is None and self.due < self.today

    @property
    def days_left(self) -> int:
        return (self.due - self.today).days

    @property
    def can_finish(self) -> bool:
        """An action item can be marked done (or given to someone else) from Att göra itself."""
        return self.kind == TodoKind.ACTION_ITEM and bool(self.part_id)

    @property
    def can_move(self) -> bool:
        """The day is the record's own (an action item's, a next step's) and can be moved."""
        return self.can_finish or self.kind == TodoKind.NEXT_STEP


class TodoQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def items(
        self,
        today: date | None = None,
        staff_id: str | None = None,
        warnings: Sequence[EarlyWarning] = (),
        look_ahead_days: int = LOOK_AHEAD_DAYS,
    ) -> list[TodoItem]:
        """Everything due within `look_ahead_days` (a week unless asked) or already overdue, most
        urgent first; early warnings among them."""
        today = today or date.today()
        horizon = today + timedelta(days=max(0, look_ahead_days))
        with self._session_factory() as session:
            staff = session.get(Staff, staff_id) if staff_id else None
            advised = self._advised_enterprises(session, staff_id) if staff_id else None
            names = {eid: name for eid, name in session.execute(select(Enterprise.id, Enterprise.name))}
            items = [
                *self._placements(session, today, horizon, staff_id, advised, names),
                *self._action_items(session, today, horizon, staff, advised, names),
                *self._next_steps(session, today, horizon, staff_id, names),
                *self._warnings(warnings, today, staff_id, advised, names),
            ]
        return sorted(items, key=lambda i: (i.due, i.kind, i.enterprise))

    @staticmethod
    def _advised_enterprises(session: Session, staff_id: str) -> set[str]:
        return set(
            session.scalars(select(SupportRelationship.enterprise_id).where(SupportRelationship.advisor_id == staff_id))
        )

    def _placements(
        self,
        session: Session,
        today: date,
        horizon: date,
        staff_id: str | None,
        advised: set[str] | None,
        names: dict[str, str],
    ) -> list[TodoItem]:
        placements = session.execute(  # plain rows: thousands of running placements in a large database
            select(
                Placement.id,
                Placement.enterprise_id,
                Placement.measure_type,
                Placement.start_date,
                Placement.planned_end_date,
                Placement.follow_up_interval_days,
                Participant.code,
                Participant.case_officer_id,
            )
            .join(Participant, Participant.id == Placement.participant_id)
            .where(Placement.status == PlacementStatus.ONGOING)
        ).all()
        last_meeting: dict[str, date] = defaultdict(lambda: date.min)
        rows = session.execute(
            select(MeetingPlacement.placement_id, func.max(Meeting.starts_at))
            .join(Meeting, Meeting.id == MeetingPlacement.meeting_id)
            .join(Placement, Placement.id == MeetingPlacement.placement_id)
            .where(Meeting.status == "genomfort", Placement.status == PlacementStatus.ONGOING)
            .group_by(MeetingPlacement.placement_id)
        ).all()
        for placement_id, starts_at in rows:
            last_meeting[placement_id] = starts_at.date() if isinstance(starts_at, datetime) else starts_at
        ending_by = max(horizon, today + timedelta(days=ENDING_WITHIN_DAYS))
        items: list[TodoItem] = []
        for p in placements:
            mine = staff_id is None or p.case_officer_id == staff_id or p.enterprise_id in (advised or ())
            if not mine:
                continue
            who = f"{p.code}, {MeasureType.label_of(p.measure_type).lower()}"
            enterprise = names.get(p.enterprise_id, "")
            if p.follow_up_interval_days:
                since = max(last_meeting[p.id], p.start_date)
                due = since + timedelta(days=p.follow_up_interval_days)
                if due <= horizon:
                    detail = (
                        translate("todo", "senast uppföljd %1").replace("%1", since.isoformat())
                        if since > p.start_date
                        else translate("todo", "ingen uppföljning än")
                    )
                    items.append(
                        TodoItem(TodoKind.FOLLOW_UP, due, who, detail, p.enterprise_id, enterprise, p.id, today)
                    )
            if p.planned_end_date is not None:
                if p.planned_end_date < today:
                    items.append(
                        TodoItem(
                            TodoKind.PAST_END,
                            p.planned_end_date,
                            who,
                            translate("todo", "utfall saknas"),
                            p.enterprise_id,
                            enterprise,
                            p.id,
                            today,
                        )
                    )
                elif p.planned_end_date <= ending_by:
                    items.append(
                        TodoItem(
                            TodoKind.ENDING,
                            p.planned_end_date,
                            who,
                            translate("todo", "planera nästa steg"),
                            p.enterprise_id,
                            enterprise,
                            p.id,
                            today,
                        )
                    )
        return items

    @staticmethod
    def _warnings(
        warnings: Sequence[EarlyWarning],
        today: date,
        staff_id: str | None,
        advised: set[str] | None,
        names: dict[str, str],
    ) -> list[TodoItem]:
        return [
            TodoItem(
                TodoKind.WARNING,
                w.since,
                f"{w.label}: {w.subject}",
                w.why,
                w.enterprise_id,
                names.get(w.enterprise_id, ""),
                w.record_id,
                today,
                w,
            )
            for w in warnings
            if staff_id is None or w.case_officer_id == staff_id or w.enterprise_id in (advised or ())
        ]

    def _action_items(
        self,
        session: Session,
        today: date,
        horizon: date,
        staff: Staff | None,
        advised: set[str] | None,
        names: dict[str, str],
    ) -> list[TodoItem]:
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.done_date.is_(None), ActionItem.due_date.is_not(None))
            .where(ActionItem.due_date <= horizon)
            .options(selectinload(ActionItem.meeting))
        ).all()
        items = []
        for item in rows:
            meeting = item.meeting
            if meeting.deleted_at is not None or item.due_date is None:
                continue
            if staff is not None:
                owned = item.owner_staff_id == staff.id or item.owner.strip().casefold() == staff.name.casefold()
                if not (owned or (meeting.enterprise_id and meeting.enterprise_id in (advised or ()))):
                    continue
            enterprise_id = meeting.enterprise_id or ""
            detail = (
                translate("todo", "%1, från möte %2")
                .replace("%1", item.owner)
                .replace("%2", f"{meeting.starts_at:%Y-%m-%d}")
                if item.owner
                else translate("todo", "från möte %1").replace("%1", f"{meeting.starts_at:%Y-%m-%d}")
            )
            items.append(
                TodoItem(
                    TodoKind.ACTION_ITEM,
                    item.due_date,
                    item.description,
                    detail,
                    enterprise_id,
                    names.get(enterprise_id) or translate("todo", "Nätverk"),
                    meeting.id,
                    today,
                    part_id=item.id,
                )
            )
        return items

    def _next_steps(
        self, session: Session, today: date, horizon: date, staff_id: str | None, names: dict[str, str]
    ) -> list[TodoItem]:
        later = aliased(SupportContact)
        taken_further = (  # a later contact with the same enterprise has taken the step further
            select(later.id)
            .where(
                later.enterprise_id == SupportContact.enterprise_id, later.contact_date > SupportContact.contact_date
            )
            .exists()
        )
        query = select(SupportContact).where(
            SupportContact.next_step_date.is_not(None),
            SupportContact.next_step_date <= horizon,
            ~taken_further,
        )
        if staff_id:
            query = query.where(SupportContact.advisor_id == staff_id)
        items = []
        for contact in session.scalars(query):
            if contact.next_step_date is None:
                continue
            items.append(
                TodoItem(
                    TodoKind.NEXT_STEP,
                    contact.next_step_date,
                    contact.next_step,
                    translate("todo", "från kontakt %1").replace("%1", contact.contact_date.isoformat()),
                    contact.enterprise_id,
                    names.get(contact.enterprise_id, ""),
                    contact.id,
                    today,
                )
            )
        return items

    def staff_choices(self) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            rows = session.scalars(select(Staff).options(selectinload(Staff.organisation))).all()
            return sorted(((s.id, f"{s.name} ({s.organisation.name})") for s in rows), key=lambda r: swedish_key(r[1]))
