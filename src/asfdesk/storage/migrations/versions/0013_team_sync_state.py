"""A laptop's side of team mode: what it has to send, what it last saw, and the switch that keeps
rows applied from the server out of what it sends (see sync/local_state.py and decision 0016).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from asfdesk.storage.migrations.dialect import on_sqlite

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        return  # the server keeps its own register (server/migrations)
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_apply",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    op.execute("INSERT INTO sync_apply (id, applying) VALUES (1, 0)")
    op.create_table(
        "sync_dirty",
        sa.Column("tbl", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("col", sa.String(60), primary_key=True),
        sa.Column("base_seq", sa.BigInteger(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_row_state",
        sa.Column("tbl", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_outgoing",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    if not on_sqlite():
        return
    for name in ("sync_conflict", "sync_outgoing", "sync_row_state", "sync_dirty", "sync_apply", "sync_state"):
        op.drop_table(name)
