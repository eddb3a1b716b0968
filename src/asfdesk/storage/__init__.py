"""Storage layer: SQLite engine, ORM models, Alembic migrations, backups and health checks."""
