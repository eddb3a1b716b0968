"""Starting the window: QApplication, opening the database with a way out, the main window."""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from asfdesk import APP_NAME, __version__
from asfdesk.config import AppPaths
from asfdesk.context import open_context
from asfdesk.preferences import load_preferences
from asfdesk.resource_files import resources_dir
from asfdesk.services.database_care import DatabaseCare, DatabaseOpenError, KeyResolver, Problem
from asfdesk.startup_gc import release_collection
from asfdesk.ui.language import install_language

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


_fatal_log: IO[str] | None = None  # kept open for faulthandler for the life of the process


def setup_logging(paths: AppPaths) -> Path:
    """Log to the log file, and have a fatal error (a crash in Qt or the interpreter) reach it too.

    faulthandler writes the Python stack of every thread to the file when the process dies of a
    signal or an abort, where no Python code runs any more; without it the log stays empty.
    """
    global _fatal_log
    paths.ensure()
    logfile = paths.log_dir / "asfdesk.log"
    logging.basicConfig(filename=logfile, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if _fatal_log is None:
        _fatal_log = logfile.open("a", encoding="utf-8")
        faulthandler.enable(file=_fatal_log, all_threads=True)
    return logfile


def _install_excepthook(logfile: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            None,
            "asfdesk",
            QCoreApplication.translate(
                "asfdesk",
                "Ett oväntat fel inträffade: %1\n\nDet du har sparat finns kvar. Detaljer har skrivits till %2.",
            )
            .replace("%1", str(value))
            .replace("%2", str(logfile)),
        )

    sys.excepthook = hook


def ask_passphrase(path: Path, why: str) -> str | None:
    """The passphrase of an encrypted database, typed by the user (never shown, never stored)."""
    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("asfdesk", "Lösenord för databasen"),
        QCoreApplication.translate("asfdesk", "%1\n\n%2 är krypterad. Skriv lösenordet:")
        .replace("%1", why)
        .replace("%2", path.name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


@dataclass(frozen=True)
class WayOut:
    """What the user chose when the database could not be opened."""

    action: Literal["open", "demo", "quit", "read_only", "restore", "retry"]
    path: Path | None = None  # the file to open, or the backup to restore

    @classmethod
    def quit(cls) -> WayOut:
        return cls("quit")


def _ask_way_out(error: DatabaseOpenError, backup_dir: Path) -> WayOut:
    """Ask what to do when the database cannot be opened; every way leaves the file as it is."""
    box = QMessageBox(QMessageBox.Icon.Warning, "asfdesk", error.message)
    if error.problem is Problem.WRONG_KEY:
        retry = box.addButton(QCoreApplication.translate("asfdesk", "Försök igen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("asfdesk", "Avsluta"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return WayOut("retry", error.path) if box.clickedButton() is retry else WayOut.quit()
    if error.problem in (Problem.IN_USE, Problem.READ_ONLY):
        box.setInformativeText(
            QCoreApplication.translate("asfdesk", "Du kan öppna den skrivskyddat och titta i den, men inte ändra.")
        )
        read_only = box.addButton(
            QCoreApplication.translate("asfdesk", "Öppna skrivskyddat"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("asfdesk", "Avsluta"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return WayOut("read_only", error.path) if box.clickedButton() is read_only else WayOut.quit()
    box.setInformativeText(
        QCoreApplication.translate(
            "asfdesk",
            "Filen har inte ändrats. Återställ en säkerhetskopia, välj en annan databas, öppna demodata eller avsluta.",
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("asfdesk", "Återställ säkerhetskopia…"), QMessageBox.ButtonRole.AcceptRole
    )
    other = box.addButton(QCoreApplication.translate("asfdesk", "Öppna annan fil…"), QMessageBox.ButtonRole.ActionRole)
    demo = box.addButton(QCoreApplication.translate("asfdesk", "Öppna demodata"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("asfdesk", "Avsluta"), QMessageBox.ButtonRole.RejectRole)
    restore.setEnabled(any(backup_dir.glob("*.db")))
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        filename, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("asfdesk", "Välj säkerhetskopia"),
            str(backup_dir),
            QCoreApplication.translate("asfdesk", "Databaser (*.db)"),
        )
        return WayOut("restore", Path(filename)) if filename else WayOut.quit()
    if clicked is other:
        filename, _ = QFileDialog.getOpenFileName(
            None, QCoreApplication.translate("asfdesk", "Öppna databas"), str(error.path.parent)
        )
        return WayOut("open", Path(filename)) if filename else WayOut.quit()
    if clicked is demo:
        return WayOut("demo")
    return WayOut.quit()


def start_window(
    paths: AppPaths,
    db_path: Path | None = None,
    demo: bool = False,
    ask: Callable[[DatabaseOpenError, Path], WayOut] = _ask_way_out,
    settings: QSettings | None = None,
    keys: KeyResolver | None = None,
) -> MainWindow | None:
    """Open the database (asking for a way out while it cannot be opened) and show the window.

    Returns None when the user chose to quit instead.
    """
    target: Path | None = None if demo else (db_path or paths.default_db)
    read_only = False
    keys = keys or KeyResolver(ask_passphrase=ask_passphrase)
    while True:
        try:
            context = open_context(paths, target, read_only=read_only, keys=keys, background_backup=True)
            break
        except DatabaseOpenError as exc:
            log.warning("Cannot open database: %s", exc.message)
            choice = ask(exc, paths.backup_dir)
            read_only = choice.action == "read_only"
            if choice.action == "quit":
                return None
            if choice.action == "retry":
                keys.forget(exc.path)  # ask for the passphrase again
                continue
            if choice.action == "restore" and choice.path is not None:
                try:
                    DatabaseCare(exc.path, paths.backup_dir, keys).restore_from(choice.path)
                except OSError as problem:
                    QMessageBox.warning(None, "asfdesk", str(problem))
                    continue
                target = exc.path
            elif choice.action in ("open", "read_only"):
                target = choice.path
            else:
                target = None  # the demo database

    from asfdesk.ui.main_window import MainWindow

    window = MainWindow(
        context,
        lambda p: open_context(paths, p, keys=keys, background_backup=True),
        settings or QSettings(APP_NAME, APP_NAME),
    )
    window.filled.connect(release_collection)
    window.show()
    return window


def run_gui(paths: AppPaths, db_path: Path | None = None, demo: bool = False) -> int:
    logfile = setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "asfdesk-256.png")))
    language = load_preferences().language
    if not install_language(language):
        log.warning("No catalogue for language %s; showing Swedish", language)
    _install_excepthook(logfile)
    window = start_window(paths, db_path, demo)
    if window is None:
        return 1
    code = app.exec()
    if window.restart_requested:
        start_again(window.context.database.path)
    return code


def restart_command(db_path: Path) -> list[str]:
    """The command that opens `db_path` in a new window: the same program, the same Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--db", str(db_path)]
    return [sys.executable, "-m", "asfdesk", "--db", str(db_path)]


def start_again(db_path: Path) -> None:
    import subprocess

    try:
        subprocess.Popen(restart_command(db_path), close_fds=True, start_new_session=sys.platform != "win32")
    except OSError:
        log.exception("Could not start asfdesk again")
