"""Gallring: preview which participants' identities are due for removal, then anonymise them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QSpinBox, QVBoxLayout

from asfdesk.services.retention import DEFAULT_YEARS, RetentionCandidate, RetentionService
from asfdesk.services.settings import RETENTION_YEARS, SettingsService
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class RetentionDialog(QDialog):
    def __init__(
        self, retention: RetentionService, parent: Any = None, settings: SettingsService | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gallring av deltagaruppgifter"))
        self._retention = retention
        self.years = QSpinBox()
        self.years.setRange(1, 20)
        self._settings = settings
        self.years.setValue(settings.get(RETENTION_YEARS) if settings else DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" år"))
        self.model: RowTableModel[RetentionCandidate] = RowTableModel(
            [
                Column(self.tr("Kod"), lambda c: c.code),
                Column(self.tr("Sista placering slutade"), lambda c: c.last_end),
            ],
            self,
        )
        self.table = ReadOnlyTable(self)
        self.table.setObjectName("retentionTable")
        self.table.setModel(self.model)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("Anonymisera"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setObjectName("anonymiseButton")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Anonymisera deltagare vars sista placering slutade för mer än")))
        row.addWidget(self.years)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Kod, personnummer och anteckningar tas bort. Kön, födelseår och utfall finns kvar för statistiken."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.years.valueChanged.connect(lambda _v: self.refresh())
        self.confirm = self._confirm  # replaceable in tests
        self.resize(560, 460)
        self.refresh()

    def _confirm(self, count: int) -> bool:
        text = self.tr("Anonymisera %1 deltagare? Det går inte att ångra.").replace("%1", str(count))
        return QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        candidates = self._retention.preview(self.years.value())
        self.model.set_rows(candidates)
        self.table.fit_columns()
        self.summary.setText(self.tr("%1 deltagare berörs.").replace("%1", str(len(candidates))))
        self.apply_button.setEnabled(bool(candidates))

    def apply(self) -> None:
        rows = self.model.rows()
        if rows and self.confirm(len(rows)):
            if self._settings is not None:
                self._settings.set(RETENTION_YEARS, self.years.value())  # the rule used is kept as the rule
            self._retention.anonymise([c.participant_id for c in rows])
            self.refresh()
