"""Which device holds a record whole, so a pull leaves out a laptop's own echo by two columns.

Revision ID: s0003
Revises: s0002

Expand only: a server of the release before writes rows without these columns, and every such
write moves `seq` past `whole_seq`, so its records are simply sent back once more.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0003"
down_revision: str | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_row", sa.Column("whole_device", sa.String(length=36), nullable=True))
    op.add_column("sync_row", sa.Column("whole_seq", sa.BigInteger(), nullable=True))
    # the records every field of which one device wrote last, nothing since: held whole by it
    op.execute(
        "UPDATE sync_row AS r SET whole_device = w.device, whole_seq = r.seq FROM ("
        " SELECT s.tbl, s.row_id, min(f.value ->> 1) AS device, count(DISTINCT f.value ->> 1) AS devices,"
        "  count(*) FILTER (WHERE f.value ->> 1 IS NULL) AS unknown, max((f.value ->> 0)::bigint) AS last"
        " FROM sync_row AS s, jsonb_each(s.fields) AS f GROUP BY s.tbl, s.row_id"
        ") AS w WHERE r.tbl = w.tbl AND r.row_id = w.row_id AND w.devices = 1 AND w.unknown = 0 AND w.last = r.seq"
    )


def downgrade() -> None:
    op.drop_column("sync_row", "whole_seq")
    op.drop_column("sync_row", "whole_device")
