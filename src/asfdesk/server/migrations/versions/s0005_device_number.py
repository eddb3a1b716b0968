"""Each device a short number, unique in the team: the mark of the participant codes it makes.

Revision ID: s0005
Revises: s0004

Expand only: the devices enrolled before get their numbers now; a laptop that joined before asks
for its number at its next sync.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0005"
down_revision: str | None = "s0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("team_device", sa.Column("number", sa.Integer(), sa.Identity(), nullable=False))
    op.create_unique_constraint("uq_team_device_number", "team_device", ["number"])


def downgrade() -> None:
    op.drop_constraint("uq_team_device_number", "team_device")
    op.drop_column("team_device", "number")
