"""Handledarstöd: the log of coaching contacts, newest first, with the selected one in full."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from asfdesk.domain.formatting import counted
from asfdesk.rows import EnterpriseDetail, SupportContactRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.widgets.record_section import RecordSection
from asfdesk.ui.widgets.text import html_escape_lines


class SupportTab(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("supportSummary")
        self.model: RowTableModel[SupportContactRow] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda r: r.contact_date),
                Column(self.tr("Form"), lambda r: r.form_label),
                Column(self.tr("Minuter"), lambda r: r.minutes, align_right=True),
                Column(self.tr("Rådgivare"), lambda r: r.advisor),
                Column(self.tr("Moduler"), lambda r: ", ".join(r.modules)),
                Column(self.tr("Nästa steg"), lambda r: r.next_step),
                Column(self.tr("Senast"), lambda r: r.next_step_date),
                Column(self.tr("Anteckning"), lambda r: r.notes),
            ],
            self,
        )
        self.section = RecordSection(self.tr("Kontakter"), self.tr("Logga kontakt… (Ctrl+L)"), stretch_column=7)
        self.section.set_model(self.model)
        self.proxy = self.section.proxy
        self.table = self.section.table
        self.table.setObjectName("supportTable")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.details = QTextBrowser()
        self.details.setObjectName("supportDetails")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.section)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.support_contacts
        self.model.set_rows(rows)
        self.table.fit_columns()
        minutes = sum(r.minutes for r in rows)
        hours = round(minutes / 60, 1)
        self.summary.setText(
            self.tr("%1, %2.")
            .replace("%1", counted(len(rows), self.tr("kontakt"), self.tr("kontakter")))
            .replace("%2", counted(hours, self.tr("timme"), self.tr("timmar")))
        )
        self.details.clear()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.clear()
            return
        row: SupportContactRow = index.data(ROW_ROLE)
        parts = [f"<b>{row.contact_date.isoformat()}</b> · {row.form_label} · {row.minutes} min · {row.advisor}"]
        if row.modules:
            parts.append(f"<i>{html_escape_lines(', '.join(row.modules))}</i>")
        parts.append(html_escape_lines(row.notes))
        if row.next_step:
            due = f" ({row.next_step_date.isoformat()})" if row.next_step_date else ""
            label = self.tr("Nästa steg")
            parts.append(f"<b>{label}:</b> {html_escape_lines(row.next_step)}{due}")
        self.details.setHtml("<br>".join(parts))
