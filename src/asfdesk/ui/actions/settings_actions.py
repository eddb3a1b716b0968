"""Inställningar: opening the dialog and carrying out what a change means (lock, language, data folder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from asfdesk.config import AppPaths
from asfdesk.preferences import Preferences, load_preferences
from asfdesk.services.settings import LOCK_MINUTES

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


class SettingsActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show_settings(self) -> None:
        from asfdesk.ui.dialogs.settings_dialog import settings_dialog

        window = self.window
        if window.editor.refuse_if_read_only():
            return
        before = load_preferences()
        dialog = settings_dialog(window.context.settings, window)
        if not window.editor.exec_dialog(dialog):
            return
        window.session_lock.configure(window.context.settings.get(LOCK_MINUTES))
        after = dialog.result_value
        if not isinstance(after, Preferences):
            return
        if after.data_dir != before.data_dir:
            self.move_to_data_dir(after)
        if after.language != before.language:
            self.offer_restart()

    def offer_restart(self) -> None:
        """The language is read at start: offer to start again now (drafts and the database are kept)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("SettingsActions", "Byt språk"))
        box.setText(
            QCoreApplication.translate("SettingsActions", "Språket byts när asfdesk startar om. Vill du starta om nu?")
        )
        now = box.addButton(
            QCoreApplication.translate("SettingsActions", "Starta om nu"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("SettingsActions", "Senare"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.window.restart()

    def move_to_data_dir(self, preferences: Preferences) -> Path | None:
        """Carry the open default database to the new data folder and go on working there.

        The old file stays where it was. Another database than the default one is left alone.
        """
        window = self.window
        target = AppPaths.resolve(Path(preferences.data_dir) if preferences.data_dir else None).default_db
        current = window.context.database.path
        if current != window.context.paths.default_db or target == current:
            return None
        if not target.exists():
            try:
                window.context.care.backup_to(target)
            except OSError as exc:
                QMessageBox.warning(window, QCoreApplication.translate("SettingsActions", "Datamapp"), str(exc))
                return None
        if not window.switch_to(target):
            return None
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SettingsActions", "asfdesk använder nu %1. Den gamla filen ligger kvar."
            ).replace("%1", str(target)),
            10000,
        )
        return target
