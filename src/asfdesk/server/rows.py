"""New records sent as rows (a first join's thousands): checked column by column, copied in.

A laptop that joins sends every record it holds. As changes, each record is a JSON object that
is read, checked and turned into Python values field by field, then encoded again for PostgreSQL
(fresh.insert_new). As rows (`{"t", "columns", "values": [[id, value, …], …]}`, see
sync/whole_rows) the values are checked a column at a time, without being converted, and copied
into a temporary table with COPY; one INSERT … SELECT moves them into the table (the policies'
WITH CHECK, the foreign keys and the unique keys apply as to any insert) and one more writes
their register entries, numbered in a run.

Only the rows that are certainly new and well-formed go this way. A row with a value of the wrong
kind, an id the team already knows, or a natural key the team holds (or another row of the batch
has) becomes an ordinary change and takes the one-by-one path, which says why it is refused or
merges it; if the database refuses the set (a rule, a policy), all of it does.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import psycopg
from sqlalchemy import JSON, BigInteger, Boolean, Connection, Date, DateTime, Float, Integer, text
from sqlalchemy.exc import DBAPIError

from asfdesk.server import fresh, scope
from asfdesk.server.accounts import now
from asfdesk.server.batch import CHECKED, Batch, Change, transient
from asfdesk.sync import protocol

FEW = 2  # fewer rows than this go as changes (nothing to gain)
DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)  # a date as PostgreSQL reads it alike (not 2026-W49-6)
# numbered in the order of their ids (as the answer lists them; "C": by code point, as Python sorts)
REGISTER = (
    "INSERT INTO sync_row (tbl, row_id, seq, fields, origin_org, whole_device, whole_seq, made_seq, made_device) "
    "SELECT :t, x.id, x.seq, '{}'::jsonb, CAST(:origin AS text), CAST(:device AS text), x.seq, x.seq, "
    'CAST(:device AS text) FROM (SELECT id, CAST(:first AS bigint) - 1 + row_number() OVER (ORDER BY id COLLATE "C") '
    'AS seq FROM "{stage}") AS x'
)


@dataclass
class Staged:
    """One block of rows after `stage`: the well-formed rows waiting in a temporary table, the
    others to go as changes, the rows that could not be read at all."""

    table: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)  # in the stage table
    leftovers: list[Change] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    stage: str = ""  # the temporary table ("": nothing staged)


def stage(conn: Connection, blocks: Sequence[Any]) -> list[Staged]:
    """Check the blocks (`t`, `columns`, `values`) and copy their well-formed rows into temporary
    tables. Nothing here depends on what other pushes write, so it is done before the batch waits
    for its turn (merge.apply_batch): while the push before it is applied."""
    staged = []
    for n, block in enumerate(blocks):
        table, columns = str(block.t), list(block.columns)
        found = Staged(table, columns)
        staged.append(found)
        width = len(columns) + 1
        for row in block.values:
            if type(row) is list and len(row) == width and type(row[0]) is str and 0 < len(row[0]) <= 36:
                found.rows.append(row)
            else:
                refused_id = str(row[0])[:36] if type(row) is list and row and type(row[0]) is str else "?"
                found.refused.append({"t": table[:40], "id": refused_id, "reason": "ogiltig post"})
        if len(set(columns)) != len(columns):
            found.refused += [{"t": table[:40], "id": r[0], "reason": "ett fält finns två gånger"} for r in found.rows]
            found.rows = []
            continue
        if not _takes(table, columns) or len(found.rows) < FEW:
            found.leftovers, found.rows = [_change(table, columns, row) for row in found.rows], []
            continue
        bad = _ill_formed(table, columns, found.rows)
        found.leftovers = [_change(table, columns, row) for i, row in enumerate(found.rows) if i in bad]
        found.rows = [row for i, row in enumerate(found.rows) if i not in bad]
        try:
            with conn.begin_nested():
                found.stage = _copy_to_stage(conn, f"asfdesk_new_{n}", table, columns, found.rows)
        except (DBAPIError, psycopg.Error) as exc:  # a value PostgreSQL does not take: each row says why
            if transient(exc):
                raise
            found.leftovers += [_change(table, columns, row) for row in found.rows]
            found.rows = []
    return staged


def insert_staged(batch: Batch, staged: Staged) -> list[Change]:
    """In the batch's turn: insert the staged records that are certainly new; the others (and the
    rows not staged) are returned as changes."""
    batch.refused += staged.refused
    if not staged.stage:
        return staged.leftovers
    table, columns, rows, conn = staged.table, staged.columns, staged.rows, batch.conn
    out = {str(i) for (i,) in conn.execute(text(TAKEN.format(stage=staged.stage)), {"t": table})}
    _repoint(batch, staged)
    if table in protocol.NATURAL_KEYS:
        wanted = {c for key in protocol.NATURAL_KEYS[table] for c in key}
        picked = [(j, c) for j, c in enumerate(columns, 1) if c in wanted]
        keyed = [row for row in rows if row[0] not in out]
        known = fresh.known_or_twin(conn, table, [{c: row[j] for j, c in picked} for row in keyed])
        out |= {row[0] for row, is_known in zip(keyed, known, strict=True) if is_known}
    fit = [row for row in rows if row[0] not in out]
    if len(fit) < FEW:
        return staged.leftovers + [_change(table, columns, row) for row in rows]
    try:
        with conn.begin_nested():
            if out:
                conn.execute(text(f'DELETE FROM "{staged.stage}" WHERE id = ANY(:ids)'), {"ids": sorted(out)})
            _insert(batch, staged, fit)
    except DBAPIError as exc:
        if transient(exc):
            raise
        return staged.leftovers + [_change(table, columns, row) for row in rows]
    return staged.leftovers + [_change(table, columns, row) for row in rows if row[0] in out]


# the staged ids the team knows as another record's (merged into it): they go one by one
TAKEN = 'SELECT s.id FROM "{stage}" AS s JOIN sync_alias AS a ON a.tbl = :t AND a.old_id = s.id'


def _takes(table: str, columns: list[str]) -> bool:
    """Rows of this table with these columns can go in together: every column one the team has,
    and every column not sent one with a fixed default (or none)."""
    if not protocol.is_synced(table) or set(columns) - set(protocol.data_columns(table)):
        return False
    given = {*columns, "id", "created_at", *protocol.LOCAL_COLUMNS}  # the last three as _insert gives them
    return fresh.fixed_defaults(protocol.table(table), given) is not None


def _change(table: str, columns: list[str], row: list[Any]) -> Change:
    return Change(table, row[0], 0, new=True, fields=dict(zip(columns, row[1:], strict=True)))


def _ill_formed(table: str, columns: list[str], rows: list[list[Any]]) -> set[int]:
    """The rows with a value that is not of its column's kind (as protocol.decode would refuse it)."""
    bad: set[int] = set()
    for j, column in enumerate(columns, 1):
        good = _check(table, column)
        bad.update(n for n, row in enumerate(rows) if row[j] is not None and not good(row[j]))
    return bad


def _check(table: str, column: str) -> Callable[[Any], bool]:
    """Whether a value can go in as it is: of the column's kind (as protocol.decode reads it) and
    one PostgreSQL takes unchanged. Anything else goes one by one, which converts it or says why not."""
    kind = protocol.table(table).columns[column].type
    if (table, column) in CHECKED:
        check = CHECKED[(table, column)]

        def identity(value: Any) -> bool:
            if type(value) is not str:
                return False
            if not value:  # none given (as batch.decoded checks only a value given)
                return True
            normalised, message = check(value)
            return not message and normalised == value

        return identity
    if isinstance(kind, DateTime):
        return lambda value: type(value) is str and _local_time(value)
    if isinstance(kind, Date):
        return lambda value: (
            type(value) is str and DAY.fullmatch(value) is not None and _parses(date.fromisoformat, value)
        )
    if isinstance(kind, Boolean):
        return lambda value: type(value) is bool
    if isinstance(kind, BigInteger):
        return lambda value: type(value) is int and -(2**63) <= value < 2**63
    if isinstance(kind, Integer):
        return lambda value: type(value) is int and -(2**31) <= value < 2**31
    if isinstance(kind, Float):
        return lambda value: type(value) is int or (type(value) is float and math.isfinite(value))
    if isinstance(kind, JSON):
        return lambda value: type(value) in (str, list, dict) and "\\u0000" not in json.dumps(value)
    length = getattr(kind, "length", None)
    return lambda value: type(value) is str and (length is None or len(value) <= length) and "\x00" not in value


def _local_time(value: str) -> bool:
    """A date and time without an offset (as laptops write them; one with an offset is converted
    one by one, by the session's time zone, as before)."""
    try:
        return datetime.fromisoformat(value).tzinfo is None
    except ValueError:
        return False


def _parses(read: Callable[[str], Any], value: str) -> bool:
    try:
        read(value)
    except ValueError:
        return False
    return True


def _repoint(batch: Batch, staged: Staged) -> None:
    """References to records the team merged into others now name those others (in the stage,
    and in the rows as read)."""
    at = {row[0]: row for row in staged.rows}
    for j, column in enumerate(staged.columns, 1):
        parent = protocol.references(staged.table).get(column)
        if parent is None:
            continue
        moved = batch.conn.execute(
            text(
                f'UPDATE "{staged.stage}" AS s SET "{column}" = a.new_id FROM sync_alias AS a '
                f'WHERE a.tbl = :parent AND a.old_id = s."{column}" RETURNING s.id, s."{column}"'
            ),
            {"parent": parent},
        )
        for row_id, new in moved:
            at[str(row_id)][j] = str(new)


def _copy_to_stage(conn: Connection, stage: str, table: str, columns: list[str], rows: list[list[Any]]) -> str:
    """The rows copied into a new temporary table `stage` with the table's column types."""
    model = protocol.table(table)
    listed = ", ".join(f'"{n}"' for n in ["id", *columns])
    conn.exec_driver_sql(f'CREATE TEMP TABLE "{stage}" ON COMMIT DROP AS SELECT {listed} FROM "{table}" WITH NO DATA')
    as_json = [j for j, c in enumerate(columns, 1) if isinstance(model.columns[c].type, JSON)]
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f'COPY "{stage}" ({listed}) FROM STDIN') as copy:
        if as_json:
            for row in rows:
                copy.write_row([json.dumps(v) if j in as_json and v is not None else v for j, v in enumerate(row)])
        else:
            for row in rows:
                copy.write_row(row)
    return stage


def _insert(batch: Batch, staged: Staged, rows: list[list[Any]]) -> None:
    """The staged records into the table, their register entries numbered in a run."""
    table, columns, conn = staged.table, staged.columns, batch.conn
    model = protocol.table(table)
    names = ["id", *columns]
    listed = ", ".join(f'"{n}"' for n in names)
    stamp = now()
    extra: dict[str, Any] = {"updated_at": stamp, "version": 1}
    if "created_at" not in columns:
        extra["created_at"] = stamp
    defaults = fresh.fixed_defaults(model, {*names, *extra})
    assert defaults is not None  # _takes chose these rows
    extra.update(defaults)
    first = batch.sequencer.take_many(len(rows))
    who = batch.who
    # the register first (the policies let an organisation see what it created), then the rows
    conn.execute(
        text(REGISTER.replace("{stage}", staged.stage)),
        {"t": table, "first": first, "origin": who.organisation_id, "device": who.device_id},
    )
    targets = listed + "".join(f', "{n}"' for n in extra)
    sources = listed + "".join(f", :{n}" for n in extra)
    conn.execute(text(f'INSERT INTO "{table}" ({targets}) SELECT {sources} FROM "{staged.stage}"'), extra)
    if table in scope.DECIDING:  # the records above them whose visibility they decide: offered again
        up = {*scope.WALK_UP.get(table, ()), *scope.TOUCH_UP.get(table, ())}
        picked = [(j, c) for j, c in enumerate(columns, 1) if c in up]
        scope.touch_from(conn, table, [{c: row[j] for j, c in picked} for row in rows], batch.sequencer, new=True)
    batch.made.append((table, first, sorted(row[0] for row in rows)))
