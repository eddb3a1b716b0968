"""Placeringar: participants placed at the enterprise, by pseudonym only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asfdesk.domain.formatting import counted
from asfdesk.domain.vocab import Gender, PlacementStatus
from asfdesk.rows import EnterpriseDetail, PlacementRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.record_section import RecordSection


class PlacementsTab(QWidget):
    end_requested = Signal(str)  # placement id
    new_with_participant_requested = Signal()
    participant_edit_requested = Signal(str)  # participant id

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
                Column(self.tr("Nästa steg"), lambda r: r.next_step, tooltip=lambda r: r.next_step),
                Column(self.tr("Omfattning"), lambda r: r.extent, align_right=True),
                Column(self.tr("Handledare"), lambda r: r.supervisor),
                Column(self.tr("Köpare"), lambda r: r.buyer),
                Column(self.tr("Ersättning"), lambda r: r.price),
            ],
            self,
        )
        self.section = RecordSection(self.tr("Placeringar"), self.tr("Ny placering…"))
        self.section.set_model(self.model)
        self.proxy = self.section.proxy
        self.end_button = self.section.add_button(self.tr("Avsluta…"), self.end_requested.emit)
        self.end_button.setObjectName("endPlacementButton")
        self.participant_button = self.section.add_button(self.tr("Deltagare…"), self._edit_participant)
        self.new_with_participant_button = self.section.add_button(self.tr("Ny deltagare och placering…"))
        self.new_with_participant_button.clicked.connect(self.new_with_participant_requested)
        self.table = self.section.table
        self.table.setObjectName("placementsTable")
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.section)

    def _edit_participant(self, placement_id: str) -> None:
        row = next((r for r in self.model.rows() if r.id == placement_id), None)
        if row is not None:
            self.participant_edit_requested.emit(row.participant_id)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.placements
        self.model.set_rows(rows)
        self.table.fit_columns()
        ongoing = sum(1 for r in rows if r.status == PlacementStatus.ONGOING)
        women = sum(1 for r in rows if r.gender == Gender.WOMAN)
        men = sum(1 for r in rows if r.gender == Gender.MAN)
        self.summary.setText(
            self.tr("%1 (%2 pågående) – %3, %4. Deltagare visas med pseudonym.")
            .replace("%1", counted(len(rows), self.tr("placering"), self.tr("placeringar")))
            .replace("%2", str(ongoing))
            .replace("%3", counted(women, self.tr("kvinna"), self.tr("kvinnor")))
            .replace("%4", counted(men, self.tr("man"), self.tr("män")))
        )
