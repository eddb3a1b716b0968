"""Alembic environment: runs on the connection asfdesk hands in (never on a URL of its own)."""

from alembic import context

from asfdesk.storage import models  # noqa: F401  (registers every table)
from asfdesk.storage.base import Base
from asfdesk.storage.search_schema import is_search_table


def include_object(obj, name, type_, reflected, compare_to):
    # The search index and its triggers are managed by hand-written SQL, not by the models; team
    # mode's bookkeeping tables are described in asfdesk/sync/local_state.py.
    return not (type_ == "table" and (is_search_table(name) or name.startswith("sync_")))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
