"""Varningar on an enterprise: which early-warning rules hold for it, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from asfdesk.domain.warnings import EarlyWarning
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.widgets.table_view import ReadOnlyTable


def explain(parent: Any, warning: EarlyWarning) -> None:
    """'Why am I seeing this?': the rule, what it is about, the facts and the threshold."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("WarningsPanel", "Varför visas varningen?"))
    box.setText(f"<b>{warning.label}</b>: {warning.subject}")
    box.setInformativeText(
        warning.why
        + "\n\n"
        + QCoreApplication.translate(
            "WarningsPanel",
            "Gränsen kan ändras under Arkiv → Inställningar. Varningen försvinner när orsaken är åtgärdad.",
        )
    )
    box.setObjectName("warningExplanation")
    box.exec()


class WarningsPanel(QGroupBox):
    open_requested = Signal(object)  # EarlyWarning: go to the record it is about

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.tr("Varningar"), parent)
        self.setObjectName("warningsPanel")
        self.setStyleSheet("QGroupBox#warningsPanel { color: #b00020; font-weight: bold; }")
        self.model: RowTableModel[EarlyWarning] = RowTableModel(
            [
                Column(self.tr("Varning"), lambda w: w.label),
                Column(self.tr("Gäller"), lambda w: w.subject),
                Column(self.tr("Varför"), lambda w: w.why, tooltip=lambda w: w.why),
            ],
            self,
        )
        self.table = ReadOnlyTable(self, stretch_column=2)
        self.table.setObjectName("warningsTable")
        self.table.export_title = self.tr("Varningar")
        self.table.setModel(self.model)
        self.table.setStyleSheet("font-weight: normal;")
        # the rule and its subject as wide as they need, the reason gets the rest (never a saved layout)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.why_button = QPushButton(self.tr("Varför?"))
        self.why_button.setObjectName("whyButton")
        self.why_button.setStyleSheet("font-weight: normal;")
        self.why_button.clicked.connect(self._explain_current)
        self.open_button = QPushButton(self.tr("Visa posten"))
        self.open_button.setStyleSheet("font-weight: normal;")
        self.open_button.clicked.connect(self._open_current)
        self.table.doubleClicked.connect(lambda _i: self._explain_current())
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Dubbelklicka för en förklaring."))
        hint.setStyleSheet("color: #555; font-weight: normal;")
        buttons.addWidget(hint)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.why_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_warnings(self, warnings: list[EarlyWarning]) -> None:
        self.setVisible(bool(warnings))
        self.model.set_rows(warnings)
        rows = max(1, min(len(warnings), 4))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize() + 4)

    def current(self) -> EarlyWarning | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return self.model.row_at(0) if self.model.rowCount() == 1 else None
        warning: EarlyWarning = index.data(ROW_ROLE)
        return warning

    def _explain_current(self) -> None:
        if (warning := self.current()) is not None:
            explain(self, warning)

    def _open_current(self) -> None:
        if (warning := self.current()) is not None:
            self.open_requested.emit(warning)
