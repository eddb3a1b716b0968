"""Papperskorgen: what was deleted, when, and with what; restore with one click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout

from asfdesk.services.errors import RecordNotFoundError
from asfdesk.services.trash_service import TrashRow, TrashService
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class TrashDialog(QDialog):
    restored = Signal(str, str)  # kind, record id

    def __init__(self, trash: TrashService, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Papperskorg"))
        self._trash = trash
        self.model: RowTableModel[TrashRow] = RowTableModel(
            [
                Column(self.tr("Borttaget"), lambda r: r.deleted_at.astimezone().replace(tzinfo=None)),
                Column(self.tr("Typ"), lambda r: r.kind_label),
                Column(self.tr("Namn"), lambda r: r.label),
                Column(self.tr("Företag"), lambda r: r.enterprise),
                Column(self.tr("Togs bort tillsammans med"), lambda r: r.summary),
            ],
            self,
        )
        proxy = SortKeyProxy(self)
        proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self, stretch_column=3)
        self.table.setObjectName("trashTable")
        self.table.setModel(proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel(self.tr("Papperskorgen är tom."))
        self.restore_button = QPushButton(self.tr("Återställ"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Borttagna poster finns kvar här tills de återställs.")))
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        rows = self._trash.list_entries()
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row: TrashRow = index.data(ROW_ROLE)
        try:
            record_id = self._trash.restore(row.id)
        except RecordNotFoundError:
            QMessageBox.information(self, self.windowTitle(), self.tr("Posten är redan återställd."))
        else:
            self.restored.emit(row.kind, record_id)
        self.reload()
