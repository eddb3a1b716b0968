"""Moduler: the enterprise's progress through the module catalogue (Glada Hudik-modellen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from asfdesk.domain.formatting import format_hours
from asfdesk.domain.vocab import ModuleStatus
from asfdesk.services.dto import EnterpriseDetail, ModuleProgressRow
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


class ModulesTab(QWidget):
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
                Column(self.tr("Timmar planerade"), lambda r: format_hours(r.hours_planned), align_right=True),
                Column(
                    self.tr("Timmar använda"),
                    lambda r: format_hours(r.hours_used) + ("" if r.hours_used_derived else " *"),
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
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.modules
        self.model.set_rows(rows)
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
