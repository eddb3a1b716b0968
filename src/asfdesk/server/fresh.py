"""New records, many at a time: what a laptop made since it last synced, inserted together.

A first join sends everything the laptop holds, thousands of records that are all new to the
server. One at a time each costs a savepoint and half a dozen round trips; here the records of one
table in a batch that are certainly new (no alias or natural key the team already has, no twin in
the same batch) go in with a few statements: their register entries, then the rows. If the
database refuses any of them (an id the register already holds, a rule, a policy's WITH CHECK),
the whole set is rolled back to its savepoint and takes the one-by-one path, which reports each
refusal on its own.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, Table, insert, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from asfdesk.server import scope
from asfdesk.server.accounts import now
from asfdesk.server.batch import Batch, Change, Refused, decoded, resolve_many, resolve_parents, transient
from asfdesk.sync import protocol

CHUNK = 5000  # ids per query


def insert_new(batch: Batch, table: str, changes: list[Change]) -> list[Change]:
    """Insert the certainly new records among `changes` (all of `table`); the others are returned."""
    candidates = [c for c in changes if c.new and not c.removed]
    if len(candidates) < 2:
        return changes
    ids = [c.id for c in candidates]
    # an id the server already holds makes the insert fail on the register's key: all go one by one
    taken = {old for old, new in resolve_many(batch, table, ids).items() if old != new}
    parents = resolve_parents(batch, table, candidates)
    fresh: list[tuple[Change, dict[str, Any]]] = []
    for change in candidates:
        if change.id in taken:
            continue
        try:
            fresh.append((change, decoded(batch, change, parents)))
        except Refused:
            continue  # the one-by-one path says why
    fresh = _without_known_keys(batch, table, fresh)
    if len(fresh) < 2:
        return changes
    try:
        with batch.conn.begin_nested():
            insert_rows(batch, table, [(c.id, values) for c, values in fresh])
    except DBAPIError as exc:
        if transient(exc):
            raise
        return changes
    done = {id(c) for c, _values in fresh}
    return [c for c in changes if id(c) not in done]


def insert_rows(batch: Batch, table: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """Insert new records of one table: the register first (the policies let an organisation see
    what it created), then the rows; the records whose visibility they decide are offered again."""
    stamp = now()
    device, origin = batch.who.device_id, batch.who.organisation_id
    seqs, made = [], []
    for row_id, values in rows:
        seqs.append(batch.sequencer.take())
        made.append({"created_at": stamp, **values, "id": row_id, "updated_at": stamp, "version": 1})
    ids = [row_id for row_id, _values in rows]
    batch.conn.execute(REGISTER, {"t": table, "ids": ids, "seqs": seqs, "device": device, "origin": origin})
    model = protocol.table(table)
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in made:  # one statement per set of columns sent
        by_columns.setdefault(tuple(sorted(row)), []).append(row)
    for same in by_columns.values():
        _insert_together(batch.conn, model, same)
    deciding = [row for row in made if scope.decides(table, set(row))]
    if deciding:
        scope.touch_from(batch.conn, table, deciding, batch.sequencer, new=True)
    batch.accepted.extend([table, row_id, seq, True] for row_id, seq in zip(ids, seqs, strict=True))


# every field's stamp is the record's made stamp (one pair per record, not a map of every field)
REGISTER = text(
    "INSERT INTO sync_row (tbl, row_id, seq, fields, origin_org, whole_device, whole_seq, made_seq, made_device) "
    "SELECT :t, x.row_id, x.seq, '{}'::jsonb, CAST(:origin AS text), CAST(:device AS text), x.seq, x.seq, "
    "CAST(:device AS text) FROM unnest(CAST(:ids AS text[]), CAST(:seqs AS bigint[])) AS x(row_id, seq)"
)


def fixed_defaults(model: Table, present: Collection[str]) -> dict[str, Any] | None:
    """The values an ORM insert gives the columns not in `present` (as sent); None when one of
    them is computed in Python, and the rows cannot go in with one statement for them all."""
    defaults: dict[str, Any] = {}
    for column in model.columns:
        if column.name in present or column.default is None:
            continue
        if not isinstance(column.default, ScalarElementColumnDefault):
            return None
        defaults[column.name] = protocol.encode(column.default.arg)
    return defaults


def _insert_together(conn: Connection, model: Table, rows: list[dict[str, Any]]) -> None:
    """Rows with the same columns in one statement (PostgreSQL reads them from one JSON array;
    row-level security checks each). A column left out takes its default as in an ORM insert;
    where that default is computed in Python, the rows go in one statement each instead."""
    present = set(rows[0])
    defaults = fixed_defaults(model, present)
    if defaults is None:
        conn.execute(insert(model), rows)
        return
    names = sorted(present | set(defaults))
    listed = ", ".join(f'"{n}"' for n in names)
    statement = text(
        f'INSERT INTO "{model.name}" ({listed}) SELECT {listed} '
        f'FROM jsonb_populate_recordset(NULL::"{model.name}", CAST(:rows AS jsonb))'
    )
    conn.execute(statement, {"rows": protocol.dumps([{**defaults, **row} for row in rows])})


def _key(table: str, key: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...] | None:
    wanted = [values.get(c) for c in key]
    if any(protocol.is_empty(v) for v in wanted):
        return None
    folded = any((table, c) in protocol.FOLDED_KEYS for c in key)
    return tuple(str(protocol.encode(v)).lower() if folded else str(protocol.encode(v)) for v in wanted)


def natural_matches(conn: Connection, table: str, values: list[dict[str, Any]], lock: bool = False) -> list[str | None]:
    """For each record's values, the live record the team holds with the same natural key (or None).

    `lock`: the keys are locked until the transaction ends, so a record with one of them that
    another push is making is seen here (that push commits first), and one this transaction makes
    is seen there: two laptops sending the same enterprise at once end with one."""
    matches: list[str | None] = [None] * len(values)
    if lock:
        _lock_keys(conn, table, values)
    for key in protocol.NATURAL_KEYS.get(table, ()):
        asked = [(n, k) for n, v in enumerate(values) if matches[n] is None and (k := _key(table, key, v)) is not None]
        folded = any((table, c) in protocol.FOLDED_KEYS for c in key)
        for start in range(0, len(asked), CHUNK):
            chunk = asked[start : start + CHUNK]
            found = conn.execute(
                text("SELECT n, id FROM asfdesk_find_natural_many(:t, :cols, CAST(:vals AS jsonb), :folded)"),
                {"t": table, "cols": list(key), "vals": json.dumps([list(k) for _n, k in chunk]), "folded": folded},
            ).all()
            for position, record_id in found:
                matches[chunk[position - 1][0]] = str(record_id)
    return matches


def _lock_keys(conn: Connection, table: str, values: list[dict[str, Any]]) -> None:
    keys = {
        f"{table}|{'|'.join(key)}|{chr(31).join(k)}"
        for key in protocol.NATURAL_KEYS.get(table, ())
        for v in values
        if (k := _key(table, key, v)) is not None
    }
    if keys:  # taken in one order by every transaction
        conn.execute(LOCK_KEYS, {"keys": sorted(keys)})


LOCK_KEYS = text(
    "SELECT count(pg_advisory_xact_lock(h)) FROM "
    "(SELECT DISTINCT hashtextextended(k, 1) AS h FROM unnest(CAST(:keys AS text[])) AS k ORDER BY 1) AS o"
)


def _without_known_keys(
    batch: Batch, table: str, fresh: list[tuple[Change, dict[str, Any]]]
) -> list[tuple[Change, dict[str, Any]]]:
    """Leave out records whose natural key the team holds or an earlier record of the batch has:
    those are merged one by one."""
    if table not in protocol.NATURAL_KEYS:
        return fresh
    known = known_or_twin(batch.conn, table, [values for _c, values in fresh])
    return [item for item, is_known in zip(fresh, known, strict=True) if not is_known]


def known_or_twin(conn: Connection, table: str, values: list[dict[str, Any]]) -> list[bool]:
    """For each record's values: does the team hold its natural key, or an earlier one of these?"""
    matches = natural_matches(conn, table, values, lock=True)
    found: list[bool] = []
    keys: set[tuple[tuple[str, ...], tuple[Any, ...]]] = set()
    for row, match in zip(values, matches, strict=True):
        mine = {(key, k) for key in protocol.NATURAL_KEYS[table] if (k := _key(table, key, row)) is not None}
        found.append(match is not None or bool(mine & keys))
        keys |= mine
    return found
