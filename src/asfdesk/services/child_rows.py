"""Editing a record's list of child rows in place (attendees, decisions, action items, consents)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from asfdesk.storage.base import SyncedRow, utcnow

ChildT = TypeVar("ChildT", bound=SyncedRow)


def in_order(rows: Sequence[ChildT]) -> list[ChildT]:
    """A meeting's live child rows in the order they were entered (the order edits are matched in)."""
    return sorted((r for r in rows if r.deleted_at is None), key=lambda r: (r.created_at, r.id))


def sync_children(
    session: Session,
    existing: Sequence[ChildT],
    wanted: Sequence[Any],
    make: Callable[[], ChildT],
    fill: Callable[[ChildT, Any, int], None],
) -> None:
    """Reuse rows in order, add what is new, soft-delete what is left over (ids stay stable)."""
    live = [row for row in existing if row.deleted_at is None]
    for position, item in enumerate(wanted):
        if position < len(live):
            fill(live[position], item, position)
        else:
            row = make()
            fill(row, item, position)
            session.add(row)
    for row in live[len(wanted) :]:
        row.deleted_at = utcnow()
