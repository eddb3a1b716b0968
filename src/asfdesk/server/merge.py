"""Applying a laptop's batch of changes: field by field, conflicts kept, duplicates merged (decision 0016).

One batch is one transaction. It takes the counter lock first, so batches are applied one at a
time in sequence order, and a batch id seen before returns the answer stored for it (a laptop
that lost the answer sends the batch again). Each change runs in a savepoint: a change the
policies refuse (outside the user's scope) or the database refuses (a rule broken) is reported
and the rest of the batch still goes in.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from asfdesk.server import fields as hidden
from asfdesk.server import fresh, known, rows, scope
from asfdesk.server.accounts import Who, act_as, audit, now
from asfdesk.server.batch import Batch, Change, Refused, decoded, resolve, transient
from asfdesk.server.edits import decide, same
from asfdesk.server.register import Sequencer, record_change, row_meta, touch
from asfdesk.server.tables import sync_alias, sync_conflict, sync_counter, sync_push, team_account, team_device
from asfdesk.sync import protocol

log = logging.getLogger(__name__)


EAGER_FROM = 500  # changes in a batch from which it takes the counter first (register.Sequencer)


class NotYet(Exception):
    """The batch named as sent before this one has not been applied yet."""


def apply_batch(
    conn: Connection,
    who: Who,
    batch_id: str,
    changes: list[Change],
    staged: Sequence[rows.Staged] = (),
    after: str | None = None,
) -> dict[str, Any]:
    """Apply a batch: `changes`, and new records sent as rows (`staged` by server.rows). `after`:
    the batch the laptop sent before this one without waiting for its answer; until it has been
    applied, this one is not (NotYet: the caller undoes the transaction and tries again)."""
    # one batch of a device at a time: a batch sent again while the first is applied waits, then
    # finds the stored answer
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": _turn(who)})
    stored = _stored(conn, who, batch_id)
    if stored is not None:
        return stored
    if after is not None and _stored(conn, who, after) is None:
        raise NotYet(after)
    act_as(conn, who.role, who.organisation_id, who.account_id)
    # a change based on a number the server never handed out would pass as knowing every later one
    newest = int(conn.execute(select(sync_counter.c.seq).where(sync_counter.c.id == 1)).scalar_one())
    ahead = [c for c in changes if c.base > newest]
    changes = [c for c in changes if c.base <= newest]
    own = frozenset(conn.execute(select(team_device.c.id).where(team_device.c.account_id == who.account_id)).scalars())
    in_rows = sum(len(b.rows) + len(b.leftovers) for b in staged)
    sequencer = Sequencer(conn, eager=len(changes) + in_rows >= EAGER_FROM)
    batch = Batch(who, conn, sequencer, own_devices=own | {who.device_id})
    batch.refused += [{"t": c.table[:40], "id": c.id, "reason": "versionen finns inte på servern"} for c in ahead]
    order = {t.name: i for i, t in enumerate(protocol.synced_tables())}
    by_table: dict[str, list[Change]] = {}
    for change in changes:
        by_table.setdefault(change.table, []).append(change)
    rows_of: dict[str, list[rows.Staged]] = {}
    for block in staged:
        rows_of.setdefault(block.table, []).append(block)
    for table in sorted({*by_table, *rows_of}, key=lambda t: order.get(t, -1)):
        group = [c for block in rows_of.get(table, []) for c in rows.insert_staged(batch, block)]
        group += by_table.get(table, [])
        if protocol.is_synced(table):
            group = known.update_known(batch, table, fresh.insert_new(batch, table, group))
        for change in group:
            try:
                with conn.begin_nested():
                    _apply(batch, change)
            except Refused as exc:
                batch.refused.append({"t": change.table, "id": change.id, "reason": str(exc)})
            except DBAPIError as exc:
                if transient(exc):
                    raise
                batch.refused.append({"t": change.table, "id": change.id, "reason": _reason(exc)})
    for table, loser, winner, values in batch.merges:
        try:
            with conn.begin_nested():
                _merge_into(batch, table, loser, winner, values)
        except (Refused, DBAPIError) as exc:
            if transient(exc):
                raise
            batch.refused.append({"t": table, "id": loser, "reason": _reason(exc)})
    made = [[table, row_id] for table, _first, ids in batch.made for row_id in ids[:1000]]
    accepted = len(batch.accepted) + sum(len(ids) for _table, _first, ids in batch.made)
    audit(
        conn,
        "push",
        who,
        ids=([[a[0], a[1]] for a in batch.accepted] + made)[:1000],
        detail=f"{accepted} ändrade, {len(batch.conflicts)} konflikter, {len(batch.refused)} avvisade",
    )
    sequencer.close()  # from here to the commit, other pushes wait
    answer = batch.answer()
    conn.execute(insert(sync_push).values(device_id=who.device_id, batch_id=batch_id, answer=answer, at=now()))
    return answer


def ready_after(conn: Connection, who: Who, after: str | None) -> None:
    """Before a batch does any work: NotYet when the batch it names as sent before it has neither
    been applied nor is being applied now (it has not arrived). One being applied holds the
    device's turn; this batch then does its own preparation meanwhile and waits for the turn."""
    if after is None or _stored(conn, who, after) is not None:
        return
    free = conn.execute(text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": _turn(who)})
    if free.scalar():
        raise NotYet(after)


def _turn(who: Who) -> str:
    """The advisory lock's key for a device's turn: one batch of a device at a time."""
    return f"push {who.device_id}"


def _stored(conn: Connection, who: Who, batch_id: str) -> dict[str, Any] | None:
    """The answer given to a batch of this device, if it was applied."""
    found = conn.execute(
        select(sync_push.c.answer).where(sync_push.c.device_id == who.device_id, sync_push.c.batch_id == batch_id)
    ).scalar()
    return None if found is None else dict(found)


def _reason(exc: BaseException) -> str:
    """Why the database refused a change, in words for the person whose laptop sent it."""
    if isinstance(exc, Refused):
        return str(exc)
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    column = getattr(diag, "column_name", None) or ""
    text_ = str(orig).strip().splitlines()[0] if str(orig).strip() else type(exc).__name__
    if "row-level security" in text_:
        return "utanför din behörighet"
    if state in REASONS:
        return REASONS[state].format(column=column or "ett fält")
    if state.startswith("22"):  # data exceptions: a value PostgreSQL cannot take
        return "ogiltigt värde"
    log.warning("a change was refused by the database: %s %s", state, text_[:500])  # for whoever runs the server
    return "databasen tog inte emot ändringen"


REASONS = {
    "23502": "{column} får inte vara tomt",
    "23503": "hänvisar till en post som inte finns",
    "23505": "posten finns redan",
    "23514": "ett värde är utanför det tillåtna",
    "22001": "ett värde är för långt",
    "22P05": "ogiltiga tecken",
    "22021": "ogiltiga tecken",
    "22007": "ogiltigt datum",
    "22008": "ogiltigt datum",
}


def _apply(batch: Batch, change: Change) -> None:
    if not protocol.is_synced(change.table):
        raise Refused(f"okänd tabell {change.table[:40]}")
    row_id = resolve(batch, change.table, change.id)
    values = decoded(batch, change)
    meta = row_meta(batch.conn, change.table, row_id, lock=True)
    if change.removed:
        if meta is not None:
            _update_fields(batch, change.table, row_id, {"deleted_at": now()}, change.base, meta)
        return
    if meta is None:
        if not change.new:
            raise Refused("posten finns inte på servern")
        winner = _natural_match(batch, change.table, values)
        if winner is not None and winner != row_id:
            batch.remap.setdefault(change.table, {})[row_id] = winner
            batch.conn.execute(insert(sync_alias).values(tbl=change.table, old_id=row_id, new_id=winner))
            batch.merges.append((change.table, row_id, winner, values))
            return
        _insert(batch, change.table, row_id, values)
        return
    _update_fields(batch, change.table, row_id, values, change.base, meta)


def _natural_match(batch: Batch, table: str, values: dict[str, Any]) -> str | None:
    return fresh.natural_matches(batch.conn, table, [values], lock=True)[0]


def _insert(batch: Batch, table: str, row_id: str, values: dict[str, Any]) -> None:
    fresh.insert_rows(batch, table, [(row_id, values)])


def _current(batch: Batch, table: str, row_id: str) -> dict[str, Any] | None:
    model = protocol.table(table)
    found = batch.conn.execute(select(model).where(model.c.id == row_id)).first()
    return None if found is None else dict(found._mapping)


def _update_fields(
    batch: Batch, table: str, row_id: str, values: dict[str, Any], base: int, meta: dict[str, Any]
) -> None:
    current = _current(batch, table, row_id)
    if current is None:
        raise Refused("utanför din behörighet")
    decided = decide(batch, table, values, base, meta, current)
    stamps: dict[str, list[Any]] = meta["fields"]
    for column, kind in decided.conflicts:
        _conflict(batch, table, row_id, column, kind, current.get(column), values[column], stamps.get(column))
    changed, others = decided.changed, decided.others
    if not changed:
        batch.accepted.append([table, row_id, meta["seq"], not others])
        return
    _write(batch, table, row_id, changed)
    batch.accepted.append([table, row_id, batch.sequencer.last, not others])


def _write(batch: Batch, table: str, row_id: str, changed: dict[str, Any]) -> None:
    seq = batch.sequencer.take()
    model = protocol.table(table)
    before = _current(batch, table, row_id) if scope.decides(table, set(changed)) else None
    done = batch.conn.execute(update(model).where(model.c.id == row_id).values(**changed, updated_at=now()))
    if done.rowcount != 1:
        raise Refused("utanför din behörighet")
    record_change(batch.conn, table, row_id, seq, list(changed), batch.who.device_id)
    if before is not None:  # who may see what hangs on this record has changed: offer it to everyone again
        scope.touch_from(batch.conn, table, [before, {**before, **changed}], batch.sequencer)


def _merge_into(batch: Batch, table: str, loser: str, winner: str, values: dict[str, Any]) -> None:
    """A duplicate by natural key: empty fields of the winner are filled, differing ones recorded as conflicts.

    The winner is offered to every laptop again (a new number), so the one that sent the duplicate
    gets it whole — or, when its user may not see the winner, is told to drop its copy.
    """
    touch(batch.conn, table, winner, batch.sequencer.take())
    current = _current(batch, table, winner)
    if current is None:
        _merge_unseen(batch, table, loser, winner, values)
        return
    withheld = hidden.withheld(batch.who.role, table)
    meta = row_meta(batch.conn, table, winner, lock=True) or {"seq": 0, "fields": {}}
    edited = _edited_since_made(meta)
    changed: dict[str, Any] = {}
    for column, value in values.items():
        if column in withheld or column in ("created_at", "deleted_at") or same(current.get(column), value):
            continue
        if protocol.is_empty(current.get(column)) and column not in edited:
            changed[column] = value
        elif not protocol.is_empty(value):
            _conflict(batch, table, winner, column, "field", current.get(column), value, meta["fields"].get(column))
    if changed:
        _write(batch, table, winner, changed)
    batch.accepted.append([table, loser, batch.sequencer.last if changed else meta["seq"], False])


def _edited_since_made(meta: dict[str, Any] | None) -> set[str]:
    """Fields someone changed after the record was made: emptied on purpose is not 'empty'."""
    stamps: dict[str, list[Any]] = (meta or {}).get("fields", {})
    if not stamps:
        return set()
    made = min(seq for seq, _device in stamps.values())
    return {column for column, (seq, _device) in stamps.items() if seq > made}


def _merge_unseen(batch: Batch, table: str, loser: str, winner: str, values: dict[str, Any]) -> None:
    """A duplicate of a record the sender may not see: its values fill the record's empty fields
    (through a function that may do only that), and where both hold a value a conflict is recorded
    for those who may see the record; the sender is told nothing of the record's content."""
    withheld = hidden.withheld(batch.who.role, table)
    sent = {c: protocol.encode(v) for c, v in values.items() if c not in withheld}
    edited = sorted(_edited_since_made(row_meta(batch.conn, table, winner)))
    result = batch.conn.execute(
        text("SELECT asfdesk_merge_fill(:t, :i, CAST(:v AS jsonb), CAST(:e AS text[]))"),
        {"t": table, "i": winner, "v": json.dumps(sent), "e": edited},
    ).scalar()
    if result:
        if result["filled"]:
            record_change(
                batch.conn, table, winner, batch.sequencer.take(), list(result["filled"]), batch.who.device_id
            )
        meta = row_meta(batch.conn, table, winner) or {"fields": {}}
        for column, kept in result["differs"].items():
            _conflict(batch, table, winner, column, "field", kept, sent[column], meta["fields"].get(column))
    batch.accepted.append([table, loser, 0, False])


def _conflict(
    batch: Batch, table: str, row_id: str, column: str, kind: str, kept: Any, other: Any, stamp: list[Any] | None
) -> None:
    seq = batch.sequencer.take()
    kept_by = _device_owner(batch.conn, stamp[1] if stamp else None)
    kept_by["seq"] = stamp[0] if stamp else 0
    other_by = {
        "account": batch.who.account_id,
        "device": batch.who.device_id,
        "name": batch.who.name,
        "at": now().isoformat(),
    }
    record = {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "tbl": table,
        "row_id": row_id,
        "field": column,
        "kind": kind,
        "kept": protocol.encode(kept),
        "other": protocol.encode(other),
        "kept_by": kept_by,
        "other_by": other_by,
        "created_at": now(),
    }
    batch.conn.execute(insert(sync_conflict).values(**record))
    batch.conflicts.append({**record, "created_at": record["created_at"].isoformat()})


def _device_owner(conn: Connection, device_id: str | None) -> dict[str, Any]:
    if device_id is None:
        return {"account": None, "device": None, "name": "servern"}
    found = conn.execute(
        select(team_account.c.id, team_account.c.name)
        .join(team_device, team_device.c.account_id == team_account.c.id)
        .where(team_device.c.id == device_id)
    ).first()
    return {"account": found.id if found else None, "device": device_id, "name": found.name if found else "?"}


def resolve_conflict(conn: Connection, who: Who, conflict_id: str, value: Any) -> dict[str, Any]:
    """A person's decision: the field takes `value` (one of the two, or a third) for everyone."""
    act_as(conn, who.role, who.organisation_id, who.account_id)
    sequencer = Sequencer(conn)
    found = conn.execute(select(sync_conflict).where(sync_conflict.c.id == conflict_id).with_for_update()).first()
    if found is None:
        raise Refused("konflikten finns inte")
    involved = who.account_id in (found.kept_by.get("account"), found.other_by.get("account"))
    if not involved and who.role != "samordnare":
        raise Refused("konflikten gäller inte dig")
    if found.resolved_at is not None:
        raise Refused("konflikten är redan avgjord")
    batch = Batch(who, conn, sequencer)
    try:
        decoded = protocol.decode(found.tbl, found.field, value)
    except (KeyError, ValueError) as exc:
        raise Refused(f"ogiltigt värde: {exc}") from exc
    current = _current(batch, found.tbl, found.row_id)
    if current is None:
        raise Refused("utanför din behörighet")
    changes: dict[str, Any] = {} if same(current.get(found.field), decoded) else {found.field: decoded}
    keeps_edit = not same(protocol.encode(decoded), found.kept)
    if found.kind == "deleted" and keeps_edit and current.get("deleted_at") is not None:
        changes["deleted_at"] = None  # keeping the edit brings the removed record back
    if changes:
        _write(batch, found.tbl, found.row_id, changes)
        # offered to everyone again, the decider's laptop too: its change, but not one it holds
        touch(conn, found.tbl, found.row_id, sequencer.take())
    seq = sequencer.take()
    conn.execute(
        update(sync_conflict)
        .where(sync_conflict.c.id == conflict_id)
        .values(seq=seq, resolved_at=now(), resolved_by=who.account_id, resolution={"value": protocol.encode(decoded)})
    )
    audit(conn, "resolve", who, table=found.tbl, ids=[found.row_id], detail=found.field)
    sequencer.close()
    return {"seq": sequencer.real(seq)}
