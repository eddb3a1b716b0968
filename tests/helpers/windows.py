"""Opening a main window in a test, and running its record dialogs without a nested event loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from asfdesk.config import AppPaths
from asfdesk.ui.app import open_context
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

# Waiting for work in the background is not a measure of speed (bench/ is): a busy machine may
# take many times longer than usual, and the test should still see the result.
LOAD_TIMEOUT_MS = 30_000


def open_window(qtbot, paths: AppPaths, db: Path, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window on `db`, once start-up has filled Att göra."""
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(open_context(paths, db), lambda p: open_context(paths, p), settings)
    qtbot.addWidget(window)
    # Documents go where the save dialog would suggest (tests/ui/test_report_saving.py drives the dialog itself).
    window.report_actions.ask_path = lambda suggested: suggested
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.todo_loaded, timeout=LOAD_TIMEOUT_MS)  # filled just after the first paint
    return window


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
