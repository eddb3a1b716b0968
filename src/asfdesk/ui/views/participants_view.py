"""Deltagare: every participant (by code) with where they stand, searchable and sortable, and the
chosen participant's page: their placements, the meetings that followed them up, their consents."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.vocab import PlacementStatus
from asfdesk.services.participant_queries import (
    ConsentLine,
    MeetingLine,
    ParticipantPage,
    ParticipantRow,
    PlacementLine,
)
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.table_view import EnterOpens, ReadOnlyTable

NO_PLACEMENT = "-"  # the status filter's value for participants without any placement


def _table(name: str, model: RowTableModel[Any], stretch: int) -> ReadOnlyTable:
    proxy = SortKeyProxy(model)
    proxy.setSourceModel(model)
    table = ReadOnlyTable(stretch_column=stretch)
    table.setObjectName(name)
    table.setModel(proxy)
    return table


def _section(title: str, table: ReadOnlyTable) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(table)
    return box


class ParticipantsView(QWidget):
    edit_requested = Signal(str)  # participant id
    new_requested = Signal()
    enterprise_requested = Signal(str)
    page_requested = Signal(str)  # the window reads the page and calls show_page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsView")
        self._all: list[ParticipantRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Sök på kod, remittent, handläggare, företag…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("participantStatus")
        self.status.addItem(self.tr("Alla"), "")
        for code, label in PlacementStatus.choices():
            self.status.addItem(label, code)
        self.status.addItem(self.tr("Ingen placering"), NO_PLACEMENT)
        self.model: RowTableModel[ParticipantRow] = RowTableModel(
            [
                Column(self.tr("Kod"), lambda r: r.code),
                Column(self.tr("Kön"), lambda r: r.gender),
                Column(self.tr("Födelseår"), lambda r: r.birth_year, align_right=True),
                Column(self.tr("Remittent"), lambda r: r.referrer),
                Column(self.tr("Handläggare"), lambda r: r.case_officer),
                Column(self.tr("Företag"), lambda r: r.enterprise),
                Column(self.tr("Status"), lambda r: r.status),
                Column(self.tr("Sedan"), lambda r: r.since),
            ],
            self,
        )
        self.table = _table("participantsTable", self.model, 5)
        self.table.export_title = self.tr("Deltagare")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self._edit_current())
        self.enter = EnterOpens(self.table, self._edit_current)
        self.count = QLabel()
        self.count.setObjectName("participantCount")

        self.page_title = QLabel()
        self.page_title.setObjectName("participantPageTitle")
        self.placements: RowTableModel[PlacementLine] = RowTableModel(
            [
                Column(self.tr("Företag"), lambda r: r.enterprise),
                Column(self.tr("Insats"), lambda r: r.measure),
                Column(self.tr("Start"), lambda r: r.start),
                Column(self.tr("Slut"), lambda r: r.end),
                Column(self.tr("Status"), lambda r: r.status),
                Column(self.tr("Utfall"), lambda r: r.outcome),
            ],
            self,
        )
        self.meetings: RowTableModel[MeetingLine] = RowTableModel(
            [
                Column(self.tr("Tid"), lambda r: r.starts_at),
                Column(self.tr("Typ"), lambda r: r.kind),
                Column(self.tr("Företag"), lambda r: r.enterprise),
            ],
            self,
        )
        self.consents: RowTableModel[ConsentLine] = RowTableModel(
            [
                Column(self.tr("Mottagare"), lambda r: r.recipient),
                Column(self.tr("Gäller"), lambda r: r.state(date.today())),
                Column(self.tr("Givet"), lambda r: r.given),
                Column(self.tr("Till"), lambda r: r.expires),
                Column(self.tr("Placering"), lambda r: r.placement or self.tr("(deltagaren)")),
                Column(self.tr("Omfattning"), lambda r: r.scope, tooltip=lambda r: r.scope),
            ],
            self,
        )
        self.placements_table = _table("participantPlacements", self.placements, 0)
        self.meetings_table = _table("participantMeetings", self.meetings, 2)
        self.consents_table = _table("participantConsents", self.consents, 5)
        for table in (self.placements_table, self.meetings_table):
            table.doubleClicked.connect(lambda index: self._open_enterprise(index.data(ROW_ROLE)))

        self.edit_button = QPushButton(self.tr("&Redigera deltagare…"))
        self.edit_button.setObjectName("participantEdit")
        self.edit_button.clicked.connect(self._edit_current)
        new_button = QPushButton(self.tr("&Ny deltagare…"))
        new_button.clicked.connect(self.new_requested.emit)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Deltagare")))
        top.addStretch()
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.count, 1)
        bottom_row.addWidget(new_button)
        bottom_row.addWidget(self.edit_button)
        upper_layout.addLayout(bottom_row)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.page_title)
        sections = QHBoxLayout()
        sections.addWidget(_section(self.tr("Placeringar"), self.placements_table), 3)
        sections.addWidget(_section(self.tr("Uppföljningar och möten"), self.meetings_table), 2)
        lower_layout.addLayout(sections, 3)
        lower_layout.addWidget(_section(self.tr("Samtycken"), self.consents_table), 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("participantSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(lambda _t: self._refilter())
        self.status.currentIndexChanged.connect(lambda _i: self._refilter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._current_changed())
        self.loaded = False
        self.show_page(None)

    # -- the register ----------------------------------------------------------------------
    def set_rows(self, rows: list[ParticipantRow]) -> None:
        """The whole register; the search and status filter apply to it here, the selection kept."""
        self.loaded = True
        self._all = rows
        self._refilter()

    def _refilter(self) -> None:
        kept = self.current_id()
        text = self.search.text().strip()
        status = self.status.currentData() or ""
        wanted = "" if status == NO_PLACEMENT else status
        shown = [r for r in self._all if (not text or r.matches(text)) and (not status or r.status_code == wanted)]
        self.model.set_rows(shown)
        self.table.fit_columns()
        one, many = self.tr("1 deltagare"), self.tr("%1 deltagare")
        count = one if len(shown) == 1 else many.replace("%1", str(len(shown)))
        if len(shown) != len(self._all):
            count = self.tr("%1 av %2").replace("%1", count).replace("%2", str(len(self._all)))
        self.count.setText(count)
        if not (kept and self.select(kept)) and shown:
            self.table.selectRow(0)
        elif not shown:
            self.show_page(None)

    def visible_rows(self) -> list[ParticipantRow]:
        proxy = self.table.model()
        return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]

    def select(self, participant_id: str) -> bool:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).id == participant_id:
                self.table.selectRow(row)
                return True
        return False

    def current_id(self) -> str:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, ParticipantRow) else ""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the page --------------------------------------------------------------------------
    def _current_changed(self) -> None:
        participant_id = self.current_id()
        self.edit_button.setEnabled(bool(participant_id))
        if participant_id:
            self.page_requested.emit(participant_id)
        else:
            self.show_page(None)

    def show_page(self, page: ParticipantPage | None) -> None:
        if page is None:
            self.page_title.setText(self.tr("Välj en deltagare i listan."))
            for model in (self.placements, self.meetings, self.consents):
                model.set_rows([])
            self.edit_button.setEnabled(False)
            return
        row = page.row
        facts = ", ".join(
            part for part in (row.gender, str(row.birth_year or ""), row.referrer, row.case_officer) if part
        )
        self.page_title.setText(f"<b>{_escape(row.code)}</b> &nbsp; {_escape(facts)}")
        self.placements.set_rows(page.placements)
        self.meetings.set_rows(page.meetings)
        self.consents.set_rows(page.consents)
        for table in (self.placements_table, self.meetings_table, self.consents_table):
            table.fit_columns()

    def _edit_current(self) -> None:
        if participant_id := self.current_id():
            self.edit_requested.emit(participant_id)

    def _open_enterprise(self, line: Any) -> None:
        if isinstance(line, PlacementLine | MeetingLine) and line.enterprise_id:
            self.enterprise_requested.emit(line.enterprise_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
