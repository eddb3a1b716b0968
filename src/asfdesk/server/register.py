"""The change register: sequence numbers in commit order, and each record's latest change per field.

A transaction that changes records first locks the single counter row; it holds the lock until
it commits, so the numbers it takes are above every number an earlier commit took and below every
later one. A pull that has seen number N has therefore seen every change up to N.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, and_, case, cast, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from asfdesk.server.any_of import any_of
from asfdesk.server.tables import sync_counter, sync_row


class Sequencer:
    """Hands out the sequence numbers of one transaction (lock taken on creation)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.last = int(
            conn.execute(select(sync_counter.c.seq).where(sync_counter.c.id == 1).with_for_update()).scalar_one()
        )
        self._start = self.last

    def take(self) -> int:
        self.last += 1
        return self.last

    def close(self) -> None:
        if self.last != self._start:
            self._conn.execute(update(sync_counter).where(sync_counter.c.id == 1).values(seq=self.last))


def row_meta(conn: Connection, table: str, row_id: str, lock: bool = False) -> dict[str, Any] | None:
    return row_metas(conn, table, [row_id], lock).get(row_id)


def row_metas(conn: Connection, table: str, ids: list[str], lock: bool = False) -> dict[str, dict[str, Any]]:
    """The register entries of these records (`lock`: locked until the transaction commits)."""
    query = select(sync_row.c.row_id, sync_row.c.seq, sync_row.c.fields, sync_row.c.origin_org).where(
        sync_row.c.tbl == table, any_of(sync_row.c.row_id, ids)
    )
    if lock:
        query = query.with_for_update()
    return {
        str(r.row_id): {"seq": r.seq, "fields": dict(r.fields), "origin_org": r.origin_org} for r in conn.execute(query)
    }


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
