"""Places, revenue figures, projects and goals: new, edit, delete; beläggning; starting a placement from a place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from asfdesk.context import AppContext
from asfdesk.domain.planning_inputs import (
    GoalInput,
    PlaceInput,
    ProjectInput,
    RevenueInput,
    validate_goal,
    validate_place,
    validate_project,
    validate_revenue,
)
from asfdesk.services.place_service import PlaceRow
from asfdesk.ui.forms.planning_specs import goal_specs, place_specs, project_specs, revenue_specs
from asfdesk.ui.record_editor import RecordEditor

if TYPE_CHECKING:
    from asfdesk.ui.actions.placement_actions import PlacementActions


class PlanningActions:
    def __init__(self, context: Callable[[], AppContext], editor: RecordEditor, placements: PlacementActions) -> None:
        self._context = context
        self._editor = editor
        self._placements = placements

    # -- places ------------------------------------------------------------------------------
    def new_place(self, enterprise_id: str) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.places,
            QCoreApplication.translate("PlanningActions", "Ny plats"),
            place_specs(ctx.place_catalogue.business_lines()),
            PlaceInput(),
            validate_place,
            parent_id=enterprise_id,
        )

    def edit_place(self, place_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.places,
            place_id,
            QCoreApplication.translate("PlanningActions", "Redigera plats"),
            place_specs(ctx.place_catalogue.business_lines()),
            validate_place,
        )

    def delete_place(self, place_id: str) -> bool:
        ctx = self._context()
        return self._editor.delete(ctx.places, place_id, ctx.places.get_input(place_id).title)

    def start_from_place(self, place: PlaceRow) -> str | None:
        """A new placement at the place's enterprise, with the place filled in."""
        return self._placements.new_placement(place.enterprise_id, place=place)

    # -- revenue ----------------------------------------------------------------------------
    def new_revenue(self, enterprise_id: str) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.revenues,
            QCoreApplication.translate("PlanningActions", "Intäkter för ett år"),
            revenue_specs(),
            RevenueInput(),
            validate_revenue,
            parent_id=enterprise_id,
        )

    def edit_revenue(self, record_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.revenues,
            record_id,
            QCoreApplication.translate("PlanningActions", "Redigera intäkter"),
            revenue_specs(),
            validate_revenue,
        )

    def delete_revenue(self, record_id: str) -> bool:
        ctx = self._context()
        year = ctx.revenues.get_input(record_id).year
        return self._editor.delete(
            ctx.revenues,
            record_id,
            QCoreApplication.translate("PlanningActions", "intäkterna %1").replace("%1", str(year)),
        )

    # -- projects ---------------------------------------------------------------------------
    def new_project(self) -> str | None:
        return self._editor.create(
            self._context().projects,
            QCoreApplication.translate("PlanningActions", "Nytt projekt/finansiär"),
            project_specs(),
            ProjectInput(),
            validate_project,
        )

    def edit_project(self, project_id: str) -> bool:
        return self._editor.edit(
            self._context().projects,
            project_id,
            QCoreApplication.translate("PlanningActions", "Redigera projekt"),
            project_specs(),
            validate_project,
        )

    def delete_project(self, project_id: str) -> bool:
        ctx = self._context()
        return self._editor.delete(ctx.projects, project_id, ctx.projects.get_input(project_id).name)

    # -- goals ------------------------------------------------------------------------------
    def _goal_specs(self) -> list:  # type: ignore[type-arg]
        ctx = self._context()
        return goal_specs(ctx.lookups.enterprises(), ctx.lookups.agreements(), ctx.projects.choices())

    def new_goal(self, project_id: str = "") -> str | None:
        return self._editor.create(
            self._context().goals,
            QCoreApplication.translate("PlanningActions", "Nytt mål"),
            self._goal_specs(),
            GoalInput(project_id=project_id or None),
            validate_goal,
        )

    def edit_goal(self, goal_id: str) -> bool:
        return self._editor.edit(
            self._context().goals,
            goal_id,
            QCoreApplication.translate("PlanningActions", "Redigera mål"),
            self._goal_specs(),
            validate_goal,
        )

    def delete_goal(self, goal_id: str) -> bool:
        ctx = self._context()
        return self._editor.delete(ctx.goals, goal_id, ctx.goals.get_input(goal_id).title[:60])
