"""The module catalogue (Glada Hudik-modellen by default) and each enterprise's progress in it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.enterprises import Enterprise


class Module(SyncedRow, Base):
    """A catalogue entry; editable because municipalities adapt the model."""

    __tablename__ = "module"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("module.id"))

    parent: Mapped[Module | None] = relationship(remote_side="Module.id")


class ModuleProgress(SyncedRow, Base):
    __tablename__ = "module_progress"
    __table_args__ = (UniqueConstraint("enterprise_id", "module_id", name="uq_module_progress_enterprise_module"),)

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    module_id: Mapped[str] = mapped_column(ForeignKey("module.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_planned: Mapped[float | None] = mapped_column(Float)
    # None means "derived from the linked handledarstöd contacts".
    hours_used: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship()
    module: Mapped[Module] = relationship()
