"""What a migration asks of the database it runs on.

The same migrations build a laptop's SQLite file and the team server's PostgreSQL schema. The
search index (FTS5) and the audit log's triggers are SQLite's and the laptop's: the server
indexes nothing and keeps its audit log append-only by grants, so those steps run on SQLite only.
"""

from __future__ import annotations

from alembic import op


def on_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")
