"""Creating, editing and deleting records from the UI: dialog → service → undo stack.

Views ask the editor; the editor opens the form, saves through the service, pushes an
undoable command and tells whoever listens which record changed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from asfdesk.services.errors import RecordNotFoundError, ValidationFailedError
from asfdesk.services.record_service import RecordService
from asfdesk.services.trash_service import TrashService, describe_counts
from asfdesk.ui.forms.drafts import DraftStore
from asfdesk.ui.forms.fields import FieldSpec
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.undo import CreateRecord, DeleteRecord, UpdateRecord

DialogHook = Callable[[FormDialog[Any]], None]
# Called with (input, record id or None) just before saving; raises ValidationFailedError to stay in the dialog.
BeforeSave = Callable[[Any, str | None], None]


class RecordEditor(QObject):
    changed = Signal(str, str)  # kind (table name), record id
    said = Signal(str)  # a short confirmation for the status bar (saved, deleted)

    def __init__(self, undo_stack: QUndoStack, trash: TrashService, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.undo_stack = undo_stack
        self._trash = trash
        self._parent = parent_widget
        self.exec_dialog: Callable[[FormDialog[Any]], int] = lambda dialog: dialog.exec()
        self.read_only = False
        self.drafts: DraftStore | None = None  # set by the window for its database
        # fields of a table this user cannot fill in (team mode: what the role does not receive)
        self.closed_fields: Callable[[str], frozenset[str]] = lambda _table: frozenset()

    def refuse_if_read_only(self) -> bool:
        """True (after telling the user) when this window may not change the database."""
        if self.read_only:
            QMessageBox.information(
                self._parent,
                self.tr("Skrivskyddad"),
                self.tr("Databasen är öppen skrivskyddat eftersom den används i ett annat fönster."),
            )
        return self.read_only

    @property
    def parent_widget(self) -> QWidget:
        return self._parent

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def set_trash(self, trash: TrashService) -> None:
        self._trash = trash

    def _notify(self, service: RecordService[Any, Any]) -> Callable[[str], None]:
        kind = service.model.__tablename__
        return lambda record_id: self.changed.emit(kind, record_id)

    def create(
        self,
        service: RecordService[Any, Any],
        title: str,
        specs: Sequence[FieldSpec],
        initial: Any,
        validate: Callable[[Any], dict[str, str]],
        parent_id: str | None = None,
        hook: DialogHook | None = None,
        before_save: BeforeSave | None = None,
    ) -> str | None:
        if self.refuse_if_read_only():
            return None

        def save(data: Any) -> str:
            if before_save:
                before_save(data, None)
            return str(service.create(data, parent_id))

        draft_key = f"{service.model.__tablename__}-ny-{parent_id or 'fristaende'}"
        dialog = self._run(
            _named(title, service.describe(None, parent_id)),
            specs,
            initial,
            validate,
            save,
            draft_key,
            self._closing(service, hook),
        )
        if dialog is None:
            return None
        record_id = str(dialog.result_value)
        notify = self._notify(service)
        self.undo_stack.push(CreateRecord(title, service, self._trash, record_id, notify))
        notify(record_id)
        self.said.emit(self.tr("Sparat: %1").replace("%1", title))
        return record_id

    def edit(
        self,
        service: RecordService[Any, Any],
        record_id: str,
        title: str,
        specs: Sequence[FieldSpec],
        validate: Callable[[Any], dict[str, str]],
        hook: DialogHook | None = None,
        before_save: BeforeSave | None = None,
    ) -> bool:
        if self.refuse_if_read_only():
            return False
        try:
            old = service.get_input(record_id)
        except RecordNotFoundError:
            QMessageBox.information(self._parent, title, self.tr("Posten finns inte längre (den kan ha tagits bort)."))
            return False

        def save(data: Any) -> None:
            if before_save:
                before_save(data, record_id)
            service.update(record_id, data)

        key = f"{service.model.__tablename__}-{record_id}"
        dialog = self._run(
            _named(title, service.describe(record_id)), specs, old, validate, save, key, self._closing(service, hook)
        )
        if dialog is None:
            return False
        notify = self._notify(service)
        self.undo_stack.push(UpdateRecord(title, service, record_id, old, dialog.value, notify))
        notify(record_id)
        self.said.emit(self.tr("Sparat: %1").replace("%1", title))
        return True

    def _closing(self, service: RecordService[Any, Any], hook: DialogHook | None) -> DialogHook | None:
        """`hook`, and before it the fields this user cannot fill in closed, with the reason."""
        closed = self.closed_fields(service.model.__tablename__)
        if not closed:
            return hook

        def close_then_hook(dialog: FormDialog[Any]) -> None:
            note = self.tr("Delas inte med din roll i teamet.")
            for name in closed & set(dialog.editors):
                widget = dialog.editors[name].widget
                widget.setEnabled(False)
                widget.setToolTip(note)
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setPlaceholderText(note)
            if hook:
                hook(dialog)

        return close_then_hook

    def _run(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        initial: Any,
        validate: Callable[[Any], dict[str, str]],
        save: Callable[[Any], object],
        draft_key: str,
        hook: DialogHook | None,
    ) -> FormDialog[Any] | None:
        """Show the form (offering a crash draft back); the dialog when saved, None when cancelled."""
        dialog: FormDialog[Any] = FormDialog(
            title,
            specs,
            initial,
            validate,
            save,
            self._parent,
            drafts=self.drafts,
            draft_key=draft_key,
            size_key=draft_key.split("-")[0],  # one remembered size per kind of record
        )
        if hook:
            hook(dialog)
        dialog.offer_draft()
        accepted = self.exec_dialog(dialog)
        dialog.deleteLater()
        return dialog if accepted else None

    def change(
        self, service: RecordService[Any, Any], record_id: str, label: str, mutate: Callable[[Any], Any]
    ) -> bool:
        """One quick edit without a form (mark done, move a date): saved, undoable, shown at once.
        `mutate` gets a copy of the record's input and returns the changed one; a refusal by the
        service's rules is said in one line and nothing is saved."""
        if self.refuse_if_read_only():
            return False
        old = service.get_input(record_id)
        new = mutate(copy.deepcopy(old))
        try:
            service.update(record_id, new)
        except ValidationFailedError as exc:
            self.show_error(label, "\n".join(exc.errors.values()))
            return False
        notify = self._notify(service)
        self.undo_stack.push(UpdateRecord(label, service, record_id, old, new, notify))
        notify(record_id)
        return True

    def delete(self, service: RecordService[Any, Any], record_id: str, what: str, confirm: bool = True) -> bool:
        """Soft-delete after saying what goes with it; Ctrl+Z or the Papperskorg bring it back."""
        if self.refuse_if_read_only():
            return False
        try:
            impact = describe_counts(service.impact(record_id))
        except RecordNotFoundError:
            return False
        if confirm:
            text = self.tr("Ta bort %1?").replace("%1", what)
            detail = (self.tr("Detta tas också bort: %1.").replace("%1", impact) + "\n\n" if impact else "") + self.tr(
                "Du kan ångra med Ctrl+Z eller återställa från Papperskorgen."
            )
            answer = QMessageBox.question(
                self._parent,
                self.tr("Ta bort"),
                f"{text}\n\n{detail}",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.undo_stack.push(
            DeleteRecord(
                self.tr("Ta bort %1").replace("%1", what), service, self._trash, record_id, self._notify(service)
            )
        )
        self.said.emit(self.tr("Borttaget: %1. Ctrl+Z ångrar.").replace("%1", what))
        return True


def _named(title: str, what: str) -> str:
    """A form's title with the record it edits: "Redigera placering – P-0042 – Arbetsträning · Kafé Linnea"."""
    return f"{title} – {what}" if what else title
