"""An enterprise's revenue mix per year: places sold to authorities against market sales."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, SyncedRow


class RevenueFigure(SyncedRow, Base):
    __tablename__ = "revenue_figure"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    public_kr: Mapped[int] = mapped_column(Integer, default=0)  # samhällsnyttiga intäkter
    market_kr: Mapped[int] = mapped_column(Integer, default=0)  # allmännyttiga intäkter
    notes: Mapped[str] = mapped_column(Text, default="")
