"""The team server's own tables, beside the domain tables it shares with the laptops.

- `team_secret`: the API role's password and other secrets; only the owner role reads it.
- `team_account`: a person with a role in an organisation, bound to a staff record.
- `team_device`: one laptop of an account: its enrolment code (hashed, once) and token (hashed).
- `sync_counter`: one row holding the last sequence number handed out (locked by each push), and
  the last day the consents changing with the calendar were looked for.
- `sync_row`: per record, the sequence of its latest change, each field's (sequence, device), the
  organisation that created it, and the device that holds it whole as the server has it (its own
  write, nothing since but what cannot change what it holds) with the sequence that was true at.
- `sync_alias`: a record merged into another by natural key: its id keeps pointing at the winner.
- `sync_push`: every batch's answer, by device and batch id, so a batch sent twice is applied once.
- `sync_conflict`: both values of a field two devices changed, until someone decides.
- `server_audit`: append-only: who, from which device, did what to which records, when.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

from asfdesk.storage.models import Organisation, Staff

SERVER = MetaData()

team_secret = Table(
    "team_secret",
    SERVER,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
team_account = Table(
    "team_account",
    SERVER,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("organisation_id", String(36), ForeignKey(Organisation.__table__.c.id), nullable=False),
    Column("staff_id", String(36), ForeignKey(Staff.__table__.c.id), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True)),
)
team_device = Table(
    "team_device",
    SERVER,
    Column("id", String(36), primary_key=True),
    Column("account_id", String(36), ForeignKey("team_account.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False, server_default=""),
    Column("code_hash", String(64), unique=True),
    Column("code_expires", DateTime(timezone=True)),
    Column("token_hash", String(64), unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("enrolled_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("last_seen_at", DateTime(timezone=True)),
    # short and unique in the team: it marks the participant codes the device makes (D26-B001)
    Column("number", Integer, Identity(), nullable=False, unique=True),
)
sync_counter = Table(
    "sync_counter",
    SERVER,
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("consents_checked", Date),  # the last day consents running out or starting were looked for
)
sync_row = Table(
    "sync_row",
    SERVER,
    Column("tbl", String(40), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("fields", JSONB, nullable=False),
    Column("origin_org", String(36)),
    # the pull leaves a record out for `whole_device` while `whole_seq` = `seq` (its own echo)
    Column("whole_device", String(36)),
    Column("whole_seq", BigInteger),
    # a record made by a push: every field's stamp until changed (`fields` holds the changed ones)
    Column("made_seq", BigInteger),
    Column("made_device", String(36)),
    Index("ix_sync_row_seq", "seq"),
)
sync_alias = Table(
    "sync_alias",
    SERVER,
    Column("tbl", String(40), primary_key=True),
    Column("old_id", String(36), primary_key=True),
    Column("new_id", String(36), nullable=False),
)
sync_push = Table(
    "sync_push",
    SERVER,
    Column("device_id", String(36), primary_key=True),
    Column("batch_id", String(36), primary_key=True),
    Column("answer", JSONB, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
sync_conflict = Table(
    "sync_conflict",
    SERVER,
    Column("id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("tbl", String(40), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("field", String(60), nullable=False),
    Column("kind", String(20), nullable=False),  # field (both changed it) | deleted (edited a removed record)
    Column("kept", JSONB),
    Column("other", JSONB),
    Column("kept_by", JSONB, nullable=False),  # {account, device, name, at}
    Column("other_by", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
    Column("resolved_by", String(36)),
    Column("resolution", JSONB),
)
server_audit = Table(
    "server_audit",
    SERVER,
    Column("seq", BigInteger, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("account_id", String(36)),
    Column("device_id", String(36)),
    Column("action", String(40), nullable=False),
    Column("tbl", String(40)),
    Column("row_ids", JSONB),
    Column("detail", Text, nullable=False, server_default=""),
)
