"""Papperskorg, Granskningslogg, Gallring and Registerutdrag: looking after the records themselves."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from asfdesk.ui.save_dialog import ask_save_path

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


class AdminActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show_retention(self) -> None:
        from asfdesk.ui.dialogs.retention_dialog import RetentionDialog

        if not self.window.editor.refuse_if_read_only():
            RetentionDialog(self.window.context.retention, self.window, self.window.context.settings).exec()
            self.window.reload()

    def subject_access(self) -> None:
        """Everything held about one participant, saved as JSON for them (registerutdrag)."""
        choices = self.window.context.participants.choices()
        labels = [label for _id, label in choices]
        label, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("AdminActions", "Registerutdrag"),
            QCoreApplication.translate("AdminActions", "Deltagare:"),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        participant_id = choices[labels.index(label)][0]
        target = ask_save_path(
            self.window,
            QCoreApplication.translate("AdminActions", "Spara registerutdrag"),
            f"registerutdrag-{label.split(' ')[0]}.pdf",
            QCoreApplication.translate("AdminActions", "PDF (*.pdf);;JSON (*.json)"),
            (".pdf", ".json"),
        )
        if target is not None:
            self.window.context.retention.write_subject_access(participant_id, target)
            self.window.statusBar().showMessage(
                QCoreApplication.translate("AdminActions", "Registerutdrag sparat: %1").replace("%1", str(target)),
                10000,
            )

    def show_audit_log(self) -> None:
        from asfdesk.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.window.context.audit, self.window).exec()

    def show_trash(self) -> None:
        from asfdesk.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self.window.context.trash, self.window)
        dialog.restored.connect(lambda kind, record_id: self.window._on_record_changed(kind, record_id))
        dialog.exec()

    def _choose_participant(self, title: str) -> tuple[str, str] | None:
        choices = self.window.context.participants.choices()
        labels = [label for _id, label in choices]
        label, ok = QInputDialog.getItem(
            self.window, title, QCoreApplication.translate("AdminActions", "Deltagare:"), labels, 0, False
        )
        if not ok or label not in labels:
            return None
        return choices[labels.index(label)][0], label

    def erase_participant(self) -> bool:
        """Erasure on request (GDPR art. 17): after a clear warning, the person is removed for good."""
        if self.window.editor.refuse_if_read_only():
            return False
        chosen = self._choose_participant(QCoreApplication.translate("AdminActions", "Radera deltagare på begäran"))
        if chosen is None:
            return False
        participant_id, label = chosen
        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("AdminActions", "Radera deltagare på begäran"),
            QCoreApplication.translate(
                "AdminActions",
                "Radera %1 och alla deras placeringar och samtycken för gott? Det hamnar inte i Papperskorgen och "
                "kan inte ångras. Ta gärna ett registerutdrag först.",
            ).replace("%1", label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.window.context.retention.erase(participant_id)
        self.window.undo_stack.clear()  # earlier steps may point at what no longer exists
        self.window.reload()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("AdminActions", "%1 raderad.").replace("%1", label), 10000
        )
        return True

    def export_calendar(self) -> Path | None:
        """Meetings and due follow-ups as .ics; importing it again updates rather than duplicates."""
        from asfdesk.services.calendar_export import CalendarExport

        target = ask_save_path(
            self.window,
            QCoreApplication.translate("AdminActions", "Exportera kalender"),
            "asfdesk.ics",
            QCoreApplication.translate("AdminActions", "Kalender (*.ics)"),
            (".ics",),
        )
        if target is None:
            return None
        pseudonyms = self._ask_pseudonyms()
        if pseudonyms is None:
            return None
        filename = str(target)
        staff = self.window.todo_view.staff.currentData() or None
        count = CalendarExport(self.window.context.database.session_factory).write(
            target, staff_id=staff, pseudonyms=pseudonyms
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("AdminActions", "%1 händelser sparade i %2")
            .replace("%1", str(count))
            .replace("%2", filename)
        )
        return Path(filename)

    def _ask_pseudonyms(self) -> bool | None:
        """Whether follow-ups in the calendar name their participant; None when the user cancels."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("AdminActions", "Exportera kalender"))
        box.setText(QCoreApplication.translate("AdminActions", "Ta med deltagarnas pseudonymer i uppföljningarna?"))
        box.setInformativeText(
            QCoreApplication.translate(
                "AdminActions",
                "Kalendern lämnar den skyddade databasen (telefoner, molnkonton). Utan pseudonym står bara "
                "företaget och typen av uppföljning. Anteckningar följer aldrig med.",
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def meeting_to_calendar(self, meeting_id: str) -> Path:
        """'Lägg till i kalender': one meeting as .ics, opened so the calendar program imports it."""
        from asfdesk.services.calendar_export import CalendarExport
        from asfdesk.ui.pdf_output import open_pdf

        folder = self.window.context.paths.reports_dir
        folder.mkdir(parents=True, exist_ok=True)
        target = CalendarExport(self.window.context.database.session_factory).write_meeting(
            meeting_id, folder / f"mote-{meeting_id[:8]}.ics"
        )
        open_pdf(target)  # the system opens .ics files with the calendar program
        return target

    def import_list(self) -> None:
        from asfdesk.ui.dialogs.import_dialog import ImportDialog

        if self.window.editor.refuse_if_read_only():
            return
        ImportDialog(self.window.context.importer(), self.window.settings_store, self.window).exec()
        self.window.reload()
