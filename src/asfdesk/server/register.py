"""The change register: sequence numbers in commit order, and each record's latest change per field.

The numbers come from a single counter row. A transaction takes it as late as it can: it works with
provisional numbers (above every real one, in the order taken) and, just before it commits, locks
the counter, takes the next real numbers and renumbers what it wrote (`seal`). It holds the lock
until it commits, so the numbers it took are above every number an earlier commit took and below
every later one: a pull that has seen number N has therefore seen every change up to N. Taken last,
the lock is held for a few milliseconds, not for the whole of a push (decision 0016); and a
transaction holding it waits for nothing else, so it cannot be part of a deadlock.

A large batch (a first join) takes the counter first instead (`eager`): it would hold it long
either way, and renumbering thousands of rows would cost more than it saves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, and_, case, cast, literal, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from asfdesk.server.any_of import any_of
from asfdesk.server.tables import sync_counter, sync_row
from asfdesk.sync import protocol

PROVISIONAL = 1 << 62  # provisional numbers are above it; real ones never reach it


class Sequencer:
    """Hands out the sequence numbers of one transaction; `close` makes them real."""

    def __init__(self, conn: Connection, eager: bool = False) -> None:
        self._conn = conn
        self._base: int | None = None  # the counter before this transaction's numbers
        if eager:
            self._base = int(
                conn.execute(select(sync_counter.c.seq).where(sync_counter.c.id == 1).with_for_update()).scalar_one()
            )
        self._first = PROVISIONAL if self._base is None else self._base
        self._taken = 0
        self._closed = False

    @property
    def last(self) -> int:
        """The number taken last (provisional until `close`)."""
        return self._first + self._taken

    def take(self) -> int:
        return self.take_many(1)

    def take_many(self, count: int) -> int:
        """`count` numbers in a row; the first of them (the others follow it one by one)."""
        if self._closed:
            raise RuntimeError("the sequencer is closed")
        first = self.last + 1
        self._taken += count
        return first

    def close(self) -> None:
        """Make this transaction's numbers real: the counter moved past them (and locked until the
        transaction ends), provisional numbers written replaced by real ones."""
        if self._closed:
            return
        self._closed = True
        if not self._taken:
            return
        if self._base is not None:
            self._conn.execute(update(sync_counter).where(sync_counter.c.id == 1).values(seq=self._base + self._taken))
            return
        self._base = int(self._conn.execute(SEAL, {"n": self._taken, "p": PROVISIONAL}).scalar_one())

    def real(self, number: int) -> int:
        """A number as the transaction's numbers are after `close`."""
        if number <= PROVISIONAL:
            return number
        if self._base is None or not self._closed:
            raise RuntimeError("provisional numbers are real only after close()")
        return number - PROVISIONAL + self._base


# One statement: the counter moved past the transaction's numbers (its row locked until commit),
# then every provisional number the transaction wrote — the register's sequence, whole sequence,
# made and field stamps, and its conflicts' — replaced by its real one. Only this transaction's rows
# carry provisional numbers: every other transaction's are real once committed, and not seen before.
SEAL = text(
    "WITH c AS (UPDATE sync_counter SET seq = seq + :n WHERE id = 1 RETURNING seq - :n AS base), "
    "r AS (UPDATE sync_row AS s SET seq = s.seq - :p + c.base, "
    "  whole_seq = CASE WHEN s.whole_seq > :p THEN s.whole_seq - :p + c.base ELSE s.whole_seq END, "
    "  made_seq = CASE WHEN s.made_seq > :p THEN s.made_seq - :p + c.base ELSE s.made_seq END, "
    "  fields = COALESCE((SELECT jsonb_object_agg(f.key, CASE WHEN (f.value->>0)::bigint > :p "
    "    THEN jsonb_build_array((f.value->>0)::bigint - :p + c.base, f.value->1) ELSE f.value END) "
    "    FROM jsonb_each(s.fields) AS f), '{}'::jsonb) "
    "  FROM c WHERE s.seq > :p RETURNING 1), "
    "k AS (UPDATE sync_conflict AS k SET seq = k.seq - :p + c.base, "
    "  kept_by = CASE WHEN (k.kept_by->>'seq')::bigint > :p "
    "    THEN jsonb_set(k.kept_by, '{seq}', to_jsonb((k.kept_by->>'seq')::bigint - :p + c.base)) "
    "    ELSE k.kept_by END "
    "  FROM c WHERE k.seq > :p RETURNING 1) "
    "SELECT c.base FROM c, (SELECT count(*) FROM r) AS rr, (SELECT count(*) FROM k) AS kk"
)


def row_meta(conn: Connection, table: str, row_id: str, lock: bool = False) -> dict[str, Any] | None:
    return row_metas(conn, table, [row_id], lock).get(row_id)


def row_metas(conn: Connection, table: str, ids: list[str], lock: bool = False) -> dict[str, dict[str, Any]]:
    """The register entries of these records (`lock`: locked until the transaction commits)."""
    query = select(
        sync_row.c.row_id,
        sync_row.c.seq,
        sync_row.c.fields,
        sync_row.c.origin_org,
        sync_row.c.made_seq,
        sync_row.c.made_device,
    ).where(sync_row.c.tbl == table, any_of(sync_row.c.row_id, ids))
    if lock:
        query = query.with_for_update()
    columns = protocol.data_columns(table)
    found: dict[str, dict[str, Any]] = {}
    for r in conn.execute(query):
        stamps = dict(r.fields)
        if r.made_seq is not None:  # a field nobody changed since the record was made has its made stamp
            made = [r.made_seq, r.made_device]
            stamps = {**{c: made for c in columns}, **stamps}
        found[str(r.row_id)] = {"seq": r.seq, "fields": stamps, "origin_org": r.origin_org}
    return found


def record_change(
    conn: Connection,
    table: str,
    row_id: str,
    seq: int,
    fields: list[str],
    device: str | None,
    origin_org: str | None = None,
) -> None:
    """Note that `fields` of the record changed at `seq` by `device` (a new record: every field).

    The device still holds the record whole if it did just before (it changed some of its own
    copy's fields); a write by anyone else means nobody does (each is sent it again)."""
    stamps = {f: [seq, device] for f in fields}
    statement = pg_insert(sync_row).values(
        tbl=table,
        row_id=row_id,
        seq=seq,
        fields=stamps,
        origin_org=origin_org,
        whole_device=device,
        whole_seq=seq if device is not None else None,
    )
    held_whole = and_(sync_row.c.whole_device == cast(literal(device), String), sync_row.c.whole_seq == sync_row.c.seq)
    statement = statement.on_conflict_do_update(
        index_elements=[sync_row.c.tbl, sync_row.c.row_id],
        set_={
            "seq": seq,
            "fields": sync_row.c.fields.op("||")(statement.excluded.fields),
            "whole_device": case((held_whole, sync_row.c.whole_device), else_=None),
            "whole_seq": case((held_whole, seq), else_=None),
        },
    )
    conn.execute(statement)


def touch(conn: Connection, table: str, row_id: str, seq: int) -> None:
    """A record whose visibility may have changed is offered to every puller again (the device that
    held it whole too: `whole_seq` is left behind)."""
    conn.execute(update(sync_row).where(sync_row.c.tbl == table, sync_row.c.row_id == row_id).values(seq=seq))
