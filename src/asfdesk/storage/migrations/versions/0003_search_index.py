"""Full-text search index over enterprises, people, participants' codes, contacts and meetings.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

from asfdesk.storage.migrations.dialect import on_sqlite
from asfdesk.storage.search_schema import create_statements, drop_statements, fill_statements

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        return
    for statement in [*create_statements(), *fill_statements()]:
        op.execute(statement)


def downgrade() -> None:
    if not on_sqlite():
        return
    for statement in drop_statements():
        op.execute(statement)
