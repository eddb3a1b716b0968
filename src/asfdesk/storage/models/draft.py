"""Drafts of open forms, kept inside the database they belong to (encrypted with it when it is)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base


class FormDraft(Base):
    """The unsaved input of one open form, written as the user types; removed when it is saved or closed."""

    __tablename__ = "form_draft"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[str] = mapped_column(Text)  # the form's input as JSON
