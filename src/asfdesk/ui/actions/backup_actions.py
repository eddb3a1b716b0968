"""Säkerhetskopiera and Återställ from the Arkiv menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from asfdesk.services.database_care import DatabaseOpenError
from asfdesk.ui.save_dialog import ask_save_path

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


class BackupActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Replaceable in tests: (title, start path) → chosen path or None.
        self.ask_save_path = self._ask_save_path

    def _ask_save_path(self, title: str, start: Path) -> Path | None:
        return ask_save_path(
            self.window, title, start, QCoreApplication.translate("BackupActions", "Databaser (*.db)"), (".db",)
        )

    def backup_now(self) -> Path | None:
        ctx = self.window.context
        start = ctx.care.manual_backup_path()
        target = self.ask_save_path(QCoreApplication.translate("BackupActions", "Spara säkerhetskopia"), start)
        if target is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = ctx.care.backup_to(target)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window, QCoreApplication.translate("BackupActions", "Säkerhetskopiering misslyckades"), str(exc)
            )
            return None
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("BackupActions", "Säkerhetskopia sparad och kontrollerad: %1 (%2)")
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
            QMessageBox.information(
                window,
                QCoreApplication.translate("BackupActions", "Återställ"),
                QCoreApplication.translate("BackupActions", "Databasen är öppen skrivskyddat."),
            )
            return False
        if chosen is None:
            from asfdesk.ui.dialogs.restore_dialog import RestoreDialog

            dialog = RestoreDialog(ctx.care, window)
            if not dialog.exec() or dialog.chosen is None:
                return False
            chosen = dialog.chosen.path
            answer = QMessageBox.question(
                window,
                QCoreApplication.translate("BackupActions", "Återställ"),
                QCoreApplication.translate(
                    "BackupActions", "Ersätta den öppna databasen med kopian från %1?\n\nDen nuvarande sparas först."
                ).replace("%1", dialog.chosen.modified.strftime("%Y-%m-%d %H:%M")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        target, care = ctx.database.path, ctx.care
        window.release_database()  # nothing may hold the file while it is swapped
        try:
            care.restore_from(chosen)
        except OSError as exc:
            QMessageBox.warning(
                window, QCoreApplication.translate("BackupActions", "Återställning misslyckades"), str(exc)
            )
        try:
            window.adopt(window.opener(target))
        except DatabaseOpenError as exc:
            QMessageBox.critical(
                window, QCoreApplication.translate("BackupActions", "Databasen kunde inte öppnas"), exc.message
            )
            return False
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupActions", "Återställd från %1").replace("%1", str(chosen)), 10000
        )
        return True
