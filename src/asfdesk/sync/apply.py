"""Writing what the server sent into the laptop's database: pulled pages and push answers.

Each page (or answer) is one transaction with capture switched off, together with the cursor it
advances: a kill at any moment leaves either the whole page and its cursor or neither. Columns
changed here and not yet accepted by the server are left as they are (they win locally until
the server has decided); a record the user may no longer see is removed from this laptop, with
what hangs on it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from asfdesk.storage import search_schema
from asfdesk.sync import capture, protocol
from asfdesk.sync.id_lists import among
from asfdesk.sync.local_state import NEW_ROW, sync_apply, sync_conflict, sync_dirty, sync_row_state, sync_state

BULK_INDEX = 100  # new records of one table in a page from which they are indexed together


class Applying:
    """Capture off for the rest of this transaction (switched on again before it commits)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def __enter__(self) -> Connection:
        self._conn.execute(update(sync_apply).where(sync_apply.c.id == 1).values(applying=1))
        return self._conn

    def __exit__(self, *exc: object) -> None:
        self._conn.execute(update(sync_apply).where(sync_apply.c.id == 1).values(applying=0))


def get_state(conn: Connection, key: str, default: Any = None) -> Any:
    found = conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar()
    return default if found is None else json.loads(found)


def set_state(conn: Connection, key: str, value: Any) -> None:
    statement = sqlite_insert(sync_state).values(key=key, value=json.dumps(value))
    conn.execute(
        statement.on_conflict_do_update(index_elements=[sync_state.c.key], set_={"value": statement.excluded.value})
    )


SEEN = (
    "INSERT INTO sync_row_state (tbl, row_id, seq) VALUES (?, ?, ?) ON CONFLICT (tbl, row_id) "
    "DO UPDATE SET seq = excluded.seq WHERE sync_row_state.seq < excluded.seq"
)


# a run of records made by one push: the i-th id of the JSON list has sequence first + i
SEEN_RUN = (
    "INSERT INTO sync_row_state (tbl, row_id, seq) SELECT ?, value, ? + key FROM json_each(?) WHERE true "
    "ON CONFLICT (tbl, row_id) DO UPDATE SET seq = excluded.seq WHERE sync_row_state.seq < excluded.seq"
)


def _seen_many(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """The server's latest sequence of each record, kept where it is newer than the one held."""
    if entries:
        conn.exec_driver_sql(SEEN, [(e["tbl"], e["row_id"], int(e["seq"])) for e in entries])


@dataclass(frozen=True)
class PageApplied:
    written: int  # records written or removed
    removed: int  # of which removed from this laptop (deleted for good, or out of the user's scope)


def apply_page(conn: Connection, page: dict[str, Any]) -> PageApplied:
    """Write one pulled page and its cursor."""
    written = removed = 0
    with Applying(conn):
        # the page comes parents first; each run of one table's records is written together
        runs = groupby(page["changes"], key=lambda c: (c["t"], c["row"] is None))
        for (table, removal), run in runs:
            if not protocol.is_synced(table):
                continue  # a table of a newer schema: ignored until this laptop is updated
            changes = list(run)
            if removal:
                for change in changes:
                    gone = _remove(conn, protocol.table(table), change["id"])
                    written, removed = written + gone, removed + gone
                    conn.execute(
                        delete(sync_row_state).where(
                            sync_row_state.c.tbl == table, sync_row_state.c.row_id == change["id"]
                        )
                    )
                continue
            changes = _not_yet_held(conn, table, changes)
            written += _write_run(conn, table, changes)
            _seen_many(conn, [{"tbl": table, "row_id": c["id"], "seq": int(c["seq"])} for c in changes])
        for conflict in page.get("conflicts", []):
            store_conflict(conn, conflict)
        set_state(conn, "cursor", int(page["next"]))
    return PageApplied(written, removed)


def _write_run(conn: Connection, table: str, changes: list[dict[str, Any]]) -> int:
    """Write pulled records of one table: those new here inserted together, the others compared
    with what is here (read together) and updated where they differ."""
    model = protocol.table(table)
    ids = [c["id"] for c in changes]
    here: dict[str, Any] = {}
    dirty: dict[str, set[str]] = {}
    here.update((str(r.id), r._mapping) for r in conn.execute(select(model).where(among(model.c.id, ids))))
    noted = select(sync_dirty.c.row_id, sync_dirty.c.col).where(
        sync_dirty.c.tbl == table, among(sync_dirty.c.row_id, ids)
    )
    for row_id, column in conn.execute(noted):
        dirty.setdefault(str(row_id), set()).add(column)
    fresh: dict[str, dict[str, Any]] = {}
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}  # by the columns that differ
    for change in changes:
        if change["id"] in here:
            values = _pulled_values(model, change["row"])
            differing = _differing(here[change["id"]], values, dirty.get(change["id"], set()))
            if differing is not None:
                bound = {f"new_{column}": value for column, value in differing.items()}
                updates.setdefault(tuple(sorted(differing)), []).append({**bound, "where_id": change["id"]})
        else:
            fresh[change["id"]] = change
    written = 0
    for columns, rows in updates.items():
        conn.execute(_update_statement(table, columns), rows)
        written += len(rows)
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in fresh.values():  # one statement per set of columns (a role may receive fewer fields)
        by_columns.setdefault(tuple(change["row"]), []).append(change)
    # many new records enter the search index together, after they are in (as an import's do),
    # and pass no capture trigger (capture is off while a page is written)
    before: list[str] = []
    after: list[str] = []
    if len(fresh) >= BULK_INDEX:
        indexed = search_schema.deferred_insert_statements(table) or ([], [])
        captured = capture.insert_trigger_around(conn, table)
        before, after = indexed[0] + captured[0], captured[1] + indexed[1]
    for statement in before:
        conn.exec_driver_sql(statement)
    for same in by_columns.values():
        _insert_many(conn, model, same)
    for statement in after:
        conn.exec_driver_sql(statement)
    return written + len(fresh)


def _insert_many(conn: Connection, model: Table, changes: list[dict[str, Any]]) -> None:
    """New records whose pulled rows name the same columns, in one executemany of plain tuples: a
    first sync inserts a hundred thousand records this way. Each value is read as `decode` reads
    it and converted as an ORM insert converts it (the column types' own bind processors), and a
    column left out is given its default as an ORM insert would."""
    sent = tuple(changes[0]["row"])
    key = (conn.dialect.name, model.name, sent)  # the same for every connection of one kind
    if key not in _PLANS:
        _PLANS[key] = _insert_plan(model.name, sent, conn.dialect)
    plan = _PLANS[key]
    if plan is None:  # a default computed in Python: as the ORM does it
        rows = [{**_pulled_values(model, c["row"]), "id": c["id"], "version": 1} for c in changes]
        conn.execute(insert(model), rows)
        return
    statement, steps, updated = plan
    conn.exec_driver_sql(
        statement,
        [
            (*[convert(row.get(key, default)) for key, default, convert in steps], change["id"], 1, updated(row))
            for change in changes
            for row in (change["row"],)
        ],
    )


_Step = tuple[str, Any, "Callable[[Any], Any]"]
_Plan = tuple[str, list[_Step], "Callable[[dict[str, Any]], Any]"]
_PLANS: dict[tuple[str, str, tuple[str, ...]], _Plan | None] = {}


def _insert_plan(table: str, sent: tuple[str, ...], dialect: Any) -> _Plan | None:
    """The INSERT for pulled rows of `table` that name the columns `sent`, for each column where
    its value comes from and how it is converted, and (id, version and updated_at come last) how
    the time the server recorded the change is written."""
    model = protocol.table(table)
    known = _received_columns(table)
    names = [c for c in sent if c in known and c != "updated_at"]
    steps: list[_Step] = []
    for column in model.columns:
        if column.name in ("id", "version", "updated_at"):
            continue
        if column.name in names:
            default = None
        elif column.default is None:
            continue
        elif getattr(column.default, "is_scalar", False):
            default = protocol.encode(column.default.arg)  # type: ignore[attr-defined]
        else:
            return None
        steps.append((column.name, default, _converter(table, column.name, dialect)))
    listed = ", ".join(f'"{n}"' for n in [key for key, _d, _c in steps] + ["id", "version", "updated_at"])
    marks = ", ".join("?" for _ in range(len(steps) + 3))
    bind = _binder(table, "updated_at", dialect)

    def updated(row: dict[str, Any]) -> Any:
        moment = _server_time(row.get("updated_at"))
        return moment if bind is None else bind(moment)

    return f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', steps, updated


def _binder(table: str, column: str, dialect: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy binds a value of this column for `dialect` (None: as it is)."""
    bound: Callable[[Any], Any] | None = (
        protocol.table(table).c[column].type.dialect_impl(dialect).bind_processor(dialect)
    )
    return bound


def _converter(table: str, column: str, dialect: Any) -> Callable[[Any], Any]:
    """A pulled JSON value as the laptop's column stores it: read back by the column's type (a
    wrong kind of value raises ValueError), then bound as SQLAlchemy binds it."""
    read = protocol.decoder(table, column)
    bind = _binder(table, column, dialect)
    if bind is None:
        return lambda raw: None if raw is None else read(raw)
    return lambda raw: None if raw is None else bind(read(raw))


def _not_yet_held(conn: Connection, table: str, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changes newer than what this laptop holds. A record held at the sequence of its latest
    change (written from an earlier page, or sent ahead as the parent of an earlier page's records)
    is left alone without reading or comparing it: a first sync receives busy parents many times."""
    held: dict[str, int] = {}
    ids = [c["id"] for c in changes]
    known = select(sync_row_state.c.row_id, sync_row_state.c.seq).where(
        sync_row_state.c.tbl == table, among(sync_row_state.c.row_id, ids)
    )
    held.update((str(row_id), int(seq)) for row_id, seq in conn.execute(known))
    if not held:
        return changes
    return [c for c in changes if int(c["seq"]) > held.get(c["id"], 0)]


def _pulled_values(model: Table, row: dict[str, Any]) -> dict[str, Any]:
    known = _received_columns(model.name)
    values = {c: protocol.decode(model.name, c, v) for c, v in row.items() if c in known}
    values["updated_at"] = _server_time(row.get("updated_at"))
    return values


@functools.cache
def _received_columns(table: str) -> frozenset[str]:
    """The columns a pulled record may set here: the table's own, less those kept per laptop."""
    return frozenset(protocol.table(table).columns.keys()) - frozenset(protocol.LOCAL_COLUMNS)


def _differing(current: Any, values: dict[str, Any], dirty: set[str]) -> dict[str, Any] | None:
    """The pulled values that differ from the record held here, with the time the server recorded
    them; None when nothing differs (its own change come back) or the record was made here and is
    not yet accepted (the server's copy comes again after the push). Columns changed here and not
    yet accepted are left as they are."""
    if NEW_ROW in dirty:
        return None
    changed_at = values.pop("updated_at")
    differing = {c: v for c, v in values.items() if c not in dirty and not _equal(current[c], v)}
    if not differing:
        return None
    differing["updated_at"] = changed_at
    return differing


@functools.cache
def _update_statement(table: str, columns: tuple[str, ...]) -> Any:
    """One UPDATE of these columns (and the version), run for many records at once."""
    model = protocol.table(table)
    values: dict[str, Any] = {column: bindparam(f"new_{column}") for column in columns}
    return update(model).where(model.c.id == bindparam("where_id")).values(**values, version=model.c.version + 1)


def _equal(here: Any, there: Any) -> bool:
    """The same value, whichever side wrote it (SQLite keeps times without a zone, PostgreSQL with UTC)."""
    if isinstance(here, datetime) and isinstance(there, datetime):
        return _utc(here) == _utc(there)
    return bool(protocol.encode(here) == protocol.encode(there))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _server_time(value: Any) -> datetime:
    """When the server recorded the change (so every laptop shows the same 'last changed'), else now."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return datetime.now(UTC)


def _remove(conn: Connection, model: Table, row_id: str) -> int:
    """Remove a record from this laptop, and what cannot stand without it (references that may be
    empty are emptied)."""
    if conn.execute(select(model.c.id).where(model.c.id == row_id)).first() is None:
        return 0
    removed = 0
    for child in protocol.synced_tables():
        for column, parent in protocol.references(child.name).items():
            if parent != model.name:
                continue
            if child.columns[column].nullable:
                conn.execute(update(child).where(child.c[column] == row_id).values({column: None}))
            else:
                for child_id in list(conn.execute(select(child.c.id).where(child.c[column] == row_id)).scalars()):
                    removed += _remove(conn, child, child_id)
    conn.execute(delete(sync_dirty).where(sync_dirty.c.tbl == model.name, sync_dirty.c.row_id == row_id))
    conn.execute(delete(model).where(model.c.id == row_id))
    return removed + 1


def store_conflict(conn: Connection, conflict: dict[str, Any]) -> None:
    statement = sqlite_insert(sync_conflict).values(
        id=conflict["id"], body=json.dumps(conflict), resolved=1 if conflict.get("resolved_at") else 0
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[sync_conflict.c.id],
            set_={"body": statement.excluded.body, "resolved": statement.excluded.resolved},
        )
    )


def apply_answer(conn: Connection, answer: dict[str, Any]) -> None:
    """The server's answer to a batch: sequences seen, duplicates re-pointed, conflicts and refusals kept."""
    with Applying(conn):
        _seen_many(
            conn,
            [
                {"tbl": table, "row_id": row_id, "seq": int(seq)}
                for table, row_id, seq, caught_up in answer.get("accepted", [])
                if caught_up and seq
            ],
        )
        for table, first, ids in answer.get("made", []):  # new records sent as rows, numbered in order
            conn.exec_driver_sql(SEEN_RUN, (str(table), int(first), json.dumps(ids)))
        order = [t.name for t in protocol.synced_tables()]
        for table in sorted(answer.get("remap", {}), key=order.index, reverse=True):  # children first
            for loser, winner in answer["remap"][table].items():
                relink(conn, protocol.table(table), loser, winner)
        for conflict in answer.get("conflicts", []):
            store_conflict(conn, conflict)
        for refusal in answer.get("refused", []):
            store_conflict(
                conn,
                {
                    "id": f"refused:{refusal['t']}:{refusal['id']}",
                    "kind": "refused",
                    "tbl": refusal["t"],
                    "row_id": refusal["id"],
                    "reason": refusal["reason"],
                },
            )


def relink(conn: Connection, model: Table, loser: str, winner: str) -> None:
    """The server merged `loser` into `winner` (same natural key): this laptop's copy and everything
    that refers to it move to the winner's id."""
    found = conn.execute(select(model).where(model.c.id == loser)).first()
    if found is None:
        return
    if conn.execute(select(model.c.id).where(model.c.id == winner)).first() is None:
        values = {**found._mapping, "id": winner}
        _park_unique(conn, model, loser)  # the copy takes the loser's code
        conn.execute(insert(model).values(**values))
    for child in protocol.synced_tables():
        for column, parent in protocol.references(child.name).items():
            if parent != model.name:
                continue
            for child_id in list(conn.execute(select(child.c.id).where(child.c[column] == loser)).scalars()):
                try:
                    with conn.begin_nested():
                        conn.execute(update(child).where(child.c.id == child_id).values({column: winner}))
                except IntegrityError:  # the winner has its own twin of this child (same module, same pair)
                    _remove(conn, child, child_id)
    conn.execute(
        update(sync_dirty)
        .where(sync_dirty.c.tbl == model.name, sync_dirty.c.row_id == loser, sync_dirty.c.col != NEW_ROW)
        .values(row_id=winner)
        .prefix_with("OR IGNORE")
    )
    conn.execute(delete(sync_dirty).where(sync_dirty.c.tbl == model.name, sync_dirty.c.row_id == loser))
    conn.execute(delete(model).where(model.c.id == loser))


def _park_unique(conn: Connection, model: Table, row_id: str) -> None:
    """Free the loser's unique values (a participant's code) so the winner's copy can take them."""
    for column in model.columns:
        if column.unique:
            conn.execute(update(model).where(model.c.id == row_id).values({column.name: f"~{row_id}"}))
