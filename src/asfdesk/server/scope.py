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

from sqlalchemy import Connection, text

from asfdesk.server.register import Sequencer
from asfdesk.sync import protocol

# table: the fields whose change moves records in or out of someone's view (None: any change)
DECIDING: dict[str, frozenset[str] | None] = {
    "support_relationship": None,
    "participant": frozenset({"referring_organisation_id"}),
    "placement": frozenset({"participant_id", "enterprise_id", "deleted_at"}),
    "meeting_placement": None,
    "meeting": frozenset({"enterprise_id"}),
    "consent": None,  # who may see the participant's personnummer
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
    "consent": ("participant_id",),
}
NARROWS = frozenset({"consent"})  # a new record of these may take something away from someone's view
LIMIT = 200_000  # records touched by one change at most (a safety net, far above any enterprise)
CHUNK = 5000  # ids per query


def decides(table: str, changed: set[str]) -> bool:
    if table not in DECIDING:
        return False
    fields = DECIDING[table]
    return fields is None or bool(fields & changed)


def touch_from(
    conn: Connection, table: str, rows: list[dict[str, Any]], sequencer: Sequencer, new: bool = False
) -> int:
    """Touch the records hanging on `rows` of `table` (its values before and after the change).

    `new`: the rows were just made, so nothing hangs on them yet; only the records above them
    whose visibility they decide are touched. A new link only ever adds to who may see (a new
    consent aside, which may take a personnummer away), so a device that held a touched record
    whole still does and is not sent it again."""
    walk: dict[str, set[str]] = {}
    touch: set[tuple[str, str]] = set()
    for row in rows:
        if not new:
            walk.setdefault(table, set()).add(str(row["id"]))
        _up(table, lambda column, row=row: row.get(column), walk, touch)
    return _walk(conn, walk, touch, sequencer, keeps_whole=new and table not in NARROWS)


def _up(table: str, value_of: Any, walk: dict[str, set[str]], touch: set[tuple[str, str]]) -> None:
    for column in WALK_UP.get(table, ()):
        if found := value_of(column):
            walk.setdefault(protocol.references(table)[column], set()).add(str(found))
    for column in TOUCH_UP.get(table, ()):
        if found := value_of(column):
            touch.add((protocol.references(table)[column], str(found)))


def _children_of(table: str) -> list[tuple[str, str]]:
    """(child table, its column referring to `table`) for every reference to `table`."""
    return [
        (child.name, column)
        for child in protocol.synced_tables()
        for column, parent in protocol.references(child.name).items()
        if parent == table
    ]


def _walk(
    conn: Connection,
    walk: dict[str, set[str]],
    touch: set[tuple[str, str]],
    sequencer: Sequencer,
    keeps_whole: bool = False,
) -> int:
    """Walk down level by level, one query per (level, child table, column above it)."""
    seen: set[tuple[str, str]] = set()
    while walk and len(seen) < LIMIT:
        level: dict[str, list[str]] = {}
        for table, wanted in walk.items():
            fresh = sorted(i for i in wanted if (table, i) not in seen)
            seen.update((table, i) for i in fresh)
            if fresh:
                level[table] = fresh
        walk = {}
        for table, ids in level.items():
            for child, column in _children_of(table):
                ups: tuple[str | None, ...] = WALK_UP.get(child, ()) + TOUCH_UP.get(child, ())
                for up in ups or (None,):
                    for start in range(0, len(ids), CHUNK):
                        found = conn.execute(
                            text("SELECT id, up_id FROM asfdesk_children(:t, :c, CAST(:ids AS text[]), :up)"),
                            {"t": child, "c": column, "ids": ids[start : start + CHUNK], "up": up},
                        ).all()
                        for child_id, up_id in found:
                            walk.setdefault(child, set()).add(str(child_id))
                            if up is not None and up_id:
                                _up(
                                    child,
                                    lambda wanted, up=up, up_id=up_id: up_id if wanted == up else None,
                                    walk,
                                    touch,
                                )
    # each its own number: pages are cut by number, and a page never splits one number's records
    found_rows = sorted(seen | touch)
    if found_rows:  # one statement for them all (a first join touches thousands)
        conn.execute(
            RENUMBER_KEEPING_WHOLE if keeps_whole else RENUMBER,
            {
                "t": [t for t, _i in found_rows],
                "i": [i for _t, i in found_rows],
                "s": [sequencer.take() for _row in found_rows],
            },
        )
    return len(found_rows)


RENUMBER = text(
    "UPDATE sync_row SET seq = x.s "
    "FROM unnest(CAST(:t AS text[]), CAST(:i AS text[]), CAST(:s AS bigint[])) AS x(t, i, s) "
    "WHERE sync_row.tbl = x.t AND sync_row.row_id = x.i"
)
# the same, and a device that held the record whole at its old number holds it at the new one
RENUMBER_KEEPING_WHOLE = text(
    "UPDATE sync_row SET seq = x.s, "
    "whole_seq = CASE WHEN sync_row.whole_seq = sync_row.seq THEN x.s ELSE sync_row.whole_seq END "
    "FROM unnest(CAST(:t AS text[]), CAST(:i AS text[]), CAST(:s AS bigint[])) AS x(t, i, s) "
    "WHERE sync_row.tbl = x.t AND sync_row.row_id = x.i"
)
