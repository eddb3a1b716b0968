"""The audit log: who did what to which record, when — append-only, guarded by triggers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, new_id, utcnow


class AuditEntry(Base):
    """One action. Field names that changed are recorded, never their values (no personal data here)."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, reveal, export, print
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
