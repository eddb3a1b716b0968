"""The laptop's own bookkeeping for team mode, in its database (migration 0013; decision 0016).

- `sync_state`: the team this database belongs to (server address, device, account) and the
  pull cursor, as small JSON values by key.
- `sync_apply`: one row; `applying` is 1 only inside the transaction that writes rows pulled from
  the server, so the capture triggers leave them out of what is sent back.
- `sync_dirty`: what to send: (table, row, column) changed here, with the server sequence the row
  had when the change was made; column `*` is a new record, `-` one removed for good.
- `sync_row_state`: the server sequence of each record's latest change that this laptop has seen.
- `sync_outgoing`: a batch taken from sync_dirty and posted (or about to be), kept until its
  answer is applied, so a batch cut off mid-way is sent again under the same id.
- `sync_conflict`: conflicts the server reported that concern this laptop's user.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import BigInteger, Column, Connection, DateTime, Integer, MetaData, String, Table, Text, select

LOCAL_SYNC = MetaData()

sync_state = Table(
    "sync_state",
    LOCAL_SYNC,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
sync_apply = Table(
    "sync_apply",
    LOCAL_SYNC,
    Column("id", Integer, primary_key=True),
    Column("applying", Integer, nullable=False),
)
sync_dirty = Table(
    "sync_dirty",
    LOCAL_SYNC,
    Column("tbl", String(40), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("col", String(60), primary_key=True),
    Column("base_seq", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)
sync_row_state = Table(
    "sync_row_state",
    LOCAL_SYNC,
    Column("tbl", String(40), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)
sync_outgoing = Table(
    "sync_outgoing",
    LOCAL_SYNC,
    Column("batch_id", String(36), primary_key=True),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
sync_conflict = Table(
    "sync_conflict",
    LOCAL_SYNC,
    Column("id", String(36), primary_key=True),
    Column("body", Text, nullable=False),
    Column("resolved", Integer, nullable=False, server_default="0"),
)

NEW_ROW = "*"
REMOVED_ROW = "-"


def is_local_sync_table(name: str) -> bool:
    return name in LOCAL_SYNC.tables


def device_mark(conn: Connection) -> str:
    """The letters that mark what this device numbers on its own in a team (participant codes:
    D26-B001), so two laptops offline never make the same code; empty outside a team (D26-001).
    The device's number in the team as letters: 1 → A, 26 → Z, 27 → AA."""
    found = conn.execute(select(sync_state.c.value).where(sync_state.c.key == "team")).scalar()
    return letters_of(int((json.loads(found).get("me") or {}).get("number") or 0) if found else 0)


def own_code(code: str) -> bool:
    """A participant code of the form asfdesk suggests outside a team (D26-014): every laptop
    counts those from 001, so they mean nothing beyond the laptop that made them."""
    return re.fullmatch(r"D\d\d-\d+", code) is not None


def letters_of(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
