"""Handledarstöd: every contact with every enterprise in one list, however many there are.

The table is windowed (see WindowedTableModel): open, scroll and sort cost the same whether
there are a hundred contacts or a million. Double-click opens the contact's enterprise.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.formatting import format_number
from asfdesk.services.contact_list import COLUMNS, ContactList, ContactListRow
from asfdesk.ui.models.row_table_model import ROW_ROLE
from asfdesk.ui.models.windowed_model import WindowedTableModel


class AllContactsView(QWidget):
    enterprise_requested = Signal(str)

    def __init__(self, session_factory: sessionmaker[Session], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("allContactsView")
        self.model = WindowedTableModel(ContactList(session_factory), COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("allContactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring of a million rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 260, 90, 70, 160)):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        # Sorting is the model's (an ORDER BY in the database); nothing is read until the view is opened.
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel()
        self.count.setObjectName("allContactsCount")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h3>Handledarstöd – alla kontakter</h3>"))
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.model.modelReset.connect(self._show_count)

    @property
    def loaded(self) -> bool:
        return self.model.loaded

    def reload(self) -> None:
        self.model.reload()

    def use(self, session_factory: sessionmaker[Session]) -> None:
        """Show another database's contacts (read when the view is next opened)."""
        self.model.set_source(ContactList(session_factory))

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%1 kontakter. Klicka på en rubrik för att sortera, dubbelklicka för att öppna företaget.").replace(
                "%1", format_number(self.model.rowCount())
            )
        )

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ContactListRow):
            self.enterprise_requested.emit(row.enterprise_id)
