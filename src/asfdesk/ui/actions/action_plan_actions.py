"""Handlingsplaner: a new activity, editing one, deleting one (to the Papperskorg)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from asfdesk.context import AppContext
from asfdesk.domain.collation import swedish_key
from asfdesk.domain.municipalities import MUNICIPALITY_REGION
from asfdesk.domain.planning_inputs import ActionPlanInput, validate_action_plan
from asfdesk.ui.forms.fields import FieldSpec
from asfdesk.ui.forms.planning_specs import action_plan_specs
from asfdesk.ui.record_editor import RecordEditor


class ActionPlanActions:
    def __init__(self, context: Callable[[], AppContext], editor: RecordEditor) -> None:
        self._context = context
        self._editor = editor

    def _specs(self, meeting_id: str | None = None) -> list[FieldSpec]:
        ctx = self._context()
        known = set(ctx.action_plans.municipalities()) | set(ctx.enterprise_records.known_municipalities())
        return action_plan_specs(
            ctx.action_plans.plans(),
            sorted(known | set(MUNICIPALITY_REGION), key=swedish_key),
            ctx.projects.choices(),
            ctx.action_plans.meeting_choices(keep=meeting_id),
        )

    def new_activity(self, municipality: str | None = None, project_id: str | None = None) -> str | None:
        """A new activity; in the plan of the chosen municipality (or project) when there is just one such plan."""
        ctx = self._context()
        shown = ctx.action_plans.rows(municipality, project_id=project_id) if municipality or project_id else []
        plans = {r.plan for r in shown}
        towns = {r.municipality for r in shown}
        initial = ActionPlanInput(
            plan=next(iter(plans)) if len(plans) == 1 else "",
            municipality=municipality or (next(iter(towns)) if len(towns) == 1 else ""),
            project_id=project_id,
        )
        return self._editor.create(
            ctx.action_plans,
            QCoreApplication.translate("ActionPlanActions", "Ny aktivitet i handlingsplanen"),
            self._specs(),
            initial,
            validate_action_plan,
        )

    def edit_activity(self, activity_id: str) -> bool:
        plans = self._context().action_plans
        return self._editor.edit(
            plans,
            activity_id,
            QCoreApplication.translate("ActionPlanActions", "Redigera aktivitet"),
            self._specs(plans.get_input(activity_id).meeting_id),
            validate_action_plan,
        )

    def delete_activity(self, activity_id: str) -> bool:
        ctx = self._context()
        what = QCoreApplication.translate("ActionPlanActions", "aktiviteten ”%1”").replace(
            "%1", ctx.action_plans.get_input(activity_id).activity[:60]
        )
        return self._editor.delete(ctx.action_plans, activity_id, what)
