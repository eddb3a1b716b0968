"""Platskatalog: the places an enterprise offers for arbetsträning and other measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.enterprises import Enterprise


class Place(SyncedRow, Base):
    __tablename__ = "place"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    tasks: Mapped[str] = mapped_column(Text, default="")  # arbetsuppgifter
    business_line: Mapped[str] = mapped_column(String(80), default="", index=True)  # bransch
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    measure_types: Mapped[list[str]] = mapped_column(JSON, default=list)  # accepted; empty = any
    adaptations: Mapped[str] = mapped_column(Text, default="")  # tillgänglighet och anpassningar
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship()
