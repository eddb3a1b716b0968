"""Projects and funders that records are tagged with, and the goals they are followed up against."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, SyncedRow


class Project(SyncedRow, Base):
    """A project or financier (ESF, samordningsförbund, kommun…): each gets its own reports."""

    __tablename__ = "project"

    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Goal(SyncedRow, Base):
    """A goal for a programme (all), a project, an agreement or an enterprise, over a period."""

    __tablename__ = "goal"

    title: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(String(40))
    target: Mapped[float] = mapped_column(Float)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    enterprise_id: Mapped[str | None] = mapped_column(ForeignKey("enterprise.id"), index=True)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    manual_outcome: Mapped[float | None] = mapped_column(Float)  # for a hand-entered indicator
    manual_previous: Mapped[float | None] = mapped_column(Float)
    analysis: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
