"""Handlingsplaner: the activities of the municipalities' ASF action plans, filterable by municipality,
with those still to do first; new, edit and delete through the record section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from asfdesk.services.action_plan_service import ActionPlanRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.record_section import RecordSection


def action_plan_columns(with_plan: bool = True) -> list[Column[ActionPlanRow]]:
    """The table's columns; on an enterprise's page the plan and municipality go without saying."""
    columns: list[Column[ActionPlanRow]] = [
        Column(
            QCoreApplication.translate("ActionPlanView", "Aktivitet"),
            lambda r: r.activity,
            tooltip=lambda r: r.activity,
        ),
        Column(QCoreApplication.translate("ActionPlanView", "Huvudansvar"), lambda r: r.main_responsible),
        Column(QCoreApplication.translate("ActionPlanView", "Andra aktörer"), lambda r: r.other_actors),
        Column(QCoreApplication.translate("ActionPlanView", "Tidsplan"), lambda r: r.timeframe),
        Column(QCoreApplication.translate("ActionPlanView", "Status"), lambda r: r.status_label),
        Column(
            QCoreApplication.translate("ActionPlanView", "Uppföljning"),
            lambda r: r.follow_up,
            tooltip=lambda r: r.follow_up,
        ),
    ]
    if with_plan:
        columns.insert(0, Column(QCoreApplication.translate("ActionPlanView", "Handlingsplan"), lambda r: r.plan))
        columns.insert(1, Column(QCoreApplication.translate("ActionPlanView", "Kommun"), lambda r: r.municipality))
    return columns


class ActionPlanView(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanView")
        self.municipality = QComboBox()
        self.municipality.setObjectName("actionPlanMunicipality")
        self.show_done = QCheckBox(self.tr("Visa klara"))
        self.show_done.setObjectName("actionPlanShowDone")
        self.model: RowTableModel[ActionPlanRow] = RowTableModel(action_plan_columns(), self)
        self.section = RecordSection(self.tr("Aktiviteter"), self.tr("Ny aktivitet…"), stretch_column=2)
        self.section.set_model(self.model)
        self.section.table.setObjectName("actionPlanTable")
        self.summary = QLabel()
        self.summary.setObjectName("actionPlanSummary")
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Handlingsplaner")))
        top.addStretch()
        top.addWidget(QLabel(self.tr("Kommun:")))
        top.addWidget(self.municipality)
        top.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.section, 1)
        self.municipality.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.show_done.toggled.connect(lambda _on: self.filter_changed.emit())

    def chosen_municipality(self) -> str | None:
        chosen = self.municipality.currentData()
        return str(chosen) if chosen else None

    def set_municipalities(self, names: list[str]) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alla"), None)
        for name in names:
            self.municipality.addItem(name, name)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(current)) if current else 0)
        self.municipality.blockSignals(False)

    def set_rows(self, rows: list[ActionPlanRow]) -> None:
        self.model.set_rows(rows)
        self.section.table.fit_columns()
        table = self.section.table
        table.setColumnWidth(0, min(table.columnWidth(0), 240))  # a plan's long name leaves room for the activity
        table.setColumnWidth(2, max(table.columnWidth(2), 320))
        waiting = sum(1 for r in rows if r.open)
        one = self.tr("1 aktivitet, %1 kvar att göra.")
        many = self.tr("%2 aktiviteter, %1 kvar att göra.")
        text = one if len(rows) == 1 else many.replace("%2", str(len(rows)))
        self.summary.setText(text.replace("%1", str(waiting)))
        self.section.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: to do first
