"""What a laptop sends: the dirty set turned into one batch, kept until its answer is applied.

Taking a batch is one transaction: the rows' current values are read, the batch is written to
`sync_outgoing` under a new id and the dirty entries it covers are removed. An edit made after
that is noted again by the triggers and goes in the next batch. A batch already waiting (its
answer never arrived) is sent again as it is. Two may wait: the next batch is taken while the
server works on the one before (they are still sent one after the other, in the order taken).

Records new to the team go, where the server takes them so, as rows of values written by SQLite
(`whole_rows`); edits and removals go as changes of named fields.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, literal_column, select

from asfdesk.sync import protocol, whole_rows
from asfdesk.sync.id_lists import among
from asfdesk.sync.local_state import NEW_ROW, REMOVED_ROW, sync_dirty, sync_outgoing

BATCH_ROWS = 5000  # records per batch (the server takes up to 5000; a larger one holds others back longer)


@dataclass(frozen=True)
class Outgoing:
    """A batch as it is sent: its JSON text, and what it holds (for the counts)."""

    id: str
    body: str
    records: int  # changes and new records in it
    new: Counter[str] = field(default_factory=Counter)  # new records by table
    in_rows: int = 0  # of which sent as rows

    @classmethod
    def read(cls, body: str) -> Outgoing:
        found = json.loads(body)
        new: Counter[str] = Counter(c["t"] for c in found["changes"] if c.get("new"))
        in_rows = 0
        for block in found.get("rows", []):
            new[block["t"]] += len(block["values"])
            in_rows += len(block["values"])
        return cls(str(found["batch"]), body, len(found["changes"]) + in_rows, new, in_rows)

    def sent_as(self, audit: list[dict[str, Any]], after: str | None) -> str:
        """The text to send: with the laptop's audit entries and the batch sent just before it,
        if any (neither is kept with the batch: sent again, it goes on its own)."""
        extra: dict[str, Any] = {"audit": audit} if audit else {}
        if after is not None:
            extra["after"] = after
        return f"{json.dumps(extra)[:-1]}, {self.body[1:]}" if extra else self.body


def waiting(conn: Connection, skip: frozenset[str] = frozenset()) -> Outgoing | None:
    """The oldest batch taken and not yet answered, those in `skip` (on their way) left out."""
    query = select(sync_outgoing.c.body).order_by(sync_outgoing.c.created_at, literal_column("rowid"))
    if skip:
        query = query.where(sync_outgoing.c.batch_id.not_in(skip))
    found = conn.execute(query.limit(1)).scalar()
    return None if found is None else Outgoing.read(found)


def pending_count(conn: Connection) -> int:
    """Records with changes not yet accepted by the server (waiting in a batch or still dirty)."""
    dirty = conn.execute(select(sync_dirty.c.tbl, sync_dirty.c.row_id).distinct()).all()
    batches = conn.execute(select(sync_outgoing.c.body)).scalars()
    return len(dirty) + sum(Outgoing.read(body).records for body in batches)


def take_batch(conn: Connection, skip: frozenset[str] = frozenset(), rows: bool = False) -> Outgoing | None:
    """The batch to send next: the oldest waiting (but those in `skip`, sent and not yet answered),
    else a new one from the dirty set (None: nothing to send). `rows`: the server takes new records
    as rows (whole_rows)."""
    if (batch := waiting(conn, skip)) is not None:
        return batch
    changes: list[dict[str, Any]] = []
    blocks: list[str] = []
    new: Counter[str] = Counter()
    in_rows = taken = 0
    noted = _tables_noted(conn)
    for table in protocol.synced_tables():  # parents first: a batch never refers ahead to a later one
        if table.name not in noted:
            continue
        if rows and taken < BATCH_ROWS:
            ids = whole_rows.new_ids(conn, table.name, BATCH_ROWS - taken)
            if ids:
                if found := whole_rows.rows_json(conn, table.name, ids):
                    blocks.append(whole_rows.block_json(table.name, found))
                new[table.name] += len(found)
                in_rows += len(found)
                taken += len(ids)
                _sent(conn, table.name, ids)
        room = BATCH_ROWS - taken
        if room <= 0:
            break
        query = select(sync_dirty.c.row_id).distinct().where(sync_dirty.c.tbl == table.name)
        ids = [str(r) for r in conn.execute(query.order_by(sync_dirty.c.row_id).limit(room)).scalars()]
        if not ids:
            continue
        taken += len(ids)
        made = _changes(conn, table.name, ids)
        changes += made
        new[table.name] += sum(1 for c in made if c.get("new"))
        _sent(conn, table.name, ids)
    if not taken:
        return None
    batch_id = str(uuid.uuid4())
    body = json.dumps({"batch": batch_id, "changes": changes})
    if blocks:
        body = f'{body[:-1]}, "rows": [{", ".join(blocks)}]}}'
    conn.execute(sync_outgoing.insert().values(batch_id=batch_id, body=body, created_at=datetime.now(UTC)))
    return Outgoing(batch_id, body, len(changes) + in_rows, new, in_rows)


def _sent(conn: Connection, table: str, ids: list[str]) -> None:
    """These records' noted changes are in the batch: no longer to send."""
    conn.execute(delete(sync_dirty).where(sync_dirty.c.tbl == table, among(sync_dirty.c.row_id, ids)))


def _tables_noted(conn: Connection) -> set[str]:
    """The synchronised tables with changes to send: one look-up each in the dirty set's key, in
    one statement (most syncs send a few records of one or two tables)."""
    names = json.dumps([t.name for t in protocol.synced_tables()])
    found = conn.exec_driver_sql(
        "SELECT t.value FROM json_each(?) AS t WHERE EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t.value)", (names,)
    )
    return {str(name) for (name,) in found}


def _changes(conn: Connection, table: str, ids: list[str]) -> list[dict[str, Any]]:
    """The changes to send for these records of one table, read together."""
    noted: dict[str, list[tuple[str, int]]] = {}
    query = select(sync_dirty.c.row_id, sync_dirty.c.col, sync_dirty.c.base_seq).where(
        sync_dirty.c.tbl == table, among(sync_dirty.c.row_id, ids)
    )
    for row_id, column, base in conn.execute(query):
        noted.setdefault(str(row_id), []).append((column, int(base)))
    model = protocol.table(table)
    rows = {str(r.id): r._mapping for r in conn.execute(select(model).where(among(model.c.id, ids)))}
    return [change for row_id in ids if (change := _change(table, row_id, noted[row_id], rows.get(row_id)))]


def _change(table: str, row_id: str, noted: list[tuple[str, int]], row: Any) -> dict[str, Any] | None:
    columns = {c for c, _base in noted}
    base = min(b for _c, b in noted)
    if REMOVED_ROW in columns:
        return {"t": table, "id": row_id, "base": base, "removed": True}
    if row is None:
        return None  # removed again before it was ever sent
    if NEW_ROW in columns:
        return {"t": table, "id": row_id, "base": 0, "new": True, "fields": protocol.encode_row(table, row)}
    wanted = tuple(c for c in protocol.data_columns(table) if c in columns)
    return {"t": table, "id": row_id, "base": base, "fields": protocol.encode_row(table, row, wanted)}


def give_back_rows(conn: Connection, batch: Outgoing) -> None:
    """The records a batch sent as rows are to be sent again (a server that did not take them)."""
    for block in json.loads(batch.body).get("rows", []):
        noted = [(block["t"], row[0], NEW_ROW) for row in block["values"]]
        conn.exec_driver_sql("INSERT OR IGNORE INTO sync_dirty (tbl, row_id, col, base_seq) VALUES (?, ?, ?, 0)", noted)


def done(conn: Connection, batch_id: str) -> None:
    conn.execute(delete(sync_outgoing).where(sync_outgoing.c.batch_id == batch_id))
