"""Calendar export: meetings and follow-ups as iCalendar that a phone reads at the right hour.

Read back with vobject, a second iCalendar parser independent of the icalendar package that
writes the file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import vobject
from sqlalchemy import select

from asfdesk.services.calendar_export import CalendarExport
from asfdesk.storage.models import Meeting, Placement

from ..conftest import FIXED_TODAY

SINCE = FIXED_TODAY - timedelta(days=30)


def _events(path: Path) -> list:  # type: ignore[type-arg]
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return list(getattr(calendar, "vevent_list", []))


def _by_uid(path: Path) -> dict[str, object]:
    return {e.uid.value: e for e in _events(path)}


def _export(ctx, path: Path, **options: object) -> int:
    return CalendarExport(ctx.database.session_factory).write(path, since=SINCE, today=FIXED_TODAY, **options)


def test_meetings_and_follow_ups_become_events_with_stable_uids(ctx, tmp_path: Path) -> None:
    count = _export(ctx, tmp_path / "a.ics")
    _export(ctx, tmp_path / "b.ics")
    first, second = _events(tmp_path / "a.ics"), _events(tmp_path / "b.ics")
    assert count == len(first) > 0
    assert {e.uid.value for e in first} == {e.uid.value for e in second}
    summaries = [e.summary.value for e in first]
    assert any(s.startswith("Uppföljning – ") for s in summaries)
    assert any(s.startswith(("Trepartssamtal", "Uppföljning –", "Arbetsplatsbesök", "Styrelsemöte")) for s in summaries)


def test_meeting_times_are_swedish_local_time_with_their_zone(ctx, tmp_path: Path) -> None:
    """A floating 10:00 reads as 10:00 UTC on a phone, an hour or two off: the zone travels with it."""
    _export(ctx, tmp_path / "a.ics")
    text = (tmp_path / "a.ics").read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Stockholm" in text
    with ctx.database.session_factory() as session:
        meetings = {m.id: m.starts_at for m in session.scalars(select(Meeting))}
    events = _by_uid(tmp_path / "a.ics")
    checked = 0
    for meeting_id, local in meetings.items():
        event = events.get(f"meeting-{meeting_id}@asfdesk")
        if event is None:
            continue
        start = event.dtstart.value  # type: ignore[attr-defined]
        assert start.tzinfo is not None and start.utcoffset() in (timedelta(hours=1), timedelta(hours=2))
        assert start.astimezone(UTC) == local.replace(tzinfo=ZoneInfo("Europe/Stockholm")).astimezone(UTC)
        stamp = event.dtstamp.value  # type: ignore[attr-defined]
        assert stamp.utcoffset() == timedelta(0) and abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)
        checked += 1
    assert checked > 0


def test_a_cancelled_or_deleted_meeting_comes_as_cancelled_with_a_higher_sequence(ctx, tmp_path: Path) -> None:
    _export(ctx, tmp_path / "before.ics")
    before = _by_uid(tmp_path / "before.ics")
    with ctx.database.session_factory() as session:
        meeting_id = next(
            m.id for m in session.scalars(select(Meeting)) if f"meeting-{m.id}@asfdesk" in before and m.enterprise_id
        )
    uid = f"meeting-{meeting_id}@asfdesk"
    assert not hasattr(before[uid], "status") or before[uid].status.value != "CANCELLED"  # type: ignore[attr-defined]
    ctx.meetings.delete(meeting_id)
    _export(ctx, tmp_path / "after.ics")
    after = _by_uid(tmp_path / "after.ics")[uid]
    assert after.status.value == "CANCELLED"  # type: ignore[attr-defined]
    assert int(after.sequence.value) > int(before[uid].sequence.value)  # type: ignore[attr-defined]


def test_a_follow_up_keeps_its_uid_when_its_due_date_moves(ctx, tmp_path: Path) -> None:
    _export(ctx, tmp_path / "a.ics")
    follow_ups = {u: e for u, e in _by_uid(tmp_path / "a.ics").items() if u.startswith("followup-")}
    uid, event = next(iter(follow_ups.items()))
    placement_id = uid.removeprefix("followup-").removesuffix("@asfdesk")
    with ctx.database.session_factory() as session:
        assert session.get(Placement, placement_id) is not None
    data = ctx.placements.get_input(placement_id)
    ctx.placements.update(
        placement_id, replace(data, follow_up_interval_days=(data.follow_up_interval_days or 30) + 14)
    )
    CalendarExport(ctx.database.session_factory).write(
        tmp_path / "b.ics", since=SINCE, today=FIXED_TODAY + timedelta(days=1)
    )
    moved = _by_uid(tmp_path / "b.ics")[uid]
    assert moved.dtstart.value != event.dtstart.value  # type: ignore[attr-defined]
    assert int(moved.sequence.value) > int(event.sequence.value)  # type: ignore[attr-defined]


def test_events_name_no_participant_unless_asked_and_carry_no_notes(ctx, tmp_path: Path) -> None:
    _export(ctx, tmp_path / "plain.ics")
    _export(ctx, tmp_path / "named.ics", pseudonyms=True)
    with ctx.database.session_factory() as session:
        codes = {p.participant.code for p in session.scalars(select(Placement)) if p.participant is not None}
    plain = [e.summary.value for e in _events(tmp_path / "plain.ics")]
    assert not any(code in s for s in plain for code in codes)
    named = [e.summary.value for e in _events(tmp_path / "named.ics") if e.uid.value.startswith("followup-")]
    assert named and all(any(code in s for code in codes) for s in named)
    for path in (tmp_path / "plain.ics", tmp_path / "named.ics"):
        assert "DESCRIPTION" not in path.read_text(encoding="utf-8")


def test_one_meeting_to_calendar(ctx, tmp_path: Path) -> None:
    """'Lägg till i kalender' writes one event for the meeting at its time and place."""
    meeting = ctx.enterprises.get_detail(ctx.enterprises.list_enterprises()[0].id).meetings[0]
    path = CalendarExport(ctx.database.session_factory).write_meeting(meeting.id, tmp_path / "m.ics")
    (event,) = _events(path)
    assert event.uid.value == f"meeting-{meeting.id}@asfdesk"
    assert event.dtstart.value == meeting.starts_at.replace(tzinfo=ZoneInfo("Europe/Stockholm"))
