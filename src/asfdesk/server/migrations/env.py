"""Alembic environment of the team server's own tables (version table asfdesk_server_version).

The domain tables come first, from the laptops' chain (asfdesk/storage/migrations); these build
on them. Runs on the connection the server hands in.
"""

from alembic import context

from asfdesk.server.tables import SERVER

VERSION_TABLE = "asfdesk_server_version"


def include_object(obj, name, type_, reflected, compare_to):
    return type_ != "table" or name in SERVER.tables


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SERVER,
    version_table=VERSION_TABLE,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
