"""A titled table of records with Ny / Redigera / Ta bort, a filter field, double-click and Delete key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from asfdesk.ui.models.row_table_model import ROW_ROLE
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class RecordSection(QGroupBox):
    new_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, title: str, new_label: str, parent: Any = None, stretch_column: int | None = None) -> None:
        super().__init__(title, parent)
        self.table = ReadOnlyTable(self, stretch_column=stretch_column)
        self.proxy = SortKeyProxy(self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrera…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(220)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(new_label)
        self.edit_button = QPushButton(self.tr("Redigera…"))
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self._selection_buttons: list[QPushButton] = [self.edit_button, self.delete_button]
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.new_button)
        self._buttons.addWidget(self.edit_button)
        self._buttons.addWidget(self.delete_button)
        self._buttons.addStretch()
        self._buttons.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        self.table.installEventFilter(self)

    def add_button(self, text: str, on_id: Callable[[str], object] | None = None) -> QPushButton:
        """Another button; with `on_id` it acts on the selected record and is enabled only with one."""
        button = QPushButton(text)
        self._buttons.insertWidget(self._buttons.count() - 2, button)
        if on_id is not None:
            self._selection_buttons.append(button)
            button.clicked.connect(lambda: on_id(self.current_id()) if self.current_id() else None)
            button.setEnabled(bool(self.current_id()))
        return button

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show `model` (a source model: the section sorts and filters it itself)."""
        self.proxy.setSourceModel(model)
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self._update_buttons()

    def select_id(self, record_id: str) -> bool:
        model = self.table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ROW_ROLE).id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(model.index(row, 0))
                self.table.setFocus()
                return True
        return False

    def current_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return ""
        return str(index.data(ROW_ROLE).id)

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.current_id())
        for button in self._selection_buttons:
            button.setEnabled(has)

    def _edit_current(self) -> None:
        if record_id := self.current_id():
            self.edit_requested.emit(record_id)

    def _delete_current(self) -> None:
        if record_id := self.current_id():
            self.delete_requested.emit(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Delete:
                self._delete_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self._edit_current()
                return True
        return super().eventFilter(watched, event)
