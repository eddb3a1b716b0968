"""One pushed batch as the server applies it: its changes, its answer, and decoding what was sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Connection, select

from asfdesk.domain.validation import check_orgnr, check_personnummer
from asfdesk.server.accounts import Who
from asfdesk.server.any_of import any_of
from asfdesk.server.register import Sequencer
from asfdesk.server.tables import sync_alias
from asfdesk.sync import protocol


class Refused(Exception):
    """A change that is not applied; the reason goes back to the laptop."""


@dataclass
class Change:
    table: str
    id: str
    base: int = 0
    new: bool = False
    removed: bool = False
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Batch:
    who: Who
    conn: Connection
    sequencer: Sequencer
    accepted: list[list[Any]] = field(default_factory=list)  # [table, id, seq, caught_up]
    made: list[tuple[str, int, list[str]]] = field(default_factory=list)  # new records in a run: ids[i] has first + i
    remap: dict[str, dict[str, str]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    merges: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)
    # every device of the sender's account: a person does not conflict with herself (a laptop that
    # was revoked and joined again, or her second computer); her latest write stands
    own_devices: frozenset[str] = frozenset()

    def answer(self) -> dict[str, Any]:
        """What the laptop is told, with real sequence numbers (the sequencer closed)."""
        real = self.sequencer.real
        conflicts = [
            {**c, "seq": real(c["seq"]), "kept_by": {**c["kept_by"], "seq": real(c["kept_by"]["seq"])}}
            for c in self.conflicts
        ]
        return {
            "accepted": [[t, i, real(seq), *rest] for t, i, seq, *rest in self.accepted],
            "made": [[t, real(first), ids] for t, first, ids in self.made],
            "remap": self.remap,
            "conflicts": conflicts,
            "refused": self.refused,
        }


def transient(exc: BaseException) -> bool:
    """A database error that says nothing of the change: a deadlock between transactions (one is
    chosen to give way) or a serialisation failure. The whole transaction is tried again, so it is
    never reported as a change refused."""
    orig = getattr(exc, "orig", exc)  # SQLAlchemy's wrapper, or the driver's own (a COPY)
    return isinstance(orig, psycopg.Error) and orig.sqlstate in TRANSIENT


TRANSIENT = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


# identities checked as the laptops' forms check them (a record's natural key: a wrong one would
# neither merge with its twin nor be editable on any laptop); a laptop sends them as it stores them
CHECKED: dict[tuple[str, str], Callable[[str], tuple[str | None, str | None]]] = {
    ("enterprise", "orgnr"): check_orgnr,
    ("participant", "personnummer"): check_personnummer,
}


def resolve(batch: Batch, table: str, row_id: str) -> str:
    """The id a record has on the server (a duplicate merged into another goes by the other's)."""
    return resolve_many(batch, table, [row_id])[row_id]


def resolve_many(batch: Batch, table: str, ids: list[str]) -> dict[str, str]:
    remap = batch.remap.get(table, {})
    found = {i: remap[i] for i in ids if i in remap}
    asked = [i for i in dict.fromkeys(ids) if i not in found]
    for start in range(0, len(asked), 5000):
        chunk = asked[start : start + 5000]
        query = select(sync_alias.c.old_id, sync_alias.c.new_id).where(
            sync_alias.c.tbl == table, any_of(sync_alias.c.old_id, chunk)
        )
        found.update({str(old): str(new) for old, new in batch.conn.execute(query)})
    return {i: found.get(i, i) for i in ids}


def resolve_parents(batch: Batch, table: str, changes: list[Change]) -> dict[str, dict[str, str]]:
    """Every record these changes (all of `table`) refer to, by parent table: its id on the server."""
    referred: dict[str, list[str]] = {}  # parent table → the ids these records refer to (any column)
    for column, parent in protocol.references(table).items():
        referred.setdefault(parent, []).extend(str(c.fields[column]) for c in changes if c.fields.get(column))
    return {parent: resolve_many(batch, parent, wanted) for parent, wanted in referred.items()}


def decoded(batch: Batch, change: Change, parents: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """The sent fields as values, references re-pointed to merged records (`parents`: resolved already)."""
    columns = set(protocol.data_columns(change.table))
    unknown = set(change.fields) - columns
    if unknown:
        raise Refused(f"okända fält: {', '.join(sorted(unknown))[:120]}")
    values: dict[str, Any] = {}
    for column, raw in change.fields.items():
        try:
            values[column] = protocol.decode(change.table, column, raw)
        except ValueError as exc:
            raise Refused(str(exc)) from exc
        if values[column] and (check := CHECKED.get((change.table, column))):
            normalised, message = check(str(values[column]))
            if message or normalised != values[column]:
                raise Refused(message or f"{column} skrivs {normalised}")
    for column, parent in protocol.references(change.table).items():
        if values.get(column):
            wanted = str(values[column])
            known = (parents or {}).get(parent, {})
            values[column] = known[wanted] if wanted in known else resolve(batch, parent, wanted)
    return values
