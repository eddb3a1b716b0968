"""Att göra: which items are due, for whom, and when they disappear."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import (
    ActionItemInput,
    EnterpriseInput,
    MeetingInput,
    ParticipantInput,
    PlacementInput,
    SupportContactInput,
)
from asfdesk.services.todo_queries import TodoKind
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Organisation, Staff

TODAY = date.today()


@pytest.fixture
def ctx(tmp_path: Path, paths):
    context = AppContext(paths=paths, database=open_database(tmp_path / "todo.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


@pytest.fixture
def world(ctx: AppContext) -> dict[str, str]:
    """One enterprise, two handläggare, an advisor, and a participant of the first handläggare."""
    with ctx.database.session_factory.begin() as session:
        ame = Organisation(name="AME Luleå", kind="ame")
        coompanion = Organisation(name="Coompanion Norrbotten", kind="coompanion")
        officer = Staff(organisation=ame, name="Hanna Handläggare", role="handlaggare")
        other = Staff(organisation=ame, name="Olle Annan", role="handlaggare")
        advisor = Staff(organisation=coompanion, name="Rut Rådgivare", role="radgivare")
        session.add_all([ame, coompanion, officer, other, advisor])
        session.flush()
        ids = {"officer": officer.id, "other": other.id, "advisor": advisor.id}
    ids["enterprise"] = ctx.enterprise_records.create(EnterpriseInput(name="Cykelköket", municipality="Luleå"))
    ids["participant"] = ctx.participants.create(
        ParticipantInput(code="D26-001", gender="kvinna", case_officer_id=ids["officer"])
    )
    return ids


def _place(ctx: AppContext, world: dict[str, str], **changes) -> str:
    data = PlacementInput(participant_id=world["participant"], start_date=TODAY - timedelta(days=40),
                          follow_up_interval_days=30, hours_per_week=20)  # fmt: skip
    for key, value in changes.items():
        setattr(data, key, value)
    return ctx.placements.create(data, world["enterprise"])


def _kinds(ctx: AppContext, staff: str | None = None) -> list[TodoKind]:
    return [i.kind for i in ctx.todo.items(TODAY, staff)]


def test_follow_up_is_due_when_the_interval_has_passed_and_goes_when_held(ctx: AppContext, world) -> None:
    """A placement 40 days in with a 30-day interval is overdue for follow-up; a held meeting clears it."""
    placement = _place(ctx, world)
    items = ctx.todo.items(TODAY)
    assert [i.kind for i in items] == [TodoKind.FOLLOW_UP]
    assert items[0].overdue and items[0].days_left == -10 and items[0].title.startswith("D26-001")
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            kind="trepartssamtal",
            status="genomfort",
            starts_at=datetime.combine(TODAY - timedelta(days=2), datetime.min.time()),
            placement_ids=[placement],
        )
    )
    assert _kinds(ctx) == []


def test_placements_ending_soon_or_past_their_end(ctx: AppContext, world) -> None:
    """Ending within 14 days asks for the next step; past the planned end with no outcome is flagged."""
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=10), follow_up_interval_days=None)
    _place(ctx, world, planned_end_date=TODAY - timedelta(days=3), follow_up_interval_days=None)
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=60), follow_up_interval_days=None)
    assert sorted(_kinds(ctx)) == sorted([TodoKind.ENDING, TodoKind.PAST_END])


def test_open_overdue_action_items_until_done(ctx: AppContext, world) -> None:
    """An action item past its date is listed until it is marked done."""
    meeting = ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 1, 1, 10),
            status="genomfort",
            action_items=[ActionItemInput("Skicka närvarorapport", "Hanna Handläggare", TODAY - timedelta(days=1))],
        )
    )
    assert _kinds(ctx) == [TodoKind.ACTION_ITEM]
    assert _kinds(ctx, world["officer"]) == [TodoKind.ACTION_ITEM]  # owner by name
    assert _kinds(ctx, world["other"]) == []
    ctx.meetings.complete_action_item(meeting, 0, TODAY)
    assert _kinds(ctx) == []


def test_next_step_is_due_until_a_later_contact(ctx: AppContext, world) -> None:
    """A next step with a date shows for its advisor until the enterprise has been contacted again."""
    ctx.support_contacts.create(
        SupportContactInput(
            contact_date=TODAY - timedelta(days=10),
            advisor_id=world["advisor"],
            next_step="Skicka mall",
            next_step_date=TODAY + timedelta(days=3),
        ),
        world["enterprise"],
    )
    assert _kinds(ctx, world["advisor"]) == [TodoKind.NEXT_STEP]
    assert _kinds(ctx, world["officer"]) == []
    ctx.support_contacts.create(
        SupportContactInput(contact_date=TODAY, advisor_id=world["advisor"]), world["enterprise"]
    )
    assert _kinds(ctx, world["advisor"]) == []


def test_handlaggare_sees_follow_ups_of_their_own_participants(ctx: AppContext, world) -> None:
    """The placing handläggare sees the follow-up; a colleague does not."""
    _place(ctx, world)
    assert _kinds(ctx, world["officer"]) == [TodoKind.FOLLOW_UP]
    assert _kinds(ctx, world["other"]) == []
