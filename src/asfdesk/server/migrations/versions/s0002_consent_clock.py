"""The last day the server looked for consents that run out or begin with the calendar.

Revision ID: s0002
Revises: s0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0002"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_counter", sa.Column("consents_checked", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_counter", "consents_checked")
