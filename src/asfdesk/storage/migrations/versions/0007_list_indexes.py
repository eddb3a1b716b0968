"""Indexes for large databases: latest contact per enterprise, ongoing placements, contacts by date.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_support_contact_contact_date", table_name="support_contact")
    op.create_index(
        "ix_support_contact_contact_date", "support_contact", ["contact_date", "deleted_at", "enterprise_id"]
    )
    op.create_index("ix_support_contact_enterprise_date", "support_contact", ["enterprise_id", "contact_date"])
    op.create_index("ix_placement_status_enterprise", "placement", ["status", "enterprise_id"])


def downgrade() -> None:
    op.drop_index("ix_placement_status_enterprise", table_name="placement")
    op.drop_index("ix_support_contact_enterprise_date", table_name="support_contact")
    op.drop_index("ix_support_contact_contact_date", table_name="support_contact")
    op.create_index("ix_support_contact_contact_date", "support_contact", ["contact_date"])
