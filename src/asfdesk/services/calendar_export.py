"""Meetings and due follow-ups as an iCalendar file that Outlook and Thunderbird import.

Each event's UID is derived from the record it comes from, so importing a newer export
updates the events already in the calendar instead of adding copies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.vocab import MeetingKind, MeetingStatus
from asfdesk.services.todo_queries import TodoKind, TodoQueries
from asfdesk.storage import output_files
from asfdesk.storage.models import Meeting

UID_DOMAIN = "asfdesk"
MEETING_LENGTH = timedelta(hours=1)


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//asfdesk//asfdesk//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "asfdesk")
    return calendar


def _meeting_event(meeting: Meeting) -> Event:
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@{UID_DOMAIN}")
    where = meeting.enterprise.name if meeting.enterprise else "Nätverk"
    event.add("summary", f"{MeetingKind.label_of(meeting.kind)} – {where}")
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.starts_at + MEETING_LENGTH)
    event.add("dtstamp", datetime.now())
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.agenda:
        event.add("description", meeting.agenda)
    if meeting.status == MeetingStatus.CANCELLED:
        event.add("status", "CANCELLED")
    return event


class CalendarExport:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def write(
        self, target: Path, since: date | None = None, staff_id: str | None = None, today: date | None = None
    ) -> int:
        """Meetings from `since` (default: 30 days back) and the follow-ups due; returns how many events."""
        today = today or date.today()
        since = since or today - timedelta(days=30)
        calendar = _calendar()
        count = 0
        with self._session_factory() as session:
            meetings = session.scalars(select(Meeting).options(selectinload(Meeting.enterprise))).all()
            for meeting in meetings:
                if meeting.starts_at.date() >= since:
                    calendar.add_component(_meeting_event(meeting))
                    count += 1
        for item in TodoQueries(self._session_factory).items(today, staff_id):
            if item.kind is not TodoKind.FOLLOW_UP:
                continue
            event = Event()
            event.add("uid", f"followup-{item.record_id}-{item.due.isoformat()}@{UID_DOMAIN}")
            event.add("summary", f"Uppföljning {item.title} – {item.enterprise}")
            event.add("dtstart", item.due)
            event.add("dtend", item.due + timedelta(days=1))
            event.add("dtstamp", datetime.now())
            event.add("description", item.detail)
            calendar.add_component(event)
            count += 1
        output_files.write_bytes_atomically(target, calendar.to_ical())
        return count

    def write_meeting(self, meeting_id: str, target: Path) -> Path:
        """One meeting as its own file: 'Lägg till i kalender'."""
        calendar = _calendar()
        with self._session_factory() as session:
            meeting = session.scalars(
                select(Meeting).where(Meeting.id == meeting_id).options(selectinload(Meeting.enterprise))
            ).one()
            calendar.add_component(_meeting_event(meeting))
        output_files.write_bytes_atomically(target, calendar.to_ical())
        return target
