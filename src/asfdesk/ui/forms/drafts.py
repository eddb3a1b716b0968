"""Drafts of open forms, written to disk as the user types, offered back after a crash.

A draft is deleted when its form is saved or deliberately closed; one that is still there
when the form opens again was left behind by a crash, a kill or a flat battery.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import types
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value))


def _revive(hint: Any, value: Any) -> Any:
    """Turn a JSON value back into the type a dataclass field declares."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _revive(options[0], value) if options else value
    if origin is list:
        (inner,) = typing.get_args(hint) or (Any,)
        return [_revive(inner, item) for item in value]
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return from_plain(hint, value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def from_plain(cls: type, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _revive(hints[k], v) for k, v in data.items() if k in names})


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^\w.-]", "_", key) + ".json")

    def save(self, key: str, data: Any) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        body = {"saved_at": datetime.now().isoformat(timespec="seconds"), "data": dataclasses.asdict(data)}
        path = self._path(key)
        staging = path.with_suffix(".tmp")
        staging.write_text(json.dumps(body, ensure_ascii=False, default=_plain), encoding="utf-8")
        os.replace(staging, path)  # a half-written draft never replaces a whole one

    def load(self, key: str, cls: type) -> tuple[datetime, Any] | None:
        path = self._path(key)
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            return datetime.fromisoformat(body["saved_at"]), from_plain(cls, body["data"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)  # unreadable: nothing to offer
            return None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def pending(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.json")) if self.folder.is_dir() else []
