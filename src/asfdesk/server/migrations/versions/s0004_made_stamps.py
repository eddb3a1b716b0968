"""A new record's field stamps kept once for the record, not once per field.

Revision ID: s0004
Revises: s0003

A record made by a push has every field stamped with the same (sequence, device): they are kept
as `made_seq`/`made_device`, and `fields` holds only the fields changed after. Expand only: rows
written before keep their stamps in `fields`. A server of the release before reading a new row
sees no stamp for a field nobody changed since it was made; for an edit that is the same answer
(a laptop edits a record it already holds, never one made after its base), and a conflict it
records names the server instead of the maker for such a field.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0004"
down_revision: str | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_row", sa.Column("made_seq", sa.BigInteger(), nullable=True))
    op.add_column("sync_row", sa.Column("made_device", sa.String(length=36), nullable=True))


def downgrade() -> None:
    # every field without a stamp of its own takes the record's made stamp again
    from asfdesk.sync import protocol

    for table in protocol.synced_tables():
        op.execute(
            sa.text(
                "UPDATE sync_row SET fields = (SELECT jsonb_object_agg(c, jsonb_build_array(made_seq, made_device))"
                " FROM unnest(CAST(:cols AS text[])) AS c) || fields WHERE tbl = :t AND made_seq IS NOT NULL"
            ).bindparams(t=table.name, cols=list(protocol.data_columns(table.name)))
        )
    op.drop_column("sync_row", "made_device")
    op.drop_column("sync_row", "made_seq")
