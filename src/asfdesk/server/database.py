"""The team server's PostgreSQL: schema, roles and the two engines (owner for set-up, API for requests).

`prepare` runs as the database's owner (the URL given to `init`/`run`): it brings the domain
tables to the laptops' Alembic head, the server's own tables to theirs, creates the API role
(LOGIN, no ownership, no BYPASSRLS) with a random password kept in `team_secret`, the scope role
that owns the look-up functions, and the row-level security policies. Requests never use the
owner: `api_engine` connects as the API role.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from asfdesk.server import policies
from asfdesk.server.tables import team_secret

SERVER_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ServerDatabaseError(Exception):
    """One line for the person running the server."""


def engine_url(url: str) -> URL:
    """A postgresql:// URL as SQLAlchemy's psycopg 3 URL."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ServerDatabaseError(f"Ogiltig databasadress: {exc}") from exc
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerDatabaseError("Teamservern behöver PostgreSQL (en adress som börjar med postgresql://).")
    return parsed.set(drivername="postgresql+psycopg")


def role_names(url: URL) -> tuple[str, str]:
    """The API and scope roles of this database (roles are per cluster, so they carry its name)."""
    base = (url.database or "asfdesk").replace("-", "_").lower()
    return f"{base}_api", f"{base}_scope"


def owner_engine(url: str) -> Engine:
    return create_engine(engine_url(url), pool_pre_ping=True)


def _ensure_roles(conn: Connection, api_role: str, scope_role: str) -> str:
    stored = conn.execute(text("SELECT value FROM team_secret WHERE key = 'api_password'")).scalar()
    password = stored or secrets.token_urlsafe(24)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": api_role}).first()
    verb = "ALTER" if exists else "CREATE"
    conn.execute(
        text(f"{verb} ROLE {api_role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{password}'")
    )
    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": scope_role}).first():
        conn.execute(text(f"CREATE ROLE {scope_role} NOLOGIN BYPASSRLS"))
    conn.execute(text(f"GRANT {scope_role} TO CURRENT_USER"))  # to hand it the functions
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {api_role}, {scope_role}"))
    if not stored:
        conn.execute(team_secret.insert().values(key="api_password", value=password))
    return password


def prepare(url: str) -> None:
    """Bring the schema, roles and policies up to date (idempotent; every `run` does it first)."""
    from alembic import command
    from alembic.config import Config
    from alembic.util.exc import CommandError

    from asfdesk.storage.migrate import alembic_config

    engine = owner_engine(url)
    api_role, scope_role = role_names(engine.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(4242)"))  # two servers starting at once
            domain = alembic_config()
            domain.attributes["connection"] = conn
            command.upgrade(domain, "head")
            own = Config()
            own.set_main_option("script_location", str(SERVER_MIGRATIONS))
            own.attributes["connection"] = conn
            command.upgrade(own, "head")
            _ensure_roles(conn, api_role, scope_role)
            policies.install(conn, scope_role, api_role)
            _register_unregistered(conn)
    except CommandError as exc:  # a revision this release does not know: a newer one migrated it
        raise ServerDatabaseError(
            "Databasen har uppdaterats av en nyare asfdesk-server. Uppdatera den här servern "
            f"(och stoppa alla äldre), eller använd den nyare. ({_first_line(exc)})"
        ) from exc
    except OperationalError as exc:
        raise ServerDatabaseError(f"PostgreSQL kunde inte nås: {_first_line(exc)}") from exc
    except DBAPIError as exc:
        raise ServerDatabaseError(f"Databasen kunde inte förberedas: {_first_line(exc)}") from exc
    finally:
        engine.dispose()


def _register_unregistered(conn: Connection) -> None:
    """Rows the migrations wrote (the module catalogue) enter the change register like any other."""
    from asfdesk.server.register import Sequencer, record_change
    from asfdesk.sync import protocol

    sequencer = Sequencer(conn)
    for table in protocol.synced_tables():
        ids = conn.execute(
            text(
                f'SELECT id FROM "{table.name}" t WHERE NOT EXISTS '
                "(SELECT 1 FROM sync_row r WHERE r.tbl = :t AND r.row_id = t.id) ORDER BY created_at, id"
            ),
            {"t": table.name},
        ).scalars()
        for row_id in ids:
            record_change(
                conn, table.name, str(row_id), sequencer.take(), list(protocol.data_columns(table.name)), None
            )
    sequencer.close()


def api_url(url: str) -> URL:
    """The URL the API connects with: the same server and database, as the API role."""
    engine = owner_engine(url)
    try:
        with engine.connect() as conn:
            password = conn.execute(text("SELECT value FROM team_secret WHERE key = 'api_password'")).scalar()
    except DBAPIError as exc:
        raise ServerDatabaseError(f"PostgreSQL kunde inte nås: {_first_line(exc)}") from exc
    finally:
        engine.dispose()
    if not password:
        raise ServerDatabaseError("Databasen är inte förberedd för asfdesk-server (kör init först).")
    api_role, _scope = role_names(engine.url)
    return engine.url.set(username=api_role, password=password)


def api_engine(url: str, pool_size: int = 5) -> Engine:
    return create_engine(api_url(url), pool_size=pool_size, max_overflow=10, pool_pre_ping=True)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
