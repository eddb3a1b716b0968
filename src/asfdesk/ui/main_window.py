"""The main window: enterprise list above, the selected enterprise's tabs below."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk.context import AppContext
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels
from asfdesk.services.database_care import DatabaseOpenError
from asfdesk.services.draft_service import DraftService
from asfdesk.services.enterprise_queries import EnterpriseNotFoundError
from asfdesk.services.todo_queries import LOOK_AHEAD_DAYS
from asfdesk.ui.actions.action_plan_actions import ActionPlanActions
from asfdesk.ui.actions.admin_actions import AdminActions
from asfdesk.ui.actions.backup_actions import BackupActions
from asfdesk.ui.actions.enterprise_actions import EnterpriseActions
from asfdesk.ui.actions.meeting_actions import MeetingActions
from asfdesk.ui.actions.placement_actions import PlacementActions
from asfdesk.ui.actions.planning_actions import PlanningActions
from asfdesk.ui.actions.report_actions import ReportActions
from asfdesk.ui.actions.security_actions import SecurityActions
from asfdesk.ui.actions.settings_actions import SettingsActions
from asfdesk.ui.actions.support_actions import SupportActions
from asfdesk.ui.actions.team_actions import TeamActions
from asfdesk.ui.actions.todo_actions import TodoActions
from asfdesk.ui.forms.drafts import DraftStore
from asfdesk.ui.menus import build_menus
from asfdesk.ui.navigator import Navigator
from asfdesk.ui.planning_wiring import PlanningWiring
from asfdesk.ui.record_editor import RecordEditor
from asfdesk.ui.session_lock import SessionLock
from asfdesk.ui.team.team_sync import TeamSync
from asfdesk.ui.todo_fill import TodoFill, TodoSnapshot, todo_snapshot
from asfdesk.ui.views.action_plan_view import ActionPlanView
from asfdesk.ui.views.all_contacts_view import AllContactsView
from asfdesk.ui.views.enterprise_detail import EnterpriseDetailView
from asfdesk.ui.views.enterprise_list import EnterpriseListView
from asfdesk.ui.views.goals_view import GoalsView
from asfdesk.ui.views.participants_view import ParticipantsView
from asfdesk.ui.views.reports_view import ReportsView
from asfdesk.ui.views.todo_view import TodoView
from asfdesk.ui.views.vacant_places_view import VacantPlacesView
from asfdesk.ui.views.welcome_page import WelcomePage
from asfdesk.ui.window_wiring import wire_sections

if TYPE_CHECKING:
    from asfdesk.ui.dialogs.help_dialog import ShortcutsDialog, UserGuideDialog
    from asfdesk.ui.dialogs.search_dialog import SearchDialog

ContextOpener = Callable[[Path | None], AppContext]  # None opens the demo database
# Records neither the enterprise list nor an enterprise's page shows: a change of one reloads neither.
LIST_NEUTRAL = frozenset({"action_plan_activity", "project", "goal"})
VIEWS = Labels(
    "MainWindow",
    {
        "todo": QT_TRANSLATE_NOOP("MainWindow", "Att göra"),
        "enterprises": QT_TRANSLATE_NOOP("MainWindow", "Företag"),
        "reports": QT_TRANSLATE_NOOP("MainWindow", "Rapporter"),
        "contacts": QT_TRANSLATE_NOOP("MainWindow", "Handledarstöd"),
        "places": QT_TRANSLATE_NOOP("MainWindow", "Lediga platser"),
        "goals": QT_TRANSLATE_NOOP("MainWindow", "Måluppföljning"),
        "participants": QT_TRANSLATE_NOOP("MainWindow", "Deltagare"),
        "action_plans": QT_TRANSLATE_NOOP("MainWindow", "Handlingsplaner"),
    },
)


log = logging.getLogger(__name__)

# The selected enterprise's tabs, Att göra and the warnings are filled this long after the window
# is first shown, so that the list paints at once even with a very large database.
FILL_TODO_AFTER_MS = 50


def rows_exist(window: MainWindow) -> bool:
    return window.list_view.model.rowCount() > 0


class MainWindow(QMainWindow):
    filled = Signal()  # what start-up left for after the first paint is done
    todo_refreshed = Signal()  # Att göra and the warnings show the last change (they follow it from a thread)

    def __init__(self, context: AppContext, opener: ContextOpener, settings: QSettings, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opener = opener
        self._settings = settings
        self.guide_dialog: UserGuideDialog | None = None
        self.restart_requested = False  # run_gui starts the program again once the window has closed
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 600)

        self.list_view = EnterpriseListView()
        self.detail_view = EnterpriseDetailView()
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.detail_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.todo_view = TodoView()
        self.views = QStackedWidget()
        self.views.addWidget(self.todo_view)
        self.views.addWidget(self.splitter)
        self.reports_view = ReportsView()
        self.views.addWidget(self.reports_view)
        self.contacts_view = AllContactsView(context.database.session_factory)
        self.views.addWidget(self.contacts_view)
        self.vacant_view = VacantPlacesView()
        self.views.addWidget(self.vacant_view)
        self.goals_view = GoalsView()
        self.views.addWidget(self.goals_view)
        self.participants_view = ParticipantsView()
        self.views.addWidget(self.participants_view)
        self.action_plan_view = ActionPlanView()
        self.views.addWidget(self.action_plan_view)
        self.read_only_banner = QLabel(
            self.tr("Skrivskyddad: databasen används i ett annat fönster eller får inte ändras. Ändringar sparas inte.")
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet("background: #fde7e9; padding: 6px; border-radius: 4px;")
        self.read_only_banner.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.read_only_banner)
        right_layout.addWidget(self.views, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for name in VIEWS:
            item = QListWidgetItem(VIEWS[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        # As wide as its longest entry needs ("Att göra (66, 37 sena)"), not a fixed share of a small screen.
        self.nav.setFixedWidth(max(150, self.nav.fontMetrics().horizontalAdvance("Att göra (999, 999 sena)") + 24))
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(4, 4, 4, 0)
        outer_layout.addWidget(self.nav)
        outer_layout.addWidget(right, 1)
        self.setCentralWidget(outer)
        self.nav.currentRowChanged.connect(self.views.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._entered_view)
        self.contacts_view.enterprise_requested.connect(self._open_enterprise_from_list)
        self.todo_view.staff_changed.connect(self._on_staff_changed)
        self.todo_view.set_look_ahead(self.look_ahead_days())
        self.todo_view.profile_chosen.connect(self.set_profile)
        self.todo_view.look_ahead_changed.connect(self._on_look_ahead_changed)
        self.todo_actions = TodoActions(self)
        self.todo_view.finish_requested.connect(self.todo_actions.finish)
        self.todo_view.move_requested.connect(self.todo_actions.move)
        self.todo_view.reassign_requested.connect(self.todo_actions.reassign)

        self.count_label = QLabel()
        self.db_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._search_dialog: SearchDialog | None = None
        self.todo_loaded = False  # Att göra is filled just after the window first shows
        # A timer the window owns (not a singleShot): closing the window stops it, so no thread is
        # started on a closed window, which Qt would then destroy while the thread still runs.
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._fill_after_first_paint)
        self._closed = False
        self.audit_problem: str | None = None  # None until the log's chain has been checked, then "" or the break
        self.audit_box: QMessageBox | None = None
        self._todo_pending = False
        self._detail_deferred = True  # until then, selecting an enterprise only marks it
        self.undo_stack = QUndoStack(self)
        self.editor = RecordEditor(self.undo_stack, self.context.trash, self)
        self.editor.changed.connect(self._on_record_changed)
        self.editor.said.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.enterprise_actions = EnterpriseActions(lambda: self.context, self.editor)
        self.support_actions = SupportActions(lambda: self.context, self.editor, lambda: self.profile_staff_id())
        self.placement_actions = PlacementActions(lambda: self.context, self.editor)
        self.meeting_actions = MeetingActions(lambda: self.context, self.editor)
        self.planning_actions = PlanningActions(lambda: self.context, self.editor, self.placement_actions)
        self.action_plan_actions = ActionPlanActions(lambda: self.context, self.editor)
        self.backup_actions = BackupActions(self)
        self.report_actions = ReportActions(self)
        self.security_actions = SecurityActions(self)
        self.admin_actions = AdminActions(self)
        self.settings_actions = SettingsActions(self)
        self.session_lock = SessionLock(self)
        self.team_sync = TeamSync(self)
        self.team_actions = TeamActions(self)
        self.statusBar().removeWidget(self.db_label)  # the team line goes before the file's
        self.statusBar().addPermanentWidget(self.team_sync.label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.show()
        self.team_sync.label.linkActivated.connect(lambda _link: self.team_actions.show_conflicts())
        wire_sections(self)
        self.navigator = Navigator(self)
        self.planning = PlanningWiring(self)
        self.todo_fill = TodoFill(self)
        self.todo_view.open_requested.connect(self.navigator.open_todo)
        plans = self.action_plan_view
        plans.filter_changed.connect(self.refresh_action_plans)
        plans.section.new_requested.connect(
            lambda: self.action_plan_actions.new_activity(plans.chosen_municipality(), plans.chosen_project())
        )
        plans.meeting_requested.connect(self.meeting_actions.edit_meeting)
        plans.section.edit_requested.connect(self.action_plan_actions.edit_activity)
        plans.section.delete_requested.connect(self.action_plan_actions.delete_activity)
        self.detail_view.overview.action_plan_requested.connect(self.show_action_plan_of)
        self.participants_view.page_requested.connect(
            lambda pid: self.participants_view.show_page(self.context.participant_register.page(pid))
        )
        self.participants_view.edit_requested.connect(self.placement_actions.edit_participant)
        self.participants_view.new_requested.connect(self.placement_actions.new_participant)
        self.participants_view.enterprise_requested.connect(self._open_enterprise_from_list)
        self.edit_actions: list[QAction] = []  # filled by build_menus; disabled when read-only
        build_menus(self)
        self.list_view.selected.connect(self._show_enterprise)
        self.list_view.table.doubleClicked.connect(lambda _index: self.edit_enterprise())
        self.list_view.count_changed.connect(self._show_count)
        self.welcome.open_demo_requested.connect(self.open_demo)
        self.welcome.open_file_requested.connect(self.choose_database)

        self._restore_layout()
        self._apply_read_only()
        self.reload(defer_todo=True)
        from asfdesk.services.settings import LOCK_MINUTES

        self.session_lock.configure(self.context.settings.get(LOCK_MINUTES))
        self.show_view(str(self._settings.value("window/view", "todo")))
        if not rows_exist(self):
            self.show_view("enterprises")  # an empty database: the welcome page is where to start
        self.team_sync.start()

    # -- setup -----------------------------------------------------------------------------
    def _action(
        self, menu: Any, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- data ------------------------------------------------------------------------------
    def reload(self, defer_todo: bool = False) -> None:
        """Read the list again and keep (or restore) the selection.

        At start-up (`defer_todo`) Att göra and the warnings, which read every running placement,
        are computed just after the window is painted, so the list is usable at once.
        """
        if not defer_todo:
            self._detail_deferred = False
            self.planning.refresh_warnings()
        rows = self.context.enterprises.list_enterprises()
        wanted = self.list_view.current_id() or str(self._settings.value(self._last_key(), "") or "")
        self.list_view.set_rows(rows)
        if not rows:
            self.welcome.show_empty_database()
            self.stack.setCurrentWidget(self.welcome)
        elif not (wanted and self.list_view.select(wanted)):
            self.list_view.select_first()
        self._update_title()
        if defer_todo:
            self.todo_view.summary.setText(self.tr("Läser in…"))
            self._todo_pending = True  # filled once the window has been shown (showEvent)
        else:
            self.refresh_todo()
        self._refresh_current_view()
        self.contacts_view.use(self.context.database.session_factory)  # read again when next looked at
        if self.current_view() == "contacts":
            self.contacts_view.reload()

    def _fill_after_first_paint(self) -> None:
        """What start-up left for after the first paint: the selected enterprise, then Att göra and
        the warnings, which are computed in a thread (see todo_fill)."""
        if self._closed:
            return
        self._detail_deferred = False
        if enterprise_id := self.current_enterprise_id():
            self._show_enterprise(enterprise_id)
        self.todo_fill.start()

    def show_audit_problem(self, problem: str) -> None:
        """A broken audit log is said once, in one line, and stays in the status bar."""
        self.audit_problem = problem
        if not problem:
            return
        log.warning("Audit log of %s is broken: %s", self.context.database.path, problem)
        text = self.tr("Ändringsloggen är bruten: %1").replace("%1", problem)
        self.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Ändringsloggen"), text, parent=self)
        box.setInformativeText(
            self.tr("Någon har ändrat loggen utanför asfdesk. Det du gör loggas som vanligt; spara en kopia av filen.")
        )
        box.setWindowModality(Qt.WindowModality.NonModal)  # work goes on
        box.show()
        self.audit_box = box

    def refresh_todo_and_warnings(self) -> None:
        """Att göra and the warnings read again, here; the enterprise's warnings panel follows."""
        self.planning.refresh_warnings()
        self.refresh_todo()
        if enterprise_id := self.current_enterprise_id():
            self.planning.show_warnings(enterprise_id)

    # -- search ------------------------------------------------------------------------------
    def open_search(self) -> None:
        if self._search_dialog is None:
            from asfdesk.ui.dialogs.search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self.context.search, self)
            self._search_dialog.open_requested.connect(self.navigator.open_hit)
        self._search_dialog.set_service(self.context.search)
        self._search_dialog.start()

    def _filter_list(self) -> None:
        self.show_view("enterprises")
        self.list_view.focus_search()

    # -- Att göra ---------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(list(VIEWS).index(name) if name in VIEWS else 0)
        if name == "enterprises":
            self.list_view.table.setFocus()
        elif name == "reports":
            self.refresh_reports()
        elif name == "contacts":
            self.contacts_view.table.setFocus()
        elif name == "places":
            self.vacant_view.table.setFocus()
        elif name == "goals":
            self.goals_view.section.table.setFocus()
        elif name == "participants":
            self.participants_view.table.setFocus()
        elif name == "action_plans":
            self.action_plan_view.section.table.setFocus()
        else:
            self.todo_view.table.setFocus()

    def _entered_view(self, row: int) -> None:
        if list(VIEWS)[row] == "contacts" and not self.contacts_view.loaded:
            self.contacts_view.reload()  # read on first visit: a long list costs nothing until it is looked at
        self._refresh_current_view()

    def _refresh_current_view(self) -> None:
        """The vacant places and the goals are read when looked at, and again after every change."""
        view = self.current_view()
        if view == "places":
            self.planning.refresh_vacant()
        elif view == "goals":
            self.planning.refresh_goals()
        elif view == "participants":
            self.participants_view.set_rows(self.context.participant_register.rows())
        elif view == "action_plans":
            self.refresh_action_plans()

    def show_action_plan_of(self, municipality: str) -> None:
        """Handlingsplaner, showing the plan of one municipality."""
        self.action_plan_view.set_municipalities(self.context.action_plans.municipalities())
        view = self.action_plan_view
        view.municipality.setCurrentIndex(max(0, view.municipality.findData(municipality)))
        self.show_view("action_plans")

    def show_action_plan_of_project(self, project_id: str, name: str) -> None:
        """Handlingsplaner, showing the activities of one project (in every municipality)."""
        view = self.action_plan_view
        view.set_municipalities(self.context.action_plans.municipalities())
        view.set_projects(self.context.action_plans.projects())
        view.municipality.setCurrentIndex(0)
        view.show_project(project_id, name)
        self.show_view("action_plans")

    def refresh_action_plans(self) -> None:
        view, plans = self.action_plan_view, self.context.action_plans
        view.set_municipalities(plans.municipalities())
        view.set_projects(plans.projects())
        view.set_rows(
            plans.rows(
                view.chosen_municipality(), only_open=not view.show_done.isChecked(), project_id=view.chosen_project()
            )
        )

    def _open_enterprise_from_list(self, enterprise_id: str) -> None:
        self.show_view("enterprises")
        self.list_view.select(enterprise_id)

    def refresh_reports(self) -> None:
        from asfdesk.services.report_queries import ReportQueries
        from asfdesk.services.settings import default_period

        queries = ReportQueries(self.context.database.session_factory)
        period = default_period(self.context.settings)
        self.reports_view.populate(
            queries.all_enterprises(),
            {eid for eid, _ in queries.enterprises_with_activity(period)},
            sorted({r.municipality for r in self.list_view.model.rows() if r.municipality}),
            queries.referrers(),
            period,
            self.context.paths.reports_dir / "sammanfattningar",
            self.context.projects.choices(),
        )

    def print_summary(self) -> None:
        """Ctrl+P: the selected enterprise's support summary as a PDF."""
        if enterprise_id := self.current_enterprise_id():
            self.report_actions.enterprise_summary(enterprise_id, self.detail_view.title.text())

    def current_view(self) -> str:
        return list(VIEWS)[max(self.nav.currentRow(), 0)]

    def _staff_key(self) -> str:
        return "todo_staff/" + str(self.context.database.path).replace("/", "|")

    def stored_staff_id(self) -> str:
        """Whose Att göra shows: as last chosen under "Visa för", else the person at this computer."""
        chosen = self._settings.value(self._staff_key())
        return str(chosen if chosen is not None else self.profile_staff_id())

    def _profile_key(self) -> str:
        return "profile/" + str(self.context.database.path).replace("/", "|")

    def profile_staff_id(self) -> str:
        """The staff member who works at this computer with this database ("" until asked)."""
        return str(self._settings.value(self._profile_key() + "/id", "") or "")

    def profile_name(self) -> str:
        return str(self._settings.value(self._profile_key() + "/name", "") or "")

    def set_profile(self, staff_id: str, name: str) -> None:
        """Who works here: the audit log's name, and whose Att göra shows (until "Visa för" says otherwise)."""
        self._settings.setValue(self._profile_key() + "/id", staff_id)
        self._settings.setValue(self._profile_key() + "/name", name)
        self._settings.setValue(self._staff_key(), staff_id)
        self.todo_view.has_profile = bool(staff_id)
        self.refresh_todo()
        if name:
            self.statusBar().showMessage(self.tr("Du arbetar som %1 på den här datorn.").replace("%1", name), 6000)

    def choose_profile(self) -> None:
        """Arkiv → Vem arbetar här…: choose (or change) the person at this computer."""
        from PySide6.QtWidgets import QInputDialog

        choices = self.context.todo.staff_choices()
        if not choices:
            QMessageBox.information(self, self.tr("Vem arbetar här"), self.tr("Databasen har ingen personal än."))
            return
        labels = [label for _sid, label in choices]
        current = next((n for n, (sid, _l) in enumerate(choices) if sid == self.profile_staff_id()), 0)
        label, ok = QInputDialog.getItem(
            self, self.tr("Vem arbetar här"), self.tr("Den som arbetar på den här datorn:"), labels, current, False
        )
        if ok and label in labels:
            staff_id = choices[labels.index(label)][0]
            self.set_profile(staff_id, label.split(" (")[0])

    def refresh_todo(self) -> None:
        self.show_todo(
            todo_snapshot(self.context, self.stored_staff_id(), self.planning.warnings, self.look_ahead_days())
        )

    def look_ahead_days(self) -> int:
        """How far ahead Att göra looks (days), as the user last set it on this computer."""
        try:
            days = int(str(self._settings.value("todo/look_ahead_days", LOOK_AHEAD_DAYS)))
        except ValueError:
            return LOOK_AHEAD_DAYS
        return max(1, min(365, days))

    def _on_look_ahead_changed(self, days: int) -> None:
        self._settings.setValue("todo/look_ahead_days", days)
        self.refresh_todo()

    def show_todo(self, snapshot: TodoSnapshot) -> None:
        self.todo_loaded = True
        self.todo_view.has_profile = bool(self.profile_staff_id()) or self.team_sync.joined
        self.todo_view.set_staff_choices(snapshot.staff_choices, snapshot.staff_id)
        self._set_actor()
        items = snapshot.items
        self.todo_view.set_items(items)
        overdue = sum(1 for i in items if i.overdue)
        label = self.tr("Att göra (%1)").replace("%1", str(len(items)))
        late = self.tr(", %1 sena").replace("%1", str(overdue)) if overdue else ""
        self.nav.item(0).setText(label.replace(")", late + ")"))
        self.nav.item(1).setText(self.tr("Företag (%1)").replace("%1", str(self.list_view.model.rowCount())))

    def _on_staff_changed(self, staff_id: str) -> None:
        self._settings.setValue(self._staff_key(), staff_id)
        self.refresh_todo()

    def _set_actor(self) -> None:
        """The audit log names the chosen staff member, or the computer's user when none is chosen;
        in team mode, the signed-in account."""
        if self.team_sync.joined:
            self.context.audit.actor = self.team_sync.name
            return
        if name := self.profile_name():
            self.context.audit.actor = name  # the person at this computer; "Visa för" only filters
            return
        label = self.todo_view.staff.currentText() if self.todo_view.staff.currentData() else ""
        self.context.audit.actor = label.split(" (")[0] if label else self.context.audit.actor

    def _show_enterprise(self, enterprise_id: str) -> None:
        if not enterprise_id:
            if self.list_view.model.rowCount():
                self.welcome.show_no_selection(self.list_view.proxy.rowCount())
            self.stack.setCurrentWidget(self.welcome)
            return
        if self._detail_deferred:
            self.stack.setCurrentWidget(self.detail_view)  # filled once the window has been painted
            return
        try:
            detail = self.context.enterprises.get_detail(enterprise_id)
        except EnterpriseNotFoundError:
            self.reload()
            return
        self.detail_view.show_detail(detail)
        municipality = detail.facts.municipality
        plan = self.context.action_plans.rows(municipality) if municipality else []
        self.detail_view.overview.set_action_plan(municipality, len(plan), sum(1 for r in plan if r.open))
        self.planning.show_enterprise(enterprise_id)
        self.stack.setCurrentWidget(self.detail_view)
        self._settings.setValue(self._last_key(), enterprise_id)

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("Visar %1 av %2 företag").replace("%1", str(shown)).replace("%2", str(total)))

    def _last_key(self) -> str:
        return "selection/" + str(self.context.database.path).replace("/", "|")

    def _update_title(self) -> None:
        name = self.context.database.path.name
        demo = self.tr(" (demodata)") if self.context.is_demo else ""
        self.setWindowTitle(f"asfdesk – {name}{demo}")
        lock = self.tr("krypterad") if self.context.database.encrypted else self.tr("okrypterad")
        self.db_label.setText(f"{self.context.database.path} · {lock}")

    # -- editing ---------------------------------------------------------------------------
    def _for_enterprise(self, action: Callable[[str], object]) -> None:
        if enterprise_id := self.current_enterprise_id():
            action(enterprise_id)

    def log_contact(self) -> None:
        """Quick entry of a handledarstöd contact for the selected enterprise (Ctrl+L)."""
        self._for_enterprise(self.support_actions.log_contact)

    def current_enterprise_id(self) -> str:
        return self.list_view.current_id()

    def new_enterprise(self) -> None:
        self.enterprise_actions.new_enterprise()

    def edit_enterprise(self) -> None:
        if enterprise_id := self.current_enterprise_id():
            self.enterprise_actions.edit_enterprise(enterprise_id)

    def delete_enterprise(self) -> None:
        if enterprise_id := self.current_enterprise_id():
            self.enterprise_actions.delete_enterprise(enterprise_id, self.detail_view.title.text())

    def _new_contact_person(self) -> None:
        if enterprise_id := self.current_enterprise_id():
            self.enterprise_actions.new_contact_person(enterprise_id)

    def _new_agreement(self) -> None:
        if enterprise_id := self.current_enterprise_id():
            self.enterprise_actions.new_agreement(enterprise_id)

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        """Show the effect of an edit, undo or redo and keep the user where they were.

        Instant on a large database: a record of an enterprise changes that enterprise's row of
        the list and its page only; Att göra and the warnings, which read every running placement,
        follow from a thread (`todo_refreshed`)."""
        current = self.current_enterprise_id()
        if kind not in LIST_NEUTRAL:  # (else the list and the enterprise's page show nothing of it)
            owner = self.context.enterprises.owner_of(kind, record_id) if kind != "enterprise" else None
            if not (owner and self._refresh_one(owner, show=owner == current)):
                self._refill_list(record_id if kind == "enterprise" else current)
        if self.current_view() == "todo":
            self.refresh_todo()  # the list the user acts on shows the change at once
        self.todo_fill.start(after_change=True)
        self._refresh_current_view()
        self.team_sync.changed()

    def _refill_list(self, target: str) -> None:
        """The whole list read again, `target` selected and shown if it is still there."""
        rows = self.context.enterprises.list_enterprises()
        self.list_view.set_rows(rows)
        if target and self.list_view.select(target):
            self._show_enterprise(target)
        elif rows:
            self.list_view.select_first()
        else:
            self.welcome.show_empty_database()
            self.stack.setCurrentWidget(self.welcome)

    def _refresh_one(self, enterprise_id: str, show: bool) -> bool:
        """The enterprise's list row (and its page, when `show`) read again; False when it is not listed."""
        rows = self.context.enterprises.list_enterprises(only=enterprise_id)
        if not rows or not self.list_view.update_row(rows[0]):
            return False
        if show:
            self._show_enterprise(enterprise_id)
        return True

    # -- switching databases ---------------------------------------------------------------
    def choose_database(self) -> None:
        start = str(self.context.database.path.parent)
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Öppna databas"), start, self.tr("asfdesk-databaser (*.db *.sqlite);;Alla filer (*)")
        )
        if filename:
            self.switch_to(Path(filename))

    def open_demo(self) -> None:
        self.switch_to(None)

    def switch_to(self, path: Path | None) -> bool:
        try:
            context = self.opener(path)
        except DatabaseOpenError as exc:
            QMessageBox.warning(self, self.tr("Databasen kunde inte öppnas"), exc.message)
            return False
        self.release_database()
        self.adopt(context)
        return True

    def release_database(self) -> None:
        """Close the open database once nothing reads or writes it in the background any more (the
        Att göra thread, a sync): afterwards no connection holds the file, so it may be replaced."""
        self._fill_timer.stop()
        self.todo_fill.wait()
        self.team_sync.stop()
        self.context.close()

    def adopt(self, context: AppContext) -> None:
        """Show another (already open) database in this window."""
        self.context = context
        self.undo_stack.clear()
        self.editor.set_trash(context.trash)
        self._apply_read_only()
        self.list_view.search.clear()
        self.reload()
        self.team_sync.start()

    @property
    def settings_store(self) -> QSettings:
        """This computer's window and import preferences (QSettings), as opposed to the database's settings."""
        return self._settings

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._todo_pending:
            self._todo_pending = False
            self._fill_timer.start(FILL_TODO_AFTER_MS)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.session_lock.locked:
            self.session_lock.screen.setGeometry(self.rect())

    def _apply_read_only(self) -> None:
        # Drafts live in the database itself, so a draft is never offered against another file
        # and is encrypted with it. Drafts earlier versions left as files beside it move in.
        read_only = self.context.read_only
        self.editor.drafts = None if read_only else DraftStore(DraftService(self.context.database.session_factory))
        if self.editor.drafts is not None:
            self.editor.drafts.adopt_files(self.context.paths.drafts_dir / self.context.database.path.stem)
        self.editor.read_only = read_only
        self.read_only_banner.setVisible(read_only)
        for action in self.edit_actions:
            action.setEnabled(not read_only)

    # -- window state ----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        splitter = self._settings.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([300, 500])
        # The enterprise list always shows a useful number of rows, the detail at least its tabs and a few lines.
        rows = self.list_view.table.verticalHeader().defaultSectionSize()
        self.list_view.table.setMinimumHeight(self.list_view.table.horizontalHeader().sizeHint().height() + 5 * rows)
        self.stack.setMinimumHeight(220)
        self.splitter.setChildrenCollapsible(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("window/view", self.current_view())
        self._settings.sync()
        self._closed = True
        for helper in (self.guide_dialog, self.shortcuts_dialog):
            if helper is not None:
                helper.close()
        self.release_database()
        super().closeEvent(event)

    def restart(self) -> bool:
        """Close as the user would (drafts kept, database closed) and have the program start again."""
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False
            return False
        return True

    def show_user_guide(self) -> None:
        """Hjälp → Användarhandbok (F1): the guide beside the window, not in front of the work."""
        from asfdesk.resource_files import user_guide
        from asfdesk.ui.dialogs.help_dialog import UserGuideDialog, remember_geometry

        if self.guide_dialog is None:
            self.guide_dialog = UserGuideDialog(user_guide(), self)
            remember_geometry(self.guide_dialog, self._settings, "help/guide")
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def show_shortcuts(self) -> None:
        from asfdesk.ui.dialogs.help_dialog import ShortcutsDialog, remember_geometry

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.menuBar(), self)
            remember_geometry(self.shortcuts_dialog, self._settings, "help/shortcuts")
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _about(self) -> None:
        from asfdesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(str(self.context.database.path), self).exec()
