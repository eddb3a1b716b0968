"""Team mode for one database: join a team, synchronise, tell where things stand.

`sync()` pushes everything waiting (batch by batch, each answer applied before the next), then
pulls pages until the server has nothing newer, then pushes again if edits came in meanwhile.
Each step is its own local transaction, so a sync cut off anywhere resumes on the next call.
The device token is kept in the OS keyring when there is one, else inside the database itself
(encrypted with it when the database is).
"""

from __future__ import annotations

import json
import socket
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, select, text

from asfdesk.services.audit import AuditTrail
from asfdesk.services.trash_service import describe_counts
from asfdesk.storage.engine import Database
from asfdesk.storage.keys import SecretStore
from asfdesk.sync import audit_push, capture, outbox, protocol, roles
from asfdesk.sync.apply import apply_answer, apply_page, get_state, set_state
from asfdesk.sync.errors import TeamError
from asfdesk.sync.local_state import (
    NEW_ROW,
    letters_of,
    own_code,
    sync_conflict,
    sync_dirty,
    sync_outgoing,
    sync_row_state,
    sync_state,
)

if TYPE_CHECKING:  # the client (httpx) is loaded when a team is first spoken to, not at start-up
    from asfdesk.sync.client import TeamClient

HELD_MOST = 20_000  # records a pull says it holds, at most (more: after a large push, its own, not sent back anyway)
REVOKED = "revoked"  # sync_state: when the server last refused this computer's token
UNAUTHORISED = 401
PAGE = 5000  # records per page (the server's most): each page is one transaction, one disk sync
# Every database starts with these (the Glada Hudik modules, the same records everywhere): joining
# sends them, but they are no news to anyone, and the counts leave them out.
SEEDED = frozenset({"module"})


@dataclass(frozen=True)
class SyncResult:
    sent: int  # records (or changes of records) the team did not have
    received: int
    conflicts: int
    removed: int = 0  # records that left this laptop (deleted for good, or no longer in the user's scope)
    merged: int = 0  # records the team already had (same organisationsnummer, code, …): one record now
    merged_kinds: dict[str, int] = field(default_factory=dict)  # of those, how many of each table

    def merged_text(self) -> str:
        """'1 organisation, 2 företag' of the records merged (link rows left out); else their number."""
        return describe_counts(self.merged_kinds) or str(self.merged)

    def line(self) -> str:
        """The command line's last line (a contract: scripts read it)."""
        return f"skickade {self.sent}, tog emot {self.received}, konflikter {self.conflicts}"

    def lines(self) -> list[str]:
        """What `sync` prints: records merged into the team's on a line of their own, then `line()`."""
        merged = [f"{self.merged_text()} fanns redan i teamet och slogs ihop med teamets"] if self.merged else []
        return [*merged, self.line()]


@dataclass(frozen=True)
class JoinPreview:
    """What joining would do with this database's records, asked of the server with the code."""

    me: dict[str, Any]  # name, role, organisation of the code's account
    enterprises: int  # live enterprises here
    enterprises_known: int  # of which the team holds one with the same organisationsnummer
    participants: int
    participants_known: int  # the same code


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync is: `phase` is "send" or "receive"; `total` 0 when not yet known."""

    phase: str
    done: int
    total: int


class SyncCancelled(Exception):
    """The user stopped the sync; what was done is kept and the next sync goes on from there."""


Progress = Callable[[SyncProgress], None]
Cancelled = Callable[[], bool]


def _never() -> bool:
    return False


def _ignore(_progress: SyncProgress) -> None:
    return None


@dataclass(frozen=True)
class TeamStatus:
    joined: bool
    url: str = ""
    name: str = ""
    role: str = ""
    organisation: str = ""
    waiting: int = 0
    conflicts: int = 0
    cursor: int = 0
    refused: int = 0  # changes the server did not take (outside this user's scope); kept here only
    revoked: str = ""  # when the server last refused this computer (revoked), if it has since


class TeamService:
    def __init__(self, database: Database, secrets: SecretStore | None = None, schema: str = "") -> None:
        self._db = database
        self._secrets = secrets or SecretStore()
        self._schema = schema
        self.page = PAGE  # records per pulled page: a laptop back after weeks catches up page by page

    # -- state ----------------------------------------------------------------------------
    def team(self) -> dict[str, Any] | None:
        with self._db.engine.connect() as conn:
            return _joined(conn)

    def status(self) -> TeamStatus:
        with self._db.engine.connect() as conn:
            team = get_state(conn, "team")
            if not team:
                return TeamStatus(False)
            return TeamStatus(
                True,
                url=team["url"],
                name=team["me"]["name"],
                role=team["me"]["role"],
                organisation=team["me"]["organisation"],
                waiting=outbox.pending_count(conn),
                conflicts=self._open_conflicts(conn),
                cursor=int(get_state(conn, "cursor", 0)),
                refused=len(self._open(conn, refused=True)),
                revoked=str(get_state(conn, REVOKED) or ""),
            )

    @staticmethod
    def _open(conn: Any, refused: bool) -> list[dict[str, Any]]:
        rows = conn.execute(select(sync_conflict.c.body).where(sync_conflict.c.resolved == 0)).scalars()
        found = [json.loads(r) for r in rows]
        return [c for c in found if (c.get("kind") == "refused") is refused]

    def _open_conflicts(self, conn: Any) -> int:
        return len(self._open(conn, refused=False))

    def conflicts(self) -> list[dict[str, Any]]:
        """Conflicts waiting for a decision, oldest first (refused changes are listed by `refused`)."""
        with self._db.engine.connect() as conn:
            return sorted(self._open(conn, refused=False), key=lambda c: c.get("seq", 0))

    def refused(self) -> list[dict[str, Any]]:
        """Changes the server did not take (outside this user's scope); they stay on this laptop."""
        with self._db.engine.connect() as conn:
            return self._open(conn, refused=True)

    def leave(self, actor: str = "") -> int:
        """This database leaves its team and becomes an ordinary single-user database. Its records
        stay when the role may keep a copy (roles.keeps_copy); otherwise every record is removed
        for good, with the drafts and the Papperskorg that could hold them (the audit log keeps
        that it happened). Returns how many records were removed."""
        team = self.team()
        if team is None:
            raise TeamError("Databasen är inte ansluten till något team.")
        removed = 0
        keeps = roles.keeps_copy(str(team.get("me", {}).get("role", "")))
        with self._db.session_factory.begin() as session:
            conn = session.connection()
            if keeps:
                # A kept copy goes on noting what is changed in it, and remembers what it last had
                # from the team: joining the same team again sends those edits, not every field of
                # every record as if new (stale values would overwrite or conflict with later ones).
                for table in (sync_conflict, sync_state):
                    conn.execute(delete(table))
                set_state(conn, "left", {"url": team["url"]})
            else:
                capture.remove(conn)
                for table in (sync_conflict, sync_dirty, sync_outgoing, sync_row_state, sync_state):
                    conn.execute(delete(table))
            if not keeps:
                for model in reversed(protocol.synced_tables()):  # children before their parents
                    removed += conn.execute(delete(model)).rowcount or 0
                for local in ("trash_entry", "form_draft"):
                    conn.execute(text(f'DELETE FROM "{local}"'))
                trail = AuditTrail(self._db.session_factory)
                trail.actor = actor or trail.actor
                trail.add(session, "leave_team", "team")
        if team.get("token_in") == "keyring":
            self._secrets.remove(f"team-{team['me']['device']}")
        return removed

    def _token(self, team: dict[str, Any], conn: Connection | None = None) -> str:
        """This device's token, from the keyring or (read over `conn` if given) the database."""
        if team.get("token_in") == "keyring":
            token = self._secrets.get(f"team-{team['me']['device']}")
            if not token:
                raise TeamError("Nyckeln till teamet saknas i datorns nyckelring. Anslut igen med en ny kod.")
            return token
        if conn is None:
            with self._db.engine.connect() as own:
                return str(get_state(own, "token", ""))
        return str(get_state(conn, "token", ""))  # in the caller's transaction

    def _client(self, team: dict[str, Any], conn: Connection | None = None) -> TeamClient:
        ca = Path(team["ca"]) if team.get("ca") else None
        return _team_client(team["url"], self._token(team, conn), ca, self._schema)

    # -- join -----------------------------------------------------------------------------
    def preview(self, url: str, code: str, ca_file: Path | None = None) -> JoinPreview:
        """Whose `code` is and which of this database's enterprises and participants the team
        already holds (they would be merged); the code stays unused."""
        enterprise, participant = protocol.table("enterprise"), protocol.table("participant")
        with self._db.engine.connect() as conn:
            enterprises = conn.execute(select(enterprise.c.orgnr).where(enterprise.c.deleted_at.is_(None))).all()
            participants = conn.execute(select(participant.c.code).where(participant.c.deleted_at.is_(None))).all()
        orgnrs = [str(o) for (o,) in enterprises if o]
        # the codes this laptop made on its own get its letters at the join: they meet nobody's
        codes = [str(c) for (c,) in participants if c and not own_code(str(c))]
        with _team_client(url, None, ca_file, self._schema) as client:
            answer = client.preview(code, orgnrs, codes)
        return JoinPreview(
            answer["me"], len(enterprises), int(answer["enterprise"]), len(participants), int(answer["participant"])
        )

    def holdings(self) -> dict[str, int]:
        """How many enterprises, participants and placements this database holds: what a join sends."""
        found = {}
        with self._db.engine.connect() as conn:
            for name in ("enterprise", "participant", "placement"):
                table = protocol.table(name)
                count = select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
                found[name] = int(conn.execute(count).scalar() or 0)
        return found

    def join(self, url: str, code: str, ca_file: Path | None = None) -> dict[str, Any]:
        """Enrol this database's computer with a one-time code; everything already here will be sent."""
        if self.team() is not None:
            raise TeamError(
                "Databasen är redan ansluten till ett team (asfdesk team status). "
                "Har datorn spärrats: lämna teamet först (asfdesk team leave) och anslut igen med den nya koden."
            )
        with _team_client(url, None, ca_file, self._schema) as client:
            answer = client.enrol(code, socket.gethostname()[:200])
        me, token = answer["me"], answer["token"]
        team = {"url": client.url, "me": me, "ca": str(ca_file.resolve()) if ca_file else None}
        if self._secrets.available():
            self._secrets.put(f"team-{me['device']}", token)
            team["token_in"] = "keyring"
        else:
            team["token_in"] = "database"
        with self._db.session_factory.begin() as session:
            conn = session.connection()
            left = get_state(conn, "left") or {}
            again = left.get("url") == client.url  # the team this copy came from: it knows what it had
            if not again:  # what it knew of another team means nothing here
                for local in (sync_dirty, sync_outgoing, sync_row_state):
                    conn.execute(delete(local))
            conn.execute(delete(sync_state))
            if not again:
                _mark_own_codes(session, me, AuditTrail(self._db.session_factory))
            if team["token_in"] == "database":
                set_state(conn, "token", token)
            set_state(conn, "team", team)
            set_state(conn, "cursor", 0)
            capture.install(conn)
            for table in protocol.synced_tables():
                # everything the team has not had from here is new to it; again in the same team,
                # records it had are sent only as far as they were changed (their noted edits)
                unknown = f" WHERE id NOT IN (SELECT row_id FROM sync_row_state WHERE tbl = '{table.name}')"
                conn.execute(
                    text(
                        f"INSERT OR IGNORE INTO sync_dirty (tbl, row_id, col, base_seq) "
                        f"SELECT '{table.name}', id, '{NEW_ROW}', 0 FROM \"{table.name}\"{unknown if again else ''}"
                    )
                )
        return team

    def ensure_capture(self) -> None:
        """After a schema upgrade (a rebuilt table loses its triggers), put any missing ones back."""
        if self.team() is None:
            return
        with self._db.session_factory.begin() as session:
            if capture.missing(session.connection()):
                capture.install(session.connection())

    # -- sync -----------------------------------------------------------------------------
    def sync(self, progress: Progress = _ignore, cancelled: Cancelled = _never) -> SyncResult:
        """Push, pull, push again. `progress` hears of each batch and page; `cancelled` is asked
        between them, and when it answers True the sync stops there (SyncCancelled): every step
        done is kept, so the next sync goes on from where this one stopped."""
        # one connection for the whole sync, each step its own transaction (none open while waiting)
        with self._db.engine.connect() as conn:
            with conn.begin():  # the team and this device's token, read together
                team = _joined(conn)
                if team is None:
                    raise TeamError("Databasen är inte ansluten till något team (asfdesk team join URL KOD).")
                client = self._client(team, conn)
                revoked = get_state(conn, REVOKED)
            try:
                with client:
                    if not team["me"].get("number"):  # joined before devices had numbers (or an older server)
                        self._refresh_me(client, conn, team)
                    result = self._sync(client, conn, progress, cancelled, frozenset(team["me"].get("takes", [])))
            except TeamError as exc:
                if exc.status == UNAUTHORISED:  # kept, for `team status` and the window's next start
                    with conn.begin():
                        set_state(conn, REVOKED, datetime.now().isoformat(sep=" ", timespec="minutes"))
                raise
            if revoked:  # let in again (the revoke was undone on the server, or a mistake)
                with conn.begin():
                    set_state(conn, REVOKED, None)
            return result

    @staticmethod
    def _refresh_me(client: TeamClient, conn: Connection, team: dict[str, Any]) -> None:
        me = client.me()
        with conn.begin():
            set_state(conn, "team", {**team, "me": {**team["me"], **me}})

    def _sync(
        self, client: TeamClient, conn: Connection, progress: Progress, cancelled: Cancelled, takes: frozenset[str]
    ) -> SyncResult:
        steps = _Steps(client, conn, progress, cancelled, self.page, takes)
        steps.push_all()
        received, removed = steps.pull_all()
        steps.push_all()
        self._push_audit(client, conn)
        with conn.begin():
            conflicts = self._open_conflicts(conn)
        merged = dict(steps.merged_kinds)
        return SyncResult(steps.sent - steps.merged, received, conflicts, removed, steps.merged, merged)

    @staticmethod
    def _push_audit(client: TeamClient, conn: Connection) -> None:
        """This laptop's audit entries not yet taken with a push (an older server takes them only
        this way), to the server's log (a resend is ignored)."""
        while True:
            with conn.begin():
                entries, last = audit_push.pending(conn)
            if not entries:
                return
            client.audit(entries)
            with conn.begin():
                audit_push.taken(conn, last)

    def resolve(self, conflict_id: str, value: Any) -> None:
        team = self.team()
        if team is None:
            raise TeamError("Databasen är inte ansluten till något team.")
        with self._client(team) as client:
            client.resolve(conflict_id, value)
        self.sync()


def _mark_own_codes(session: Any, me: dict[str, Any], trail: AuditTrail) -> int:
    """The participant codes this laptop made on its own get the device's letters (D26-014 →
    D26-B014) before they reach the team: another laptop's D26-014 is another person, and the same
    code means the same participant on the server. Each change is in the audit log."""
    letters = letters_of(int(me.get("number") or 0))
    if not letters:  # a server that gives no device numbers: codes as they are
        return 0
    conn = session.connection()
    participant = protocol.table("participant")
    found = conn.execute(select(participant.c.id, participant.c.code)).all()
    renamed = [{"i": str(i), "c": f"{code[:4]}{letters}{code[4:]}"} for i, code in found if code and own_code(code)]
    if renamed:
        conn.execute(text("UPDATE participant SET code = :c WHERE id = :i"), renamed)
        with trail.batch(session):
            for row in renamed:
                trail.add(session, "update", "participant", row["i"], ["code"])
    return len(renamed)


def _joined(conn: Connection) -> dict[str, Any] | None:
    """The team this database has joined (its server, this device's account), if any."""
    found = get_state(conn, "team")
    return dict(found) if found else None


class _Steps:
    """The steps of one sync over one client and one connection, each its own transaction."""

    def __init__(
        self,
        client: TeamClient,
        conn: Connection,
        progress: Progress,
        cancelled: Cancelled,
        page: int,
        takes: frozenset[str] = frozenset(),
    ) -> None:
        self.client, self.conn, self.progress, self.cancelled, self.page = client, conn, progress, cancelled, page
        self.rows = protocol.ROWS in takes  # new records as rows (whole_rows)
        self.after = protocol.AFTER in takes  # the server takes a batch sent before the answer to the one before
        self.sent = 0  # records sent (new or changed), the seeded ones as they were made left out
        self.merged = 0  # of those, records the team already had
        self.merged_kinds: Counter[str] = Counter()

    def _check(self) -> None:
        if self.cancelled():
            raise SyncCancelled

    def push_all(self) -> int:
        """Every change, batch after batch. The next batch is taken from this laptop's database
        while the server applies the one before, and the answer to one is written while the server
        applies the next. A server that takes it (`after`) is sent the next batch before it has
        answered the one before, which it names: the server applies them in that order."""
        sent = 0
        conn = self.conn
        with conn.begin():
            total = outbox.pending_count(conn)
            batch = outbox.take_batch(conn, rows=self.rows)
            # the audit entries made since the last sync go with the first batch (not kept in the
            # outbox: a batch sent again goes without them, and they go with a later push)
            entries, last_entry = audit_push.pending(conn) if batch is not None else ([], 0)
        if batch is None:
            return sent
        # not waited for on the way out: an answer that is never read leaves its batch waiting,
        # and the next sync sends it again (the server applies a batch once)
        sending = ThreadPoolExecutor(max_workers=2, thread_name_prefix="asfdesk-push")
        flying: deque[tuple[outbox.Outgoing, Future[dict[str, Any]]]] = deque()
        flying.append((batch, sending.submit(self.client.push, batch.sent_as(entries, None))))
        try:
            while flying:
                self._check()
                with conn.begin():  # the next batch, taken while the server works
                    following = outbox.take_batch(conn, skip=frozenset(b.id for b, _f in flying), rows=self.rows)
                if following is not None and self.after:  # sent at once, named as after the one before
                    flying.append(
                        (following, sending.submit(self.client.push, following.sent_as([], flying[-1][0].id)))
                    )
                    following = None
                batch, answering = flying.popleft()
                answer = answering.result()
                if batch.in_rows and "made" not in answer:  # a server that dropped them (an older one)
                    self._rows_not_taken(batch, answer)
                if following is not None:  # sent once the one before is answered
                    self._check()
                    flying.append((following, sending.submit(self.client.push, following.body)))
                with conn.begin():
                    apply_answer(conn, answer)
                    outbox.done(conn, batch.id)
                    if entries and "audit" in answer:  # an older server leaves them to _push_audit
                        audit_push.taken(conn, last_entry)
                        entries = []
                sent += batch.records
                self.sent += batch.records - sum(batch.new[table] for table in SEEDED)
                for table, ids in answer.get("remap", {}).items():
                    if table not in SEEDED:
                        self.merged += len(ids)
                        self.merged_kinds[table] += len(ids)
                self.progress(SyncProgress("send", sent, max(total, sent)))
            return sent
        finally:
            sending.shutdown(wait=False, cancel_futures=True)

    def _rows_not_taken(self, batch: outbox.Outgoing, answer: dict[str, Any]) -> None:
        """The server answered without the records sent as rows: what it did take is kept, the
        records are noted to send again, as changes (the server is not asked to take rows again)."""
        with self.conn.begin():
            apply_answer(self.conn, answer)
            outbox.give_back_rows(self.conn, batch)
            outbox.done(self.conn, batch.id)
            team = get_state(self.conn, "team") or {}
            me = team.get("me", {})
            takes = [t for t in me.get("takes", []) if t not in (protocol.ROWS, protocol.AFTER)]
            set_state(self.conn, "team", {**team, "me": {**me, "takes": takes}})
        raise TeamError(
            "Teamservern tog inte emot de nya posterna (en äldre version av servern?). "
            "De skickas igen vid nästa synkronisering."
        )

    def pull_all(self) -> tuple[int, int]:
        """Every page after the cursor. The next page is asked for while this one is written (the
        server reads while the laptop writes); the cursor still moves only with a written page, so
        a kill or a cancel leaves exactly the pages written, and a page fetched ahead is dropped."""
        received = removed = 0
        conn = self.conn
        with conn.begin():
            start = int(get_state(conn, "cursor", 0))
        # not waited for on the way out: a cancel does not wait for a page that is no longer wanted
        ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asfdesk-pull")
        try:
            # The thread only fetches the answer's bytes; its records are made here, on the thread
            # that writes them (made in the fetching thread, they would each sit in that thread's
            # own memory arena, and a first sync would hold twice the memory it needs).
            coming: Future[Any] = ahead.submit(self.client.fetch_pull, start, self.page, self._held(start))
            while True:
                self._check()
                page = self.client.body(coming.result())
                if page.get("more"):
                    after = int(page["next"])
                    coming = ahead.submit(self.client.fetch_pull, after, self.page, self._held(after))
                with conn.begin():
                    applied = apply_page(conn, page)
                received, removed = received + applied.written, removed + applied.removed
                head = int(page.get("server_seq", page["next"]))
                self.progress(SyncProgress("receive", int(page["next"]) - start, max(head - start, 0)))
                if not page.get("more"):
                    return received, removed
        finally:
            ahead.shutdown(wait=False, cancel_futures=True)

    def _held(self, after: int) -> list[list[Any]]:
        """Records this laptop holds at a sequence beyond `after`: sent ahead of their turn (parents
        of an earlier page's records), they need not come again. Empty when there are too many to say."""
        with self.conn.begin():
            beyond = sync_row_state.c.seq > after
            # counted before they are read: after a join's push every record is held beyond the cursor
            many = select(func.count()).select_from(
                select(sync_row_state.c.seq).where(beyond).limit(HELD_MOST + 1).subquery()
            )
            if int(self.conn.execute(many).scalar() or 0) > HELD_MOST:
                return []
            query = select(sync_row_state.c.tbl, sync_row_state.c.row_id, sync_row_state.c.seq).where(beyond)
            return [[str(t), str(i), int(s)] for t, i, s in self.conn.execute(query)]


def _team_client(url: str, token: str | None, ca_file: Path | None, schema: str) -> TeamClient:
    from asfdesk.sync.client import TeamClient

    return TeamClient(url, token, ca_file, schema)


def dirty_count(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(sync_dirty)).scalar() or 0)
