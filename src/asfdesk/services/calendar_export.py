"""Meetings and due follow-ups as an iCalendar file that Outlook, Thunderbird and phones import.

Each event's UID is derived from the record it comes from (a follow-up's from its placement,
not its due date), and SEQUENCE follows the record's version, so importing a newer export
updates the events already in the calendar instead of adding copies; a cancelled or deleted
meeting comes as CANCELLED. Meeting times are local wall-clock times in Sweden and carry
TZID=Europe/Stockholm with its VTIMEZONE (a floating time reads as UTC on phones, an hour
off); DTSTAMP is UTC.

A calendar leaves the protected database for phones and cloud accounts: an event names the
enterprise and the kind of meeting, the participant's pseudonym only when the user asks for
it, and never notes or agendas, which may be about a person.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.vocab import MeetingKind, MeetingStatus
from asfdesk.services.todo_queries import TodoKind, TodoQueries
from asfdesk.storage import output_files
from asfdesk.storage.models import Meeting

UID_DOMAIN = "asfdesk"
MEETING_LENGTH = timedelta(hours=1)
SWEDEN = ZoneInfo("Europe/Stockholm")
EPOCH = date(2000, 1, 1)  # a follow-up's SEQUENCE counts the export's days from here


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//asfdesk//asfdesk//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "asfdesk")
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    return calendar


def _finish(calendar: Calendar) -> bytes:
    calendar.add_missing_timezones()  # a VTIMEZONE for every TZID the events use
    return bytes(calendar.to_ical())


def _meeting_event(meeting: Meeting, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@{UID_DOMAIN}")
    where = meeting.enterprise.name if meeting.enterprise else "Nätverk"
    event.add("summary", f"{MeetingKind.label_of(meeting.kind)} – {where}")
    starts = meeting.starts_at.replace(tzinfo=SWEDEN)
    event.add("dtstart", starts)
    event.add("dtend", starts + MEETING_LENGTH)
    event.add("dtstamp", stamp)
    gone = meeting.deleted_at is not None
    event.add("sequence", meeting.version + (1 if gone else 0))  # a deletion is one more change
    if meeting.place:
        event.add("location", meeting.place)
    if gone or meeting.status == MeetingStatus.CANCELLED:
        event.add("status", "CANCELLED")
    return event


class CalendarExport:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def write(
        self,
        target: Path,
        since: date | None = None,
        staff_id: str | None = None,
        today: date | None = None,
        pseudonyms: bool = False,
    ) -> int:
        """Meetings from `since` (default: 30 days back), cancelled and deleted ones as CANCELLED, and
        the follow-ups due; returns how many events. `pseudonyms`: name the participant of a follow-up."""
        today = today or date.today()
        since = since or today - timedelta(days=30)
        stamp = datetime.now(UTC)
        calendar = _calendar()
        count = 0
        with self._session_factory() as session:
            meetings = session.scalars(
                select(Meeting)
                .where(Meeting.starts_at >= datetime.combine(since, datetime.min.time()))
                .options(selectinload(Meeting.enterprise))
                .execution_options(include_deleted=True)
            ).all()
            for meeting in meetings:
                calendar.add_component(_meeting_event(meeting, stamp))
                count += 1
        for item in TodoQueries(self._session_factory).items(today, staff_id):
            if item.kind is not TodoKind.FOLLOW_UP:
                continue
            event = Event()
            event.add("uid", f"followup-{item.record_id}@{UID_DOMAIN}")  # the same when the due date moves
            who = f" {item.title}" if pseudonyms else ""
            event.add("summary", f"Uppföljning{who} – {item.enterprise}")
            event.add("dtstart", item.due)
            event.add("dtend", item.due + timedelta(days=1))
            event.add("dtstamp", stamp)
            event.add("sequence", (today - EPOCH).days)  # each day's export supersedes the ones before
            calendar.add_component(event)
            count += 1
        output_files.write_bytes_atomically(target, _finish(calendar))
        return count

    def write_meeting(self, meeting_id: str, target: Path) -> Path:
        """One meeting as its own file: 'Lägg till i kalender'."""
        calendar = _calendar()
        with self._session_factory() as session:
            meeting = session.scalars(
                select(Meeting).where(Meeting.id == meeting_id).options(selectinload(Meeting.enterprise))
            ).one()
            calendar.add_component(_meeting_event(meeting, datetime.now(UTC)))
        output_files.write_bytes_atomically(target, _finish(calendar))
        return target
