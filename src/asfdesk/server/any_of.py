"""`column = ANY(:list)`: one parameter however many values, where `IN (…)` would send one each.

A pull or a push asks for thousands of ids at a time; with `IN` every such query is a new text
for the driver to parse, with one placeholder per id. As one array it is the same statement every
time, and PostgreSQL still uses the index.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, any_, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute


def any_of(column: ColumnElement[Any] | QueryableAttribute[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`column` is one of `values` (text ids)."""
    return column == any_(literal(list(values), ARRAY(String)))
