"""Importing from the window: mapping guessed and remembered, preview before import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from asfdesk.ui.dialogs.import_dialog import ImportDialog
from asfdesk.ui.main_window import MainWindow


def test_preview_then_import_and_the_mapping_is_remembered(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Headers are mapped, the preview changes nothing, the import adds the rows, a changed mapping is kept."""
    source = tmp_path / "lista.csv"
    source.write_text("Företagsnamn;Kommun;Kontakt\nLådfabriken;Piteå;x\nNy Odling;Luleå;y\n", encoding="utf-8")
    ctx = window.context
    settings = QSettings(str(tmp_path / "imp.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(ctx.importer(), settings, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.load()
    assert dialog.current_mapping() == {"Kommun": "municipality"}  # 'Företagsnamn' is not a known header
    name_combo = dialog.mapping.cellWidget(0, 1)
    name_combo.setCurrentIndex(name_combo.findData("name"))
    before = len(ctx.enterprises.list_enterprises())
    preview = dialog.run(dry_run=True)
    assert preview.created == 2 and len(ctx.enterprises.list_enterprises()) == before
    assert "skulle skapas" in dialog.summary.text()
    dialog.run(dry_run=False)
    assert len(ctx.enterprises.list_enterprises()) == before + 2
    again = ImportDialog(ctx.importer(), settings, window)
    qtbot.addWidget(again)
    again.path.setText(str(source))
    again.load()
    assert again.current_mapping() == {"Företagsnamn": "name", "Kommun": "municipality"}


def test_a_file_that_is_no_list_is_explained_in_the_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """An old .xls says what to do; a list with a title above its header shows the header's columns."""
    settings = QSettings(str(tmp_path / "imp.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(window.context.importer(), settings, window)
    qtbot.addWidget(dialog)
    old = tmp_path / "gammal.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    dialog.path.setText(str(old))
    dialog.load()
    assert "Spara den som .xlsx" in dialog.summary.text() and dialog.mapping.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    titled = tmp_path / "lista.csv"
    titled.write_text("Företag i Gävleborg 2026\n\nNamn;Kommun\nRubrikhuset;Gävle\n", encoding="cp1252")
    dialog.path.setText(str(titled))
    dialog.load()
    assert dialog.current_mapping() == {"Namn": "name", "Kommun": "municipality"}
    result = dialog.run(dry_run=True)
    assert result is not None and (result.created, result.rejected) == (1, [])
