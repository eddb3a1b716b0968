"""New records as they travel in rows, written as JSON by SQLite itself (a first join sends them all).

Read through Python, every value of every record is fetched, turned into a Python value and
encoded again: for a first join's 140,000 records that was most of the laptop's work. Here SQLite
writes each record as one JSON array, `[id, value, …]` in the order of `protocol.data_columns`,
and the laptop only joins the texts. Values are as `protocol.encode` writes them, except that times
keep SQLite's form (`2026-12-05 10:00:00.000000`, ISO 8601 as the server reads it); booleans are
JSON booleans and JSON columns stay JSON.
"""

from __future__ import annotations

import json
from functools import cache

from sqlalchemy import JSON, Boolean, Connection

from asfdesk.sync import protocol
from asfdesk.sync.local_state import NEW_ROW, REMOVED_ROW


@cache
def _record_json(table: str) -> str:
    """The SQL expression of one record as a JSON array (its id first)."""
    model = protocol.table(table)
    parts = ['t."id"']
    for name in protocol.data_columns(table):
        column, kind = f't."{name}"', model.columns[name].type
        if isinstance(kind, Boolean):
            parts.append(f"CASE WHEN {column} IS NULL THEN NULL WHEN {column} THEN json('true') ELSE json('false') END")
        elif isinstance(kind, JSON):
            parts.append(f"json({column})")
        else:
            parts.append(column)
    return f"json_array({', '.join(parts)})"


def new_ids(conn: Connection, table: str, most: int) -> list[str]:
    """Up to `most` records of `table` noted as new here (and not removed since)."""
    found = conn.exec_driver_sql(
        "SELECT d.row_id FROM sync_dirty AS d WHERE d.tbl = ? AND d.col = ? AND NOT EXISTS "
        "(SELECT 1 FROM sync_dirty AS r WHERE r.tbl = d.tbl AND r.row_id = d.row_id AND r.col = ?) "
        "ORDER BY d.row_id LIMIT ?",
        (table, NEW_ROW, REMOVED_ROW, most),
    )
    return [str(row_id) for (row_id,) in found]


def rows_json(conn: Connection, table: str, ids: list[str]) -> list[str]:
    """Each of these records that still exists, as its JSON array."""
    found = conn.exec_driver_sql(
        f'SELECT {_record_json(table)} FROM "{table}" AS t WHERE t.id IN (SELECT value FROM json_each(?))',
        (json.dumps(ids),),
    )
    return [str(text) for (text,) in found]


def block_json(table: str, rows: list[str]) -> str:
    """One table's new records as the push sends them: {"t", "columns", "values"}."""
    columns = json.dumps(list(protocol.data_columns(table)))
    return f'{{"t": {json.dumps(table)}, "columns": {columns}, "values": [{", ".join(rows)}]}}'
