"""Action plan activities: the project they run in and the meeting where they were decided.

Plain ADD COLUMNs (no batch copy, which would drop the table's triggers); both may be empty, so
older laptops of the same team keep working (they leave the columns as they are).

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINKS = (("project_id", "project"), ("meeting_id", "meeting"))


def upgrade() -> None:
    for column, target in LINKS:
        # SQLite adds a column with a reference only in this spelling; PostgreSQL reads it the same
        op.execute(
            f"ALTER TABLE action_plan_activity ADD COLUMN {column} VARCHAR(36) "
            f"CONSTRAINT fk_action_plan_activity_{column}_{target} REFERENCES {target} (id)"
        )
        op.create_index(op.f(f"ix_action_plan_activity_{column}"), "action_plan_activity", [column])


def downgrade() -> None:
    for column, _target in reversed(LINKS):
        op.drop_index(op.f(f"ix_action_plan_activity_{column}"), "action_plan_activity")
        op.drop_column("action_plan_activity", column)
