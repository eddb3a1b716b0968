"""Encrypting the open database from the Arkiv menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from asfdesk.context import open_context
from asfdesk.services.database_care import FAILURES, DatabaseOpenError

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

MIN_PASSPHRASE = 10
ENCRYPTION_FAILURES = FAILURES


class SecurityActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ask_new_passphrase = self._ask_new_passphrase  # replaceable in tests
        self.confirm = self._confirm

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("SecurityActions", "Kryptera databasen"), text
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_new_passphrase(self) -> str | None:
        """A new passphrase, typed twice; None when the user gives up."""
        while True:
            first, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("SecurityActions", "Välj lösenord"),
                QCoreApplication.translate(
                    "SecurityActions",
                    "Den här datorn har ingen nyckelring där asfdesk kan spara nyckeln, så databasen låses med ett "
                    "lösenord som du anger vid varje start. Minst %1 tecken. Glöms det går uppgifterna inte att läsa.",
                ).replace("%1", str(MIN_PASSPHRASE)),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            if len(first) < MIN_PASSPHRASE:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("SecurityActions", "Välj lösenord"),
                    QCoreApplication.translate("SecurityActions", "Lösenordet är för kort."),
                )
                continue
            second, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("SecurityActions", "Välj lösenord"),
                QCoreApplication.translate("SecurityActions", "Skriv lösenordet en gång till:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            if first == second:
                return first
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("SecurityActions", "Välj lösenord"),
                QCoreApplication.translate("SecurityActions", "Lösenorden var inte lika. Försök igen."),
            )

    def encrypt(self) -> bool:
        window = self.window
        ctx = window.context
        if ctx.database.encrypted:
            QMessageBox.information(
                window,
                QCoreApplication.translate("SecurityActions", "Kryptera databasen"),
                QCoreApplication.translate("SecurityActions", "Databasen är redan krypterad."),
            )
            return False
        if window.editor.refuse_if_read_only():
            return False
        passphrase = None
        if ctx.keys.store.available():
            if not self.confirm(
                QCoreApplication.translate(
                    "SecurityActions",
                    "Kryptera databasen? Nyckeln sparas i datorns nyckelring. En okrypterad kopia sparas först "
                    "i mappen backups – ta bort den när du har kontrollerat att allt fungerar.",
                )
            ):
                return False
        else:
            passphrase = self.ask_new_passphrase()
            if passphrase is None:
                return False
        path, paths, keys, care = ctx.database.path, ctx.paths, ctx.keys, ctx.care
        window.release_database()  # nothing may hold the file while it is swapped
        try:
            care.encrypt(passphrase)
        except ENCRYPTION_FAILURES as exc:
            QMessageBox.warning(window, QCoreApplication.translate("SecurityActions", "Kryptera databasen"), str(exc))
        try:
            window.adopt(open_context(paths, path, keys=keys))
        except DatabaseOpenError as exc:
            QMessageBox.critical(
                window, QCoreApplication.translate("SecurityActions", "Databasen kunde inte öppnas"), exc.message
            )
            return False
        window.statusBar().showMessage(
            QCoreApplication.translate("SecurityActions", "Databasen är nu krypterad."), 10000
        )
        return True
