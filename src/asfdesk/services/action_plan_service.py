"""Municipal ASF action plans: their activities (aktivitet, huvudansvar, tidsplan, status), kept and
followed up per municipality and per project, each linked to the meeting where it was decided, and
shown with each enterprise of that municipality."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.planning_inputs import ActionPlanInput, validate_action_plan
from asfdesk.domain.vocab import ActivityStatus
from asfdesk.services.meeting_service import meeting_label
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import ActionPlanActivity, Meeting, Project

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
    project_id: str | None = None
    project: str = ""  # the project's name
    meeting_id: str | None = None  # the meeting where it was decided (None: none, or deleted since)
    meeting: str = ""  # "Nätverksträff 2026-03-12"

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

    def rows(
        self, municipality: str | None = None, only_open: bool = False, project_id: str | None = None
    ) -> list[ActionPlanRow]:
        """The activities (of one municipality's plans, of one project's, or all), plan by plan,
        those under way first."""
        with self._session_factory() as session:
            query = select(ActionPlanActivity)
            if municipality is not None:
                query = query.where(ActionPlanActivity.municipality == municipality)
            if project_id is not None:
                query = query.where(ActionPlanActivity.project_id == project_id)
            activities = list(session.scalars(query))
            projects = _project_names(session, {a.project_id for a in activities})
            meetings = _meetings(session, {a.meeting_id for a in activities})
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
                    a.project_id if a.project_id in projects else None,
                    projects.get(a.project_id or "", ""),
                    a.meeting_id if a.meeting_id in meetings else None,
                    meetings.get(a.meeting_id or "", ""),
                )
                for a in activities
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

    def projects(self) -> list[tuple[str, str]]:
        """(id, name) of the projects that have activities, for the view's filter."""
        with self._session_factory() as session:
            ids = set(session.scalars(select(ActionPlanActivity.project_id).distinct()))
            names = _project_names(session, ids)
        return sorted(names.items(), key=lambda item: swedish_key(item[1]))

    def meeting_choices(self, keep: str | None = None) -> list[tuple[str, str]]:
        """(id, label) of the meetings an activity can have been decided at, newest first: those
        held by no single enterprise (nätverksträffar, dialogmöten, …), and `keep` (the one it has)."""
        with self._session_factory() as session:
            query = select(Meeting.id, Meeting.kind, Meeting.starts_at).where(Meeting.enterprise_id.is_(None))
            found = {row.id: (row.starts_at, meeting_label(row.kind, row.starts_at)) for row in session.execute(query)}
            if keep and keep not in found:
                kept = session.execute(
                    select(Meeting.id, Meeting.kind, Meeting.starts_at).where(Meeting.id == keep)
                ).first()
                if kept is not None:
                    found[kept.id] = (kept.starts_at, meeting_label(kept.kind, kept.starts_at))
        ordered = sorted(found.items(), key=lambda item: item[1][0], reverse=True)
        return [(meeting_id, label) for meeting_id, (_when, label) in ordered]

    def plans(self) -> list[str]:
        """The plans' names, for the form's suggestions."""
        with self._session_factory() as session:
            names = set(session.scalars(select(ActionPlanActivity.plan).distinct()))
        return sorted((n for n in names if n), key=swedish_key)


def _project_names(session: Session, ids: set[str | None]) -> dict[str, str]:
    """{id: name} of the (not deleted) projects among `ids`."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    return {row.id: row.name for row in session.execute(select(Project.id, Project.name).where(Project.id.in_(wanted)))}


def _meetings(session: Session, ids: set[str | None]) -> dict[str, str]:
    """{id: label} of the (not deleted) meetings among `ids`."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    query = select(Meeting.id, Meeting.kind, Meeting.starts_at).where(Meeting.id.in_(wanted))
    return {row.id: meeting_label(row.kind, row.starts_at) for row in session.execute(query)}
