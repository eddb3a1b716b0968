"""Activities of a municipal ASF action plan (aktivitet, huvudansvar, tidsplan, status), each
optionally run in a project and linked to the meeting where it was decided."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, SyncedRow


class ActionPlanActivity(SyncedRow, Base):
    __tablename__ = "action_plan_activity"

    plan: Mapped[str] = mapped_column(String(200))  # e.g. "Handlingsplan ASF Luleå 2025–2027"
    municipality: Mapped[str] = mapped_column(String(80), default="")
    activity: Mapped[str] = mapped_column(Text)
    main_responsible: Mapped[str] = mapped_column(String(200), default="")
    other_actors: Mapped[str] = mapped_column(Text, default="")
    timeframe: Mapped[str] = mapped_column(String(60), default="")  # "Q3 2025", "löpande"
    status: Mapped[str] = mapped_column(String(20))
    follow_up: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)  # where it was decided
