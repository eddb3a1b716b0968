"""Måluppföljning: each goal's outcome so far and last period's, from the database, with its status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.goals import Indicator, Split, assess, previous_period
from asfdesk.domain.reporting import GenderSplit
from asfdesk.domain.vocab import outcome_is_work_or_studies
from asfdesk.i18n import translate
from asfdesk.rows import GoalRow
from asfdesk.storage.models import Agreement, Enterprise, Goal, Participant, Placement, Project, SupportContact


@dataclass(frozen=True)
class Scope:
    enterprise_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None


def _split(genders: Iterable[str]) -> Split:
    counted = GenderSplit.of(genders)
    return Split(counted.women, counted.men, counted.total)


def indicator_value(session: Session, indicator: Indicator, scope: Scope, start: date, end: date) -> Split:
    """The indicator counted over [start, end] within the scope, straight from the records."""
    if indicator in (Indicator.ENTERPRISES_SUPPORTED, Indicator.SUPPORT_CONTACTS, Indicator.SUPPORT_HOURS):
        where: list[ColumnElement[bool]] = [SupportContact.contact_date.between(start, end)]
        if scope.enterprise_id:
            where.append(SupportContact.enterprise_id == scope.enterprise_id)
        if scope.project_id:
            where.append(SupportContact.project_id == scope.project_id)
        if scope.agreement_id:
            owner = select(Agreement.enterprise_id).where(Agreement.id == scope.agreement_id).scalar_subquery()
            where.append(SupportContact.enterprise_id == owner)
        rows = session.execute(select(SupportContact.enterprise_id, SupportContact.minutes).where(*where)).all()
        if indicator is Indicator.ENTERPRISES_SUPPORTED:
            return Split.only_total(len({r[0] for r in rows}))
        if indicator is Indicator.SUPPORT_CONTACTS:
            return Split.only_total(len(rows))
        return Split.only_total(round(sum(r[1] for r in rows) / 60, 1))
    where = [Placement.start_date <= end]
    if scope.enterprise_id:
        where.append(Placement.enterprise_id == scope.enterprise_id)
    if scope.project_id:
        where.append(Placement.project_id == scope.project_id)
    if scope.agreement_id:
        where.append(Placement.agreement_id == scope.agreement_id)
    placements = session.execute(
        select(
            Placement.participant_id, Participant.gender, Placement.start_date, Placement.end_date, Placement.outcome
        )
        .join(Participant, Participant.id == Placement.participant_id)
        .where(*where)
    ).all()

    def within(day: date | None) -> bool:
        return day is not None and start <= day <= end

    if indicator is Indicator.PLACEMENTS_STARTED:
        return _split(p.gender for p in placements if within(p.start_date))
    if indicator is Indicator.PLACEMENTS_ENDED:
        return _split(p.gender for p in placements if within(p.end_date))
    if indicator is Indicator.WORK_OR_STUDIES:
        return _split(p.gender for p in placements if within(p.end_date) and outcome_is_work_or_studies(p.outcome))
    running = {p.participant_id: p.gender for p in placements if p.end_date is None or p.end_date >= start}
    return _split(running.values())


class GoalQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def goals(self, today: date | None = None, project_id: str | None = None) -> list[GoalRow]:
        """Every goal (or a project's) with outcome, last period and status, in the order entered."""
        today = today or date.today()
        with self._session_factory() as session:
            query = select(Goal).order_by(Goal.period_start.desc(), Goal.sort_order, Goal.created_at)
            if project_id:
                query = query.where(Goal.project_id == project_id)
            return [self._row(session, goal, today) for goal in session.scalars(query)]

    def _row(self, session: Session, goal: Goal, today: date) -> GoalRow:
        indicator = Indicator.from_code(goal.indicator)
        scope = Scope(goal.enterprise_id, goal.agreement_id, goal.project_id)
        if indicator is Indicator.MANUAL:
            outcome = Split.only_total(goal.manual_outcome or 0)
            previous = None if goal.manual_previous is None else Split.only_total(goal.manual_previous)
        else:
            end = min(goal.period_end, today)
            outcome = indicator_value(session, indicator, scope, goal.period_start, end)
            previous = indicator_value(session, indicator, scope, *previous_period(goal.period_start, goal.period_end))
        return GoalRow(
            id=goal.id,
            title=goal.title,
            indicator=indicator,
            scope_label=self._scope_label(session, scope),
            period_start=goal.period_start,
            period_end=goal.period_end,
            target=goal.target,
            outcome=outcome,
            previous=previous,
            assessment=assess(
                goal.target,
                outcome.total,
                goal.period_start,
                goal.period_end,
                today,
                cumulative=indicator is not Indicator.MANUAL,
            ),
            analysis=goal.analysis,
        )

    @staticmethod
    def _scope_label(session: Session, scope: Scope) -> str:
        if scope.enterprise_id:
            return session.scalar(select(Enterprise.name).where(Enterprise.id == scope.enterprise_id)) or ""
        if scope.agreement_id:
            title = session.scalar(select(Agreement.title).where(Agreement.id == scope.agreement_id))
            return translate("goals", "avtal: %1").replace("%1", title or "")
        if scope.project_id:
            name = session.scalar(select(Project.name).where(Project.id == scope.project_id))
            return translate("goals", "projekt: %1").replace("%1", name or "")
        return translate("goals", "hela verksamheten")
