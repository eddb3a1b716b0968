"""Search index: an enterprise's business lines as words ("café, städ"), not as their stored JSON
list with escaped letters, so that "café" finds a café and the context reads as text.

Rebuilds the index (once; a large database takes a minute).

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

from alembic import op

from asfdesk.storage.migrations.dialect import on_sqlite
from asfdesk.storage.search_schema import recreate_statements

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        return
    for statement in recreate_statements():
        op.execute(statement)


def downgrade() -> None:
    """The index is rebuilt in today's form: older versions search it the same way."""
    if not on_sqlite():
        return
    for statement in recreate_statements():
        op.execute(statement)
