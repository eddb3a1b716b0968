"""UI fixtures: a main window on a private demo database with its own settings file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asfdesk.config import AppPaths
from asfdesk.ui.main_window import MainWindow
from tests.helpers.windows import LOAD_TIMEOUT_MS, open_window, run_dialogs_in

__all__ = ["LOAD_TIMEOUT_MS"]


@pytest.fixture
def make_window(qtbot, paths: AppPaths) -> Callable[[Path, Path], MainWindow]:
    def make(db: Path, settings_file: Path) -> MainWindow:
        return open_window(qtbot, paths, db, settings_file)

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
