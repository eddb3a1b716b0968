"""The team server's own tables: accounts, devices, the change register, conflicts, its audit log.

Revision ID: s0001
Revises:
Create Date: 2026-12-03 14:14:12.259989
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "s0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_audit",
        sa.Column("seq", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=True),
        sa.Column("row_ids", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("detail", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "sync_alias",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("old_id", sa.String(length=36), nullable=False),
        sa.Column("new_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "old_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kept", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("other", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("kept_by", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("other_by", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("resolution", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_sync_conflict_seq"), "sync_conflict", ["seq"], unique=False)
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_push",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("answer", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "batch_id"),
    )
    op.create_table(
        "sync_row",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("fields", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("origin_org", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("tbl", "row_id"),
    )
    op.create_index("ix_sync_row_seq", "sync_row", ["seq"], unique=False)
    op.create_table(
        "team_account",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "team_secret",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "team_device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("code_expires", sa.DateTime(timezone=True), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["team_account.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code_hash"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(op.f("ix_team_device_account_id"), "team_device", ["account_id"], unique=False)
    op.execute("INSERT INTO sync_counter (id, seq) VALUES (1, 0)")


def downgrade() -> None:
    op.drop_index(op.f("ix_team_device_account_id"), table_name="team_device")
    op.drop_table("team_device")
    op.drop_table("team_secret")
    op.drop_table("team_account")
    op.drop_index("ix_sync_row_seq", table_name="sync_row")
    op.drop_table("sync_row")
    op.drop_table("sync_push")
    op.drop_table("sync_counter")
    op.drop_index(op.f("ix_sync_conflict_seq"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_alias")
    op.drop_table("server_audit")
