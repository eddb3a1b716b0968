"""Follow-up and network meetings with attendees, decisions and action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.enterprises import Enterprise
    from asfdesk.storage.models.organisations import Staff
    from asfdesk.storage.models.participants import Placement


class Meeting(SyncedRow, Base):
    __tablename__ = "meeting"

    enterprise_id: Mapped[str | None] = mapped_column(ForeignKey("enterprise.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # local wall-clock time
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_meeting_date: Mapped[date | None] = mapped_column(Date)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)

    enterprise: Mapped[Enterprise | None] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(back_populates="meeting")
    decisions: Mapped[list[MeetingDecision]] = relationship(back_populates="meeting")
    action_items: Mapped[list[ActionItem]] = relationship(back_populates="meeting")
    placement_links: Mapped[list[MeetingPlacement]] = relationship(back_populates="meeting")


class MeetingPlacement(SyncedRow, Base):
    """Link: the meeting followed up this placement."""

    __tablename__ = "meeting_placement"
    __table_args__ = (UniqueConstraint("meeting_id", "placement_id", name="uq_meeting_placement_pair"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    placement_id: Mapped[str] = mapped_column(ForeignKey("placement.id"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="placement_links")
    placement: Mapped[Placement] = relationship()


class MeetingAttendee(SyncedRow, Base):
    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # a pseudonym when the attendee is a participant
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class MeetingDecision(SyncedRow, Base):
    __tablename__ = "meeting_decision"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")


class ActionItem(SyncedRow, Base):
    __tablename__ = "action_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done_date: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    owner_staff: Mapped[Staff | None] = relationship()
