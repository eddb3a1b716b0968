"""The team server's HTTP API (FastAPI under uvicorn). Stateless: everything lives in PostgreSQL.

Every request but enrolment carries a device token; every request carries the client's protocol
version and schema revision, and an older client than the server accepts is told in one line to
update. Each request is one transaction on the API role's connection, with the caller's identity
set for the row-level security policies.

(No `from __future__ import annotations` here: FastAPI reads the endpoints' annotations, which
name dependencies defined inside create_app.)
"""

import json
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import Connection, Engine, text, update
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.types import ASGIApp, Receive, Scope, Send

from asfdesk import __version__
from asfdesk.server import accounts, batch, consent_clock, fresh, merge, rows, serve
from asfdesk.server.tables import team_device
from asfdesk.sync import protocol

ID = Annotated[str, Field(min_length=1, max_length=36)]
MAX_BODY = 64 * 2**20  # 5,000 changes of ordinary records fit many times over
BATCH_MOST = 5000  # changes and new records in one push
RETRIES = 5  # tries of a transaction the database made give way to another
WAIT_FOR_BEFORE = 10.0  # seconds a push waits for the one it names as sent before it
SEEN_EVERY = timedelta(minutes=1)  # how often a device's last request is written down
AUDIT_COLUMNS = "id, at, actor, action, kind, record_id, fields"
STORE_AUDIT = text(
    f"INSERT INTO audit_log ({AUDIT_COLUMNS}) SELECT {AUDIT_COLUMNS} "
    "FROM jsonb_populate_recordset(NULL::audit_log, CAST(:rows AS jsonb)) ON CONFLICT (id) DO NOTHING"
)


class EnrolRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200)


class PreviewRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    orgnrs: list[str] = Field(default_factory=list, max_length=50_000)  # the laptop's enterprises
    codes: list[str] = Field(default_factory=list, max_length=50_000)  # the laptop's participants


class ChangeIn(BaseModel):
    t: str = Field(max_length=40)
    id: ID
    base: int = Field(default=0, ge=0, le=2**62)  # a sequence number the server handed out
    new: bool = False
    removed: bool = False
    fields: dict[str, Any] = Field(default_factory=dict)


class AuditEntryIn(BaseModel):
    id: ID
    at: datetime
    actor: str = Field(max_length=200)
    action: str = Field(max_length=20)
    kind: str = Field(max_length=40)
    record_id: str = Field(default="", max_length=36)
    fields: list[Annotated[str, Field(max_length=60)]] = Field(default_factory=list, max_length=200)


class RowsIn(BaseModel):
    """New records of one table as rows: [id, value, …] in the order of `columns` (server.rows)."""

    t: str = Field(max_length=40)
    columns: list[Annotated[str, Field(max_length=60)]] = Field(max_length=300)
    values: list[list[Any]] = Field(max_length=BATCH_MOST)


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a laptop newer than this server is told, not ignored

    batch: ID
    changes: list[ChangeIn] = Field(max_length=BATCH_MOST)
    audit: list[AuditEntryIn] = Field(default_factory=list, max_length=5000)  # the laptop's, as /v1/audit takes
    rows: list[RowsIn] = Field(default_factory=list, max_length=100)
    after: ID | None = None  # the batch sent just before, not yet answered: this one is applied after it

    @model_validator(mode="after")
    def _not_too_many(self) -> "PushRequest":
        if len(self.changes) + sum(len(block.values) for block in self.rows) > BATCH_MOST:
            raise ValueError(f"högst {BATCH_MOST} poster i en sändning")
        return self


class AuditRequest(BaseModel):
    entries: list[AuditEntryIn] = Field(max_length=5000)


class PullRequest(BaseModel):
    after: int = Field(default=0, ge=0)
    limit: int = Field(default=1000, ge=1, le=serve.MAX_PAGE)
    # records the laptop already holds beyond `after` (sent ahead with an earlier page): table, id, sequence
    held: list[tuple[Annotated[str, Field(max_length=40)], ID, int]] = Field(default_factory=list, max_length=200_000)


class ResolveRequest(BaseModel):
    value: Any = None


class BoundedBodies:
    """A request body larger than any batch can be is refused before it is read. (Plain ASGI: a
    middleware of Starlette's `BaseHTTPMiddleware` costs every request a task and two streams.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            lengths = [value for name, value in scope["headers"] if name == b"content-length"]
            refusal = None
            if len(lengths) != 1 or not lengths[0].isdigit():
                refusal = JSONResponse({"detail": "Längden på förfrågan saknas."}, status_code=411)
            elif int(lengths[0]) > MAX_BODY:
                refusal = JSONResponse({"detail": "Förfrågan är för stor."}, status_code=413)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _problem(status: int, message: str) -> HTTPException:
    return HTTPException(status_code=status, detail=message)


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="asfdesk team server", version=__version__, docs_url=None, redoc_url=None)
    app.state.engine = engine

    app.add_middleware(BoundedBodies)

    @app.exception_handler(OperationalError)
    def database_down(_request: Request, _exc: OperationalError) -> JSONResponse:
        return JSONResponse(
            {"detail": "Serverns databas svarar inte just nu. Försök igen om en stund."}, status_code=503
        )

    # the dependencies below are async: they only look at headers (a plain def runs in a thread of its own)
    async def versions(
        x_asfdesk_protocol: Annotated[int | None, Header()] = None,
        x_asfdesk_schema: Annotated[str | None, Header()] = None,
    ) -> None:
        if x_asfdesk_protocol is None or x_asfdesk_protocol < protocol.OLDEST_PROTOCOL:
            raise _problem(426, "asfdesk på den här datorn är för gammal för teamservern. Uppdatera asfdesk.")
        if x_asfdesk_protocol > protocol.PROTOCOL:
            raise _problem(426, "Teamservern är äldre än asfdesk på den här datorn. Be samordnaren uppdatera servern.")

    async def token(authorization: Annotated[str | None, Header()] = None) -> str:
        return (authorization or "").removeprefix("Bearer ").strip()

    def caller(conn: Connection, token: str) -> accounts.Who:
        """The account of this request's device, inside the request's own transaction. The
        transaction commits before the answer is sent, so an answer always means committed."""
        who = accounts.authenticate(conn, token) if token else None
        if who is None:
            raise _problem(401, "Den här datorn är inte (längre) ansluten till teamet. Anslut igen med en ny kod.")
        moment = accounts.now()
        # to the minute (`device list` shows minutes): most requests of a sync then write nothing here
        # (decided from the row authentication read: two requests at once may both write, harmlessly)
        if who.seen_at is None or who.seen_at < moment - SEEN_EVERY:
            conn.execute(update(team_device).where(team_device.c.id == who.device_id).values(last_seen_at=moment))
        return who

    def me(who: accounts.Who) -> dict[str, Any]:
        return {
            "account": who.account_id,
            "device": who.device_id,
            "name": who.name,
            "role": who.role,
            "organisation": who.organisation,
            "organisation_id": who.organisation_id,
            "staff_id": who.staff_id,
            "number": who.number,
            "takes": [protocol.ROWS, protocol.AFTER],
        }

    @app.get("/v1/hello")
    def hello() -> dict[str, Any]:
        return {"server": "asfdesk", "version": __version__, "protocol": protocol.PROTOCOL}

    @app.post("/v1/enrol", dependencies=[Depends(versions)])
    def enrol(body: EnrolRequest) -> dict[str, Any]:
        with engine.begin() as conn:
            try:
                who, device_token = accounts.enrol(conn, body.code, body.device_name)
            except accounts.AccountError as exc:
                raise _problem(403, str(exc)) from exc
            accounts.audit(conn, "enrol", who, detail=body.device_name)
        return {"token": device_token, "me": me(who)}

    @app.post("/v1/preview", dependencies=[Depends(versions)])
    def preview(body: PreviewRequest) -> dict[str, Any]:
        """Before a join, with the code (not used up): whose it is, and how many of the laptop's
        enterprises (organisationsnummer) and participants (code) the team already holds."""
        with engine.begin() as conn:
            try:
                who = accounts.code_owner(conn, body.code)
            except accounts.AccountError as exc:
                raise _problem(403, str(exc)) from exc
            accounts.act_as(conn, who.role, who.organisation_id, who.account_id)
            known = {
                "enterprise": fresh.natural_matches(conn, "enterprise", [{"orgnr": o[:40]} for o in body.orgnrs]),
                "participant": fresh.natural_matches(conn, "participant", [{"code": c[:60]} for c in body.codes]),
            }
        return {"me": me(who), **{table: sum(m is not None for m in found) for table, found in known.items()}}

    @app.get("/v1/me", dependencies=[Depends(versions)])
    def whoami(device: Annotated[str, Depends(token)]) -> dict[str, Any]:
        with engine.begin() as conn:
            return me(accounts.named(conn, caller(conn, device)))

    def transaction(work: Callable[[Connection], dict[str, Any]]) -> dict[str, Any]:
        """`work` in one transaction, tried again from the start when the database chose it to give
        way to another (a deadlock between two pushes); nothing of a failed try remains."""
        for attempt in range(RETRIES):
            try:
                with engine.begin() as conn:
                    return work(conn)
            except DBAPIError as exc:
                if not batch.transient(exc) or attempt == RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    async def push_body(request: Request) -> PushRequest:
        """The push read straight from its bytes (pydantic reads the JSON itself: a first join's
        batches are megabytes)."""
        try:
            return PushRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            errors = exc.errors()
            where = ".".join(str(part) for part in errors[0]["loc"])[:80] if errors else ""
            said = errors[0]["msg"] if errors else ""
            raise _problem(422, f"Teamservern kunde inte läsa sändningen ({where}: {said})"[:300]) from exc

    @app.post("/v1/push", dependencies=[Depends(versions)])
    def push(
        body: Annotated[PushRequest, Depends(push_body)], device: Annotated[str, Depends(token)]
    ) -> dict[str, Any]:
        changes = [batch.Change(c.t, c.id, c.base, c.new, c.removed, c.fields) for c in body.changes]

        def work(conn: Connection) -> dict[str, Any]:
            who = caller(conn, device)
            if who.role == "admin":
                raise _problem(403, "Ett administratörskonto arbetar inte med uppgifter.")
            # the same transaction (the laptop notes its entries as taken only with this answer)
            merge.ready_after(conn, who, body.after)  # the one before it has come (or is being applied)
            stored = store_audit(conn, who, body.audit)
            staged = rows.stage(conn, body.rows)  # before the batch waits for its turn
            answer = merge.apply_batch(conn, who, body.batch, changes, staged, after=body.after)
            return {**answer, "audit": stored}

        # a push sent right after another may get here first: it waits (its transaction undone),
        # asking again soon at first, then less often (one whose predecessor never comes is not a
        # stream of transactions for ten seconds); once the predecessor holds the device's turn, this
        # one waits for the turn itself, so the later asks cost a join nothing
        waited_until = time.monotonic() + WAIT_FOR_BEFORE
        pause = 0.01
        while True:
            try:
                return transaction(work)
            except merge.NotYet as exc:
                if time.monotonic() > waited_until:
                    message = "Sändningen före denna kom aldrig fram till teamservern. Synka igen."
                    raise _problem(409, message) from exc
                time.sleep(pause)
                pause = min(pause * 1.5, 0.05)

    @app.post("/v1/audit", dependencies=[Depends(versions)])
    def audit(body: AuditRequest, device: Annotated[str, Depends(token)]) -> dict[str, Any]:
        """The laptop's own audit log, kept by the server too (entries are never changed; a resend is ignored)."""
        with engine.begin() as conn:
            return {"stored": store_audit(conn, caller(conn, device), body.entries)}

    def store_audit(conn: Connection, who: accounts.Who, entries: list[AuditEntryIn]) -> int:
        if entries:
            # one statement with one parameter for them all (not a round trip, nor a compiled statement, each)
            rows = [e.model_dump(mode="json") for e in entries]
            conn.execute(STORE_AUDIT, {"rows": json.dumps(rows)})
            accounts.audit(conn, "audit push", who, ids=[r["id"] for r in rows][:1000], detail=f"{len(rows)} poster")
        return len(entries)

    @app.get("/v1/pull", dependencies=[Depends(versions)])
    def pull(device: Annotated[str, Depends(token)], after: int = 0, limit: int = 1000) -> dict[str, Any]:
        if after < 0 or not 1 <= limit <= serve.MAX_PAGE:
            raise _problem(422, f"after ≥ 0 och 1 ≤ limit ≤ {serve.MAX_PAGE}")
        return page(device, after, limit, {})

    @app.post("/v1/pull", dependencies=[Depends(versions)])
    def pull_after_held(body: PullRequest, device: Annotated[str, Depends(token)]) -> dict[str, Any]:
        """As GET /v1/pull, told what the laptop already holds: a record it was sent ahead of its turn
        (the parent of an earlier page's records) is not sent again with every page."""
        return page(device, body.after, body.limit, {(table, row_id): seq for table, row_id, seq in body.held})

    def page(device: str, after: int, limit: int, held: dict[tuple[str, str], int]) -> dict[str, Any]:
        def work(conn: Connection) -> dict[str, Any]:
            who = caller(conn, device)
            consent_clock.check(conn, date.today())  # on a new day: the consents the calendar changed
            return serve.pull(conn, who, after, limit, held)

        return transaction(work)

    @app.post("/v1/conflicts/{conflict_id}/resolve", dependencies=[Depends(versions)])
    def resolve(conflict_id: str, body: ResolveRequest, device: Annotated[str, Depends(token)]) -> dict[str, Any]:
        def work(conn: Connection) -> dict[str, Any]:
            who = caller(conn, device)
            try:
                return merge.resolve_conflict(conn, who, conflict_id[:36], body.value)
            except batch.Refused as exc:
                raise _problem(409, str(exc)) from exc

        return transaction(work)

    return app
