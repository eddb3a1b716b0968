"""Settings kept in the database, so a backup or a copy carries them along."""

from __future__ import annotations

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.storage.base import Base, SyncedRow


class Setting(SyncedRow, Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[object] = mapped_column(JSON)
