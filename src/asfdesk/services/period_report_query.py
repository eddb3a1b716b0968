"""The period report's figures: enterprises, contacts, hours and placements, split women/men/total."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.reporting import Audience, GenderSplit, Period, hours_by_module
from asfdesk.domain.vocab import MeasureType, Outcome, outcome_is_work_or_studies
from asfdesk.reports.models import CountRow, MunicipalityRow, PeriodReport, SplitRow
from asfdesk.storage.models import (
    Enterprise,
    Module,
    Placement,
    SupportContact,
    SupportContactModule,
    SupportRelationship,
)


def hours_of(minutes: float) -> float:
    return minutes / 60  # rounded where printed (half-up, one decimal), so rows and totals agree


def period_report_data(
    session_factory: sessionmaker[Session],
    period: Period,
    audience: Audience,
    municipality: str | None,
    organisation_id: str | None,
    referrer_id: str | None,
    today: date | None,
    organisation_name: Callable[[str | None], str],
    project: tuple[str, str] | None = None,  # (id, name): only records tagged with the project
) -> PeriodReport:
    # Named before the session opens: `organisation_name` reads with a session of its own, which
    # must not wait for this one (a writable database's sessions each take the write lock).
    supporter, referrer = organisation_name(organisation_id), organisation_name(referrer_id)
    with session_factory() as session:
        enterprises = {e.id: e for e in session.scalars(select(Enterprise))}
        if municipality:
            enterprises = {k: e for k, e in enterprises.items() if e.municipality == municipality}
        if organisation_id:
            supported = set(
                session.scalars(
                    select(SupportRelationship.enterprise_id).where(
                        SupportRelationship.organisation_id == organisation_id
                    )
                )
            )
            enterprises = {k: e for k, e in enterprises.items() if k in supported}
        contacts = [
            c
            for c in session.scalars(
                select(SupportContact)
                .where(SupportContact.contact_date.between(period.start, period.end))
                .options(selectinload(SupportContact.module_links).selectinload(SupportContactModule.module))
            )
            if c.enterprise_id in enterprises and (project is None or c.project_id == project[0])
        ]
        placements = [
            p
            for p in session.scalars(select(Placement).options(selectinload(Placement.participant)))
            if p.enterprise_id in enterprises
            and period.overlaps(p.start_date, p.end_date)
            and (referrer_id is None or p.participant.referring_organisation_id == referrer_id)
            and (project is None or p.project_id == project[0])
        ]
        if referrer_id is not None:  # one referrer's report: the handledarstöd of the enterprises it placed at
            hosting = {p.enterprise_id for p in placements}
            contacts = [c for c in contacts if c.enterprise_id in hosting]
        modules = session.scalars(select(Module).order_by(Module.sort_order)).all()
        spent = [(c.minutes, [link.module.name for link in c.module_links]) for c in contacts]
        by_module = [CountRow(r.module, r.contacts, r.hours) for r in hours_by_module((m.name for m in modules), spent)]

        def gender(p: Placement) -> str:
            return p.participant.gender

        started = [p for p in placements if period.contains(p.start_date)]
        ended = [p for p in placements if period.contains(p.end_date)]
        ongoing = [
            p for p in placements if p.start_date <= period.end and (p.end_date is None or p.end_date > period.end)
        ]
        measures = dict(MeasureType.choices())

        def by_type(rows: list[Placement]) -> list[SplitRow]:
            grouped: dict[str, list[str]] = defaultdict(list)
            for p in rows:
                grouped[p.measure_type].append(gender(p))
            return [
                SplitRow(label, GenderSplit.of(grouped[code])) for code, label in measures.items() if code in grouped
            ]

        outcome_groups: dict[str, list[str]] = defaultdict(list)
        for p in ended:
            outcome_groups[p.outcome or ""].append(gender(p))
        outcomes = [
            SplitRow(label, GenderSplit.of(outcome_groups[code]))
            for code, label in Outcome.choices()
            if code in outcome_groups
        ]
        to_work = GenderSplit.of(gender(p) for p in ended if outcome_is_work_or_studies(p.outcome))
        participants = GenderSplit.of({p.participant_id: gender(p) for p in placements}.values())
        municipalities = []
        for name in sorted({e.municipality for e in enterprises.values()}, key=swedish_key):
            ids = {k for k, e in enterprises.items() if e.municipality == name}
            m_contacts = [c for c in contacts if c.enterprise_id in ids]
            m_started = [gender(p) for p in started if p.enterprise_id in ids]
            m_ended = [p for p in ended if p.enterprise_id in ids]
            active = {p.enterprise_id for p in placements if p.enterprise_id in ids} | {
                c.enterprise_id for c in m_contacts
            }
            if not active:
                continue
            municipalities.append(
                MunicipalityRow(
                    municipality=name,
                    enterprises=len(active),
                    contacts=len(m_contacts),
                    hours=hours_of(sum(c.minutes for c in m_contacts)),
                    started=GenderSplit.of(m_started),
                    ended=GenderSplit.of(gender(p) for p in m_ended),
                    to_work_or_studies=GenderSplit.of(
                        gender(p) for p in m_ended if outcome_is_work_or_studies(p.outcome)
                    ),
                )
            )
        filters = ", ".join(
            part
            for part in (
                f"kommun {municipality}" if municipality else "",
                f"stöd från {supporter}" if organisation_id else "",
                f"deltagare från {referrer}" if referrer_id else "",
                f"projekt {project[1]}" if project else "",
            )
            if part
        )
        return PeriodReport(
            audience=audience,
            period=period,
            printed=today or date.today(),
            organisation=supporter,
            filters=filters or "alla företag",
            enterprises_supported=len({c.enterprise_id for c in contacts}),
            contact_count=len(contacts),
            contact_hours=hours_of(sum(c.minutes for c in contacts)),
            by_module=by_module,
            started_by_type=by_type(started),
            ended_by_type=by_type(ended),
            ongoing_by_type=by_type(ongoing),
            outcomes=outcomes,
            to_work_or_studies=to_work,
            participants=participants,
            municipalities=municipalities,
        )
