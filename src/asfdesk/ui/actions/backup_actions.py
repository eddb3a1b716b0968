"""Säkerhetskopiera and Återställ from the Arkiv menu."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from asfdesk.storage.backup import make_verified_backup, restore_database
from asfdesk.storage.errors import DatabaseOpenError

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


class BackupActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Replaceable in tests: (title, start path) → chosen path or None.
        self.ask_save_path = self._ask_save_path

    def _ask_save_path(self, title: str, start: Path) -> Path | None:
        filename, _ = QFileDialog.getSaveFileName(self.window, title, str(start), _tr("Databaser (*.db)"))
        return Path(filename) if filename else None

    def backup_now(self) -> Path | None:
        ctx = self.window.context
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        start = ctx.paths.backup_dir / f"{ctx.database.path.stem}-{stamp}-manuell.db"
        target = self.ask_save_path(_tr("Spara säkerhetskopia"), start)
        if target is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = make_verified_backup(ctx.database.path, target, ctx.keys)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, _tr("Säkerhetskopiering misslyckades"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            _tr("Säkerhetskopia sparad och kontrollerad: %1 (%2)")
            .replace("%1", str(target))
            .replace("%2", info.describe()),
            10000,
        )
        return target

    def restore(self, chosen: Path | None = None) -> bool:
        """Replace the open database by a backup, after saving the current one; then reopen it."""
        window = self.window
        ctx = window.context
        if ctx.read_only:
            QMessageBox.information(window, _tr("Återställ"), _tr("Databasen är öppen skrivskyddat."))
            return False
        if chosen is None:
            from asfdesk.ui.dialogs.restore_dialog import RestoreDialog

            dialog = RestoreDialog(ctx.paths.backup_dir, window, ctx.keys)
            if not dialog.exec() or dialog.chosen is None:
                return False
            chosen = dialog.chosen.path
            answer = QMessageBox.question(
                window,
                _tr("Återställ"),
                _tr("Ersätta den öppna databasen med kopian från %1?\n\nDen nuvarande sparas först.").replace(
                    "%1", dialog.chosen.modified.strftime("%Y-%m-%d %H:%M")
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        target = ctx.database.path
        ctx.close()  # nothing may hold the file while it is swapped
        try:
            restore_database(chosen, target, ctx.paths.backup_dir, ctx.keys)
        except OSError as exc:
            QMessageBox.warning(window, _tr("Återställning misslyckades"), str(exc))
        try:
            window.adopt(window.opener(target))
        except DatabaseOpenError as exc:
            QMessageBox.critical(window, _tr("Databasen kunde inte öppnas"), exc.message)
            return False
        window.statusBar().showMessage(_tr("Återställd från %1").replace("%1", str(chosen)), 10000)
        return True
