"""Placeringar: participants placed at the enterprise, by pseudonym only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asfdesk.domain.vocab import Gender, PlacementStatus
from asfdesk.services.dto import EnterpriseDetail, PlacementRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class PlacementsTab(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("placementsSummary")
        self.model: RowTableModel[PlacementRow] = RowTableModel(
            [
                Column(self.tr("Deltagare"), lambda r: r.participant_code),
                Column(self.tr("Kön"), lambda r: r.gender_label),
                Column(self.tr("Insats"), lambda r: r.measure_label),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("Planerat slut"), lambda r: r.planned_end_date),
                Column(self.tr("Slut"), lambda r: r.end_date),
                Column(self.tr("Utfall"), lambda r: r.outcome_label),
                Column(self.tr("Omfattning"), lambda r: r.extent, align_right=True),
                Column(self.tr("Handledare"), lambda r: r.supervisor),
                Column(self.tr("Köpare"), lambda r: r.buyer),
                Column(self.tr("Ersättning"), lambda r: r.price),
            ],
            self,
        )
        self.proxy = SortKeyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self)
        self.table.setObjectName("placementsTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.placements
        self.model.set_rows(rows)
        self.table.fit_columns()
        ongoing = sum(1 for r in rows if r.status == PlacementStatus.ONGOING)
        women = sum(1 for r in rows if r.gender == Gender.WOMAN)
        men = sum(1 for r in rows if r.gender == Gender.MAN)
        self.summary.setText(
            self.tr("%1 placeringar (%2 pågående) – %3 kvinnor, %4 män. Deltagare visas med pseudonym.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(ongoing))
            .replace("%3", str(women))
            .replace("%4", str(men))
        )
