"""What can be done on an Att göra row without opening anything: mark an action item done, move
an action item's or a next step's day, give an action item to someone else. Each is one undoable
edit of the record the row is about."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asfdesk.services.errors import RecordNotFoundError
from asfdesk.services.todo_queries import TodoItem, TodoKind

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

T = TypeVar("T")


class TodoActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ask_date = self._ask_date  # replaceable in tests
        self.ask_owner = self._ask_owner

    # -- the three actions ----------------------------------------------------------------
    def finish(self, item: TodoItem) -> None:
        if not item.can_finish:
            return
        index = self._index(item)
        if index is None:
            return

        def done(data: Any) -> Any:
            data.action_items[index].done_date = date.today()
            return data

        if self.window.editor.change(
            self.window.context.meetings, item.record_id, QCoreApplication.translate("TodoActions", "Åtgärd klar"), done
        ):
            self._said(QCoreApplication.translate("TodoActions", "Klar: %1").replace("%1", item.title))

    def move(self, item: TodoItem) -> None:
        if not item.can_move:
            return
        day = self.ask_date(item)
        if day is None:
            return
        ctx = self.window.context
        if item.kind == TodoKind.ACTION_ITEM:
            index = self._index(item)
            if index is None:
                return

            def moved(data: Any) -> Any:
                data.action_items[index].due_date = day
                return data

            changed = self.window.editor.change(
                ctx.meetings, item.record_id, QCoreApplication.translate("TodoActions", "Skjut upp åtgärd"), moved
            )
        else:
            changed = self.window.editor.change(
                ctx.support_contacts,
                item.record_id,
                QCoreApplication.translate("TodoActions", "Skjut upp nästa steg"),
                lambda data: dataclasses.replace(data, next_step_date=day),
            )
        if changed:
            self._said(
                QCoreApplication.translate("TodoActions", "Uppskjutet till %1: %2")
                .replace("%1", day.isoformat())
                .replace("%2", item.title)
            )

    def reassign(self, item: TodoItem) -> None:
        if not item.can_finish:
            return
        index = self._index(item)
        if index is None:
            return
        owner = self.ask_owner(item)
        if owner is None:
            return

        def given(data: Any) -> Any:
            data.action_items[index].owner = owner
            return data

        if self.window.editor.change(
            self.window.context.meetings,
            item.record_id,
            QCoreApplication.translate("TodoActions", "Ny ansvarig"),
            given,
        ):
            self._said(
                QCoreApplication.translate("TodoActions", "%1 ansvarar nu för: %2")
                .replace("%1", owner or QCoreApplication.translate("TodoActions", "ingen"))
                .replace("%2", item.title)
            )

    # -- helpers ---------------------------------------------------------------------------
    def _index(self, item: TodoItem) -> int | None:
        try:
            return self.window.context.meetings.action_item_index(item.record_id, item.part_id)
        except RecordNotFoundError:
            self.window.refresh_todo()  # gone meanwhile (another window, a sync): show what is
            return None

    def _said(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _ask_date(self, item: TodoItem) -> date | None:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        start = max(item.due, date.today()) + timedelta(days=7)
        edit.setDate(QDate(start.year, start.month, start.day))
        title = QCoreApplication.translate("TodoActions", "Skjut upp")
        chosen = self._ask(item, title, QCoreApplication.translate("TodoActions", "Ny dag:"), edit, edit.date)
        return None if chosen is None else date(chosen.year(), chosen.month(), chosen.day())

    def _ask_owner(self, item: TodoItem) -> str | None:
        """Staff and the enterprise's contact persons to choose from; a name may also be typed."""
        ctx = self.window.context
        names = [label.split(" (")[0] for _sid, label in ctx.lookups.staff()]
        if item.enterprise_id:
            names += [label.split(" (")[0] for _cid, label in ctx.lookups.supervisors(item.enterprise_id)]
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(sorted(set(names), key=str.casefold))
        combo.setCurrentText("")
        title = QCoreApplication.translate("TodoActions", "Ny ansvarig")
        return self._ask(
            item,
            title,
            QCoreApplication.translate("TodoActions", "Ansvarig:"),
            combo,
            lambda: combo.currentText().strip()[:200],
        )

    def _ask(self, item: TodoItem, title: str, label: str, editor: QWidget, value: Callable[[], T]) -> T | None:
        """A small dialog naming the row's item, with one field: its `value` when the user says OK
        (read while the dialog, which owns the field, still exists), else None."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        form = QFormLayout()
        form.addRow(label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(item.title))
        layout.addLayout(form)
        layout.addWidget(buttons)
        return value() if dialog.exec() == QDialog.DialogCode.Accepted else None
