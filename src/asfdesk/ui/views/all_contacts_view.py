"""Handledarstöd: every contact with every enterprise in one list, however many there are.

The table is windowed (see WindowedTableModel): open, scroll and sort cost the same whether
there are a hundred contacts or a million. Double-click opens the contact's enterprise.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.formatting import format_number
from asfdesk.services.contact_list import COLUMNS, ContactFilter, ContactList, ContactListRow
from asfdesk.ui.models.row_table_model import ROW_ROLE
from asfdesk.ui.models.windowed_model import WindowedTableModel


class AllContactsView(QWidget):
    enterprise_requested = Signal(str)

    def __init__(self, session_factory: sessionmaker[Session], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("allContactsView")
        self._session_factory = session_factory
        self.model = WindowedTableModel(ContactList(session_factory), COLUMNS, self)
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("allContactsFilter")
        self.filter_text.setPlaceholderText(self.tr("Filtrera: företag, rådgivare eller ord i anteckningen"))
        self.filter_text.setClearButtonEnabled(True)
        self.advisor = QComboBox()
        self.advisor.setObjectName("allContactsAdvisor")
        self.since = QComboBox()
        self.since.setObjectName("allContactsSince")
        for label, days in (
            (self.tr("Alla datum"), None),
            (self.tr("Senaste 30 dagarna"), 30),
            (self.tr("Senaste 90 dagarna"), 90),
            (self.tr("Senaste året"), 365),
        ):
            self.since.addItem(label, days)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)  # typing on does not re-read the list at every key
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_text.textChanged.connect(lambda _t: self._debounce.start())
        self.advisor.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.since.currentIndexChanged.connect(lambda _i: self.apply_filter())
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
        bar = QHBoxLayout()
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.advisor)
        bar.addWidget(self.since)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.model.modelReset.connect(self._show_count)

    @property
    def loaded(self) -> bool:
        return self.model.loaded

    def reload(self) -> None:
        self._fill_advisors()
        self.model.reload()

    def use(self, session_factory: sessionmaker[Session]) -> None:
        """Show another database's contacts (read when the view is next opened)."""
        self._session_factory = session_factory
        self.advisor.clear()
        self.model.set_source(ContactList(session_factory, self.current_filter()))

    def current_filter(self, today: date | None = None) -> ContactFilter:
        days = self.since.currentData()
        return ContactFilter(
            self.filter_text.text(),
            self.advisor.currentData() or None,
            (today or date.today()) - timedelta(days=days) if days else None,
        )

    def apply_filter(self) -> None:
        """Read the list again with the filter as it now stands (keeping the sort order)."""
        self._debounce.stop()
        self.model.set_source(ContactList(self._session_factory, self.current_filter()))
        self.model.reload()

    def _fill_advisors(self) -> None:
        from asfdesk.services.lookups import Lookups

        chosen = self.advisor.currentData()
        self.advisor.blockSignals(True)
        self.advisor.clear()
        self.advisor.addItem(self.tr("Alla rådgivare"), None)
        for staff_id, name in Lookups(self._session_factory).staff():
            self.advisor.addItem(name, staff_id)
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(chosen)) if chosen else 0)
        self.advisor.blockSignals(False)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.current_filter().active:
            one = self.tr("1 kontakt matchar filtret.")
            many = self.tr("%1 kontakter matchar filtret.")
        else:
            one = self.tr("1 kontakt. Dubbelklicka för att öppna företaget.")
            many = self.tr("%1 kontakter. Klicka på en rubrik för att sortera, dubbelklicka för att öppna företaget.")
        self.count.setText(one if count == 1 else many.replace("%1", format_number(count)))

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ContactListRow):
            self.enterprise_requested.emit(row.enterprise_id)
