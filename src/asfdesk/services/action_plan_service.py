"""Municipal ASF action plans: their activities (aktivitet, huvudansvar, tidsplan, status), kept and
followed up per municipality, and shown with each enterprise of that municipality."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.planning_inputs import ActionPlanInput, validate_action_plan
from asfdesk.domain.vocab import ActivityStatus
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import ActionPlanActivity

STATUS_ORDER = {
    ActivityStatus.IN_PROGRESS.value: 0,
    ActivityStatus.NOT_STARTED.value: 1,
    ActivityStatus.ONGOING.value: 2,
    ActivityStatus.DONE.value: 3,
}


@dataclass(frozen=True)
class ActionPlanRow:
    id: str
    plan: str
    municipality: str
    activity: str
    main_responsible: str
    other_actors: str
    timeframe: str
    status: str
    follow_up: str

    @property
    def status_label(self) -> str:
        return ActivityStatus.label_of(self.status)

    @property
    def open(self) -> bool:
        return self.status != ActivityStatus.DONE.value


class ActionPlanService(RecordService[ActionPlanActivity, ActionPlanInput]):
    model = ActionPlanActivity
    input_cls = ActionPlanInput

    def validate(self, data: ActionPlanInput) -> dict[str, str]:
        return validate_action_plan(data)

    def normalise(self, data: ActionPlanInput) -> ActionPlanInput:
        for name in ("plan", "municipality", "activity", "main_responsible", "timeframe"):
            setattr(data, name, getattr(data, name).strip())
        return data

    def label(self, row: ActionPlanActivity) -> str:
        return row.activity[:80]

    def rows(self, municipality: str | None = None, only_open: bool = False) -> list[ActionPlanRow]:
        """The activities (of one municipality's plans, or all), plan by plan, those under way first."""
        with self._session_factory() as session:
            query = select(ActionPlanActivity)
            if municipality is not None:
                query = query.where(ActionPlanActivity.municipality == municipality)
            found = [
                ActionPlanRow(
                    a.id,
                    a.plan,
                    a.municipality,
                    a.activity,
                    a.main_responsible,
                    a.other_actors,
                    a.timeframe,
                    a.status,
                    a.follow_up,
                )
                for a in session.scalars(query)
            ]
        if only_open:
            found = [r for r in found if r.open]
        return sorted(
            found, key=lambda r: (swedish_key(r.plan), STATUS_ORDER.get(r.status, 9), swedish_key(r.activity))
        )

    def municipalities(self) -> list[str]:
        """The municipalities that have a plan, for the view's filter."""
        with self._session_factory() as session:
            names = set(session.scalars(select(ActionPlanActivity.municipality).distinct()))
        return sorted((n for n in names if n), key=swedish_key)

    def plans(self) -> list[str]:
        """The plans' names, for the form's suggestions."""
        with self._session_factory() as session:
            names = set(session.scalars(select(ActionPlanActivity.plan).distinct()))
        return sorted((n for n in names if n), key=swedish_key)
