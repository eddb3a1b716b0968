"""Drafts of open forms, written to the database as the user types, offered back after a crash.

A draft is deleted when its form is saved or deliberately closed; one that is still there
when the form opens again was left behind by a crash, a kill or a flat battery.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import types
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from asfdesk.services.draft_service import DraftService

log = logging.getLogger(__name__)


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
    """A form's input as JSON in the database's own draft table (see DraftService)."""

    def __init__(self, service: DraftService) -> None:
        self._service = service

    def save(self, key: str, data: Any) -> None:
        try:
            self._service.save(key, json.dumps(dataclasses.asdict(data), ensure_ascii=False, default=_plain))
        except SQLAlchemyError as exc:  # a missed draft must never cost the form itself
            log.warning("Draft %s not saved: %s", key, exc)

    def load(self, key: str, cls: type) -> tuple[datetime, Any] | None:
        found = self._service.load(key)
        if found is None:
            return None
        saved_at, body = found
        try:
            return saved_at, from_plain(cls, json.loads(body))
        except (ValueError, KeyError, TypeError):
            self._service.discard(key)  # unreadable (e.g. the form has changed since): nothing to offer
            return None

    def discard(self, key: str) -> None:
        try:
            self._service.discard(key)
        except SQLAlchemyError as exc:
            log.warning("Draft %s not removed: %s", key, exc)

    def pending(self) -> list[str]:
        return self._service.pending()

    def adopt_files(self, folder: Path) -> int:
        """Move drafts left as JSON files by earlier versions into the database, and remove the files."""
        if not folder.is_dir():
            return 0
        moved = 0
        for path in sorted(folder.glob("*.json")):
            try:
                body = json.loads(path.read_text(encoding="utf-8"))
                self._service.save(
                    path.stem, json.dumps(body["data"], ensure_ascii=False), datetime.fromisoformat(body["saved_at"])
                )
                moved += 1
            except (ValueError, KeyError, TypeError, OSError) as exc:
                log.warning("Old draft %s dropped: %s", path.name, exc)
            path.unlink(missing_ok=True)
        for leftover in folder.glob("*.tmp"):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            folder.rmdir()
        return moved
