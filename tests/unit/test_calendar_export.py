"""Calendar export: meetings and follow-ups as iCalendar with stable UIDs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from asfdesk.services.calendar_export import CalendarExport

from ..conftest import FIXED_TODAY


def _events(path: Path) -> list:  # type: ignore[type-arg]
    return [c for c in Calendar.from_ical(path.read_bytes()).walk() if c.name == "VEVENT"]


def test_meetings_and_follow_ups_become_events_with_stable_uids(ctx, tmp_path: Path) -> None:
    """Recent and planned meetings and due follow-ups are exported; a second export has the same UIDs."""
    export = CalendarExport(ctx.database.session_factory)
    count = export.write(tmp_path / "a.ics", since=FIXED_TODAY - timedelta(days=30), today=FIXED_TODAY)
    export.write(tmp_path / "b.ics", since=FIXED_TODAY - timedelta(days=30), today=FIXED_TODAY)
    first, second = _events(tmp_path / "a.ics"), _events(tmp_path / "b.ics")
    assert count == len(first) > 0
    assert {str(e["uid"]) for e in first} == {str(e["uid"]) for e in second}
    summaries = [str(e["summary"]) for e in first]
    assert any(s.startswith("Uppföljning ") for s in summaries)
    assert any(s.startswith(("Trepartssamtal", "Uppföljning –", "Arbetsplatsbesök", "Styrelsemöte")) for s in summaries)


def test_one_meeting_to_calendar(ctx, tmp_path: Path) -> None:
    """'Lägg till i kalender' writes one event for the meeting at its time and place."""
    meeting = ctx.enterprises.get_detail(ctx.enterprises.list_enterprises()[0].id).meetings[0]
    path = CalendarExport(ctx.database.session_factory).write_meeting(meeting.id, tmp_path / "m.ics")
    (event,) = _events(path)
    assert str(event["uid"]) == f"meeting-{meeting.id}@asfdesk"
    assert event.decoded("dtstart") == meeting.starts_at
