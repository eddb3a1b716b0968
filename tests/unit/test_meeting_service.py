"""Meetings: children saved in order, edited in place, action items ticked off."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ActionItemInput, AttendeeInput, MeetingInput
from asfdesk.services.errors import ValidationFailedError


def _meeting(enterprise: str, placement: str | None = None) -> MeetingInput:
    return MeetingInput(
        enterprise_id=enterprise,
        kind="trepartssamtal",
        status="genomfort",
        starts_at=datetime(2026, 11, 10, 10, 0),
        place="Verkstaden",
        placement_ids=[placement] if placement else [],
        attendees=[
            AttendeeInput("Anna Rådgivare", "Coompanion", "Rådgivare"),
            AttendeeInput("D26-001", "", "Deltagare"),
        ],
        decisions=["Förläng tre månader", "Ny handledare från januari"],
        action_items=[
            ActionItemInput("Skicka närvarorapport", "Anna", date(2026, 11, 20)),
            ActionItemInput("Boka nästa möte", "Erik", date(2026, 11, 15)),
        ],
    )


def test_meeting_round_trips_with_its_children_in_order(ctx: AppContext) -> None:
    """What is entered is read back in the same order: attendees, decisions, action items, placements."""
    detail = ctx.enterprises.get_detail(ctx.enterprises.list_enterprises()[0].id)
    data = _meeting(detail.facts.id, detail.placements[0].id)
    meeting = ctx.meetings.create(data)
    assert ctx.meetings.get_input(meeting) == data
    shown = next(m for m in ctx.enterprises.get_detail(detail.facts.id).meetings if m.id == meeting)
    assert shown.decisions == data.decisions
    assert [a.name for a in shown.attendees] == ["Anna Rådgivare", "D26-001"]
    assert shown.participants == [detail.placements[0].participant_code]
    assert [i.description for i in shown.action_items] == ["Boka nästa möte", "Skicka närvarorapport"]  # by due date


def test_editing_children_keeps_row_ids_and_removes_extras(ctx: AppContext, demo_db: Path) -> None:
    """Changing and shortening lists edits rows in place; dropped rows are soft-deleted, not multiplied."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    meeting = ctx.meetings.create(_meeting(enterprise))
    with sqlite3.connect(demo_db) as conn:
        ids_before = [
            r[0]
            for r in conn.execute("SELECT id FROM action_item WHERE meeting_id = ? ORDER BY created_at, id", (meeting,))
        ]
    data = ctx.meetings.get_input(meeting)
    data.action_items = [ActionItemInput("Skicka närvarorapport (ändrad)", "Anna", date(2026, 11, 21))]
    data.decisions = ["Förläng tre månader"]
    ctx.meetings.update(meeting, data)
    assert ctx.meetings.get_input(meeting) == data
    with sqlite3.connect(demo_db) as conn:
        live = conn.execute(
            "SELECT id FROM action_item WHERE meeting_id = ? AND deleted_at IS NULL", (meeting,)
        ).fetchall()
        total = conn.execute("SELECT count(*) FROM action_item WHERE meeting_id = ?", (meeting,)).fetchone()[0]
    assert [r[0] for r in live] == ids_before[:1] and total == 2


def test_toggle_action_item_by_position(ctx: AppContext) -> None:
    """Completing the second action item dates it; the first stays open."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    meeting = ctx.meetings.create(_meeting(enterprise))
    ctx.meetings.complete_action_item(meeting, 1, date(2026, 11, 14))
    items = ctx.meetings.get_input(meeting).action_items
    assert items[0].done_date is None and items[1].done_date == date(2026, 11, 14)


def test_meeting_rules(ctx: AppContext) -> None:
    """A meeting needs a time; the next meeting cannot be before it; action items need text."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    for changes, field in (
        ({"starts_at": None}, "starts_at"),
        ({"next_meeting_date": date(2026, 11, 1)}, "next_meeting_date"),
        ({"action_items": [ActionItemInput("", "Anna", date(2026, 12, 1))]}, "action_items"),
    ):
        data = _meeting(enterprise)
        for key, value in changes.items():
            setattr(data, key, value)
        with pytest.raises(ValidationFailedError) as info:
            ctx.meetings.create(data)
        assert field in info.value.errors
