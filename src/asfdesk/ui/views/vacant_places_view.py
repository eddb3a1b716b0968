"""Lediga platser: vacant places across all enterprises, by kommun, bransch and insats; start a placement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asfdesk.domain.vocab import MeasureType
from asfdesk.services.place_service import PlaceRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.table_view import EnterOpens, ReadOnlyTable


class VacantPlacesView(QWidget):
    search_requested = Signal(str, str, str)  # municipality, business line, measure type ('' = any)
    start_requested = Signal(object)  # PlaceRow
    enterprise_requested = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.municipality = QComboBox()
        self.municipality.setObjectName("vacantMunicipality")
        self.business_line = QComboBox()
        self.business_line.setObjectName("vacantBusinessLine")
        self.measure = QComboBox()
        self.measure.setObjectName("vacantMeasure")
        self.measure.addItem(self.tr("Alla insatser"), "")
        for code, label in MeasureType.choices():
            self.measure.addItem(label, code)
        self.summary = QLabel()
        self.summary.setObjectName("vacantSummary")
        self.model: RowTableModel[PlaceRow] = RowTableModel(
            [
                Column(self.tr("Kommun"), lambda r: r.municipality),
                Column(self.tr("Företag"), lambda r: r.enterprise),
                Column(self.tr("Plats"), lambda r: r.title),
                Column(self.tr("Bransch"), lambda r: r.business_line),
                Column(self.tr("Lediga"), lambda r: r.vacant, align_right=True),
                Column(self.tr("av"), lambda r: r.capacity, align_right=True),
                Column(self.tr("Arbetsuppgifter"), lambda r: r.tasks, tooltip=lambda r: r.tasks),
                Column(self.tr("Anpassningar"), lambda r: r.adaptations, tooltip=lambda r: r.adaptations),
                Column(self.tr("Insatser"), lambda r: r.measures_label, tooltip=lambda r: r.measures_label),
            ],
            self,
        )
        self.proxy = SortKeyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self, stretch_column=6)
        self.table.setObjectName("vacantTable")
        self.table.export_title = self.tr("Lediga platser")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self._start_current())
        self.enter = EnterOpens(self.table, self._start_current)
        self.start_button = QPushButton(self.tr("Starta placering på platsen…"))
        self.start_button.setObjectName("vacantStartButton")
        self.start_button.clicked.connect(self._start_current)
        self.open_button = QPushButton(self.tr("Visa företaget"))
        self.open_button.clicked.connect(self._open_current)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Lediga platser")))
        top.addStretch()
        for text, combo in (
            (self.tr("Kommun:"), self.municipality),
            (self.tr("Bransch:"), self.business_line),
            (self.tr("Insats:"), self.measure),
        ):
            top.addWidget(QLabel(text))
            top.addWidget(combo)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Dubbelklicka eller tryck Enter för att starta en placering på platsen."))
        hint.setStyleSheet("color: #555;")
        buttons.addWidget(hint)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for combo in (self.municipality, self.business_line, self.measure):
            combo.currentIndexChanged.connect(lambda _i: self._search())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def set_choices(self, municipalities: list[str], business_lines: list[str]) -> None:
        for combo, values, everything in (
            (self.municipality, municipalities, self.tr("Alla kommuner")),
            (self.business_line, business_lines, self.tr("Alla branscher")),
        ):
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _search(self) -> None:
        self.search_requested.emit(
            self.municipality.currentData() or "",
            self.business_line.currentData() or "",
            self.measure.currentData() or "",
        )

    def refresh(self) -> None:
        self._search()

    def set_rows(self, rows: list[PlaceRow]) -> None:
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.summary.setText(
            self.tr("%1 lediga platser hos %2 företag.")
            .replace("%1", str(sum(r.vacant for r in rows)))
            .replace("%2", str(len({r.enterprise_id for r in rows})))
        )
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> PlaceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row: PlaceRow = index.data(ROW_ROLE)
        return row

    def _update_buttons(self) -> None:
        selected = self.current() is not None
        self.start_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def _start_current(self) -> None:
        if (row := self.current()) is not None:
            self.start_requested.emit(row)

    def _open_current(self) -> None:
        if (row := self.current()) is not None:
            self.enterprise_requested.emit(row.enterprise_id)
