"""Möten: follow-up meetings with the enterprise; the selected one shown with its action items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from asfdesk.services.dto import ActionItemRow, EnterpriseDetail, MeetingRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.table_view import ReadOnlyTable
from asfdesk.ui.widgets.text import html_escape_lines


class MeetingsTab(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("meetingsSummary")
        self.model: RowTableModel[MeetingRow] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda r: r.starts_at),
                Column(self.tr("Typ"), lambda r: r.kind_label),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Plats"), lambda r: r.place),
                Column(self.tr("Deltagare"), lambda r: ", ".join(r.participants)),
                Column(self.tr("Öppna åtgärder"), lambda r: r.open_action_items, align_right=True),
            ],
            self,
        )
        self.proxy = SortKeyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self)
        self.table.setObjectName("meetingsTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.details = QTextBrowser()
        self.details.setObjectName("meetingDetails")
        self.actions_model: RowTableModel[ActionItemRow] = RowTableModel(
            [
                Column(self.tr("Åtgärd"), lambda r: r.description),
                Column(self.tr("Ansvarig"), lambda r: r.owner),
                Column(self.tr("Senast"), lambda r: r.due_date),
                Column(self.tr("Klar"), lambda r: r.done_date or self.tr("öppen")),
            ],
            self,
        )
        self.actions_table = ReadOnlyTable(self, stretch_column=0)
        self.actions_table.setObjectName("actionItemsTable")
        self.actions_table.setModel(self.actions_model)
        actions_box = QGroupBox(self.tr("Åtgärder"))
        QVBoxLayout(actions_box).addWidget(self.actions_table)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addWidget(actions_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.meetings
        self.model.set_rows(rows)
        self.table.fit_columns()
        open_items = sum(r.open_action_items for r in rows)
        self.summary.setText(
            self.tr("%1 möten, %2 öppna åtgärder.").replace("%1", str(len(rows))).replace("%2", str(open_items))
        )
        self.details.clear()
        self.actions_model.set_rows([])
        if rows:
            self.table.selectRow(0)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.clear()
            self.actions_model.set_rows([])
            return
        meeting: MeetingRow = index.data(ROW_ROLE)
        self.details.setHtml(self._meeting_html(meeting))
        self.actions_model.set_rows(meeting.action_items)
        self.actions_table.fit_columns()

    def _meeting_html(self, m: MeetingRow) -> str:
        parts = [f"<h3>{html_escape_lines(m.kind_label)} {m.starts_at:%Y-%m-%d %H:%M}</h3>"]
        parts.append(f"<p>{html_escape_lines(m.place)} · {html_escape_lines(m.status_label)}</p>")
        if m.attendees:
            people = ", ".join(
                html_escape_lines(f"{a.name} ({a.role}{', ' + a.organisation if a.organisation else ''})")
                for a in m.attendees
            )
            parts.append(f"<p><b>{self.tr('Närvarande')}:</b> {people}</p>")
        if m.agenda:
            parts.append(f"<p><b>{self.tr('Dagordning')}:</b><br>{html_escape_lines(m.agenda)}</p>")
        if m.notes:
            parts.append(f"<p><b>{self.tr('Anteckningar')}:</b><br>{html_escape_lines(m.notes)}</p>")
        if m.decisions:
            items = "".join(f"<li>{html_escape_lines(d)}</li>" for d in m.decisions)
            parts.append(f"<p><b>{self.tr('Beslut')}:</b></p><ul>{items}</ul>")
        if m.next_meeting_date:
            parts.append(f"<p><b>{self.tr('Nästa möte')}:</b> {m.next_meeting_date.isoformat()}</p>")
        return "".join(parts)
