"""Moduler: the enterprise's progress through the module catalogue (Glada Hudik-modellen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QVBoxLayout, QWidget

from asfdesk.domain.formatting import Unit, format_hours, quantity
from asfdesk.domain.vocab import ModuleStatus
from asfdesk.rows import EnterpriseDetail, ModuleProgressRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.table_view import ReadOnlyTable

STATUS_COLOURS = {
    ModuleStatus.DONE.value: QColor("#d9f2d9"),
    ModuleStatus.IN_PROGRESS.value: QColor("#fff2cc"),
    ModuleStatus.NOT_APPLICABLE.value: QColor("#eeeeee"),
}


class ModuleModel(RowTableModel[ModuleProgressRow]):
    """Colours a row by its status so the board reads at a glance."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            colour = STATUS_COLOURS.get(self.row_at(index.row()).status)
            return QBrush(colour) if colour else None
        return super().data(index, role)


STATUS_KEYS = {
    Qt.Key.Key_1: ModuleStatus.NOT_STARTED,
    Qt.Key.Key_2: ModuleStatus.IN_PROGRESS,
    Qt.Key.Key_3: ModuleStatus.DONE,
    Qt.Key.Key_4: ModuleStatus.NOT_APPLICABLE,
}


class ModulesTab(QWidget):
    """The module board. Keys on a selected module: 1–4 set the status, Space steps it, Enter edits."""

    status_requested = Signal(str, str, str)  # module id, status code, module name
    cycle_requested = Signal(str, str)  # module id, module name
    edit_requested = Signal(str, str)  # module id, module name

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("modulesSummary")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.model = ModuleModel(
            [
                Column(self.tr("Nr"), lambda r: r.order, align_right=True),
                Column(self.tr("Modul"), lambda r: r.name),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("Klar"), lambda r: r.end_date),
                Column(self.tr("Timmar planerade"), lambda r: quantity(r.hours_planned, Unit.HOURS), align_right=True),
                Column(
                    self.tr("Timmar använda"),
                    lambda r: quantity(r.hours_used, Unit.HOURS, "" if r.hours_used_derived else " *"),
                    align_right=True,
                    tooltip=lambda r: (
                        self.tr("Summa av kopplade handledarstödskontakter")
                        if r.hours_used_derived
                        else self.tr("Inmatat för hand")
                    ),
                ),
                Column(self.tr("Anteckningar"), lambda r: r.notes),
            ],
            self,
        )
        self.table = ReadOnlyTable(self, stretch_column=7)
        self.table.setObjectName("modulesTable")
        self.table.export_title = self.tr("Moduler")
        self.table.setModel(self.model)
        self.hint = QLabel(
            self.tr(
                "Tangenter: 1 ej påbörjad · 2 pågår · 3 klar · 4 ej aktuell · Mellanslag nästa status · Enter redigera"
            )
        )
        self.hint.setStyleSheet("color: #555;")
        self.status_menu = QMenu(self)
        for code, label in ModuleStatus.choices():
            action = self.status_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, c=code: self._request_status(c))
        self.status_menu.addSeparator()
        self.status_menu.addAction(self.tr("Redigera…")).triggered.connect(self._request_edit)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.status_menu.exec(self.table.viewport().mapToGlobal(pos)) if self._current() else None
        )
        self.table.doubleClicked.connect(lambda _index: self._request_edit())
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

    def _current(self) -> ModuleProgressRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _request_status(self, code: str) -> None:
        if row := self._current():
            self.status_requested.emit(row.module_id, code, row.name)

    def _request_edit(self) -> None:
        if row := self._current():
            self.edit_requested.emit(row.module_id, row.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            row = self._current()
            key = Qt.Key(event.key())
            if row and key in STATUS_KEYS:
                self.status_requested.emit(row.module_id, STATUS_KEYS[key].value, row.name)
                return True
            if row and key == Qt.Key.Key_Space:
                self.cycle_requested.emit(row.module_id, row.name)
                return True
            if row and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.edit_requested.emit(row.module_id, row.name)
                return True
        return super().eventFilter(watched, event)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.modules
        current = self.table.currentIndex().row()
        self.model.set_rows(rows)
        if 0 <= current < len(rows):
            self.table.selectRow(current)
        self.table.fit_columns()
        relevant = [r for r in rows if r.status != ModuleStatus.NOT_APPLICABLE]
        done = sum(1 for r in relevant if r.status == ModuleStatus.DONE)
        ongoing = sum(1 for r in relevant if r.status == ModuleStatus.IN_PROGRESS)
        hours = sum(r.hours_used for r in rows)
        self.progress.setRange(0, max(len(relevant), 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v av %m moduler klara"))
        self.summary.setText(
            self.tr("%1 klara, %2 pågår, %3 timmar använda totalt (* = timmar inmatade för hand).")
            .replace("%1", str(done))
            .replace("%2", str(ongoing))
            .replace("%3", format_hours(round(hours, 1)))
        )
