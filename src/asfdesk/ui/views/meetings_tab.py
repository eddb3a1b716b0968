"""Möten: follow-up meetings with the enterprise; the selected one shown with its action items."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.formatting import counted
from asfdesk.rows import ActionItemRow, EnterpriseDetail, MeetingRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.views.todo_view import OVERDUE
from asfdesk.ui.widgets.record_section import RecordSection
from asfdesk.ui.widgets.table_view import ReadOnlyTable
from asfdesk.ui.widgets.text import html_escape_lines


def _late(item: ActionItemRow) -> bool:
    """Open with its last day passed, as Att göra and the summary say."""
    return item.is_open and item.due_date is not None and item.due_date < date.today()


class ActionItemsModel(RowTableModel[ActionItemRow]):
    """A meeting's action items; one still open after its last day is red and says 'försenad'."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and _late(self.row_at(index.row())):
            return QBrush(OVERDUE)
        return super().data(index, role)


class MeetingsTab(QWidget):
    action_toggle_requested = Signal(str, int)  # meeting id, action item position
    print_requested = Signal(str)  # meeting id
    calendar_requested = Signal(str)  # meeting id
    three_party_requested = Signal()

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
        self.section = RecordSection(self.tr("Möten"), self.tr("Nytt möte…"))
        self.section.set_model(self.model)
        self.proxy = self.section.proxy
        self.three_party_button = self.section.add_button(self.tr("Nytt trepartssamtal…"))
        self.three_party_button.clicked.connect(self.three_party_requested)
        self.print_button = self.section.add_button(self.tr("Skriv ut…"), self.print_requested.emit)
        self.print_button.setObjectName("printMeetingButton")
        self.calendar_button = self.section.add_button(self.tr("Lägg till i kalender"), self.calendar_requested.emit)
        self.table = self.section.table
        self.table.setObjectName("meetingsTable")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.details = QTextBrowser()
        self.details.setObjectName("meetingDetails")
        self.actions_model: RowTableModel[ActionItemRow] = ActionItemsModel(
            [
                Column(self.tr("Åtgärd"), lambda r: r.description),
                Column(self.tr("Ansvarig"), lambda r: r.owner),
                Column(self.tr("Senast"), lambda r: r.due_date),
                Column(self.tr("Klar"), self._done_text),
            ],
            self,
        )
        self.actions_table = ReadOnlyTable(self, stretch_column=0)
        self.actions_table.setObjectName("actionItemsTable")
        self.actions_table.setModel(self.actions_model)
        actions_box = QGroupBox(self.tr("Åtgärder"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_table)
        self.toggle_button = QPushButton(self.tr("Markera klar / öppna igen"))
        self.toggle_button.setObjectName("toggleActionItem")
        self.toggle_button.clicked.connect(self._toggle_current_item)
        self.actions_table.doubleClicked.connect(lambda _index: self._toggle_current_item())
        actions_layout.addWidget(self.toggle_button)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addWidget(actions_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.section)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def _done_text(self, item: ActionItemRow) -> object:
        return item.done_date or (self.tr("försenad") if _late(item) else self.tr("öppen"))

    def _toggle_current_item(self) -> None:
        meeting_id = self.section.current_id()
        index = self.actions_table.currentIndex()
        if meeting_id and index.isValid():
            item: ActionItemRow = self.actions_model.row_at(index.row())
            self.action_toggle_requested.emit(meeting_id, item.position)

    def show_detail(self, detail: EnterpriseDetail) -> None:
        rows = detail.meetings
        keep = self.section.current_id()
        self.model.set_rows(rows)
        self.table.fit_columns()
        open_items = sum(r.open_action_items for r in rows)
        self.summary.setText(
            self.tr("%1, %2.")
            .replace("%1", counted(len(rows), self.tr("möte"), self.tr("möten")))
            .replace("%2", counted(open_items, self.tr("öppen åtgärd"), self.tr("öppna åtgärder")))
        )
        self.details.clear()
        self.actions_model.set_rows([])
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.index(proxy_row, 0).data(ROW_ROLE).id == keep:
                self.table.selectRow(proxy_row)
                break
        else:
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
        label_present, label_agenda, label_notes = self.tr("Närvarande"), self.tr("Dagordning"), self.tr("Anteckningar")
        label_decisions, label_next = self.tr("Beslut"), self.tr("Nästa möte")
        parts = [f"<h3>{html_escape_lines(m.kind_label)} {m.starts_at:%Y-%m-%d %H:%M}</h3>"]
        parts.append(f"<p>{html_escape_lines(m.place)} · {html_escape_lines(m.status_label)}</p>")
        if m.attendees:
            people = ", ".join(
                html_escape_lines(f"{a.name} ({a.role}{', ' + a.organisation if a.organisation else ''})")
                for a in m.attendees
            )
            parts.append(f"<p><b>{label_present}:</b> {people}</p>")
        if m.agenda:
            parts.append(f"<p><b>{label_agenda}:</b><br>{html_escape_lines(m.agenda)}</p>")
        if m.notes:
            parts.append(f"<p><b>{label_notes}:</b><br>{html_escape_lines(m.notes)}</p>")
        if m.decisions:
            items = "".join(f"<li>{html_escape_lines(d)}</li>" for d in m.decisions)
            parts.append(f"<p><b>{label_decisions}:</b></p><ul>{items}</ul>")
        if m.next_meeting_date:
            parts.append(f"<p><b>{label_next}:</b> {m.next_meeting_date.isoformat()}</p>")
        return "".join(parts)
