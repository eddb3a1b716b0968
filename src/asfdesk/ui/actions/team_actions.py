"""Arkiv's team commands: join, sync now (F9), conflicts, leave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from asfdesk.domain.vocab import StaffRole
from asfdesk.sync.errors import TeamError
from asfdesk.sync.roles import keeps_copy

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.team.conflicts_dialog import ConflictsDialog


class TeamActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.conflicts_dialog: ConflictsDialog | None = None
        self.confirm = self._confirm  # replaceable in tests

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self.window, title, text) == QMessageBox.StandardButton.Yes

    def _not_joined(self) -> bool:
        if self.window.team_sync.joined:
            return False
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("TeamActions", "Team"),
            QCoreApplication.translate(
                "TeamActions",
                "Databasen är inte ansluten till något team. Välj Arkiv → Anslut till team… med samordnarens kod.",
            ),
        )
        return True

    def join(self) -> None:
        from asfdesk.ui.team.join_dialog import JoinTeamDialog

        if self.window.context.read_only:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("TeamActions", "Anslut till team"),
                QCoreApplication.translate("TeamActions", "Databasen är skrivskyddad."),
            )
            return
        if self.window.team_sync.joined and self.window.team_sync.line.revoked:
            text = QCoreApplication.translate(
                "TeamActions",
                "Datorn är spärrad från teamet. Välj först Arkiv → Lämna teamet… (allt i databasen finns kvar) "
                "och anslut sedan med den nya koden från samordnaren.",
            )
            QMessageBox.information(self.window, QCoreApplication.translate("TeamActions", "Anslut till team"), text)
            return
        if self.window.team_sync.joined:
            text = QCoreApplication.translate(
                "TeamActions", "Databasen är redan ansluten till ett team som %1."
            ).replace("%1", self.window.team_sync.identity)
            QMessageBox.information(self.window, QCoreApplication.translate("TeamActions", "Anslut till team"), text)
            return
        JoinTeamDialog(self.window.team_sync, self.window).exec()

    def sync_now(self) -> None:
        if self._not_joined():
            return
        self.window.team_sync.sync_now()

    def show_conflicts(self, conflict_id: str = "") -> None:
        from asfdesk.ui.team.conflicts_dialog import ConflictsDialog

        if self._not_joined():
            return
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.window.team_sync, self.window)
        else:
            self.conflicts_dialog.reload()
        if conflict_id:
            self.conflicts_dialog.select(conflict_id)
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()

    def leave(self) -> None:
        sync = self.window.team_sync
        if self._not_joined():
            return
        sync.refresh_counts()
        waiting = sync.line.waiting
        keeps = keeps_copy(sync.role)
        if keeps:
            text = QCoreApplication.translate(
                "TeamActions",
                "Databasen lämnar teamet och blir en vanlig egen databas. Allt den innehåller finns kvar här, "
                "men synkroniseras inte längre.",
            )
        else:
            text = QCoreApplication.translate(
                "TeamActions",
                "Din roll (%1) får inte behålla en kopia när datorn lämnar teamet: allt som finns i databasen "
                "tas bort från den här datorn, med utkast och papperskorg. Det finns kvar på servern för "
                "teamet. Ändringsloggen behåller att det skedde.",
            ).replace("%1", StaffRole.label_of(sync.role).lower())
        if waiting == 1:
            text += "\n\n" + QCoreApplication.translate("TeamActions", "1 ändring har inte skickats och skickas inte.")
        elif waiting:
            text += "\n\n" + QCoreApplication.translate(
                "TeamActions", "%1 ändringar har inte skickats och skickas inte."
            ).replace("%1", str(waiting))
        if not self.confirm(QCoreApplication.translate("TeamActions", "Lämna teamet"), text):
            return
        sync.stop()
        try:
            removed = self.window.context.team.leave(self.window.context.audit.actor)
        except TeamError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("TeamActions", "Lämna teamet"), str(exc))
            sync.start()
            return
        sync.start()
        if not keeps:
            self.window.reload()  # what the team sent is gone from the lists too
        said = (
            QCoreApplication.translate("TeamActions", "Databasen har lämnat teamet; %1 poster togs bort från datorn.")
            if not keeps
            else QCoreApplication.translate("TeamActions", "Databasen har lämnat teamet.")
        )
        self.window.statusBar().showMessage(said.replace("%1", str(removed)), 10000)
