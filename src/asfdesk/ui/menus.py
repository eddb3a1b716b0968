"""The main window's menus and their keyboard shortcuts, in one place."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


def build_menus(self: MainWindow) -> None:
    """The menu bar: every command with its shortcut."""
    file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Arkiv"))
    self._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Öppna databas…"),
        self.choose_database,
        QKeySequence.StandardKey.Open,
    )
    self._action(file_menu, QCoreApplication.translate("MainWindow", "Öppna &demodata"), self.open_demo)
    file_menu.addSeparator()
    self._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Säkerhetskopiera nu…"),
        self.backup_actions.backup_now,
        "Ctrl+Shift+S",
    )
    restore = self._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "Åte&rställ från säkerhetskopia…"),
        self.backup_actions.restore,
    )
    self._action(
        file_menu, QCoreApplication.translate("MainWindow", "&Importera från Excel…"), self.admin_actions.import_list
    )
    self._action(
        file_menu, QCoreApplication.translate("MainWindow", "Exportera &kalender…"), self.admin_actions.export_calendar
    )
    self._action(
        file_menu, QCoreApplication.translate("MainWindow", "&Kryptera databasen…"), self.security_actions.encrypt
    )
    file_menu.addSeparator()
    self._action(file_menu, QCoreApplication.translate("MainWindow", "Anslut till &team…"), self.team_actions.join)
    self._action(
        file_menu, QCoreApplication.translate("MainWindow", "S&ynkronisera nu"), self.team_actions.sync_now, "F9"
    )
    self._action(file_menu, QCoreApplication.translate("MainWindow", "K&onflikter…"), self.team_actions.show_conflicts)
    self._action(file_menu, QCoreApplication.translate("MainWindow", "Lämna t&eamet…"), self.team_actions.leave)
    file_menu.addSeparator()
    self._action(file_menu, QCoreApplication.translate("MainWindow", "&Lås nu"), self.session_lock.lock, "Ctrl+Shift+L")
    self._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Inställningar…"),
        self.settings_actions.show_settings,
        QKeySequence.StandardKey.Preferences,
    )
    self._action(file_menu, QCoreApplication.translate("MainWindow", "&Vem arbetar här…"), self.choose_profile)
    file_menu.addSeparator()
    self._action(
        file_menu, QCoreApplication.translate("MainWindow", "&Avsluta"), self.close, QKeySequence.StandardKey.Quit
    )

    edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Redigera"))
    undo = self.undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "Ångra"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = self.undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "Gör om"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    self._action(edit_menu, QCoreApplication.translate("MainWindow", "&Papperskorg…"), self.admin_actions.show_trash)
    self._action(
        edit_menu, QCoreApplication.translate("MainWindow", "&Granskningslogg…"), self.admin_actions.show_audit_log
    )

    enterprise_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Företag"))
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "&Nytt företag…"),
        self.new_enterprise,
        QKeySequence.StandardKey.New,
    )
    self._action(
        enterprise_menu, QCoreApplication.translate("MainWindow", "&Redigera företag…"), self.edit_enterprise, "Ctrl+E"
    )
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "&Ta bort företag…"),
        self.delete_enterprise,
        "Ctrl+Delete",
    )
    enterprise_menu.addSeparator()
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "Skriv &ut sammanfattning…"),
        self.print_summary,
        QKeySequence.StandardKey.Print,
    )
    self._action(
        enterprise_menu, QCoreApplication.translate("MainWindow", "&Logga handledarstöd…"), self.log_contact, "Ctrl+L"
    )
    self._action(
        enterprise_menu, QCoreApplication.translate("MainWindow", "Ny &kontaktperson…"), self._new_contact_person
    )
    self._action(enterprise_menu, QCoreApplication.translate("MainWindow", "Nytt &avtal…"), self._new_agreement)
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "Ny p&lats i platskatalogen…"),
        lambda: self._for_enterprise(self.planning_actions.new_place),
    )
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "&Intäkter för ett år…"),
        lambda: self._for_enterprise(self.planning_actions.new_revenue),
    )
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "Pro&jekt och finansiärer…"),
        lambda: self.planning.show_projects(),
    )
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "Ny &placering…"),
        lambda: self._for_enterprise(self.placement_actions.new_placement),
        "Ctrl+Shift+P",
    )
    self._action(
        enterprise_menu,
        QCoreApplication.translate("MainWindow", "Nytt &möte…"),
        lambda: self._for_enterprise(self.meeting_actions.new_meeting),
        "Ctrl+M",
    )
    participants_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Deltagare"))
    self._action(
        participants_menu,
        QCoreApplication.translate("MainWindow", "&Ny deltagare…"),
        self.placement_actions.new_participant,
        "Ctrl+Shift+N",
    )
    self._action(
        participants_menu,
        QCoreApplication.translate("MainWindow", "&Registerutdrag…"),
        self.admin_actions.subject_access,
    )
    participants_menu.addSeparator()
    self._action(
        participants_menu, QCoreApplication.translate("MainWindow", "&Gallring…"), self.admin_actions.show_retention
    )
    self._action(
        participants_menu,
        QCoreApplication.translate("MainWindow", "&Radera deltagare på begäran…"),
        self.admin_actions.erase_participant,
    )
    # What a read-only window must not offer.
    self.edit_actions = [restore, *enterprise_menu.actions(), *participants_menu.actions()]

    view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Visa"))
    self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Att göra"), lambda: self.show_view("todo"), "Alt+1"
    )
    self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Företag"), lambda: self.show_view("enterprises"), "Alt+2"
    )
    self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Rapporter"), lambda: self.show_view("reports"), "Alt+3"
    )
    self._action(
        view_menu,
        QCoreApplication.translate("MainWindow", "&Handledarstöd – alla kontakter"),
        lambda: self.show_view("contacts"),
        "Alt+4",
    )
    self._action(
        view_menu,
        QCoreApplication.translate("MainWindow", "&Lediga platser"),
        lambda: self.show_view("places"),
        "Alt+5",
    )
    self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Måluppföljning"), lambda: self.show_view("goals"), "Alt+6"
    )
    self._action(
        view_menu,
        QCoreApplication.translate("MainWindow", "&Deltagare"),
        lambda: self.show_view("participants"),
        "Alt+7",
    )
    self._action(
        view_menu,
        QCoreApplication.translate("MainWindow", "&Handlingsplaner"),
        lambda: self.show_view("action_plans"),
        "Alt+8",
    )
    view_menu.addSeparator()
    search = self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Sök i allt…"), self.open_search, "Ctrl+K"
    )
    search.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
    self._action(
        view_menu,
        QCoreApplication.translate("MainWindow", "&Filtrera företagslistan"),
        self._filter_list,
        "Ctrl+Shift+F",
    )
    self._action(
        view_menu, QCoreApplication.translate("MainWindow", "&Uppdatera"), self.reload, QKeySequence.StandardKey.Refresh
    )
    view_menu.addSeparator()
    for number in range(self.detail_view.tabs.count()):
        name = self.detail_view.tabs.tabText(number)
        self._action(view_menu, name, partial(self.detail_view.tabs.setCurrentIndex, number), f"Ctrl+{number + 1}")

    help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Hjälp"))
    self._action(
        help_menu,
        QCoreApplication.translate("MainWindow", "&Användarhandbok"),
        self.show_user_guide,
        QKeySequence.StandardKey.HelpContents,
    )
    self._action(help_menu, QCoreApplication.translate("MainWindow", "&Kortkommandon"), self.show_shortcuts, "Ctrl+/")
    help_menu.addSeparator()
    self._action(help_menu, QCoreApplication.translate("MainWindow", "&Om asfdesk"), self._about)
