"""Importera från Excel: choose a file and what it holds, check the column mapping, preview, import.

The mapping chosen for a set of column headers is remembered for the next import of a
similar file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from asfdesk.services.import_kinds import KIND_LABELS
from asfdesk.services.importer import (
    HEADER_ALIASES,
    Importer,
    ImportResult,
    guess_mapping,
    read_headers,
    write_rejected,
)
from asfdesk.services.sheet_reader import SheetError
from asfdesk.ui.save_dialog import ask_save_path

KINDS = KIND_LABELS


def _fields(kind: str) -> list[str]:
    return sorted(set(HEADER_ALIASES[kind].values()))


class ImportDialog(QDialog):
    def __init__(self, importer: Importer, settings: QSettings, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera från Excel eller CSV"))
        self._importer = importer
        self._settings = settings
        self._headers: list[str] = []
        self.outcome: ImportResult | None = None
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("Välj fil…"))
        browse.clicked.connect(self._browse)
        self.kind = QComboBox()
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Kolumn i filen"), self.tr("Fält i asfdesk")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rejected_table = QTableWidget(0, 2)
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Rad"), self.tr("Skäl")])
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.buttons.addButton(self.tr("Förhandsgranska"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Importera"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_rejected = self.buttons.addButton(self.tr("Spara avvisade…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.save_rejected.clicked.connect(self._save_rejected)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Fil:"), file_row)
        form.addRow(self.tr("Innehåll:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kolumner (gissade från rubrikerna – ändra vid behov):")))
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.buttons)
        self.path.editingFinished.connect(self.load)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.resize(720, 620)
        self._update_buttons()

    def _browse(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(self, self.tr("Välj fil"), "", self.tr("Listor (*.xlsx *.csv)"))
        if filename:
            self.path.setText(filename)
            self.load()

    def _memory_key(self) -> str:
        return f"import/{self.kind.currentData()}/" + "|".join(self._headers)

    def load(self) -> None:
        """Read the file's headers and show the mapping: remembered, else guessed."""
        path = Path(self.path.text())
        self.outcome = None
        self.summary.clear()
        self.rejected_table.setRowCount(0)
        if not path.is_file():
            self._headers = []
            self.mapping.setRowCount(0)
            self._update_buttons()
            return
        kind = self.kind.currentData()
        try:
            self._headers = [h for h in read_headers(path, kind) if h]
        except SheetError as exc:  # a file we cannot read is explained in one line, not a crash
            self._headers = []
            self.mapping.setRowCount(0)
            self.summary.setText(str(exc))
            self._update_buttons()
            return
        remembered = self._settings.value(self._memory_key())
        mapping = json.loads(str(remembered)) if remembered else guess_mapping(kind, self._headers)
        self.mapping.setRowCount(len(self._headers))
        for row, header in enumerate(self._headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("(hoppa över)"), "")
            for name in _fields(kind):
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            self.mapping.setCellWidget(row, 1, combo)
        self._update_buttons()

    def current_mapping(self) -> dict[str, str]:
        mapping = {}
        for row, header in enumerate(self._headers):
            combo = self.mapping.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[header] = str(combo.currentData())
        return mapping

    def run(self, dry_run: bool) -> ImportResult | None:
        mapping = self.current_mapping()
        if not mapping:
            self.summary.setText(self.tr("Välj minst en kolumn att läsa in."))
            return None
        self._settings.setValue(self._memory_key(), json.dumps(mapping))
        try:
            result = self._importer.run(Path(self.path.text()), self.kind.currentData(), mapping, dry_run)
        except SheetError as exc:
            self.summary.setText(str(exc))
            return None
        self.outcome = result
        verb = self.tr("skulle skapas") if dry_run else self.tr("skapades")
        self.summary.setText(
            self.tr("%1 %2, %3 uppdateras, %5 oförändrade, %4 avvisas.")
            .replace("%1", str(result.created))
            .replace("%2", verb)
            .replace("%3", str(result.updated))
            .replace("%4", str(len(result.rejected)))
            .replace("%5", str(result.unchanged))
        )
        self.rejected_table.setRowCount(len(result.rejected))
        for row, problem in enumerate(result.rejected):
            self.rejected_table.setItem(row, 0, QTableWidgetItem(str(problem.row)))
            self.rejected_table.setItem(row, 1, QTableWidgetItem("; ".join(problem.reasons)))
        self._update_buttons()
        return result

    def _save_rejected(self) -> None:
        if self.outcome is None or not self.outcome.rejected:
            return
        target = ask_save_path(self, self.tr("Spara avvisade rader"), "avvisade.xlsx", "Excel (*.xlsx)", (".xlsx",))
        if target is not None:
            write_rejected(self.outcome, target)

    def _update_buttons(self) -> None:
        ready = bool(self._headers)
        self.preview_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.save_rejected.setEnabled(bool(self.outcome and self.outcome.rejected))
