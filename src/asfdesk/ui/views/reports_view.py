"""Rapporter: the period report for funders, and support summaries for many enterprises at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.reporting import Audience, Period, ReportRequest, validate_report_request
from asfdesk.ui.forms.fields import FieldEditor, FieldSpec, Kind
from asfdesk.ui.widgets.heading import heading

if TYPE_CHECKING:
    from asfdesk.services.report_service import BatchResult  # imported with the report builders, when used


class ReportsView(QWidget):
    period_requested = Signal(object, str, bool)  # ReportRequest, municipality ('' for all), as Excel
    batch_requested = Signal(object, list, object, bool)  # ReportRequest, enterprise ids, folder, combined

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        title = heading(self.tr("Rapporter"))

        self.start = FieldEditor(FieldSpec("start", self.tr("Från"), Kind.DATE), self)
        self.end = FieldEditor(FieldSpec("end", self.tr("Till"), Kind.DATE), self)
        self.audience = QComboBox()
        for code, label in Audience.choices():
            self.audience.addItem(label, code)
        self.referrer = QComboBox()
        self.project = QComboBox()
        self.project.setObjectName("reportProject")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        common = QGroupBox(self.tr("Period och mottagare"))
        form = QFormLayout(common)
        form.addRow(self.tr("Från:"), self.start.widget)
        form.addRow(self.tr("Till:"), self.end.widget)
        form.addRow(self.tr("Mottagare:"), self.audience)
        form.addRow(self.tr("Deltagare från:"), self.referrer)
        form.addRow(self.tr("Projekt/finansiär:"), self.project)
        form.addRow("", self.message)

        period_box = QGroupBox(self.tr("Periodrapport för finansiärer och samordningsförbund"))
        self.municipality = QComboBox()
        self.period_button = QPushButton(self.tr("Skapa periodrapport…"))
        self.period_button.setObjectName("periodReportButton")
        self.period_xlsx_button = QPushButton(self.tr("Som Excel…"))
        self.period_xlsx_button.setObjectName("periodExcelButton")
        period_layout = QHBoxLayout(period_box)
        period_layout.addWidget(QLabel(self.tr("Kommun:")))
        period_layout.addWidget(self.municipality, 1)
        period_layout.addWidget(self.period_button)
        period_layout.addWidget(self.period_xlsx_button)

        batch_box = QGroupBox(self.tr("Stödsammanfattningar för flera företag"))
        self.enterprises = QListWidget()
        self.enterprises.setObjectName("batchEnterprises")
        self.all_button = QPushButton(self.tr("Markera alla"))
        self.none_button = QPushButton(self.tr("Avmarkera alla"))
        self.folder = QLineEdit()
        self.folder.setObjectName("batchFolder")
        browse = QPushButton(self.tr("Välj mapp…"))
        self.combined = QCheckBox(self.tr("Även en sammanslagen PDF"))
        self.batch_button = QPushButton(self.tr("Skapa sammanfattningar…"))
        self.batch_button.setObjectName("batchButton")
        self.result = QLabel()
        self.result.setObjectName("batchResult")
        self.result.setWordWrap(True)
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch()
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Mapp:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        go_row = QHBoxLayout()
        go_row.addWidget(self.combined)
        go_row.addStretch()
        go_row.addWidget(self.batch_button)
        batch_layout = QVBoxLayout(batch_box)
        batch_layout.addWidget(self.enterprises, 1)
        batch_layout.addLayout(picks)
        batch_layout.addLayout(folder_row)
        batch_layout.addLayout(go_row)
        batch_layout.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(common)
        layout.addWidget(period_box)
        layout.addWidget(batch_box, 1)

        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        browse.clicked.connect(self._browse)
        self.period_button.clicked.connect(lambda: self._request_period(False))
        self.period_xlsx_button.clicked.connect(lambda: self._request_period(True))
        self.batch_button.clicked.connect(self._request_batch)

    def populate(
        self,
        enterprises: list[tuple[str, str]],
        active: set[str],
        municipalities: list[str],
        referrers: list[tuple[str, str]],
        period: Period,
        folder: Path,
        projects: list[tuple[str, str]] | None = None,
    ) -> None:
        """Fill the choices; enterprises with activity in the period start ticked."""
        if self.start.is_empty():
            self.start.set(period.start)
            self.end.set(period.end)
        self.enterprises.clear()
        for enterprise_id, name in enterprises:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, enterprise_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if enterprise_id in active else Qt.CheckState.Unchecked)
            self.enterprises.addItem(item)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alla kommuner"), "")
        for name in municipalities:
            self.municipality.addItem(name, name)
        self.referrer.clear()
        self.referrer.addItem(self.tr("(alla)"), None)
        for referrer_id, name in referrers:
            self.referrer.addItem(name, referrer_id)
        current_project = self.project.currentData()
        self.project.clear()
        self.project.addItem(self.tr("(alla)"), None)
        for project_id, name in projects or []:
            self.project.addItem(name, project_id)
        self.project.setCurrentIndex(max(0, self.project.findData(current_project)))
        if not self.folder.text():
            self.folder.setText(str(folder))

    def request(self) -> ReportRequest | None:
        start, start_error = self.start.get()
        end, end_error = self.end.get()
        request = ReportRequest(
            start, end, self.audience.currentData(), self.referrer.currentData(), self.project.currentData()
        )
        errors = validate_report_request(request)
        message = start_error or end_error or next(iter(errors.values()), "")
        self.message.setText(message)
        return None if message else request

    def checked_ids(self) -> list[str]:
        return [
            self.enterprises.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.enterprises.count())
            if self.enterprises.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.enterprises.count()):
            self.enterprises.item(i).setCheckState(state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _request_period(self, as_excel: bool) -> None:
        if request := self.request():
            self.period_requested.emit(request, self.municipality.currentData() or "", as_excel)

    def _request_batch(self) -> None:
        request = self.request()
        ids = self.checked_ids()
        if request is None:
            return
        if not ids:
            self.message.setText(self.tr("Markera minst ett företag."))
            return
        self.batch_requested.emit(request, ids, Path(self.folder.text()), self.combined.isChecked())

    def show_batch_result(self, result: BatchResult, folder: Path) -> None:
        state = self.tr("Avbrutet. ") if result.cancelled else ""
        self.result.setText(
            state
            + self.tr("%1 PDF-filer i %2.").replace("%1", str(len(result.written))).replace("%2", str(folder))
            + (self.tr(" Sammanslagen: %1").replace("%1", result.combined.name) if result.combined else "")
        )
