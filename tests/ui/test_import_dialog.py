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
