"""What a laptop and the team server agree on: versions, which tables travel, how values are written.

Shared by both sides (the server imports this module and nothing else of sync/). Values travel
as JSON: dates and times as ISO text, lists as lists; each side turns them back into Python
values by the column's type, so the same SQLAlchemy table writes them on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table

from asfdesk.storage import models  # noqa: F401  (registers every table)
from asfdesk.storage.base import Base

PROTOCOL = 1  # raised when the messages change; the server says which it still accepts
OLDEST_PROTOCOL = 1
# What a server `takes` (its `me` says), beyond protocol 1: new records as rows in a push; a push
# sent before the answer to the one before it, naming that one (`after`), applied after it.
ROWS = "rows"
AFTER = "after"
PROTOCOL_HEADER = "X-Asfdesk-Protocol"
SCHEMA_HEADER = "X-Asfdesk-Schema"

# Local to each computer: the Papperskorg's labels and the window's settings.
LOCAL_TABLES = frozenset({"trash_entry", "setting", "audit_log", "form_draft", "alembic_version"})
# Kept by each side for itself: the row version guards local writes, updated_at is local time.
LOCAL_COLUMNS = frozenset({"version", "updated_at"})
WHOLE_ROW = "*"  # in a change: the record is new, every column is sent

# A record new to the server whose natural key matches one it has is merged into that one.
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "enterprise": (("orgnr",),),
    "participant": (("code",), ("personnummer",)),
    "organisation": (("name",),),
    "module": (("code",),),
    "module_progress": (("enterprise_id", "module_id"),),
    "support_contact_module": (("contact_id", "module_id"),),
    "meeting_placement": (("meeting_id", "placement_id"),),
    "staff": (("organisation_id", "name"),),
    "revenue_figure": (("enterprise_id", "year"),),
}
FOLDED_KEYS = frozenset({("organisation", "name"), ("staff", "name")})  # compared without case


@cache
def synced_tables() -> tuple[Table, ...]:
    """The tables that travel, parents before children (so a page or a batch can be applied in order).

    Among the tables whose parents have come, those of EARLY come first: a record of them decides
    who sees what hangs below its parent, so the server offers all of that again when one arrives.
    A first join sends them before the many records that would hang there (an enterprise's
    support relationship before its thousands of contacts), and the server has little to offer again.
    """
    tables = [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES and "deleted_at" in t.columns]
    names = {t.name for t in tables}
    parents = {t.name: {fk.column.table.name for fk in t.foreign_keys} & names - {t.name} for t in tables}
    first = set(EARLY)  # and every table they refer to, however far up
    while grown := set().union(*(parents[n] for n in first)) - first:
        first |= grown
    ordered: list[Table] = []
    while tables:
        ready = [t for t in tables if not parents[t.name] - {o.name for o in ordered}]
        chosen = next((t for t in ready if t.name in first), ready[0])
        ordered.append(chosen)
        tables.remove(chosen)
    return tuple(ordered)


EARLY = frozenset({"support_relationship"})


@cache
def table(name: str) -> Table:
    for candidate in synced_tables():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def is_synced(name: str) -> bool:
    return name in {t.name for t in synced_tables()}


@cache
def data_columns(name: str) -> tuple[str, ...]:
    """Every column that travels, id excluded."""
    return tuple(c.name for c in table(name).columns if c.name != "id" and c.name not in LOCAL_COLUMNS)


@cache
def references(name: str) -> dict[str, str]:
    """{column: referenced table} for the table's foreign keys to synchronised tables."""
    found: dict[str, str] = {}
    for fk in table(name).foreign_keys:
        if is_synced(fk.column.table.name):
            found[fk.parent.name] = fk.column.table.name
    return found


def dumps(value: Any) -> str:
    """JSON text of values as they travel (dates and times as `encode` writes them), in one pass:
    only the dates and times are handed back to Python, the rest is written by the encoder in C."""
    return json.dumps(value, default=_encode_unknown)


def _encode_unknown(value: Any) -> Any:
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} does not travel")


def encode(value: Any) -> Any:
    """A column value as JSON."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode(table_name: str, column: str, value: Any) -> Any:
    """A JSON value back into what the column holds; raises ValueError for a value of the wrong kind."""
    if value is None:
        return None
    return decoder(table_name, column)(value)


@cache
def decoder(table_name: str, column: str) -> Callable[[Any], Any]:
    """How one column's values are read back (found once per column: a first sync reads millions)."""
    kind = table(table_name).columns[column].type
    where = f"{table_name}.{column}"
    if isinstance(kind, DateTime):
        return lambda value: datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return lambda value: date.fromisoformat(str(value))
    if isinstance(kind, Boolean):

        def boolean(value: Any) -> Any:
            if not isinstance(value, bool):
                raise ValueError(f"{where}: not a boolean")
            return value

        return boolean
    if isinstance(kind, Integer):

        def integer(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{where}: not an integer")
            return value

        return integer
    if isinstance(kind, Float):

        def number(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{where}: not a number")
            return float(value)

        return number
    length = getattr(kind, "length", None)

    def textual(value: Any) -> Any:
        if isinstance(value, list | dict):
            return value
        if not isinstance(value, str):
            raise ValueError(f"{where}: not text")
        if length is not None and len(value) > length:
            raise ValueError(f"{where}: longer than {length}")
        return value

    return textual


def encode_row(table_name: str, row: Any, columns: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The travelling columns of a row (a mapping from a Core select) as JSON values."""
    return {c: encode(row[c]) for c in (columns or data_columns(table_name))}


def encode_pulled(table_name: str, row: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    """A row as a pull sends it: its travelling columns and when the server last changed it."""
    return {**encode_row(table_name, row, columns), "updated_at": encode(row["updated_at"])}


def natural_value(table_name: str, column: str, value: Any) -> Any:
    if (table_name, column) in FOLDED_KEYS and isinstance(value, str):
        return value.strip().casefold()
    return value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []
