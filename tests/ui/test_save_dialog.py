"""Saving an export from the window: never over the database or a backup; the suffix follows the format."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from asfdesk.ui.main_window import MainWindow


def test_exporting_a_list_over_the_database_is_refused_and_asked_again(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = window.context.database.path
    before = database.read_bytes()
    answers = [(str(database), "Excel (*.xlsx)"), (str(tmp_path / "företag"), "Excel (*.xlsx)")]
    asked: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    written = window.list_view.table.export_dialog()
    assert len(warned) == 1 and "databasen" in warned[0]
    assert len(asked) == 2  # asked again after the refusal
    assert written == tmp_path / "företag.xlsx"  # the suffix of the format written was added
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert len(rows) == window.list_view.model.rowCount() + 1
    assert database.read_bytes()[:100] == before[:100] and database.stat().st_size >= len(before) // 2


def test_a_backup_cannot_be_chosen_as_an_export(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    backups = window.context.paths.backup_dir
    backups.mkdir(parents=True, exist_ok=True)
    answers = [(str(backups / "lista.csv"), "CSV (*.csv)"), ("", "")]
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: answers.pop(0))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    assert window.list_view.table.export_dialog() is None
    assert warned and "säkerhetskopior" in warned[0]
    assert not (backups / "lista.csv").exists()
