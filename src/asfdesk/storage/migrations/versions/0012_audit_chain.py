"""The audit log becomes a hash chain: a sequence number and a hash per entry, existing entries chained in time order.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 04:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from asfdesk.storage.audit_chain import GENESIS, entry_hash
from asfdesk.storage.migrations.dialect import on_sqlite

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END"
)


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_log", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_seq", "audit_log", ["seq"], unique=True)
    if not on_sqlite():
        return  # the server's log starts empty, chained as it is written
    connection = op.get_bind()
    rows = connection.exec_driver_sql(
        "SELECT id, at, actor, action, kind, record_id, fields FROM audit_log ORDER BY at, id"
    ).fetchall()
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    previous = GENESIS
    for seq, (entry_id, at, actor, action, kind, record_id, fields) in enumerate(rows, start=1):
        previous = entry_hash(previous, seq, entry_id, at, actor, action, kind, record_id, fields)
        connection.exec_driver_sql("UPDATE audit_log SET seq = ?, hash = ? WHERE id = ?", (seq, previous, entry_id))
    op.execute(NO_UPDATE)


def downgrade() -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.drop_index("ix_audit_log_seq", table_name="audit_log")
    op.drop_column("audit_log", "hash")
    op.drop_column("audit_log", "seq")
    if on_sqlite():
        op.execute(NO_UPDATE)
