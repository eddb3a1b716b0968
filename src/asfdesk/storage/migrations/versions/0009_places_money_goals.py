"""Platskatalog, revenue mix, projects and goals; placement and agreement fields for economics and warnings.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    op.create_table(
        "place",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("tasks", sa.Text(), nullable=False),
        sa.Column("business_line", sa.String(length=80), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("measure_types", sa.JSON(), nullable=False),
        sa.Column("adaptations", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        _fk("place", "enterprise_id", "enterprise"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    op.create_index(op.f("ix_place_enterprise_id"), "place", ["enterprise_id"])
    op.create_index(op.f("ix_place_business_line"), "place", ["business_line"])
    op.create_table(
        "revenue_figure",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("public_kr", sa.Integer(), nullable=False),
        sa.Column("market_kr", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        _fk("revenue_figure", "enterprise_id", "enterprise"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_figure")),
    )
    op.create_index(op.f("ix_revenue_figure_enterprise_id"), "revenue_figure", ["enterprise_id"])
    op.create_table(
        "goal",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("manual_outcome", sa.Float(), nullable=True),
        sa.Column("manual_previous", sa.Float(), nullable=True),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_sync_columns(),
        _fk("goal", "enterprise_id", "enterprise"),
        _fk("goal", "agreement_id", "agreement"),
        _fk("goal", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    for column in ("enterprise_id", "agreement_id", "project_id"):
        op.create_index(op.f(f"ix_goal_{column}"), "goal", [column])

    # Plain ADD COLUMNs, not batch copies: recreating a table would drop its search-index triggers.
    def tag(table: str, column: str, target: str) -> None:
        # SQLite adds a column with a reference only in this spelling (Alembic would want a batch copy).
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(36) "
            f"CONSTRAINT fk_{table}_{column}_{target} REFERENCES {target} (id)"
        )
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])

    for table in ("placement", "agreement", "support_contact", "meeting"):
        tag(table, "project_id", "project")
    tag("placement", "place_id", "place")
    op.add_column("placement", sa.Column("next_step", sa.Text(), nullable=False, server_default=""))
    op.add_column("placement", sa.Column("extensions", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("agreement", sa.Column("max_months_per_participant", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("agreement", "max_months_per_participant")
    op.drop_column("placement", "extensions")
    op.drop_column("placement", "next_step")
    for table, column in (
        ("placement", "place_id"),
        ("meeting", "project_id"),
        ("support_contact", "project_id"),
        ("agreement", "project_id"),
        ("placement", "project_id"),
    ):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_column(table, column)
    op.drop_table("goal")
    op.drop_table("revenue_figure")
    op.drop_table("place")
    op.drop_table("project")
