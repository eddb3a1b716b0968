"""Drafts of open forms, stored in the database: written while the user types, offered back after a crash.

Kept in the database rather than in files beside it, so that a draft (which may hold a
personnummer or a note) is encrypted exactly when the database is, travels with it and goes
with it when it is deleted. Each write is its own small transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.storage.base import utcnow
from asfdesk.storage.models import FormDraft


class DraftService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def save(self, key: str, body: str, saved_at: datetime | None = None) -> None:
        row = {"key": key, "body": body, "saved_at": saved_at or utcnow()}
        statement = insert(FormDraft).values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=[FormDraft.key], set_={"body": row["body"], "saved_at": row["saved_at"]}
        )
        with self._session_factory.begin() as session:
            session.execute(statement)

    def load(self, key: str) -> tuple[datetime, str] | None:
        with self._session_factory() as session:
            found = session.execute(select(FormDraft.saved_at, FormDraft.body).where(FormDraft.key == key)).first()
        return (found[0], found[1]) if found else None

    def discard(self, key: str) -> None:
        with self._session_factory.begin() as session:
            session.execute(delete(FormDraft).where(FormDraft.key == key))

    def pending(self) -> list[str]:
        with self._session_factory() as session:
            return list(session.scalars(select(FormDraft.key).order_by(FormDraft.key)))
