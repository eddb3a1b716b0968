"""Projects and funders that records are tagged with, and the goals they are followed up against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.planning_inputs import GoalInput, ProjectInput, validate_goal, validate_project
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import Goal, Project


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    funder: str
    start_date: date | None
    end_date: date | None


class ProjectService(RecordService[Project, ProjectInput]):
    model = Project
    input_cls = ProjectInput

    def validate(self, data: ProjectInput) -> dict[str, str]:
        return validate_project(data)

    def normalise(self, data: ProjectInput) -> ProjectInput:
        data.name = data.name.strip()
        return data

    def rows(self) -> list[ProjectRow]:
        """Every project, by name, for the list in Projekt och finansiärer."""
        with self._session_factory() as session:
            rows = [
                ProjectRow(p.id, p.name, p.funder, p.start_date, p.end_date) for p in session.scalars(select(Project))
            ]
        return sorted(rows, key=lambda r: swedish_key(r.name))

    def choices(self) -> list[tuple[str, str]]:
        """(id, 'name (funder)') for pick lists and report filters."""
        with self._session_factory() as session:
            rows = [(p.id, f"{p.name} ({p.funder})" if p.funder else p.name) for p in session.scalars(select(Project))]
        return sorted(rows, key=lambda r: swedish_key(r[1]))


class GoalService(RecordService[Goal, GoalInput]):
    model = Goal
    input_cls = GoalInput

    def validate(self, data: GoalInput) -> dict[str, str]:
        return validate_goal(data)

    def normalise(self, data: GoalInput) -> GoalInput:
        data.title = data.title.strip()
        return data

    def label(self, row: Goal) -> str:
        return row.title
