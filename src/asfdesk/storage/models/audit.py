"""The audit log: who did what to which record, when — append-only (triggers) and hash-chained."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
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
    # The hash chain (storage/audit_chain.py): place in the log, and a hash over this entry and the one before.
    seq: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)
    hash: Mapped[str | None] = mapped_column(String(64))
