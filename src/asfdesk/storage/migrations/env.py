"""Alembic environment: runs on the connection asfdesk hands in (never on a URL of its own)."""

from alembic import context

from asfdesk.storage import models  # noqa: F401  (registers every table)
from asfdesk.storage.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
