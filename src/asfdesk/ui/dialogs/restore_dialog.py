"""Återställ: pick a backup (verified, with what it holds), or another file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout

from asfdesk.services.database_care import BackupInfo, DatabaseCare
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class RestoreDialog(QDialog):
    def __init__(self, care: DatabaseCare, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.chosen: BackupInfo | None = None
        self.model: RowTableModel[BackupInfo] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda b: b.modified),
                Column(self.tr("Fil"), lambda b: b.path.name),
                Column(self.tr("Innehåll"), lambda b: ", ".join(f"{n} {k}" for k, n in b.counts.items())),
                Column(self.tr("Kontroll"), lambda b: self.tr("ok") if b.ok else b.problem),
            ],
            self,
        )
        self.table = ReadOnlyTable(self, stretch_column=2)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self._care = care
        self.model.set_rows(care.backups())
        self.table.fit_columns()
        other = QPushButton(self.tr("Välj annan fil…"))
        other.clicked.connect(lambda: self._choose_file(care.backup_dir))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self._accept_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Den öppna databasen sparas som säkerhetskopia innan den ersätts. "
                    "Bara kopior som klarar kontrollen kan återställas."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _accept_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        info: BackupInfo = index.data(ROW_ROLE)
        if info.ok:
            self.chosen = info
            self.accept()

    def _choose_file(self, start: Path) -> None:
        filename, _ = QFileDialog.getOpenFileName(self, self.tr("Välj säkerhetskopia"), str(start))
        if filename:
            info = self._care.check_backup(Path(filename))
            self.model.set_rows([info, *self.model.rows()])
            self.table.selectRow(0)
