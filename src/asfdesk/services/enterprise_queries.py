"""Read side for enterprises: the browsable list and everything shown for one enterprise."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.formatting import format_extent, format_kr
from asfdesk.domain.vocab import (
    AgreementType,
    ContactForm,
    ContactRole,
    EnterpriseStatus,
    Gender,
    LegalForm,
    MeasureType,
    MeetingKind,
    MeetingStatus,
    ModuleStatus,
    Outcome,
    PlacementStatus,
)
from asfdesk.i18n import translate
from asfdesk.services.dto import (
    ActionItemRow,
    AgreementRow,
    AttendeeRow,
    ContactPersonRow,
    EnterpriseDetail,
    EnterpriseFacts,
    EnterpriseListRow,
    MeetingRow,
    ModuleProgressRow,
    PlacementRow,
    SupportContactRow,
    SupportRelationshipRow,
)
from asfdesk.storage.models import (
    ActionItem,
    Agreement,
    ContactPerson,
    Enterprise,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingPlacement,
    Module,
    ModuleProgress,
    Organisation,
    Participant,
    Placement,
    Staff,
    SupportContact,
    SupportContactModule,
    SupportRelationship,
)


class EnterpriseNotFoundError(LookupError):
    pass


class EnterpriseQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def list_enterprises(self) -> list[EnterpriseListRow]:
        """Every enterprise with the figures the list shows, ordered by name (plain rows: it runs at start-up)."""
        today = date.today()
        with self._session_factory() as session:
            enterprises = session.execute(
                select(
                    Enterprise.id,
                    Enterprise.name,
                    Enterprise.orgnr,
                    Enterprise.municipality,
                    Enterprise.region,
                    Enterprise.status,
                    Enterprise.legal_form,
                    Enterprise.business_lines,
                )
            ).all()
            advisors: dict[str, tuple[date, str]] = {}  # the latest current relationship with an advisor
            for eid, started, ended, name in session.execute(
                select(
                    SupportRelationship.enterprise_id,
                    SupportRelationship.start_date,
                    SupportRelationship.end_date,
                    Staff.name,
                ).join(Staff, Staff.id == SupportRelationship.advisor_id)
            ):
                if ended is not None and ended < today:
                    continue
                since = started or date.min
                if eid not in advisors or since > advisors[eid][0]:
                    advisors[eid] = (since, name)
            active = dict(
                session.execute(
                    select(Placement.enterprise_id, func.count())
                    .where(Placement.status == PlacementStatus.ONGOING)
                    .group_by(Placement.enterprise_id)
                ).all()
            )
            latest = (  # one index seek per enterprise, not a pass over every contact
                select(func.max(SupportContact.contact_date))
                .where(SupportContact.enterprise_id == Enterprise.id)
                .scalar_subquery()
            )
            last_contact = dict(session.execute(select(Enterprise.id, latest)).all())
            done = dict(
                session.execute(
                    select(ModuleProgress.enterprise_id, func.count())
                    .where(ModuleProgress.status == ModuleStatus.DONE)
                    .group_by(ModuleProgress.enterprise_id)
                ).all()
            )
            rows = [
                EnterpriseListRow(
                    id=eid,
                    name=name,
                    orgnr=orgnr,
                    municipality=municipality,
                    region=region,
                    status=status,
                    status_label=EnterpriseStatus.label_of(status),
                    legal_form_label=LegalForm.label_of(legal_form),
                    business_lines=", ".join(lines or ()),
                    advisor=advisors[eid][1] if eid in advisors else "",
                    active_placements=active.get(eid, 0),
                    modules_done=done.get(eid, 0),
                    last_contact=last_contact.get(eid),
                )
                for eid, name, orgnr, municipality, region, status, legal_form, lines in enterprises
            ]
            return sorted(rows, key=lambda r: swedish_key(r.name))

    def get_detail(self, enterprise_id: str) -> EnterpriseDetail:
        with self._session_factory() as session:
            enterprise = session.get(Enterprise, enterprise_id)
            if enterprise is None or enterprise.deleted_at is not None:
                raise EnterpriseNotFoundError(enterprise_id)
            contacts = self._support_contacts(session, enterprise_id)
            return EnterpriseDetail(
                facts=_facts(enterprise),
                contacts=self._contact_persons(session, enterprise_id),
                agreements=self._agreements(session, enterprise_id),
                support=self._support(session, enterprise_id),
                modules=self._modules(session, enterprise_id, contacts),
                support_contacts=contacts,
                placements=self._placements(session, enterprise_id),
                meetings=self._meetings(session, enterprise_id),
            )

    @staticmethod
    def _contact_persons(session: Session, enterprise_id: str) -> list[ContactPersonRow]:
        rows = session.execute(
            select(
                ContactPerson.id,
                ContactPerson.name,
                ContactPerson.role,
                ContactPerson.email,
                ContactPerson.phone,
                ContactPerson.training_date,
            ).where(ContactPerson.enterprise_id == enterprise_id)
        ).all()
        return [
            ContactPersonRow(r.id, r.name, ContactRole.label_of(r.role), r.email, r.phone, r.training_date)
            for r in sorted(rows, key=lambda r: (r.role != ContactRole.CHAIR, r.name))
        ]

    @staticmethod
    def _agreements(session: Session, enterprise_id: str) -> list[AgreementRow]:
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.agreement_type,
                Agreement.title,
                Organisation.name,
                Agreement.start_date,
                Agreement.end_date,
                Agreement.value_kr,
                Agreement.contracted_places,
                Agreement.price_per_place_month_kr,
            )
            .outerjoin(Organisation, Organisation.id == Agreement.buyer_organisation_id)
            .where(Agreement.enterprise_id == enterprise_id)
        ).all()
        return [
            AgreementRow(
                id=aid,
                type_label=AgreementType.label_of(kind),
                title=title,
                buyer=buyer or "",
                start_date=start,
                end_date=end,
                value_kr=value,
                contracted_places=places,
                price_per_place_month_kr=price,
            )
            for aid, kind, title, buyer, start, end, value, places, price in sorted(
                rows, key=lambda r: r.start_date or date.min, reverse=True
            )
        ]

    @staticmethod
    def _support(session: Session, enterprise_id: str) -> list[SupportRelationshipRow]:
        rows = session.execute(
            select(
                Organisation.name,
                Staff.name,
                Agreement.title,
                SupportRelationship.start_date,
                SupportRelationship.end_date,
            )
            .join(Organisation, Organisation.id == SupportRelationship.organisation_id)
            .outerjoin(Staff, Staff.id == SupportRelationship.advisor_id)
            .outerjoin(Agreement, Agreement.id == SupportRelationship.agreement_id)
            .where(SupportRelationship.enterprise_id == enterprise_id)
            .order_by(SupportRelationship.created_at)
        ).all()
        return [
            SupportRelationshipRow(organisation, advisor or "", agreement or "", start, end)
            for organisation, advisor, agreement, start, end in rows
        ]

    def _support_contacts(self, session: Session, enterprise_id: str) -> list[SupportContactRow]:
        """Plain rows through Core, not the ORM: an enterprise may have thousands of contacts.

        Core statements skip the ORM's soft-delete filter, so each table's `deleted_at` is tested here.
        """
        connection = session.connection()
        modules: dict[str, list[str]] = defaultdict(list)
        for contact_id, name in connection.execute(
            select(SupportContactModule.contact_id, Module.name)
            .join(Module, Module.id == SupportContactModule.module_id)
            .join(SupportContact, SupportContact.id == SupportContactModule.contact_id)
            .where(
                SupportContact.enterprise_id == enterprise_id,
                SupportContact.deleted_at.is_(None),
                SupportContactModule.deleted_at.is_(None),
                Module.deleted_at.is_(None),
            )
            .order_by(Module.sort_order)
        ):
            modules[contact_id].append(name)
        rows = connection.execute(
            select(
                SupportContact.id,
                SupportContact.contact_date,
                SupportContact.form,
                SupportContact.minutes,
                Staff.name,
                SupportContact.notes,
                SupportContact.next_step,
                SupportContact.next_step_date,
                SupportContact.project_id,
            )
            .outerjoin(Staff, (Staff.id == SupportContact.advisor_id) & Staff.deleted_at.is_(None))
            .where(SupportContact.enterprise_id == enterprise_id, SupportContact.deleted_at.is_(None))
            .order_by(SupportContact.contact_date.desc())
        )
        forms = {f.value: f.label for f in ContactForm}  # translated once, not once per contact
        return [
            SupportContactRow(
                id=contact_id,
                contact_date=contact_date,
                form_label=forms.get(form) or ContactForm.label_of(form),
                minutes=minutes,
                advisor=advisor or "",
                modules=modules.get(contact_id, []),
                notes=notes,
                next_step=next_step,
                next_step_date=next_step_date,
                project_id=project_id,
            )
            for contact_id, contact_date, form, minutes, advisor, notes, next_step, next_step_date, project_id in rows
        ]

    def _modules(
        self, session: Session, enterprise_id: str, contacts: list[SupportContactRow]
    ) -> list[ModuleProgressRow]:
        catalogue = session.scalars(
            select(Module)
            .where(Module.active.is_(True))
            .options(selectinload(Module.parent))
            .order_by(Module.sort_order)
        ).all()
        progress = {
            p.module_id: p
            for p in session.scalars(select(ModuleProgress).where(ModuleProgress.enterprise_id == enterprise_id))
        }
        minutes_by_module: dict[str, int] = defaultdict(int)
        for contact in contacts:
            for name in contact.modules:
                minutes_by_module[name] += contact.minutes
        rows = []
        for module in catalogue:
            p = progress.get(module.id)
            status = p.status if p else ModuleStatus.NOT_STARTED.value
            derived = p is None or p.hours_used is None
            used = minutes_by_module[module.name] / 60 if derived or p is None else (p.hours_used or 0.0)
            rows.append(
                ModuleProgressRow(
                    module_id=module.id,
                    order=module.sort_order,
                    name=module.name,
                    parent=module.parent.name if module.parent else "",
                    status=status,
                    status_label=ModuleStatus.label_of(status),
                    start_date=p.start_date if p else None,
                    end_date=p.end_date if p else None,
                    hours_planned=p.hours_planned if p else None,
                    hours_used=round(used, 1),
                    hours_used_derived=derived,
                    notes=p.notes if p else "",
                )
            )
        return rows

    def _placements(self, session: Session, enterprise_id: str) -> list[PlacementRow]:
        """Plain rows joined in one Core query (soft-deleted rows left out here, not by the ORM)."""
        buyer = aliased(Organisation)
        rows = (
            session.connection()
            .execute(
                select(
                    Placement.id,
                    Placement.participant_id,
                    Participant.referring_organisation_id,
                    Placement.measure_type,
                    Placement.outcome,
                    Participant.code,
                    Participant.gender,
                    buyer.name.label("buyer"),
                    Placement.start_date,
                    Placement.planned_end_date,
                    Placement.end_date,
                    Placement.hours_per_week,
                    Placement.extent_percent,
                    ContactPerson.name.label("supervisor"),
                    Placement.status,
                    Placement.no_compensation,
                    Placement.price_per_month_kr,
                    Placement.price_per_day_kr,
                    Placement.project_id,
                    Placement.next_step,
                )
                .join(Participant, (Participant.id == Placement.participant_id) & Participant.deleted_at.is_(None))
                .outerjoin(buyer, (buyer.id == Placement.buyer_organisation_id) & buyer.deleted_at.is_(None))
                .outerjoin(
                    ContactPerson, (ContactPerson.id == Placement.supervisor_id) & ContactPerson.deleted_at.is_(None)
                )
                .where(Placement.enterprise_id == enterprise_id, Placement.deleted_at.is_(None))
                .order_by(Placement.start_date.desc())
            )
            .all()
        )
        return [
            PlacementRow(
                id=p.id,
                participant_id=p.participant_id,
                referrer_id=p.referring_organisation_id,
                measure_type=p.measure_type,
                outcome=p.outcome,
                participant_code=p.code,
                gender=p.gender,
                gender_label=Gender.label_of(p.gender),
                measure_label=MeasureType.label_of(p.measure_type),
                buyer=p.buyer or "",
                start_date=p.start_date,
                planned_end_date=p.planned_end_date,
                end_date=p.end_date,
                extent=format_extent(p.hours_per_week, p.extent_percent),
                supervisor=p.supervisor or "",
                status=p.status,
                status_label=PlacementStatus.label_of(p.status),
                outcome_label=Outcome.label_of(p.outcome),
                price=_price(p),
                project_id=p.project_id,
                next_step=p.next_step,
            )
            for p in rows
        ]

    def _meetings(self, session: Session, enterprise_id: str) -> list[MeetingRow]:
        """Meetings and their children, one Core query per kind of child (soft-deleted rows left out here)."""
        connection = session.connection()
        meetings = connection.execute(
            select(
                Meeting.id,
                Meeting.starts_at,
                Meeting.kind,
                Meeting.status,
                Meeting.place,
                Meeting.agenda,
                Meeting.notes,
                Meeting.next_meeting_date,
                Meeting.project_id,
            )
            .where(Meeting.enterprise_id == enterprise_id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.starts_at.desc())
        ).all()
        ours = select(Meeting.id).where(Meeting.enterprise_id == enterprise_id, Meeting.deleted_at.is_(None))
        order = (MeetingAttendee.created_at, MeetingAttendee.id)  # as entered (see child_rows.in_order)
        attendees: dict[str, list[AttendeeRow]] = defaultdict(list)
        for meeting_id, name, organisation, role, present in connection.execute(
            select(
                MeetingAttendee.meeting_id,
                MeetingAttendee.name,
                MeetingAttendee.organisation,
                MeetingAttendee.role,
                MeetingAttendee.present,
            )
            .where(MeetingAttendee.meeting_id.in_(ours), MeetingAttendee.deleted_at.is_(None))
            .order_by(*order)
        ):
            attendees[meeting_id].append(AttendeeRow(name, organisation, role, present))
        decisions: dict[str, list[str]] = defaultdict(list)
        for meeting_id, text in connection.execute(
            select(MeetingDecision.meeting_id, MeetingDecision.text)
            .where(MeetingDecision.meeting_id.in_(ours), MeetingDecision.deleted_at.is_(None))
            .order_by(MeetingDecision.position, MeetingDecision.created_at, MeetingDecision.id)
        ):
            decisions[meeting_id].append(text)
        actions: dict[str, list[ActionItemRow]] = defaultdict(list)
        for meeting_id, description, owner, due, done in connection.execute(
            select(
                ActionItem.meeting_id,
                ActionItem.description,
                ActionItem.owner,
                ActionItem.due_date,
                ActionItem.done_date,
            )
            .where(ActionItem.meeting_id.in_(ours), ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.created_at, ActionItem.id)
        ):
            actions[meeting_id].append(ActionItemRow(len(actions[meeting_id]), description, owner, due, done))
        codes: dict[str, list[str]] = defaultdict(list)
        for meeting_id, code in connection.execute(
            select(MeetingPlacement.meeting_id, Participant.code)
            .join(Placement, Placement.id == MeetingPlacement.placement_id)
            .join(Participant, Participant.id == Placement.participant_id)
            .where(
                MeetingPlacement.meeting_id.in_(ours),
                MeetingPlacement.deleted_at.is_(None),
                Placement.deleted_at.is_(None),
                Participant.deleted_at.is_(None),
            )
        ):
            codes[meeting_id].append(code)
        return [
            MeetingRow(
                id=m.id,
                starts_at=m.starts_at,
                kind_label=MeetingKind.label_of(m.kind),
                status_label=MeetingStatus.label_of(m.status),
                place=m.place,
                agenda=m.agenda,
                notes=m.notes,
                next_meeting_date=m.next_meeting_date,
                project_id=m.project_id,
                participants=sorted(codes.get(m.id, [])),
                attendees=attendees.get(m.id, []),
                decisions=decisions.get(m.id, []),
                action_items=sorted(actions.get(m.id, []), key=lambda item: item.due_date or date.max),
            )
            for m in meetings
        ]


def _facts(e: Enterprise) -> EnterpriseFacts:
    memberships = [name for name, member in (("SAK", e.member_sak), ("Skoopi", e.member_skoopi)) if member]
    return EnterpriseFacts(
        id=e.id,
        name=e.name,
        orgnr=e.orgnr,
        legal_form_label=LegalForm.label_of(e.legal_form),
        municipality=e.municipality,
        region=e.region,
        address=e.address,
        postal_code=e.postal_code,
        city=e.city,
        business_lines=list(e.business_lines),
        status_label=EnterpriseStatus.label_of(e.status),
        employees=e.employees,
        training_places=e.training_places,
        memberships=memberships,
        start_grant_kr=e.start_grant_kr,
        start_grant_date=e.start_grant_date,
        email=e.email,
        phone=e.phone,
        notes=e.notes,
    )


def _price(p: Any) -> str:
    if p.no_compensation:
        return translate("enterprise", "Ingen ersättning")
    if p.price_per_month_kr is not None:
        return translate("enterprise", "%1/mån").replace("%1", format_kr(p.price_per_month_kr))
    if p.price_per_day_kr is not None:
        return f"{format_kr(p.price_per_day_kr)}/dag"
    return ""
