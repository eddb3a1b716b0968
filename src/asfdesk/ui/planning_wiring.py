"""Places, money, warnings and goals in the window: the views, their data and what their buttons do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from asfdesk.domain.reporting import document_name
from asfdesk.domain.warnings import EarlyWarning, WarningRule
from asfdesk.services.settings import WARN_REVENUE_SHARE
from asfdesk.ui.views.warnings_panel import explain
from asfdesk.ui.widgets.record_section import RecordSection

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

PLACEMENT_RULES = {
    WarningRule.ENDING_WITHOUT_NEXT_STEP,
    WarningRule.PAST_END_WITHOUT_OUTCOME,
    WarningRule.LONG_EMPLOYMENT,
    WarningRule.RE_REFERRED,
}


class PlanningWiring:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.warnings: list[EarlyWarning] = []
        self.generation = 0
        w = window
        actions = w.planning_actions
        places_tab = w.detail_view.places
        places_tab.places.new_requested.connect(lambda: w._for_enterprise(actions.new_place))
        places_tab.places.edit_requested.connect(actions.edit_place)
        places_tab.places.delete_requested.connect(actions.delete_place)
        places_tab.start_placement_requested.connect(self._start_from_tab)
        places_tab.revenue.new_requested.connect(lambda: w._for_enterprise(actions.new_revenue))
        places_tab.revenue.edit_requested.connect(actions.edit_revenue)
        places_tab.revenue.delete_requested.connect(actions.delete_revenue)
        w.detail_view.overview.occupancy_requested.connect(self.show_occupancy)
        w.detail_view.overview.warnings.open_requested.connect(self.open_warning)
        w.todo_view.why_requested.connect(lambda item: explain(w, item.warning) if item.warning else None)
        vacant = w.vacant_view
        vacant.search_requested.connect(self._search_vacant)
        vacant.start_requested.connect(actions.start_from_place)
        vacant.enterprise_requested.connect(w._open_enterprise_from_list)
        goals = w.goals_view
        goals.project_changed.connect(lambda _p: self.refresh_goals())
        goals.section.new_requested.connect(lambda: actions.new_goal(goals.project.currentData() or ""))
        goals.section.edit_requested.connect(actions.edit_goal)
        goals.section.delete_requested.connect(actions.delete_goal)
        goals.print_requested.connect(self.print_goals)

    # -- data --------------------------------------------------------------------------------
    def refresh_warnings(self) -> None:
        self.warnings = self.window.context.warnings.warnings()
        self.generation += 1  # a snapshot computed before this is older than what is shown

    def show_enterprise(self, enterprise_id: str) -> None:
        ctx = self.window.context
        self.window.detail_view.places.show_planning(
            ctx.place_catalogue.places_of(enterprise_id),
            ctx.revenues.figures_of(enterprise_id),
            ctx.settings.get(WARN_REVENUE_SHARE),
        )
        self.show_warnings(enterprise_id)

    def show_warnings(self, enterprise_id: str) -> None:
        """The enterprise's warnings panel, from the warnings last read (no other tab is read again)."""
        self.window.detail_view.overview.warnings.set_warnings(
            [w for w in self.warnings if w.enterprise_id == enterprise_id]
        )

    def refresh_vacant(self) -> None:
        catalogue = self.window.context.place_catalogue
        self.window.vacant_view.set_choices(catalogue.municipalities(), catalogue.business_lines())
        self.window.vacant_view.refresh()

    def _search_vacant(self, municipality: str, business_line: str, measure: str) -> None:
        self.window.vacant_view.set_rows(
            self.window.context.place_catalogue.vacant(municipality, business_line, measure)
        )

    def refresh_goals(self) -> None:
        ctx = self.window.context
        self.window.goals_view.set_projects(ctx.projects.choices())
        self.window.goals_view.set_goals(
            ctx.goal_queries.goals(project_id=self.window.goals_view.project.currentData() or None)
        )

    # -- actions -----------------------------------------------------------------------------
    def _start_from_tab(self, place_id: str) -> None:
        place = self.window.detail_view.places.place(place_id)
        if place is not None:
            self.window.planning_actions.start_from_place(place)

    def show_occupancy(self, agreement_id: str) -> None:
        from asfdesk.ui.dialogs.occupancy_dialog import OccupancyDialog

        ctx = self.window.context
        OccupancyDialog(ctx.occupancy.occupancy(agreement_id), ctx.paths.reports_dir, self.window).exec()

    def show_projects(self) -> None:
        from asfdesk.ui.dialogs.projects_dialog import ProjectsDialog

        actions = self.window.planning_actions
        dialog = ProjectsDialog(lambda: self.window.context.projects.rows(), self.window)

        def then_refresh(action: Callable[..., object]) -> Callable[..., None]:
            def run(*args: object) -> None:
                action(*args)
                dialog.refresh()

            return run

        dialog.section.new_requested.connect(then_refresh(actions.new_project))
        dialog.section.edit_requested.connect(then_refresh(actions.edit_project))
        dialog.section.delete_requested.connect(then_refresh(actions.delete_project))

        def show_plan(project_id: str) -> None:
            name = next((r.name for r in dialog.model.rows() if r.id == project_id), "")
            dialog.accept()
            self.window.show_action_plan_of_project(project_id, name)

        dialog.section.add_button(QCoreApplication.translate("PlanningWiring", "Handlingsplan"), show_plan)
        dialog.exec()

    def print_goals(self, project_id: str) -> None:
        ctx = self.window.context
        project = next((name for pid, name in ctx.projects.choices() if pid == project_id), "") if project_id else ""
        name = document_name(QCoreApplication.translate("PlanningWiring", "Måluppföljning"), project)
        target = self.window.report_actions.target(f"{name}_{date.today().isoformat()}")
        if target is None:
            return
        from asfdesk.services import report_service as reports

        made = self.window.report_actions.write(
            lambda: reports.goal_report_pdf(ctx.database.session_factory, target, project_id or None)
        )
        if made is None:
            return
        ctx.audit.record("print", "goal_report")
        self.window.report_actions.after_pdf(made)

    def open_warning(self, warning: EarlyWarning) -> None:
        """Go to the record a warning is about, on the tab that holds it."""
        detail = self.window.detail_view
        tab: QWidget
        section: RecordSection
        if warning.rule in PLACEMENT_RULES:
            tab, section = detail.placements, detail.placements.section
        elif warning.rule is WarningRule.NO_CONTACT:
            tab, section = detail.support, detail.support.section
        elif warning.rule is WarningRule.UNFILLED_PLACES:
            tab, section = detail.overview, detail.overview.agreements_section
        elif warning.rule is WarningRule.UNTRAINED_SUPERVISOR:
            tab, section = detail.overview, detail.overview.contacts_section
        else:
            tab, section = detail.places, detail.places.revenue
        self.window.navigator.go_to(warning.enterprise_id, tab, section, warning.record_id)
