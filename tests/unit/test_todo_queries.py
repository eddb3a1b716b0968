"""Att göra: which items are due, for whom, and when they disappear."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
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
from asfdesk.domain.warnings import EarlyWarning, WarningRule
from asfdesk.services.todo_queries import TodoItem, TodoKind
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Organisation, Staff, SupportRelationship

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


def _meeting(ctx: AppContext, world, days_ago: int, placements: list[str], status: str = "genomfort") -> str:
    return ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            kind="trepartssamtal",
            status=status,
            starts_at=datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()),
            placement_ids=placements,
        )
    )


@pytest.mark.parametrize(("interval", "listed"), [(47, True), (48, False)])  # started 40 days ago: due in 7 or 8
def test_a_follow_up_shows_a_week_ahead_and_not_a_day_more(ctx: AppContext, world, interval: int, listed) -> None:
    _place(ctx, world, follow_up_interval_days=interval)
    items = ctx.todo.items(TODAY)
    assert [(i.kind, i.days_left, i.overdue) for i in items] == ([(TodoKind.FOLLOW_UP, 7, False)] if listed else [])


def test_a_follow_up_counts_from_the_last_held_meeting_of_that_placement_only(ctx: AppContext, world) -> None:
    placement = _place(ctx, world)  # started 40 days ago, every 30 days: 10 days overdue
    other = _place(ctx, world, follow_up_interval_days=None)
    _meeting(ctx, world, 1, [other])  # another placement's meeting
    _meeting(ctx, world, 1, [placement], status="planerat")  # planned, not held
    _meeting(ctx, world, 60, [placement])  # before the start: the start counts
    (item,) = ctx.todo.items(TODAY)
    assert (item.record_id, item.days_left, item.detail) == (placement, -10, "ingen uppföljning än")
    _meeting(ctx, world, 25, [placement])
    _meeting(ctx, world, 35, [placement])  # an older one does not move it back
    (item,) = ctx.todo.items(TODAY)
    assert item.days_left == 5 and item.detail == f"senast uppföljd {(TODAY - timedelta(days=25)).isoformat()}"


@pytest.mark.parametrize(
    ("days", "kind"),
    [(-1, TodoKind.PAST_END), (0, TodoKind.ENDING), (14, TodoKind.ENDING), (15, None)],
)
def test_ending_and_past_end_at_their_boundary_days(ctx: AppContext, world, days: int, kind) -> None:
    """The planned end day itself is 'ending', not yet past; fourteen days ahead is the last day listed."""
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=days), follow_up_interval_days=None)
    items = ctx.todo.items(TODAY)
    assert [i.kind for i in items] == ([kind] if kind else [])
    if kind:
        assert items[0].due == TODAY + timedelta(days=days)
        assert items[0].overdue == (days < 0)
        assert items[0].detail == ("utfall saknas" if kind is TodoKind.PAST_END else "planera nästa steg")


def test_an_ended_placement_asks_for_nothing(ctx: AppContext, world) -> None:
    placement = _place(ctx, world, planned_end_date=TODAY - timedelta(days=3))
    ctx.placements.update(placement, replace(ctx.placements.get_input(placement), end_date=TODAY, outcome="arbete"))
    assert ctx.todo.items(TODAY) == []


@pytest.mark.parametrize(("days", "listed"), [(7, True), (8, False)])
def test_action_items_and_next_steps_a_week_ahead(ctx: AppContext, world, days: int, listed: bool) -> None:
    due = TODAY + timedelta(days=days)
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 1, 1, 10),
            action_items=[ActionItemInput("Boka lokal", "", due)],
        )
    )
    ctx.support_contacts.create(
        SupportContactInput(
            contact_date=TODAY, advisor_id=world["advisor"], next_step="Ring styrelsen", next_step_date=due
        ),
        world["enterprise"],
    )
    items = ctx.todo.items(TODAY)
    assert sorted(i.kind for i in items) == (sorted([TodoKind.ACTION_ITEM, TodoKind.NEXT_STEP]) if listed else [])
    if listed:
        action = next(i for i in items if i.kind is TodoKind.ACTION_ITEM)
        assert (action.title, action.detail, action.enterprise) == ("Boka lokal", "från möte 2026-01-01", "Cykelköket")
        step = next(i for i in items if i.kind is TodoKind.NEXT_STEP)
        assert step.title == "Ring styrelsen" and step.detail == f"från kontakt {TODAY.isoformat()}"


def test_the_advisor_of_an_enterprise_sees_its_items_and_others_do_not(ctx: AppContext, world) -> None:
    from asfdesk.storage.models import SupportRelationship

    _place(ctx, world)
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 1, 1, 10),
            action_items=[ActionItemInput("Skicka protokoll", "Någon annan", TODAY)],
        )
    )
    assert _kinds(ctx, world["advisor"]) == []
    with ctx.database.session_factory.begin() as session:
        coompanion = session.get(Staff, world["advisor"]).organisation_id  # type: ignore[union-attr]
        session.add(
            SupportRelationship(
                enterprise_id=world["enterprise"], organisation_id=coompanion, advisor_id=world["advisor"]
            )
        )
    assert sorted(_kinds(ctx, world["advisor"])) == sorted([TodoKind.FOLLOW_UP, TodoKind.ACTION_ITEM])
    assert _kinds(ctx, world["other"]) == []
    assert sorted(_kinds(ctx)) == sorted([TodoKind.FOLLOW_UP, TodoKind.ACTION_ITEM])


def test_action_items_of_a_deleted_meeting_are_gone_and_owner_names_match_in_any_case(ctx: AppContext, world) -> None:
    meeting = ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 1, 1, 10),
            action_items=[ActionItemInput("Skicka närvarorapport", " hanna handläggare ", TODAY)],
        )
    )
    assert _kinds(ctx, world["officer"]) == [TodoKind.ACTION_ITEM]
    ctx.meetings.delete(meeting)
    assert _kinds(ctx) == []


def test_a_next_step_stays_when_only_an_earlier_contact_or_another_enterprise_follows(ctx: AppContext, world) -> None:
    ctx.support_contacts.create(
        SupportContactInput(
            contact_date=TODAY - timedelta(days=5),
            advisor_id=world["advisor"],
            next_step="Skicka mall",
            next_step_date=TODAY,
        ),
        world["enterprise"],
    )
    other = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Luleå"))
    ctx.support_contacts.create(SupportContactInput(contact_date=TODAY, advisor_id=world["advisor"]), other)
    ctx.support_contacts.create(
        SupportContactInput(contact_date=TODAY - timedelta(days=9), advisor_id=world["advisor"]), world["enterprise"]
    )
    assert _kinds(ctx, world["advisor"]) == [TodoKind.NEXT_STEP]
    assert _kinds(ctx, world["other"]) == []


def test_items_come_most_urgent_first(ctx: AppContext, world) -> None:
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=10), follow_up_interval_days=None)
    _place(ctx, world)  # follow-up 10 days overdue
    _place(ctx, world, planned_end_date=TODAY - timedelta(days=3), follow_up_interval_days=None)
    assert [i.days_left for i in ctx.todo.items(TODAY)] == [-10, -3, 10]


# -- the items in full ---------------------------------------------------------------------
def _items(ctx: AppContext, staff: str | None = None, **kwargs) -> list[TodoItem]:
    return ctx.todo.items(TODAY, staff, **kwargs)


def test_placement_items_say_whose_what_and_since_when(ctx: AppContext, world) -> None:
    held = _place(ctx, world, measure_type="praktik")  # followed up 10 days ago: due in 20
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime.combine(TODAY - timedelta(days=25), datetime.min.time()),
            status="genomfort",
            placement_ids=[held],
        )
    )
    never = _place(ctx, world)  # started 40 days ago, interval 30: due 10 days ago, never followed up
    ending = _place(ctx, world, planned_end_date=TODAY + timedelta(days=14), follow_up_interval_days=None)
    past = _place(ctx, world, planned_end_date=TODAY - timedelta(days=1), follow_up_interval_days=None)
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=15), follow_up_interval_days=None)  # not yet
    found = _items(ctx)
    e = world["enterprise"]
    assert found == [
        TodoItem(TodoKind.FOLLOW_UP, TODAY - timedelta(days=10), "D26-001, arbetsträning", "ingen uppföljning än",
                 e, "Cykelköket", never, TODAY),
        TodoItem(TodoKind.PAST_END, TODAY - timedelta(days=1), "D26-001, arbetsträning", "utfall saknas",
                 e, "Cykelköket", past, TODAY),
        TodoItem(TodoKind.FOLLOW_UP, TODAY + timedelta(days=5), "D26-001, praktik",
                 f"senast uppföljd {(TODAY - timedelta(days=25)).isoformat()}", e, "Cykelköket", held, TODAY),
        TodoItem(TodoKind.ENDING, TODAY + timedelta(days=14), "D26-001, arbetsträning", "planera nästa steg",
                 e, "Cykelköket", ending, TODAY),
    ]  # fmt: skip
    assert [(i.overdue, i.days_left) for i in found] == [(True, -10), (True, -1), (False, 5), (False, 14)]
    assert [i.kind_label for i in found] == ["Uppföljning", "Passerat slutdatum", "Uppföljning", "Placering slutar"]


def test_action_items_say_who_and_from_which_meeting(ctx: AppContext, world) -> None:
    with_owner = ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 3, 4, 10),
            action_items=[
                ActionItemInput("Skicka närvarorapport", "Hanna Handläggare", TODAY - timedelta(days=2)),
                ActionItemInput("Boka lokal", "", TODAY + timedelta(days=7)),
                ActionItemInput("Senare", "Hanna Handläggare", TODAY + timedelta(days=8)),  # beyond the week
            ],
        )
    )
    network = ctx.meetings.create(
        MeetingInput(starts_at=datetime(2026, 2, 1, 9), action_items=[ActionItemInput("Nätverksträff", "", TODAY)])
    )
    found = _items(ctx)
    assert [dataclasses.replace(i, part_id="") for i in found] == [
        TodoItem(TodoKind.ACTION_ITEM, TODAY - timedelta(days=2), "Skicka närvarorapport",
                 "Hanna Handläggare, från möte 2026-03-04", world["enterprise"], "Cykelköket", with_owner, TODAY),
        TodoItem(TodoKind.ACTION_ITEM, TODAY, "Nätverksträff", "från möte 2026-02-01", "", "Nätverk", network, TODAY),
        TodoItem(TodoKind.ACTION_ITEM, TODAY + timedelta(days=7), "Boka lokal", "från möte 2026-03-04",
                 world["enterprise"], "Cykelköket", with_owner, TODAY),
    ]  # fmt: skip
    # each names its own action item, so a row of Att göra can mark that one done or move it
    assert [ctx.meetings.action_item_index(i.record_id, i.part_id) for i in found] == [0, 0, 1]
    assert [i.title for i in _items(ctx, world["officer"])] == ["Skicka närvarorapport"]
    later = ctx.todo.items(TODAY, look_ahead_days=8)  # further ahead when the user asks
    assert "Senare" in [i.title for i in later] and "Senare" not in [i.title for i in found]
    ctx.meetings.create(
        MeetingInput(
            starts_at=datetime(2026, 2, 2, 9), action_items=[ActionItemInput("I morgon", "", TODAY + timedelta(days=1))]
        )
    )
    today_only = [i.title for i in ctx.todo.items(TODAY, look_ahead_days=0)]  # today and what is late
    assert "Nätverksträff" in today_only and "Skicka närvarorapport" in today_only
    assert "I morgon" not in today_only and "I morgon" in [i.title for i in ctx.todo.items(TODAY, look_ahead_days=1)]
    assert "Boka lokal" not in today_only and today_only == [i.title for i in ctx.todo.items(TODAY, look_ahead_days=-3)]


def test_next_steps_say_from_which_contact(ctx: AppContext, world) -> None:
    contact = ctx.support_contacts.create(
        SupportContactInput(
            contact_date=date(2026, 1, 5),
            advisor_id=world["advisor"],
            next_step="Skicka stadgemall",
            next_step_date=TODAY + timedelta(days=7),
        ),
        world["enterprise"],
    )
    expected = TodoItem(TodoKind.NEXT_STEP, TODAY + timedelta(days=7), "Skicka stadgemall", "från kontakt 2026-01-05",
                        world["enterprise"], "Cykelköket", contact, TODAY)  # fmt: skip
    assert _items(ctx) == [expected]
    assert _items(ctx, world["advisor"]) == [expected]
    assert _items(ctx, world["officer"]) == []


def test_warnings_among_the_items_only_for_those_they_concern(ctx: AppContext, world) -> None:
    def warning(enterprise: str, officer: str | None) -> EarlyWarning:
        return EarlyWarning(
            WarningRule.NO_CONTACT, enterprise, "Cykelköket", enterprise, date(2026, 9, 1), "Länge sen.", officer
        )

    bakery = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Luleå"))
    mine, theirs, elsewhere = (
        warning(world["enterprise"], world["officer"]),
        warning("x", world["other"]),
        warning(bakery, None),
    )
    everyone = _items(ctx, warnings=[mine, theirs, elsewhere])
    assert [i.enterprise for i in everyone] == ["", "Bageriet", "Cykelköket"]  # an unknown enterprise sorts first
    title = "Ingen kontakt på länge: Cykelköket"
    assert everyone[2] == TodoItem(TodoKind.WARNING, date(2026, 9, 1), title, "Länge sen.",
                                   world["enterprise"], "Cykelköket", world["enterprise"], TODAY, mine)  # fmt: skip
    assert not everyone[2].overdue  # a condition, not a deadline
    assert [i.warning for i in _items(ctx, world["officer"], warnings=[mine, theirs, elsewhere])] == [mine]
    assert _items(ctx, world["advisor"], warnings=[mine, theirs, elsewhere]) == []
    with ctx.database.session_factory.begin() as session:
        office = session.get(Staff, world["advisor"]).organisation_id  # type: ignore[union-attr]
        session.add(SupportRelationship(enterprise_id=bakery, organisation_id=office, advisor_id=world["advisor"]))
    assert [i.warning for i in _items(ctx, world["advisor"], warnings=[mine, theirs, elsewhere])] == [elsewhere]


def test_staff_to_choose_from_in_swedish_order(ctx: AppContext, world) -> None:
    with ctx.database.session_factory.begin() as session:
        office = session.query(Organisation).filter_by(name="AME Luleå").one()
        session.add_all([Staff(organisation=office, name="Örjan Ö", role="handlaggare"),
                         Staff(organisation=office, name="Åsa Å", role="handlaggare"),
                         Staff(organisation=office, name="Zelda Z", role="handlaggare")])  # fmt: skip
    names = [label for _id, label in ctx.todo.staff_choices()]
    assert names == [
        "Hanna Handläggare (AME Luleå)",
        "Olle Annan (AME Luleå)",
        "Rut Rådgivare (Coompanion Norrbotten)",
        "Zelda Z (AME Luleå)",
        "Åsa Å (AME Luleå)",
        "Örjan Ö (AME Luleå)",
    ]
    assert dict(ctx.todo.staff_choices())[world["officer"]] == "Hanna Handläggare (AME Luleå)"


def test_every_items_detail_reads_in_english(ctx: AppContext, world, english) -> None:
    """Each kind of row says what it is about in the English UI too (a network meeting included)."""
    held = _place(ctx, world)
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime.combine(TODAY - timedelta(days=25), datetime.min.time()),
            status="genomfort",
            placement_ids=[held],
        )
    )
    _place(ctx, world)  # never followed up
    _place(ctx, world, planned_end_date=TODAY + timedelta(days=3), follow_up_interval_days=None)
    _place(ctx, world, planned_end_date=TODAY - timedelta(days=1), follow_up_interval_days=None)
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=world["enterprise"],
            starts_at=datetime(2026, 3, 4, 10),
            action_items=[ActionItemInput("Skicka rapport", "Hanna Handläggare", TODAY)],
        )
    )
    ctx.meetings.create(
        MeetingInput(starts_at=datetime(2026, 2, 1, 9), action_items=[ActionItemInput("Nätverksträff", "", TODAY)])
    )
    ctx.support_contacts.create(
        SupportContactInput(contact_date=date(2026, 1, 5), next_step="Stadgemall", next_step_date=TODAY),
        world["enterprise"],
    )
    details = {i.detail for i in ctx.todo.items(TODAY)}
    since = (TODAY - timedelta(days=25)).isoformat()
    expected = {
        english("todo", "senast uppföljd %1").replace("%1", since),
        english("todo", "ingen uppföljning än"),
        english("todo", "planera nästa steg"),
        english("todo", "utfall saknas"),
        english("todo", "%1, från möte %2").replace("%1", "Hanna Handläggare").replace("%2", "2026-03-04"),
        english("todo", "från möte %1").replace("%1", "2026-02-01"),
        english("todo", "från kontakt %1").replace("%1", "2026-01-05"),
    }
    assert details == expected
    network = next(i for i in ctx.todo.items(TODAY) if i.title == "Nätverksträff")
    assert network.enterprise == english("todo", "Nätverk") != "Nätverk"
