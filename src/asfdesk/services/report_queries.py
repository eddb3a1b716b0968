"""Gathering what each document shows, for a period and an audience, from the database.

Audience rules are applied here, so a builder can never print what its reader may not see:
the board sees business support and placement counts; a handläggare sees only the placements
and follow-ups of their own organisation's participants and no business notes; a funder sees
aggregates only (the builder also prints counts of 1–4 as '<5').
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from difflib import get_close_matches

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.inputs import ConsentInput, identity_allowed
from asfdesk.domain.reporting import Audience, GenderSplit, Period, hours_by_module
from asfdesk.domain.vocab import (
    ActivityStatus,
    ContactForm,
    MeetingKind,
    MeetingStatus,
    Outcome,
)
from asfdesk.reports.models import (
    CountRow,
    MeetingLine,
    MeetingSummary,
    NextStep,
    PeriodReport,
    PlanActivity,
    SplitRow,
    SupportSummary,
)
from asfdesk.rows import ActionItemRow, EnterpriseDetail, MeetingRow, PlacementRow, SupportContactRow
from asfdesk.services.child_rows import in_order
from asfdesk.services.enterprise_queries import EnterpriseQueries
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.services.period_report_query import hours_of, period_report_data
from asfdesk.storage.models import (
    ActionPlanActivity,
    Consent,
    Enterprise,
    Meeting,
    MeetingPlacement,
    Organisation,
    Participant,
    Placement,
    Project,
    SupportContact,
    SupportRelationship,
)


def _placement_overlaps(period: Period) -> ColumnElement[bool]:
    """A placement that runs at some time during the period."""
    return and_(
        Placement.start_date <= period.end, or_(Placement.end_date.is_(None), Placement.end_date >= period.start)
    )


def require_referrer_only_for_case_officer(audience: Audience, referrer_id: str | None) -> None:
    """A handläggare version is always one referrer's; a referrer makes sense for no other reader."""
    if audience is Audience.CASE_OFFICER and not referrer_id:
        raise ReportError("Handläggarversionen behöver den remitterande organisationen (--referrer).")
    if audience is not Audience.CASE_OFFICER and referrer_id:
        raise ReportError("En remitterande organisation anges bara för handläggarversionen (--audience handlaggare).")


class ReportError(ValueError):
    """A report cannot be made as asked (unknown enterprise, ambiguous name, missing referrer)."""


def _split_rows(placements: list[PlacementRow], key: str, labels: dict[str, str]) -> list[SplitRow]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for p in placements:
        grouped[getattr(p, key) or ""].append(p.gender)
    return [SplitRow(labels.get(code, code), GenderSplit.of(grouped[code])) for code in labels if code in grouped]


class ReportQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._enterprises = EnterpriseQueries(session_factory)

    # -- finding what to report on -----------------------------------------------------------
    def find_enterprise(self, key: str) -> str:
        """An enterprise by organisationsnummer, exact name or a unique part of its name (case-insensitive)."""
        wanted = key.strip()
        with self._session_factory() as session:
            rows = session.execute(
                select(Enterprise.id, Enterprise.name, Enterprise.orgnr).where(Enterprise.deleted_at.is_(None))
            ).all()
        digits = wanted.replace("-", "")
        folded = wanted.casefold()
        hits = (
            [r for r in rows if r.orgnr and r.orgnr.replace("-", "") == digits]
            or [r for r in rows if r.name.casefold() == folded]
            or ([r for r in rows if folded in r.name.casefold()] if folded else [])
        )
        if not hits:
            raise ReportError(f"Inget företag heter eller har organisationsnumret '{key}'.")
        if len(hits) > 1:
            named = sorted(hits, key=lambda r: swedish_key(r.name))
            listed = "; ".join(f"{r.name} ({r.orgnr or 'utan orgnr'})" for r in named[:10])
            more = f" och {len(hits) - 10} till" if len(hits) > 10 else ""
            raise ReportError(f"'{key}' passar {len(hits)} företag: {listed}{more}. Ange organisationsnumret.")
        return str(hits[0].id)

    def find_municipality(self, name: str) -> str:
        """The municipality of some enterprise, as it is spelt in the database; near names suggested."""
        with self._session_factory() as session:
            known = sorted(
                set(session.scalars(select(Enterprise.municipality).where(Enterprise.deleted_at.is_(None)))) - {""}
            )
        wanted = name.strip().casefold()
        exact = [m for m in known if m.casefold() == wanted]
        if exact:
            return exact[0]
        near = get_close_matches(wanted, [m.casefold() for m in known], n=3, cutoff=0.6)
        suggestion = [m for m in known if m.casefold() in near]
        hint = (
            f" Menade du {' eller '.join(suggestion)}?"
            if suggestion
            else f" Kommuner med företag: {', '.join(known[:12])}."
        )
        raise ReportError(f"Inget företag finns i kommunen '{name}'.{hint}")

    def enterprises_with_activity(self, period: Period) -> list[tuple[str, str]]:
        """(id, name) of enterprises with a contact, a meeting or a placement in the period.

        Asked of the database as three lists of ids: the Rapporter view asks every time it is
        shown, and a large database holds hundreds of thousands of meetings and placements.
        """
        after_end = datetime.combine(period.end + timedelta(days=1), time.min)
        with self._session_factory() as session:
            ids = set(
                session.scalars(
                    select(SupportContact.enterprise_id)
                    .where(SupportContact.contact_date.between(period.start, period.end))
                    .distinct()
                )
            )
            ids |= set(
                session.scalars(
                    select(Meeting.enterprise_id)
                    .where(
                        Meeting.enterprise_id.is_not(None),
                        Meeting.starts_at >= datetime.combine(period.start, time.min),
                        Meeting.starts_at < after_end,
                    )
                    .distinct()
                )
            )
            ids |= set(session.scalars(select(Placement.enterprise_id).where(_placement_overlaps(period)).distinct()))
            rows = session.execute(select(Enterprise.id, Enterprise.name).where(Enterprise.id.in_(ids))).all()
        return sorted(((r.id, r.name) for r in rows), key=lambda item: swedish_key(item[1]))

    def enterprises_with_placements_from(self, referrer_id: str, period: Period) -> list[tuple[str, str]]:
        """(id, name) of enterprises where participants from this referrer were placed during the period."""
        with self._session_factory() as session:
            rows = session.execute(
                select(Enterprise.id, Enterprise.name)
                .join(Placement, Placement.enterprise_id == Enterprise.id)
                .join(Participant, Participant.id == Placement.participant_id)
                .where(
                    Participant.referring_organisation_id == referrer_id,
                    Placement.deleted_at.is_(None),
                    _placement_overlaps(period),
                )
                .distinct()
            ).all()
        return sorted(((r.id, r.name) for r in rows), key=lambda item: swedish_key(item[1]))

    def all_enterprises(self) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            rows = session.execute(select(Enterprise.id, Enterprise.name)).all()
        return sorted(((r.id, r.name) for r in rows), key=lambda r: swedish_key(r[1]))

    def referrers(self) -> list[tuple[str, str]]:
        with self._session_factory() as session:
            used = set(session.scalars(select(Participant.referring_organisation_id).distinct()))
            rows = session.scalars(select(Organisation).where(Organisation.id.in_(used))).all()
            return sorted(((o.id, o.name) for o in rows), key=lambda r: swedish_key(r[1]))

    def header(self, fallback: str) -> str:
        """The organisation named at the top of every page: the setting, else `fallback` (the
        enterprise's supporting office), else the office that supports the most enterprises."""
        from asfdesk.services.settings import ORGANISATION_NAME, SettingsService

        return str(SettingsService(self._session_factory).get(ORGANISATION_NAME)) or fallback or self._main_supporter()

    def _main_supporter(self) -> str:
        with self._session_factory() as session:
            row = session.execute(
                select(Organisation.name, func.count(SupportRelationship.enterprise_id.distinct()).label("n"))
                .join(SupportRelationship, SupportRelationship.organisation_id == Organisation.id)
                .group_by(Organisation.id)
                .order_by(func.count(SupportRelationship.enterprise_id.distinct()).desc(), Organisation.name)
                .limit(1)
            ).first()
        return str(row.name) if row else ""

    def logo(self) -> bytes | None:
        from asfdesk.services.settings import REPORT_LOGO, SettingsService, logo_bytes

        return logo_bytes(str(SettingsService(self._session_factory).get(REPORT_LOGO)))

    def _project_name(self, project_id: str) -> str:
        with self._session_factory() as session:
            project = session.get(Project, project_id)
            if project is None:
                return ""
            return f"{project.name} ({project.funder})" if project.funder else project.name

    def reader(self, audience: Audience, referrer_id: str | None) -> str:
        """Who a document is for, as its file name says: the audience, and a handläggare's organisation."""
        return audience.label + (f" {self.organisation_name(referrer_id)}" if referrer_id else "")

    def organisation_name(self, organisation_id: str | None) -> str:
        if not organisation_id:
            return ""
        with self._session_factory() as session:
            org = session.get(Organisation, organisation_id)
            return org.name if org else ""

    # -- per-enterprise support summary --------------------------------------------------------
    def support_summary(
        self,
        enterprise_id: str,
        period: Period,
        audience: Audience = Audience.BOARD,
        referrer_id: str | None = None,
        today: date | None = None,
        project_id: str | None = None,
    ) -> SupportSummary:
        """One enterprise's support in a period; with a project, only what is tagged with it."""
        today = today or date.today()
        require_referrer_only_for_case_officer(audience, referrer_id)
        try:
            detail = self._enterprises.get_detail(enterprise_id)
        except LookupError as exc:
            raise RecordNotFoundError(enterprise_id) from exc
        contacts = sorted(
            (c for c in detail.support_contacts if period.contains(c.contact_date)), key=lambda c: c.contact_date
        )
        placements = [p for p in detail.placements if period.overlaps(p.start_date, p.end_date)]
        if project_id:
            contacts = [c for c in contacts if c.project_id == project_id]
            placements = [p for p in placements if p.project_id == project_id]
            detail = replace(detail, meetings=[m for m in detail.meetings if m.project_id == project_id])
        if audience is Audience.CASE_OFFICER:
            placements = [p for p in placements if p.referrer_id == referrer_id]
            placements = self._without_unconsented_identity(placements, referrer_id, today)
        visible = self._visible_meetings(detail, audience, {p.id for p in placements})
        module_rows = detail.modules
        if audience is not Audience.BOARD:  # business notes are for the enterprise's own board
            module_rows = [replace(m, notes="") for m in module_rows]
        show_contacts = audience is Audience.BOARD
        return SupportSummary(
            audience=audience,
            period=period,
            printed=today,
            organisation=self.header(detail.support[0].organisation if detail.support else ""),
            referrer=self.organisation_name(referrer_id),
            logo=self.logo(),
            facts=detail.facts,
            agreements=[
                a
                for a in detail.agreements
                if (a.start_date is None or period.overlaps(a.start_date, a.end_date))
                # A handläggare reads their own organisation's terms, never another buyer's prices.
                and (audience is not Audience.CASE_OFFICER or a.buyer_id == referrer_id)
            ],
            modules=module_rows,
            contacts=contacts if show_contacts else [],
            contact_count=len(contacts) if audience is not Audience.CASE_OFFICER else 0,
            contact_hours=hours_of(sum(c.minutes for c in contacts)) if audience is not Audience.CASE_OFFICER else 0.0,
            hours_by_module=self._hours_by_module(detail, contacts) if audience is not Audience.CASE_OFFICER else [],
            by_form=self._by_form(contacts) if audience is not Audience.CASE_OFFICER else [],
            placements=placements if audience is Audience.CASE_OFFICER else [],
            placement_counts=self._placement_counts(placements, period),
            outcomes=_split_rows(
                [p for p in placements if period.contains(p.end_date)], "outcome", dict(Outcome.choices())
            ),
            meetings=self._meetings_in(visible, period),
            open_actions=self._open_actions(visible, audience),
            next_steps=self._next_steps(detail, today) if audience is Audience.BOARD else [],
            action_plan=self._action_plan(detail.facts.municipality) if audience is not Audience.CASE_OFFICER else [],
        )

    def _action_plan(self, municipality: str) -> list[PlanActivity]:
        """The municipality's action plan activities not yet done, as the plan lists them."""
        if not municipality:
            return []
        with self._session_factory() as session:
            rows = session.scalars(
                select(ActionPlanActivity).where(
                    ActionPlanActivity.municipality == municipality, ActionPlanActivity.status != ActivityStatus.DONE
                )
            ).all()
            return [
                PlanActivity(a.activity, a.main_responsible, a.timeframe, ActivityStatus.label_of(a.status))
                for a in sorted(rows, key=lambda a: (swedish_key(a.plan), a.created_at, a.id))
            ]

    def _without_unconsented_identity(
        self, placements: list[PlacementRow], referrer_id: str | None, today: date
    ) -> list[PlacementRow]:
        """Participants without valid consent for this recipient (or with protected identity) appear as 'Anonym'."""
        with self._session_factory() as session:
            referrer = session.get(Organisation, referrer_id) if referrer_id else None
            recipient = "af" if referrer is not None and referrer.kind == "af" else "ame"
            ids = {p.participant_id for p in placements}
            people = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))}
            consents: dict[str, list[ConsentInput]] = defaultdict(list)
            for c in session.scalars(select(Consent).where(Consent.participant_id.in_(ids))):
                consents[c.participant_id].append(
                    ConsentInput(c.recipient, c.scope, c.given_date, c.expires, c.withdrawn_date, c.placement_id)
                )
        return [
            p
            if identity_allowed(
                consents[p.participant_id], recipient, today, people[p.participant_id].protected_identity, p.id
            )
            else replace(p, participant_code="Anonym")
            for p in placements
        ]

    @staticmethod
    def _hours_by_module(detail: EnterpriseDetail, contacts: list[SupportContactRow]) -> list[CountRow]:
        rows = hours_by_module((m.name for m in detail.modules), ((c.minutes, c.modules) for c in contacts))
        return [CountRow(row.module, row.contacts, row.hours) for row in rows]

    @staticmethod
    def _by_form(contacts: list[SupportContactRow]) -> list[CountRow]:
        rows = []
        for _code, label in ContactForm.choices():
            served = [c for c in contacts if c.form_label == label]
            if served:
                rows.append(CountRow(label, len(served), hours_of(sum(c.minutes for c in served))))
        return rows

    @staticmethod
    def _placement_counts(placements: list[PlacementRow], period: Period) -> list[SplitRow]:
        started = [p.gender for p in placements if period.contains(p.start_date)]
        ended = [p.gender for p in placements if period.contains(p.end_date)]
        ongoing = [
            p.gender
            for p in placements
            if p.start_date <= period.end and (p.end_date is None or p.end_date > period.end)
        ]
        return [
            SplitRow("Påbörjade", GenderSplit.of(started)),
            SplitRow("Avslutade", GenderSplit.of(ended)),
            SplitRow("Pågående vid periodens slut", GenderSplit.of(ongoing)),
        ]

    def _visible_meetings(
        self, detail: EnterpriseDetail, audience: Audience, placement_ids: set[str]
    ) -> list[MeetingRow]:
        """The meetings this reader may see: all of them, or for a handläggare only those about their placements."""
        if audience is not Audience.CASE_OFFICER:
            return list(detail.meetings)
        with self._session_factory() as session:
            followed = set(
                session.scalars(
                    select(MeetingPlacement.meeting_id).where(MeetingPlacement.placement_id.in_(placement_ids))
                )
            )
        return [m for m in detail.meetings if m.id in followed]

    @staticmethod
    def _meetings_in(meetings: list[MeetingRow], period: Period) -> list[MeetingLine]:
        return [
            MeetingLine(m.starts_at, m.kind_label, m.status_label, m.place)
            for m in sorted(meetings, key=lambda m: m.starts_at)
            if period.contains(m.starts_at.date())
        ]

    @staticmethod
    def _open_actions(meetings: list[MeetingRow], audience: Audience) -> list[ActionItemRow]:
        if audience is Audience.FUNDER:
            return []
        items = [i for m in meetings for i in m.action_items if i.is_open]
        return sorted(items, key=lambda i: i.due_date or date.max)

    @staticmethod
    def _next_steps(detail: EnterpriseDetail, today: date) -> list[NextStep]:
        steps = [
            NextStep(c.next_step_date, c.next_step, f"Handledarstöd {c.contact_date.isoformat()}")
            for c in detail.support_contacts
            if c.next_step and c.next_step_date and c.next_step_date >= today
        ]
        steps += [
            NextStep(m.starts_at.date(), f"{m.kind_label} {m.starts_at:%H:%M}, {m.place}", "Planerat möte")
            for m in detail.meetings
            if m.status_label == MeetingStatus.PLANNED.label and m.starts_at.date() >= today
        ]
        return sorted(steps, key=lambda s: s.due or date.max)

    # -- meeting summary -------------------------------------------------------------------------
    def meeting_summary(self, meeting_id: str, today: date | None = None) -> MeetingSummary:
        logo = self.logo()  # before the session: one open transaction at a time
        with self._session_factory() as session:
            meeting = session.scalars(
                select(Meeting)
                .where(Meeting.id == meeting_id)
                .options(
                    selectinload(Meeting.enterprise)
                    .selectinload(Enterprise.support_relationships)
                    .selectinload(SupportRelationship.organisation),
                    selectinload(Meeting.attendees),
                    selectinload(Meeting.decisions),
                    selectinload(Meeting.action_items),
                    selectinload(Meeting.placement_links)
                    .selectinload(MeetingPlacement.placement)
                    .selectinload(Placement.participant),
                )
            ).one_or_none()
            if meeting is None:
                raise ReportError(f"Inget möte har id '{meeting_id}'.")
            enterprise = meeting.enterprise
            organisation = ""
            if enterprise and enterprise.support_relationships:
                organisation = enterprise.support_relationships[0].organisation.name
            return MeetingSummary(
                enterprise=enterprise.name if enterprise else "Nätverk",
                organisation=organisation,
                printed=today or date.today(),
                kind_label=MeetingKind.label_of(meeting.kind),
                status_label=MeetingStatus.label_of(meeting.status),
                starts_at=meeting.starts_at,
                place=meeting.place,
                attendees=[(a.name, a.organisation, a.role, a.present) for a in in_order(meeting.attendees)],
                agenda=meeting.agenda,
                notes=meeting.notes,
                decisions=[d.text for d in sorted(in_order(meeting.decisions), key=lambda d: d.position)],
                action_items=[
                    ActionItemRow(n, i.description, i.owner, i.due_date, i.done_date)
                    for n, i in enumerate(in_order(meeting.action_items))
                ],
                next_meeting=meeting.next_meeting_date,
                logo=logo,
                participants=sorted(link.placement.participant.code for link in in_order(meeting.placement_links)),
            )

    # -- period report for funders ---------------------------------------------------------------
    def period_report(
        self,
        period: Period,
        audience: Audience = Audience.FUNDER,
        municipality: str | None = None,
        organisation_id: str | None = None,
        referrer_id: str | None = None,
        today: date | None = None,
        project_id: str | None = None,
    ) -> PeriodReport:
        require_referrer_only_for_case_officer(audience, referrer_id)
        data = period_report_data(
            self._session_factory,
            period,
            audience,
            municipality,
            organisation_id,
            referrer_id,
            today,
            organisation_name=self.organisation_name,
            project=(project_id, self._project_name(project_id)) if project_id else None,
        )
        return replace(data, organisation=data.organisation or self.header(""), logo=self.logo())
