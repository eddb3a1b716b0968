"""Starting the window: QApplication, opening the database with a way out, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from asfdesk import APP_NAME, __version__
from asfdesk.config import AppPaths
from asfdesk.context import AppContext
from asfdesk.storage.errors import DatabaseOpenError
from asfdesk.storage.migrate import open_database

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("asfdesk", text)


def open_context(paths: AppPaths, path: Path | None) -> AppContext:
    """Open `path` (None: the demo database, created on first use) as a new AppContext."""
    paths.ensure()
    if path is None:
        path = paths.demo_db
        if not path.exists():
            from asfdesk.demo.database import create_demo_database

            create_demo_database(path, backup_dir=paths.backup_dir)
    return AppContext(paths=paths, database=open_database(path, backup_dir=paths.backup_dir))


def _setup_logging(paths: AppPaths) -> Path:
    paths.ensure()
    logfile = paths.log_dir / "asfdesk.log"
    logging.basicConfig(filename=logfile, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return logfile


def _install_excepthook(logfile: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            None,
            "asfdesk",
            _tr("Ett oväntat fel inträffade: %1\n\nDet du har sparat finns kvar. Detaljer har skrivits till %2.")
            .replace("%1", str(value))
            .replace("%2", str(logfile)),
        )

    sys.excepthook = hook


WayOut = Path | Literal["demo", "quit"]


def _ask_way_out(error: DatabaseOpenError) -> WayOut:
    """Ask what to do when the database cannot be opened: another file, the demo, or quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, "asfdesk", error.message)
    box.setInformativeText(_tr("Filen har inte ändrats. Välj en annan databas, öppna demodata eller avsluta."))
    other = box.addButton(_tr("Öppna annan fil…"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(_tr("Öppna demodata"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Avsluta"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is other:
        filename, _ = QFileDialog.getOpenFileName(None, _tr("Öppna databas"), str(error.path.parent))
        return Path(filename) if filename else "quit"
    if box.clickedButton() is demo:
        return "demo"
    return "quit"


def start_window(
    paths: AppPaths,
    db_path: Path | None = None,
    demo: bool = False,
    ask: Callable[[DatabaseOpenError], WayOut] = _ask_way_out,
    settings: QSettings | None = None,
) -> MainWindow | None:
    """Open the database (asking for a way out while it cannot be opened) and show the window.

    Returns None when the user chose to quit instead.
    """
    target: Path | None = None if demo else (db_path or paths.default_db)
    while True:
        try:
            context = open_context(paths, target)
            break
        except DatabaseOpenError as exc:
            log.warning("Cannot open database: %s", exc.message)
            choice = ask(exc)
            if choice == "quit":
                return None
            target = choice if isinstance(choice, Path) else None  # None: the demo database

    from asfdesk.ui.main_window import MainWindow

    window = MainWindow(context, lambda p: open_context(paths, p), settings or QSettings(APP_NAME, APP_NAME))
    window.show()
    return window


def run_gui(paths: AppPaths, db_path: Path | None = None, demo: bool = False) -> int:
    logfile = _setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    _install_excepthook(logfile)
    window = start_window(paths, db_path, demo)
    if window is None:
        return 1
    return app.exec()
