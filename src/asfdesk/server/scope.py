"""Records whose visibility changed because another record changed: offered to every puller again.

Who sees a placement depends on its participant's referrer and its enterprise's support
relationships; who sees a meeting depends on the placements it is about. When such a deciding
field changes, the records that hang on it get a new sequence number (they are "touched"), so
every laptop pulls them again: one that may still see them gets them, one that no longer may is
told so and removes its copy. The walk follows the foreign keys down from the changed record,
and up from the links that decide visibility (a placement to its participant and enterprise, a
meeting's link to its meeting).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, text, update

from asfdesk.server.register import Sequencer
from asfdesk.server.tables import sync_row
from asfdesk.sync import protocol

# table: the fields whose change moves records in or out of someone's view (None: any change)
DECIDING: dict[str, frozenset[str] | None] = {
    "support_relationship": None,
    "participant": frozenset({"referring_organisation_id"}),
    "placement": frozenset({"participant_id", "enterprise_id", "deleted_at"}),
    "meeting_placement": None,
    "meeting": frozenset({"enterprise_id"}),
}
# from a record of this table, also walk down from the record its column names (its whole subtree
# changes visibility with it) …
WALK_UP: dict[str, tuple[str, ...]] = {
    "support_relationship": ("enterprise_id",),
    "meeting_placement": ("meeting_id",),
}
# … or only offer that record again (a placement decides whether its participant and enterprise are seen)
TOUCH_UP: dict[str, tuple[str, ...]] = {
    "placement": ("participant_id", "enterprise_id"),
}
LIMIT = 200_000  # records touched by one change at most (a safety net, far above any enterprise)


def decides(table: str, changed: set[str]) -> bool:
    if table not in DECIDING:
        return False
    fields = DECIDING[table]
    return fields is None or bool(fields & changed)


def touch_from(conn: Connection, table: str, rows: list[dict[str, Any]], sequencer: Sequencer) -> int:
    """Touch the records hanging on `rows` of `table` (its values before and after the change)."""
    walk: list[tuple[str, str]] = []
    touch: set[tuple[str, str]] = set()
    for row in rows:
        walk.append((table, str(row["id"])))
        _up(table, lambda column, row=row: row.get(column), walk, touch)
    return _walk(conn, walk, touch, sequencer)


def _up(table: str, value_of: Any, walk: list[tuple[str, str]], touch: set[tuple[str, str]]) -> None:
    for column in WALK_UP.get(table, ()):
        if found := value_of(column):
            walk.append((protocol.references(table)[column], str(found)))
    for column in TOUCH_UP.get(table, ()):
        if found := value_of(column):
            touch.add((protocol.references(table)[column], str(found)))


def _walk(conn: Connection, walk: list[tuple[str, str]], touch: set[tuple[str, str]], sequencer: Sequencer) -> int:
    seen: set[tuple[str, str]] = set()
    while walk and len(seen) < LIMIT:
        current = walk.pop()
        if current in seen:
            continue
        seen.add(current)
        table, row_id = current
        for child in protocol.synced_tables():
            for column, parent in protocol.references(child.name).items():
                if parent != table:
                    continue
                children = conn.execute(
                    text("SELECT asfdesk_child_ids(:t, :c, :i)"), {"t": child.name, "c": column, "i": row_id}
                ).scalars()
                for child_id in children:
                    walk.append((child.name, str(child_id)))
                    _up(child.name, lambda up, t=child.name, i=child_id: _column(conn, t, up, str(i)), walk, touch)
    # each its own number: pages are cut by number, and a page never splits one number's records
    found = sorted(seen | touch)
    statement = (
        update(sync_row)
        .where(sync_row.c.tbl == bindparam("t"), sync_row.c.row_id == bindparam("i"))
        .values(seq=bindparam("s"))
    )
    conn.execute(statement, [{"t": t, "i": i, "s": sequencer.take()} for t, i in found])
    return len(found)


def _column(conn: Connection, table: str, column: str, row_id: str) -> Any:
    return conn.execute(text("SELECT asfdesk_column(:t, :c, :i)"), {"t": table, "c": column, "i": row_id}).scalar()
