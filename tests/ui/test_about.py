"""Hjälp → Om asfdesk shows the version, the database and every bundled component's licence."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QLabel

from asfdesk import __version__
from asfdesk.ui.dialogs.about_dialog import AboutDialog
from asfdesk.ui.main_window import MainWindow


def test_help_about_lists_version_database_and_licences(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjälp")
    next(a for a in help_menu.actions() if a.text() == "&Om asfdesk").trigger()
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    licences = dialog.licences.toPlainText()
    assert "SQLAlchemy" in licences and metadata.version("SQLAlchemy") in licences
    assert "LGPL-3.0-only" in licences and "DejaVu" in licences
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and str(window.context.database.path) in labels
