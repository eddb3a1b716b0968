"""The audit log as a hash chain: a changed, removed, inserted or backdated entry shows.

Each entry has a sequence number and a hash over its own content and the previous entry's
hash, so changing any entry breaks every hash after it. Triggers forbid UPDATE and DELETE;
this makes it evident when someone went around them (DROP TRIGGER, a plain INSERT). The newest
(sequence, hash) is also written to `<database>.asfdesk-audit.json` after each commit that
adds entries: rewriting the whole chain with plain SQL then no longer matches that head.

`verify_chain` reads every entry; `check` and the window's start-up call it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
HEAD_SUFFIX = ".asfdesk-audit.json"
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")
# Clocks are corrected now and then; an entry dated earlier than its predecessor by more than this is backdated.
CLOCK_SLACK = timedelta(hours=1)


def head_file(database: Path) -> Path:
    return Path(f"{database}{HEAD_SUFFIX}")


def canonical_time(at: datetime | str) -> str:
    """The entry's time as UTC text with microseconds, however the driver handed it over."""
    value = datetime.fromisoformat(at) if isinstance(at, str) else at
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="microseconds")


def entry_hash(
    previous: str,
    seq: int,
    entry_id: str,
    at: datetime | str,
    actor: str,
    action: str,
    kind: str,
    record_id: str,
    fields: list[str] | str,
) -> str:
    names = json.loads(fields) if isinstance(fields, str) else fields
    payload = json.dumps(
        [seq, entry_id, canonical_time(at), actor, action, kind, record_id, list(names)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((previous + payload).encode("utf-8")).hexdigest()


_WRITING_HEAD = threading.Lock()  # threads of one window commit at once; their heads go one at a time
_WRITTEN: dict[Path, int] = {}  # the sequence this process last wrote beside each open database


def write_head(database: Path, seq: int, digest: str) -> None:
    """The newest entry's (sequence, hash) beside the database. Never older than the one this
    process wrote before: two threads that committed one after the other may get here in the
    other order."""
    target = head_file(database)
    staging = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    with _WRITING_HEAD:
        if _WRITTEN.get(target, -1) > seq:
            return
        try:
            staging.write_text(json.dumps({"seq": seq, "hash": digest}), encoding="utf-8")
            os.replace(staging, target)
        except OSError:
            staging.unlink(missing_ok=True)  # a full disk leaves the old head, not an empty file beside it
            raise
        _WRITTEN[target] = seq


def forget_written_head(database: Path) -> None:
    """The database is closed: the file may be replaced (a restore, an encryption) by one whose
    log is shorter, and its next head is written whatever this process wrote before."""
    with _WRITING_HEAD:
        _WRITTEN.pop(head_file(database), None)


def read_head(database: Path) -> tuple[int, str] | None:
    try:
        body = json.loads(head_file(database).read_text(encoding="utf-8"))
        return int(body["seq"]), str(body["hash"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return (-1, "")  # present but unreadable: it cannot vouch for anything


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problem: str  # "" when the chain holds
    unvouched: bool = False  # entries, but no head file beside the database to vouch for the last one

    @property
    def ok(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        if not self.ok:
            return f"BRUTEN – {self.problem}"
        if self.unvouched:
            return (
                f"obruten ({self.entries} poster), men filen med loggens senaste post saknas: "
                "att poster har tagits bort på slutet kan inte uteslutas"
            )
        return f"obruten ({self.entries} poster)"


COLUMNS = "seq, hash, id, at, actor, action, kind, record_id, fields"


def verify_rows(rows: Iterable[tuple[Any, ...]], head: tuple[int, str] | None, triggers: set[str]) -> ChainReport:
    """Check entries ordered by sequence (seq NULL last), the triggers present and the head kept beside the file."""
    missing = [name for name in TRIGGERS if name not in triggers]
    previous, expected_seq, latest, count = GENESIS, 1, None, 0
    at_head = ""  # the digest of the entry the head file names
    for seq, digest, entry_id, at, actor, action, kind, record_id, fields in rows:
        count += 1
        if seq is None:
            return ChainReport(count, f"post {entry_id} saknar plats i kedjan (infogad utanför asfdesk)")
        if seq != expected_seq:
            return ChainReport(count, f"post {expected_seq} saknas (nästa är {seq}): poster har tagits bort")
        if entry_hash(previous, seq, entry_id, at, actor, action, kind, record_id, fields) != digest:
            return ChainReport(count, f"post {seq} ({canonical_time(at)[:16]}) har ändrats eller lagts in i efterhand")
        when = datetime.fromisoformat(canonical_time(at))
        if latest is not None and when < latest - CLOCK_SLACK:
            return ChainReport(count, f"post {seq} är daterad {when:%Y-%m-%d %H:%M}, före posten innan: bakåtdaterad")
        latest = max(latest or when, when)
        previous, expected_seq = digest, expected_seq + 1
        if head is not None and seq == head[0]:
            at_head = digest
    if head is not None:
        head_seq, head_hash = head
        if head_seq < 0:
            return ChainReport(count, "filen med loggens senaste post går inte att läsa")
        if head_seq > count:
            return ChainReport(count, f"loggen har {count} poster men hade {head_seq}: poster har tagits bort")
        if head_seq and at_head != head_hash:
            return ChainReport(count, f"post {head_seq} stämmer inte med den som sparades: loggen har skrivits om")
    if missing:
        return ChainReport(count, f"skyddet mot ändringar ({', '.join(missing)}) har tagits bort")
    return ChainReport(count, "", unvouched=head is None and count > 0)


def verify_chain(conn: Any, database: Path) -> ChainReport:
    """Verify the audit log of an open DB-API connection to `database`."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_log" not in tables:
        return ChainReport(0, "")
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    rows = conn.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq IS NULL, seq")
    return verify_rows(rows, read_head(database), triggers)
