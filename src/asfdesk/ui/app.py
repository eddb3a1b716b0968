"""Starting the window: QApplication, opening the database with a way out, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from asfdesk import APP_NAME, __version__
from asfdesk.config import AppPaths
from asfdesk.context import AppContext
from asfdesk.storage.errors import DatabaseOpenError
from asfdesk.storage.migrate import open_database

log = logging.getLogger(__name__)


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
            f"Ett oväntat fel inträffade: {value}\n\nDet du har sparat finns kvar. "
            f"Detaljer har skrivits till {logfile}.",
        )

    sys.excepthook = hook


def _ask_way_out(error: DatabaseOpenError) -> Path | bool | None:
    """Ask what to do when the database cannot be opened: a path, None (demo), or False (quit)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "asfdesk", error.message)
    box.setInformativeText("Filen har inte ändrats. Välj en annan databas, öppna demodata eller avsluta.")
    other = box.addButton("Öppna annan fil…", QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton("Öppna demodata", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Avsluta", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is other:
        filename, _ = QFileDialog.getOpenFileName(None, "Öppna databas", str(error.path.parent))
        return Path(filename) if filename else False
    if box.clickedButton() is demo:
        return None
    return False


def run_gui(paths: AppPaths, db_path: Path | None = None, demo: bool = False) -> int:
    logfile = _setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    _install_excepthook(logfile)

    target: Path | None = None if demo else (db_path or paths.default_db)
    while True:
        try:
            context = open_context(paths, target)
            break
        except DatabaseOpenError as exc:
            log.warning("Cannot open database: %s", exc.message)
            choice = _ask_way_out(exc)
            if choice is False:
                return 1
            target = choice if isinstance(choice, Path) else None

    from asfdesk.ui.main_window import MainWindow

    window = MainWindow(context, lambda p: open_context(paths, p), QSettings(APP_NAME, APP_NAME))
    window.show()
    return app.exec()
