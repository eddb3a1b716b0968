"""The enterprise list: search box, municipality and status filters, sortable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from asfdesk.domain.vocab import EnterpriseStatus
from asfdesk.rows import EnterpriseListRow
from asfdesk.ui.models.enterprise_filter_proxy import EnterpriseFilterProxy
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class EnterpriseListView(QWidget):
    """Emits `selected(enterprise_id)` whenever the current enterprise changes ('' for none)."""

    selected = Signal(str)
    count_changed = Signal(int, int)  # shown, total

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("enterpriseSearch")
        self.search.setPlaceholderText(self.tr("Filtrera på namn, ort, bransch, orgnr… (Ctrl+Shift+F)"))
        self.search.setClearButtonEnabled(True)
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipalityFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Alla statusar"), "")
        for code, label in EnterpriseStatus.choices():
            self.status.addItem(label, code)

        self.model: RowTableModel[EnterpriseListRow] = RowTableModel(
            [
                Column(self.tr("Namn"), lambda r: r.name),
                Column(self.tr("Kommun"), lambda r: r.municipality),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Bransch"), lambda r: r.business_lines),
                Column(self.tr("Rådgivare"), lambda r: r.advisor),
                Column(self.tr("Pågående placeringar"), lambda r: r.active_placements, align_right=True),
                Column(self.tr("Moduler klara"), lambda r: r.modules_done, align_right=True),
                Column(self.tr("Senaste kontakt"), lambda r: r.last_contact),
            ],
            self,
        )
        self.proxy = EnterpriseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self)
        self.table.setObjectName("enterpriseTable")
        self.table.export_title = self.tr("Företag")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Kommun:")))
        filters.addWidget(self.municipality, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._on_filter_changed)
        self.municipality.currentIndexChanged.connect(self._on_filter_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- data ------------------------------------------------------------------------------
    def set_rows(self, rows: list[EnterpriseListRow]) -> None:
        current = self.current_id()
        self.model.set_rows(rows)
        chosen = self.municipality.currentData() or ""
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alla kommuner"), "")
        for name in sorted({r.municipality for r in rows if r.municipality}):
            self.municipality.addItem(name, name)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(chosen)))
        self.municipality.blockSignals(False)
        self.proxy.set_municipality(self.municipality.currentData() or "")
        self.table.fit_columns()
        self._emit_count()
        if current:
            self.select(current)

    def update_row(self, row: EnterpriseListRow) -> bool:
        """One enterprise's row read again (after an edit of one of its records); the selection stays."""
        return self.model.replace_row(row, lambda held: held.id == row.id)

    def current_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return ""
        row: EnterpriseListRow = index.data(ROW_ROLE)
        return row.id

    def select(self, enterprise_id: str) -> bool:
        """Select the enterprise with this id if it is visible; True when it was."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if index.data(ROW_ROLE).id == enterprise_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(index)
                return True
        return False

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def visible_rows(self) -> list[EnterpriseListRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    # -- reactions -------------------------------------------------------------------------
    def _on_filter_changed(self) -> None:
        self.proxy.set_search_text(self.search.text())
        self.proxy.set_municipality(self.municipality.currentData() or "")
        self.proxy.set_status(self.status.currentData() or "")
        self._emit_count()
        if not self.current_id():
            self.selected.emit("")

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selected.emit(self.current_id())

    def _emit_count(self) -> None:
        self.count_changed.emit(self.proxy.rowCount(), self.model.rowCount())

    def clear_filters(self) -> None:
        self.search.clear()
        self.municipality.setCurrentIndex(0)
        self.status.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
