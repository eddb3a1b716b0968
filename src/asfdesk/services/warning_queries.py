"""Gather the facts the early-warning rules read, and run them (`domain.warnings`)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.occupancy import monthly_occupancy
from asfdesk.domain.vocab import ContactRole, EnterpriseStatus, PlacementStatus
from asfdesk.domain.warnings import (
    AgreementFact,
    EarlyWarning,
    EnterpriseFact,
    Facts,
    PlacementFact,
    RevenueFact,
    SupervisorFact,
    Thresholds,
    evaluate,
)
from asfdesk.services.occupancy_queries import running_agreements
from asfdesk.services.settings import SettingsService, thresholds
from asfdesk.storage.models import (
    ContactPerson,
    Enterprise,
    Participant,
    Placement,
    RevenueFigure,
    SupportContact,
    SupportRelationship,
)

ACTIVE = (EnterpriseStatus.STARTUP, EnterpriseStatus.ESTABLISHED)


class WarningQueries:
    def __init__(self, session_factory: sessionmaker[Session], settings: SettingsService) -> None:
        self._session_factory = session_factory
        self._settings = settings

    def thresholds(self) -> Thresholds:
        return thresholds(self._settings)

    def warnings(self, today: date | None = None) -> list[EarlyWarning]:
        """Every warning that holds today, oldest condition first."""
        today = today or date.today()
        return evaluate(self.facts(today), today, self.thresholds())

    def facts(self, today: date) -> Facts:
        with self._session_factory() as session:
            return Facts(
                enterprises=self._enterprises(session),
                placements=self._placements(session),
                agreements=self._agreements(session, today),
                supervisors=self._supervisors(session),
                revenues=self._revenues(session),
            )

    @staticmethod
    def _enterprises(session: Session) -> list[EnterpriseFact]:
        latest = (
            select(func.max(SupportContact.contact_date))
            .where(SupportContact.enterprise_id == Enterprise.id)
            .scalar_subquery()
        )
        supported = (
            select(func.min(SupportRelationship.start_date))
            .where(SupportRelationship.enterprise_id == Enterprise.id)
            .scalar_subquery()
        )
        rows = session.execute(
            select(Enterprise.id, Enterprise.name, Enterprise.status, latest, supported, Enterprise.created_at)
        ).all()
        return [
            EnterpriseFact(
                id=eid,
                name=name,
                active=status in ACTIVE,
                last_contact=last,
                # with no recorded support relationship, the enterprise counts as supported since it was entered
                supported_since=since or created.date(),
            )
            for eid, name, status, last, since, created in rows
        ]

    @staticmethod
    def _placements(session: Session) -> list[PlacementFact]:
        # Running placements, and the ended ones of people placed again (for the re-referral rule).
        open_statuses = (PlacementStatus.ONGOING, PlacementStatus.PLANNED)
        running = select(Placement.participant_id).where(Placement.status.in_(open_statuses))
        columns = select(
            Placement.id,
            Placement.enterprise_id,
            Placement.participant_id,
            Participant.code,
            Placement.measure_type,
            Placement.start_date,
            Placement.planned_end_date,
            Placement.end_date,
            Placement.outcome,
            Placement.next_step,
            Placement.extensions,
            Participant.case_officer_id,
        ).join(Participant, Participant.id == Placement.participant_id)
        # two index-led reads rather than one pass over every placement ever made
        rows = [
            *session.execute(columns.where(Placement.status.in_(open_statuses))),
            *session.execute(
                columns.where(Placement.status == PlacementStatus.ENDED, Placement.participant_id.in_(running))
            ),
        ]
        return [
            PlacementFact(
                id=pid,
                enterprise_id=enterprise_id,
                participant_id=participant_id,
                participant_code=code,
                measure_type=measure,
                start=start,
                planned_end=planned_end,
                end=end,
                outcome=outcome,
                next_step=next_step or "",
                extensions=extensions or 0,
                case_officer_id=officer,
            )
            for (
                pid,
                enterprise_id,
                participant_id,
                code,
                measure,
                start,
                planned_end,
                end,
                outcome,
                next_step,
                extensions,
                officer,
            ) in rows
        ]

    @staticmethod
    def _agreements(session: Session, today: date) -> list[AgreementFact]:
        last_month = today.replace(day=1) - timedelta(days=1)
        return [
            AgreementFact(agreement_id, enterprise_id, title, monthly_occupancy(terms, stays, last_month))
            for agreement_id, enterprise_id, title, terms, stays in running_agreements(session, today)
        ]

    @staticmethod
    def _supervisors(session: Session) -> list[SupervisorFact]:
        # one pass over the ongoing placements (there is no index on supervisor, and none is needed)
        since = dict(
            session.execute(
                select(Placement.supervisor_id, func.min(Placement.start_date))
                .where(Placement.status == PlacementStatus.ONGOING, Placement.supervisor_id.is_not(None))
                .group_by(Placement.supervisor_id)
            ).all()
        )
        rows = session.execute(
            select(ContactPerson.id, ContactPerson.enterprise_id, ContactPerson.name, ContactPerson.training_date)
            .join(Enterprise, Enterprise.id == ContactPerson.enterprise_id)
            .where(ContactPerson.role == ContactRole.SUPERVISOR, Enterprise.status.in_(ACTIVE))
        ).all()
        return [SupervisorFact(cid, eid, name, trained, since.get(cid)) for cid, eid, name, trained in rows]

    @staticmethod
    def _revenues(session: Session) -> list[RevenueFact]:
        latest: dict[str, RevenueFact] = {}
        for r in session.scalars(select(RevenueFigure).order_by(RevenueFigure.year)):
            latest[r.enterprise_id] = RevenueFact(r.enterprise_id, r.year, r.public_kr, r.market_kr)
        return list(latest.values())
