"""UI fixtures: a main window on a private demo database with its own settings file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from asfdesk.config import AppPaths
from asfdesk.ui.app import open_context
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

# Waiting for work in the background is not a measure of speed (bench/ is): a busy machine may
# take many times longer than usual, and the test should still see the result.
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def make_window(qtbot, paths: AppPaths) -> Callable[[Path, Path], MainWindow]:
    def make(db: Path, settings_file: Path) -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(open_context(paths, db), lambda p: open_context(paths, p), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.todo_loaded, timeout=LOAD_TIMEOUT_MS)  # filled just after the first paint
        return window

    return make


@pytest.fixture
def window(make_window, demo_db: Path, tmp_path: Path) -> MainWindow:
    """The main window showing the enterprises (the view most tests drive)."""
    made = make_window(demo_db, tmp_path / "settings.ini")
    made.show_view("enterprises")
    return made


@pytest.fixture
def dialogs(window: MainWindow, qtbot):
    """Runs record dialogs without a nested event loop: each test script fills in the open dialog.

    Push a function onto the list; it receives the dialog, shown, and must close it (Save or Cancel).
    """
    return run_dialogs_in(window, qtbot)


def run_dialogs_in(window: MainWindow, qtbot) -> list[Callable[[FormDialog], None]]:
    scripts: list[Callable[[FormDialog], None]] = []

    def run(dialog: FormDialog) -> int:
        dialog.show()
        dialog.activateWindow()  # as exec() would: focus and Ctrl+Enter need an active window
        qtbot.waitUntil(dialog.isActiveWindow)
        scripts.pop(0)(dialog)
        result = int(dialog.result())
        window.activateWindow()  # as when a modal dialog closes: the main window has the keyboard again
        qtbot.waitUntil(window.isActiveWindow)
        return result

    window.editor.exec_dialog = run
    return scripts
