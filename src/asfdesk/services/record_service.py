"""Create, read for editing, update and delete one kind of record, with validation and a trash entry.

Input dataclass fields are copied to model attributes of the same name; subclasses add what
does not map one to one (links, derived columns, numbers that must be normalised).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import insert
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.services.audit import AuditTrail, changed_fields
from asfdesk.services.errors import RecordNotFoundError, ValidationFailedError
from asfdesk.services.trash_service import TrashService
from asfdesk.storage.base import SyncedRow, new_id, utcnow

ModelT = TypeVar("ModelT", bound=SyncedRow)
InputT = TypeVar("InputT")


class RecordService(Generic[ModelT, InputT]):
    model: type[ModelT]
    input_cls: type[InputT]
    parent_field: str | None = None  # e.g. "enterprise_id" for records that belong to an enterprise
    own_fields: frozenset[str] = frozenset()  # input fields the subclass copies itself (lists of children)

    def __init__(
        self, session_factory: sessionmaker[Session], trash: TrashService, audit: AuditTrail | None = None
    ) -> None:
        self._session_factory = session_factory
        self._trash = trash
        self._audit = audit

    # -- rules (override) -------------------------------------------------------------------
    def validate(self, data: InputT) -> dict[str, str]:
        return {}

    def normalise(self, data: InputT) -> InputT:
        return data

    def check_in_session(self, session: Session, data: InputT, record_id: str | None) -> dict[str, str]:
        """Rules that need the database (uniqueness and the like)."""
        return {}

    @property
    def audit(self) -> AuditTrail | None:
        return self._audit

    def label(self, row: ModelT) -> str:
        return str(getattr(row, "name", row.id))

    # -- copying (override for what is not a plain column) ---------------------------------
    def copy_in(self, session: Session, row: ModelT, data: InputT) -> None:
        for f in dataclasses.fields(data):  # type: ignore[arg-type]
            if hasattr(type(row), f.name) and f.name not in self.own_fields:
                setattr(row, f.name, getattr(data, f.name))

    def copy_out(self, session: Session, row: ModelT) -> InputT:
        names = [f.name for f in dataclasses.fields(self.input_cls) if f.name not in self.own_fields]  # type: ignore[arg-type]
        return self.input_cls(**{n: getattr(row, n) for n in names if hasattr(type(row), n)})

    # -- use cases --------------------------------------------------------------------------
    def create(self, data: InputT, parent_id: str | None = None) -> str:
        with self._session_factory.begin() as session:
            return self.create_in(session, data, parent_id)

    def create_in(
        self,
        session: Session,
        data: InputT,
        parent_id: str | None = None,
        flush: bool = True,
        unique_checked: bool = False,
    ) -> str:
        """Create within the caller's transaction. An import writes many rows in one and flushes
        them together (`flush=False`), and knows from its own index that the record's unique
        values are free (`unique_checked`: check_in_session is then not asked)."""
        row, data = self.build_in(session, data, parent_id, unique_checked)
        session.add(row)
        if flush:
            session.flush()
        self.after_write(session, row, data)
        self._audit_created(session, row.id, data)
        return row.id

    def build_in(
        self, session: Session, data: InputT, parent_id: str | None = None, unique_checked: bool = False
    ) -> tuple[ModelT, InputT]:
        """A new record, checked by every rule, not yet in the session: create_in adds it, an
        import inserts many with `insert_built`."""
        data = self._checked(data)
        if not unique_checked:
            self._raise_if(self.check_in_session(session, data, None))
        row = self.model()
        row.id = new_id()
        if self.parent_field:
            if parent_id is None:
                raise ValueError(f"{self.model.__tablename__} needs {self.parent_field}")
            setattr(row, self.parent_field, parent_id)
        self.copy_in(session, row, data)
        return row, data

    @property
    def bulk_insertable(self) -> bool:
        """Whether built records may be inserted with one statement (no links written after them)."""
        return type(self).after_write is RecordService.after_write

    def insert_built(self, session: Session, built: list[tuple[ModelT, InputT]]) -> None:
        """Insert records from `build_in` with one statement (an import's chunk), each with its audit entry.

        Bypasses the session's unit of work, which costs ten times more per row at import sizes;
        the records are in the database, not in the session, afterwards.
        """
        if not built:
            return
        if not self.bulk_insertable:
            raise TypeError(f"{type(self).__name__} writes links after each record: use create_in")
        now = utcnow()
        columns = [(attr.key, attr.columns[0]) for attr in sa_inspect(self.model).column_attrs]
        rows = [{key: _value(row, key, column, now) for key, column in columns} for row, _data in built]
        session.execute(insert(self.model), rows)
        for row, data in built:
            self._audit_created(session, row.id, data)

    def _audit_created(self, session: Session, record_id: str, data: InputT) -> None:
        if self._audit is not None:
            entered = dataclasses.fields(data)  # type: ignore[arg-type]
            filled = [f.name for f in entered if getattr(data, f.name) not in (None, "", [], False)]
            self._audit.add(session, "create", self.model.__tablename__, record_id, filled)

    def update(self, record_id: str, data: InputT) -> None:
        with self._session_factory.begin() as session:
            self.update_in(session, record_id, data)

    def update_in(
        self, session: Session, record_id: str, data: InputT, flush: bool = True, unique_checked: bool = False
    ) -> None:
        data = self._checked(data)
        row = self._get(session, record_id)
        if not unique_checked:
            self._raise_if(self.check_in_session(session, data, record_id))
        before = self.copy_out(session, row)
        self.copy_in(session, row, data)
        if flush:
            session.flush()
        self.after_write(session, row, data)
        if self._audit is not None:
            self._audit.add(session, "update", self.model.__tablename__, record_id, changed_fields(before, data))

    def get_input_in(self, session: Session, record_id: str) -> InputT:
        return self.copy_out(session, self._get(session, record_id))

    def get_input(self, record_id: str) -> InputT:
        with self._session_factory() as session:
            return self.copy_out(session, self._get(session, record_id))

    def parent_of(self, record_id: str) -> str | None:
        if not self.parent_field:
            return None
        with self._session_factory() as session:
            return str(getattr(self._get(session, record_id), self.parent_field))

    def describe(self, record_id: str | None = None, parent_id: str | None = None) -> str:
        """What a form's title names: the record (once it exists) and the enterprise it belongs to.

        "" when there is nothing to name (a new record of its own)."""
        from asfdesk.storage.models import Enterprise

        with self._session_factory() as session:
            row = session.get(self.model, record_id) if record_id else None
            parts = [self.label(row)] if row is not None and self.model is not Enterprise else []
            if row is not None and self.parent_field:
                parent_id = getattr(row, self.parent_field)
            if self.parent_field == "enterprise_id" and parent_id:
                enterprise = session.get(Enterprise, parent_id)
                if enterprise is not None:
                    parts.append(enterprise.name)
            elif row is not None and self.model is Enterprise:
                parts.append(self.label(row))
        return " · ".join(parts)

    def impact(self, record_id: str) -> dict[str, int]:
        return self._trash.impact(self.model, record_id)

    def delete(self, record_id: str) -> str:
        """Soft-delete with everything that belongs to it; returns the trash entry to restore."""
        with self._session_factory() as session:
            label = self.label(self._get(session, record_id))
        return self._trash.delete(self.model, record_id, label)

    def after_write(self, session: Session, row: ModelT, data: InputT) -> None:
        """Hook for links and derived rows, inside the same transaction."""

    # -- helpers ----------------------------------------------------------------------------
    def _checked(self, data: InputT) -> InputT:
        data = self.normalise(dataclasses.replace(data))  # type: ignore[type-var]
        self._raise_if(self.validate(data))
        return data

    @staticmethod
    def _raise_if(errors: dict[str, str]) -> None:
        if errors:
            raise ValidationFailedError(errors)

    def _get(self, session: Session, record_id: str) -> ModelT:
        row = session.get(self.model, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFoundError(record_id)
        return row


def _value(row: Any, key: str, column: Any, now: Any) -> Any:
    """The value a bulk insert writes: what the record holds, else the column's default as the ORM would give it."""
    if key in row.__dict__:
        return row.__dict__[key]
    if key in ("created_at", "updated_at"):
        return now  # one time for the whole chunk, as one flush would
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    raise TypeError(f"{column.key}: a default that only the database computes")


def field_normaliser(check: Callable[[str], tuple[Any, str | None]]) -> Callable[[str], str]:
    """Turn a `check_*` validator into 'format it when valid, leave it as typed otherwise'."""

    def normalise(text: str) -> str:
        value, error = check(text)
        return text if error or value is None else str(value)

    return normalise
