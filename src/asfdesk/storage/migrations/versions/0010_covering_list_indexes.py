"""Covering indexes for the enterprise list: its latest contact and ongoing placements without reading the tables.

Every live-row query tests `deleted_at IS NULL`, an equality to SQLite, so `deleted_at` comes
before the column that is ordered or grouped: an enterprise's latest live contact is then the
last entry of one index range, found by one seek, and the table is never read.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _replace(name: str, table: str, columns: list[str]) -> None:
    op.drop_index(name, table_name=table)
    op.create_index(name, table, columns)


def upgrade() -> None:
    _replace("ix_support_contact_enterprise_date", "support_contact", ["enterprise_id", "deleted_at", "contact_date"])
    _replace("ix_placement_status_enterprise", "placement", ["status", "deleted_at", "enterprise_id"])


def downgrade() -> None:
    _replace("ix_support_contact_enterprise_date", "support_contact", ["enterprise_id", "contact_date"])
    _replace("ix_placement_status_enterprise", "placement", ["status", "enterprise_id"])
