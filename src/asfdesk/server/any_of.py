"""`column = ANY(…)`: one parameter however many values, where `IN (…)` would send one each.

A pull or a push asks for thousands of ids at a time; with `IN` every such query is a new text
for the driver to parse, with one placeholder per id. A few values go as one array parameter; many
go as one JSON text (written by the json module in C, where the driver would write the array
value by value in Python: a second of a first join) that PostgreSQL turns into an array once.
Either way the statement is the same every time and the index is used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, cast, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import QueryableAttribute

MANY = 500  # values from which they travel as JSON


def any_of(column: ColumnElement[Any] | QueryableAttribute[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`column` is one of `values` (text ids)."""
    values = list(values)
    if len(values) < MANY:
        return column == any_(literal(values, ARRAY(String)))
    listed = bindparam(None, json.dumps(values), type_=String, unique=True)
    return column == any_(func.array(select(func.jsonb_array_elements_text(cast(listed, JSONB))).scalar_subquery()))
