"""Edits of records the server holds, many at a time: a laptop's ordinary sync after a day's work.

One by one, an edit costs a savepoint and half a dozen round trips (the alias, the register entry
locked, the row, the update, the register again) while the batch holds the counter lock that every
other push waits for. Here the plain edits of one table in a batch — records the server holds and
the user may see, changed fields that conflict with nobody's and decide nobody's view — are read
together and written with a few statements. Everything else (a conflict, a removal, a change of
who may see what, a record edited twice in the batch, anything the database refuses) takes the
one-by-one path, which reports each on its own; a refusal rolls back the whole set to its
savepoint first.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.exc import DBAPIError

from asfdesk.server import scope
from asfdesk.server.accounts import now
from asfdesk.server.any_of import any_of
from asfdesk.server.batch import Batch, Change, Refused, decoded, resolve_many, resolve_parents, transient
from asfdesk.server.edits import decide
from asfdesk.server.register import row_metas
from asfdesk.sync import protocol


def update_known(batch: Batch, table: str, changes: list[Change]) -> list[Change]:
    """Apply the plain edits among `changes` (all of `table`); the others are returned."""
    model = protocol.table(table)
    edits = [c for c in changes if not c.new and not c.removed]
    if len(edits) < 2:
        return changes
    resolved = resolve_many(batch, table, [c.id for c in edits])
    targets = [resolved[c.id] for c in edits]
    twice = {t for t, n in Counter(targets).items() if n > 1}
    metas = row_metas(batch.conn, table, targets, lock=True)
    currents = {
        str(r.id): dict(r._mapping) for r in batch.conn.execute(select(model).where(any_of(model.c.id, targets)))
    }
    parents = resolve_parents(batch, table, edits)
    plain: list[tuple[Change, str, dict[str, Any], dict[str, Any], bool]] = []  # change, id, changed, meta, caught up
    for change, row_id in zip(edits, targets, strict=True):
        meta, current = metas.get(row_id), currents.get(row_id)
        if meta is None or current is None or row_id in twice:
            continue
        try:
            values = decoded(batch, change, parents)
        except Refused:
            continue
        decided = decide(batch, table, values, change.base, meta, current)
        if decided.conflicts or scope.decides(table, set(decided.changed)):
            continue
        plain.append((change, row_id, decided.changed, meta, not decided.others))
    if len(plain) < 2:
        return changes
    try:
        with batch.conn.begin_nested():
            accepted = _write(batch, model, [(row_id, changed, meta) for _c, row_id, changed, meta, _up in plain])
    except (DBAPIError, Refused) as exc:
        if transient(exc):
            raise
        return changes
    batch.accepted.extend(
        [table, row_id, accepted[row_id], caught_up] for _c, row_id, _changed, _meta, caught_up in plain
    )
    done = {id(c) for c, *_rest in plain}
    return [c for c in changes if id(c) not in done]


def _write(batch: Batch, model: Table, rows: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> dict[str, int]:
    """Update the rows (one statement per set of changed columns) and their register entries; the
    sequence each record now has (its old one where nothing changed)."""
    stamp = now()
    seqs: dict[str, int] = {}
    by_columns: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = {}
    for row_id, changed, meta in rows:
        if not changed:
            seqs[row_id] = int(meta["seq"])
            continue
        seqs[row_id] = batch.sequencer.take()
        by_columns.setdefault(tuple(sorted(changed)), []).append((row_id, changed))
    for columns, same in by_columns.items():
        assigned = ", ".join(f'"{c}" = x."{c}"' for c in columns)
        statement = text(
            f'UPDATE "{model.name}" AS t SET {assigned}, updated_at = :at '
            f'FROM jsonb_populate_recordset(NULL::"{model.name}", CAST(:rows AS jsonb)) AS x WHERE t.id = x.id'
        )
        encoded = protocol.dumps([{"id": row_id, **changed} for row_id, changed in same])
        if batch.conn.execute(statement, {"rows": encoded, "at": stamp}).rowcount != len(same):
            raise Refused("utanför din behörighet")  # a row the policies would not let change
    written = [(row_id, changed) for same in by_columns.values() for row_id, changed in same]
    if written:
        batch.conn.execute(
            STAMP,
            {
                "t": model.name,
                "ids": [row_id for row_id, _changed in written],
                "seqs": [seqs[row_id] for row_id, _changed in written],
                "cols": [json.dumps(sorted(changed)) for _row_id, changed in written],
                "device": batch.who.device_id,
            },
        )
    return seqs


# Each record's changed fields stamped with its new sequence and the device; the device still
# holds the record whole if it did just before (as register.record_change keeps it).
STAMP = text(
    "UPDATE sync_row AS r SET seq = x.seq, "
    "fields = r.fields || (SELECT jsonb_object_agg(c, jsonb_build_array(x.seq, CAST(:device AS text))) "
    "  FROM jsonb_array_elements_text(CAST(x.cols AS jsonb)) AS c), "
    "whole_device = CASE WHEN r.whole_device = CAST(:device AS text) AND r.whole_seq = r.seq "
    "  THEN r.whole_device END, "
    "whole_seq = CASE WHEN r.whole_device = CAST(:device AS text) AND r.whole_seq = r.seq THEN x.seq END "
    "FROM unnest(CAST(:ids AS text[]), CAST(:seqs AS bigint[]), CAST(:cols AS text[])) AS x(row_id, seq, cols) "
    "WHERE r.tbl = :t AND r.row_id = x.row_id"
)
