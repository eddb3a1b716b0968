"""Starting the window on a database that cannot be opened: a way out, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from asfdesk.config import AppPaths
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.ui.app import WayOut, start_window


def test_unusable_database_offers_a_way_out_and_quitting_changes_nothing(
    qtbot, paths: AppPaths, tmp_path: Path
) -> None:
    """A non-database file is explained to the user; choosing to quit leaves the file as it was."""
    bad = tmp_path / "budget.db"
    bad.write_bytes(b"PK\x03\x04 not a database")
    asked: list[DatabaseOpenError] = []

    def quit_choice(error: DatabaseOpenError, _backups: Path) -> WayOut:
        asked.append(error)
        return WayOut.quit()

    window = start_window(paths, db_path=bad, ask=quit_choice)
    assert window is None
    assert asked and asked[0].problem is Problem.NOT_SQLITE and str(bad) in asked[0].message
    assert bad.read_bytes() == b"PK\x03\x04 not a database"


def test_unusable_database_then_demo_opens_the_demo(qtbot, paths: AppPaths, tmp_path: Path) -> None:
    """Choosing 'Öppna demodata' after the error opens the window on the demo database."""
    bad = tmp_path / "folder.db"
    bad.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(paths, db_path=bad, ask=lambda _e, _b: WayOut("demo"), settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.is_demo
    assert window.list_view.proxy.rowCount() > 10


def test_unusable_database_then_another_file(qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path) -> None:
    """Choosing another file after the error opens that file."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(
        paths, db_path=tmp_path / "no" / "such.db", ask=lambda _e, _b: WayOut("open", demo_db), settings=settings
    )
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.database.path == demo_db.resolve()
