"""Serving pulls: the records changed after a laptop's cursor, as its user may see them, in pages.

A page holds the register's next rows by sequence, up to a limit and never past the counter as
committed when the page was read (so a later page cannot hold a number below this one's end).
A record the user may not see comes as `row: null`, and the laptop drops its copy: that is how a
record leaving someone's scope leaves their laptop. References to records the user may not see
are sent empty, fields the role does not receive are left out, and a record's parents changed
later than the page come along with it, so the laptop can write every page on its own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, text

from asfdesk.server import fields as hidden
from asfdesk.server.accounts import Who, act_as
from asfdesk.server.any_of import any_of
from asfdesk.server.tables import sync_conflict, sync_counter
from asfdesk.sync import protocol, roles

MAX_PAGE = 5000


def pull(
    conn: Connection, who: Who, after: int, limit: int, held: dict[tuple[str, str], int] | None = None
) -> dict[str, Any]:
    """The page after `after`. `held`: records the laptop holds at a sequence beyond `after`, which are
    neither sent again at that sequence nor sent ahead as parents (the laptop has them)."""
    held = held or {}
    act_as(conn, who.role, who.organisation_id, who.account_id)
    committed = int(conn.execute(select(sync_counter.c.seq).where(sync_counter.c.id == 1)).scalar_one())
    found = conn.execute(PAGE, {"after": after, "committed": committed, "limit": limit, "device": who.device_id}).all()
    full = len(found) == limit  # more to come
    upper = int(found[-1].seq) if full else committed
    register = [e for e in found if protocol.is_synced(e.tbl) and held.get((e.tbl, e.row_id), -1) < e.seq]
    wanted: dict[str, list[str]] = {}
    for entry in register:
        wanted.setdefault(entry.tbl, []).append(entry.row_id)
    visible = _visible_rows(conn, who, wanted)
    changes = [{"t": e.tbl, "id": e.row_id, "seq": e.seq, "row": visible.get((e.tbl, e.row_id))} for e in register]
    changes += _parents_after(conn, who, [c for c in changes if c["row"] is not None], upper, set(held))
    order = {t.name: i for i, t in enumerate(protocol.synced_tables())}
    changes.sort(key=lambda c: order[c["t"]])  # one page is one transaction: parents before children
    return {
        "changes": changes,
        "conflicts": _conflicts(conn, who, after, upper),
        "next": upper,
        "more": full,
        "server_seq": committed,
    }


# The register's next rows that are not the device's own echo: the record's latest change is this
# device's own, whole (every field as it sent it, and nothing since that could change what it holds:
# no other device's edit, no merge, no narrowing of who may see it); its laptop holds exactly that
# already, so it is not sent back. Two columns the writes keep (decision 0016). The page's limit
# counts only what travels: a first join's pull passes hundreds of thousands of its own records in
# one page, not in a page per few thousand of them.
PAGE = text(
    "SELECT tbl, row_id, seq FROM sync_row WHERE seq > :after AND seq <= :committed"
    " AND NOT (whole_device IS NOT NULL AND whole_device = :device AND whole_seq = seq)"
    " ORDER BY seq LIMIT :limit"
)


def _visible_rows(conn: Connection, who: Who, wanted: dict[str, list[str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows of `wanted` that the user's policies let through, as JSON, withheld fields left out."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for name, ids in wanted.items():
        if not protocol.is_synced(name):
            continue
        model = protocol.table(name)
        rows = [dict(r._mapping) for r in conn.execute(select(model).where(any_of(model.c.id, ids))).all()]
        if not rows:
            continue
        leave_out = set(hidden.withheld(who.role, name))
        allowed = (
            hidden.personnummer_allowed(conn, who.role, who.organisation_id, rows) if name == "participant" else set()
        )
        # a field the role receives record by record (a personnummer, by consent) is sent empty
        # where it is not allowed now, so a laptop that had it while it was lets it go
        emptied = roles.SOMETIMES_SENT.get(who.role, {}).get(name, frozenset())
        rows = _empty_unseen_references(conn, name, rows)
        for row in rows:
            open_here = {c for c in emptied if c == "personnummer" and row["id"] in allowed}
            columns = tuple(c for c in protocol.data_columns(name) if c not in leave_out or c in emptied)
            if emptied - open_here:
                row = {**row, **dict.fromkeys(emptied - open_here)}
            found[(name, row["id"])] = protocol.encode_pulled(name, row, columns)
    return found


def _empty_unseen_references(conn: Connection, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A reference to a record this user may not see is sent empty (it is never written back: only
    changed fields travel from a laptop). A record that cannot exist without the one it refers to
    (a placement without its participant) is not sent at all: it is as unseen as its parent."""
    keep = list(rows)
    for column, parent in protocol.references(table).items():
        ids = {r[column] for r in keep if r.get(column)}
        if not ids:
            continue
        model = protocol.table(parent)
        seen = {str(i) for i in conn.execute(select(model.c.id).where(any_of(model.c.id, ids))).scalars()}
        required = not protocol.table(table).columns[column].nullable
        if required:
            keep = [r for r in keep if not r.get(column) or r[column] in seen]
        for row in keep:
            if row.get(column) and row[column] not in seen:
                row[column] = None
    return keep


LATER = text(
    "SELECT r.tbl, r.row_id, r.seq FROM sync_row AS r "
    "JOIN unnest(CAST(:t AS text[]), CAST(:i AS text[])) AS w(t, i) ON r.tbl = w.t AND r.row_id = w.i "
    "WHERE r.seq >= :upper AND NOT (r.whole_device IS NOT NULL AND r.whole_device = :device AND r.whole_seq = r.seq)"
)


def _parents_after(
    conn: Connection, who: Who, changes: list[dict[str, Any]], upper: int, held: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Visible parents of these rows whose own latest change comes after the page (sent now as well,
    unless the laptop holds them already)."""
    extra: list[dict[str, Any]] = []
    seen = {(c["t"], c["id"]) for c in changes} | held
    pending = changes
    while pending:
        wanted: dict[tuple[str, str], None] = {}
        for change in pending:
            for column, parent in protocol.references(change["t"]).items():
                value = change["row"].get(column)
                if value and (parent, value) not in seen:
                    wanted[(parent, value)] = None
        if not wanted:
            break
        later = conn.execute(
            LATER,  # a record of the page's last number may fall on the next page: >= upper
            {"t": [t for t, _i in wanted], "i": [i for _t, i in wanted], "upper": upper, "device": who.device_id},
        ).all()
        by_table: dict[str, list[str]] = {}
        for entry in later:
            by_table.setdefault(entry.tbl, []).append(entry.row_id)
        rows = _visible_rows(conn, who, by_table)
        pending = []
        for entry in later:
            row = rows.get((entry.tbl, entry.row_id))
            seen.add((entry.tbl, entry.row_id))
            if row is not None:
                pending.append({"t": entry.tbl, "id": entry.row_id, "seq": entry.seq, "row": row})
        extra = pending + extra  # grandparents before parents
    order = {t.name: i for i, t in enumerate(protocol.synced_tables())}
    return sorted(extra, key=lambda c: order[c["t"]])


def _conflicts(conn: Connection, who: Who, after: int, upper: int) -> list[dict[str, Any]]:
    """Conflicts recorded or decided in this page's range that involve this user."""
    rows = conn.execute(
        select(sync_conflict)
        .where(sync_conflict.c.seq > after, sync_conflict.c.seq <= upper)
        .order_by(sync_conflict.c.seq)
    ).all()
    found = []
    for r in rows:
        record = dict(r._mapping)
        involved = who.account_id in (record["kept_by"].get("account"), record["other_by"].get("account"))
        if not involved and who.role != "samordnare":
            continue
        model = protocol.table(record["tbl"])
        if conn.execute(select(model.c.id).where(model.c.id == record["row_id"])).first() is None:
            continue  # a conflict about a record this user may not see is for those who may
        for key in ("created_at", "resolved_at"):
            if record[key] is not None:
                record[key] = record[key].isoformat()
        found.append(record)
    return found
