"""`column IN (…ids)` on the laptop with the ids as one JSON text.

A page or a batch asks about thousands of records at a time; as one parameter the statement is
the same every time (no placeholder per id for SQLAlchemy to render and SQLite to parse), and
SQLite still looks each id up in the column's index.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, func, select


def among(column: ColumnElement[Any], ids: list[str]) -> ColumnElement[bool]:
    return column.in_(select(func.json_each(json.dumps(ids)).table_valued("value").c.value))
