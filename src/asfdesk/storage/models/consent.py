"""The consent ledger: what each participant agreed to share, with whom, and for how long."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.participants import Participant


class Consent(SyncedRow, Base):
    __tablename__ = "consent"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"))
    recipient: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(200), default="")
    given_date: Mapped[date] = mapped_column(Date)
    expires: Mapped[date | None] = mapped_column(Date)
    withdrawn_date: Mapped[date | None] = mapped_column(Date)

    participant: Mapped[Participant] = relationship()
