"""Projekt och finansiärer: the projects records can be tagged with, so each funder gets its own report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from asfdesk.services.project_service import ProjectRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.record_section import RecordSection


class ProjectsDialog(QDialog):
    def __init__(self, rows: Callable[[], list[ProjectRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsDialog")
        self.setWindowTitle(self.tr("Projekt och finansiärer"))
        self.resize(720, 420)
        self._rows = rows
        self.model: RowTableModel[ProjectRow] = RowTableModel(
            [
                Column(self.tr("Projekt"), lambda r: r.name),
                Column(self.tr("Finansiär"), lambda r: r.funder),
                Column(self.tr("Från"), lambda r: r.start_date),
                Column(self.tr("Till"), lambda r: r.end_date),
            ],
            self,
        )
        self.section = RecordSection(self.tr("Projekt"), self.tr("Nytt projekt…"), stretch_column=0)
        self.section.set_model(self.model)
        self.section.table.setObjectName("projectsTable")
        self.section.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        hint = QLabel(
            self.tr(
                "Kontakter, placeringar, möten och avtal kan märkas med ett projekt; periodrapporten och "
                "måluppföljningen kan sedan tas fram för just det projektet."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.section, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._rows())
        self.section.table.fit_columns()
