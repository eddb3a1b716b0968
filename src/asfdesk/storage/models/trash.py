"""The Papperskorg: one entry per user deletion, listing every row it soft-deleted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, SyncedRow


class TrashEntry(SyncedRow, Base):
    __tablename__ = "trash_entry"

    kind: Mapped[str] = mapped_column(String(40))  # table name of the record the user deleted
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(String(300))  # what the user saw, e.g. the enterprise's name
    stamp: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # deleted_at given to every row below
    rows: Mapped[list[list[str]]] = mapped_column(JSON, default=list)  # [[table, id], …]
    summary: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # dependents by kind, for the user
    restored_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
