"""`column = ANY(…)`: one parameter however many values, where `IN (…)` would send one each.

A pull or a push asks for thousands of ids at a time; with `IN` every such query is a new text
for the driver to parse, with one placeholder per id. The values travel as one JSON text (written
by the json module in C; as a Python list the driver would write the array itself, value by value)
that PostgreSQL turns into an array once; it is the same statement every time, and the index is
still used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import QueryableAttribute


def any_of(column: ColumnElement[Any] | QueryableAttribute[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`column` is one of `values` (text ids)."""
    listed = bindparam(None, json.dumps(list(values)), type_=String, unique=True)
    return column == any_(func.array(select(func.jsonb_array_elements_text(cast(listed, JSONB))).scalar_subquery()))
