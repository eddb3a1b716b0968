"""Statistics for SQLite's query planner (ANALYZE), so that its plans follow the data as it grows.

Without them SQLite guesses, and on a large database some guesses are poor (the warnings'
placements were read participant by participant, the running agreements by a full scan).
ANALYZE samples a bounded number of rows per index, so it takes a tenth of a second even on a
million rows; it is run after every upgrade and in the background once a day.
"""

from __future__ import annotations

from sqlalchemy import text

from asfdesk.storage.engine import Database

ANALYSIS_LIMIT = 400  # rows sampled per index


def has_statistics(database: Database) -> bool:
    with database.engine.connect() as connection:
        found = connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
        if found is None:
            return False
        return connection.execute(text("SELECT 1 FROM sqlite_stat1 LIMIT 1")).first() is not None


def refresh_statistics(database: Database) -> None:
    """Gather the planner's statistics anew, in one short write transaction."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
