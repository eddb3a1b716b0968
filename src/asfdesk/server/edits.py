"""How one laptop's edit of a record meets what others changed since the version it was based on
(decision 0016): the fields it changes, and those in conflict. The same rules whether the edit is
applied alone or together with others of its batch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asfdesk.server import fields as hidden
from asfdesk.server.batch import Batch
from asfdesk.sync import protocol


def same(a: Any, b: Any) -> bool:
    if protocol.is_empty(a) and protocol.is_empty(b):
        return True
    return bool(protocol.encode(a) == protocol.encode(b))


@dataclass
class Decided:
    """What an edit does to a record: the fields it changes, the fields others changed since its
    base, and the fields in conflict (column, kind)."""

    changed: dict[str, Any]
    others: set[str]
    conflicts: list[tuple[str, str]]


def decide(
    batch: Batch, table: str, values: dict[str, Any], base: int, meta: dict[str, Any], current: dict[str, Any]
) -> Decided:
    withheld = hidden.withheld(batch.who.role, table)
    if withheld & set(values):
        values = {k: v for k, v in values.items() if k not in withheld}
    stamps: dict[str, list[Any]] = meta["fields"]
    others = {c for c, (seq, device) in stamps.items() if seq > base and device not in batch.own_devices}
    deleted_by_other = current.get("deleted_at") is not None and "deleted_at" in others
    decided = Decided({}, others, [])
    for column, value in values.items():
        if column == "created_at" or same(current.get(column), value):
            continue  # when a record was made is set once, by whoever made it
        if column == "deleted_at" and current.get(column) is not None and value is not None:
            continue  # removed on both sides: the first removal stands, nothing to decide
        if deleted_by_other and column != "deleted_at":
            decided.conflicts.append((column, "deleted"))
        elif column in others:
            decided.conflicts.append((column, "field"))
        else:
            decided.changed[column] = value
    return decided
