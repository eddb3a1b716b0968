"""Undoable edits: each user change is a QUndoCommand over a record service.

Creating is undone by deleting (to the Papperskorg), deleting by restoring that deletion,
and an update by writing the previous input back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from asfdesk.services.record_service import RecordService
from asfdesk.services.trash_service import TrashService

Changed = Callable[[str], None]  # called with the id of the record to show afterwards


class CreateRecord(QUndoCommand):
    def __init__(
        self, text: str, service: RecordService[Any, Any], trash: TrashService, record_id: str, changed: Changed
    ) -> None:
        # The record has been created by the dialog already; redo after an undo restores it.
        super().__init__(text)
        self._service, self._trash, self.record_id, self._changed = service, trash, record_id, changed
        self._entry: str | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._entry:
            self._trash.restore(self._entry)
        self._changed(self.record_id)

    def undo(self) -> None:
        self._entry = self._service.delete(self.record_id)
        self._changed(self.record_id)


class UpdateRecord(QUndoCommand):
    def __init__(
        self, text: str, service: RecordService[Any, Any], record_id: str, old: Any, new: Any, changed: Changed
    ) -> None:
        super().__init__(text)
        self._service, self.record_id, self._old, self._new, self._changed = service, record_id, old, new, changed
        self._first = True

    def redo(self) -> None:
        if self._first:  # already saved by the dialog
            self._first = False
            return
        self._service.update(self.record_id, self._new)
        self._changed(self.record_id)

    def undo(self) -> None:
        self._service.update(self.record_id, self._old)
        self._changed(self.record_id)


class DeleteRecord(QUndoCommand):
    def __init__(
        self, text: str, service: RecordService[Any, Any], trash: TrashService, record_id: str, changed: Changed
    ) -> None:
        super().__init__(text)
        self._service, self._trash, self.record_id, self._changed = service, trash, record_id, changed
        self._entry: str | None = None

    def redo(self) -> None:
        self._entry = self._service.delete(self.record_id)
        self._changed(self.record_id)

    def undo(self) -> None:
        if self._entry:
            self._trash.restore(self._entry)
        self._changed(self.record_id)


class ChangeModuleProgress(QUndoCommand):
    """A module's progress for one enterprise changed (status key, or the edit dialog)."""

    def __init__(
        self,
        text: str,
        service: Any,
        enterprise_id: str,
        module_id: str,
        old: Any,
        new: Any,
        changed: Changed,
    ) -> None:
        super().__init__(text)
        self._service, self._enterprise_id, self._module_id = service, enterprise_id, module_id
        self._old, self._new, self._changed = old, new, changed

    def redo(self) -> None:
        self._service.save(self._enterprise_id, self._module_id, self._new)
        self._changed(self._enterprise_id)

    def undo(self) -> None:
        self._service.save(self._enterprise_id, self._module_id, self._old)
        self._changed(self._enterprise_id)
