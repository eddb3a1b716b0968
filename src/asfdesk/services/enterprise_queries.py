"""Read side for enterprises: the browsable list and everything shown for one enterprise."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, Select, String, bindparam, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.formatting import extent_quantity, format_kr, tenths
from asfdesk.domain.reporting import hours_by_module
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
from asfdesk.rows import (
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
from asfdesk.storage.base import Base
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

    def owner_of(self, kind: str, record_id: str) -> str | None:
        """The enterprise a record (of table `kind`, removed ones too) belongs to: itself, its own
        `enterprise_id`, or its meeting's; None when it belongs to none or to several."""
        if kind == "enterprise":
            return record_id
        model = next((m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == kind), None)
        if model is None:
            return None
        if hasattr(model, "enterprise_id"):
            query = select(model.enterprise_id).where(model.id == record_id)
        elif hasattr(model, "meeting_id"):
            query = (
                select(Meeting.enterprise_id).join(model, model.meeting_id == Meeting.id).where(model.id == record_id)
            )
        else:
            return None
        with self._session_factory() as session:
            found = session.scalar(query.execution_options(include_deleted=True))
        return str(found) if found else None

    def list_enterprises(self, only: str | None = None) -> list[EnterpriseListRow]:
        """Every enterprise with the figures the list shows, ordered by name; with `only`, that
        enterprise's row alone (what an edit of one of its records can have changed).

        Plain rows through Core statements built once (it runs at start-up and after every
        change); each table's `deleted_at` is tested in the statements themselves.
        """
        listed, advising = _enterprise_list_statement(), _advisors_statement()
        ongoing, finished = _count_by_enterprise(Placement), _count_by_enterprise(ModuleProgress)
        if only is not None:
            listed = listed.where(Enterprise.__table__.c.id == only)
            advising = advising.where(SupportRelationship.__table__.c.enterprise_id == only)
            ongoing = ongoing.where(Placement.__table__.c.enterprise_id == only)
            finished = finished.where(ModuleProgress.__table__.c.enterprise_id == only)
        with self._session_factory() as session:
            connection = session.connection()
            enterprises = connection.execute(listed).all()
            # the latest current relationship with an advisor: the rows come oldest first, the last one wins
            advisors: dict[str, str] = dict(connection.execute(advising, {"today": date.today()}).all())
            active: dict[str, int] = dict(connection.execute(ongoing, STATUS_ONGOING).all())
            done: dict[str, int] = dict(connection.execute(finished, STATUS_DONE).all())
        statuses, forms = dict(EnterpriseStatus.choices()), dict(LegalForm.choices())  # translated once, not per row
        rows = [
            EnterpriseListRow(
                id=eid,
                name=name,
                orgnr=orgnr,
                municipality=municipality,
                region=region,
                status=status,
                status_label=statuses.get(status) or EnterpriseStatus.label_of(status),
                legal_form_label=forms.get(legal_form) or LegalForm.label_of(legal_form),
                business_lines=lines or "",
                advisor=advisors.get(eid, ""),
                active_placements=active.get(eid, 0),
                modules_done=done.get(eid, 0),
                last_contact=date.fromisoformat(last_contact) if last_contact else None,
            )
            for eid, name, orgnr, municipality, region, status, legal_form, lines, last_contact in enterprises
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
                Agreement.buyer_organisation_id,
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
                buyer_id=buyer_id,
            )
            for aid, kind, title, buyer, start, end, value, places, price, buyer_id in sorted(
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
        wanted = {"enterprise_id": enterprise_id}
        modules: dict[str, list[str]] = defaultdict(list)
        for contact_id, name in connection.execute(_contact_modules_statement(), wanted).all():
            modules[contact_id].append(name)
        rows = connection.execute(_contacts_statement(), wanted).all()
        forms = {f.value: f.label for f in ContactForm}  # translated once, not once per contact
        return [
            SupportContactRow(  # by position: thousands are made on every click
                contact_id,
                contact_date,
                forms.get(form) or ContactForm.label_of(form),
                minutes,
                advisor or "",
                modules.get(contact_id, []),
                notes,
                next_step,
                next_step_date,
                project_id,
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
        # a contact on several modules shares its time between them, as the reports count it
        hours_of = {row.module: row.hours for row in hours_by_module([], ((c.minutes, c.modules) for c in contacts))}
        rows = []
        for module in catalogue:
            p = progress.get(module.id)
            status = p.status if p else ModuleStatus.NOT_STARTED.value
            derived = p is None or p.hours_used is None
            used = hours_of.get(module.name, 0.0) if derived or p is None else (p.hours_used or 0.0)
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
                    hours_used=tenths(used),
                    hours_used_derived=derived,
                    notes=p.notes if p else "",
                )
            )
        return rows

    def _placements(self, session: Session, enterprise_id: str) -> list[PlacementRow]:
        """Plain rows joined in one Core query (soft-deleted rows left out here, not by the ORM)."""
        rows = session.connection().execute(_placements_statement(), {"enterprise_id": enterprise_id}).all()
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
                extent=extent_quantity(p.hours_per_week, p.extent_percent),
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
        wanted = {"enterprise_id": enterprise_id}
        meetings = connection.execute(_meetings_statement(), wanted).all()
        attendees: dict[str, list[AttendeeRow]] = defaultdict(list)
        for meeting_id, name, organisation, role, present in connection.execute(_attendees_statement(), wanted).all():
            attendees[meeting_id].append(AttendeeRow(name, organisation, role, present))
        decisions: dict[str, list[str]] = defaultdict(list)
        for meeting_id, text in connection.execute(_decisions_statement(), wanted).all():
            decisions[meeting_id].append(text)
        actions: dict[str, list[ActionItemRow]] = defaultdict(list)
        for meeting_id, description, owner, due, done in connection.execute(_actions_statement(), wanted).all():
            actions[meeting_id].append(ActionItemRow(len(actions[meeting_id]), description, owner, due, done))
        codes: dict[str, list[str]] = defaultdict(list)
        for meeting_id, code in connection.execute(_meeting_codes_statement(), wanted).all():
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


# The Core statements of an enterprise's largest tabs, built once with the enterprise as a
# parameter: building a statement costs more than SQLite takes to answer a small one.
ENTERPRISE: BindParameter[Any] = bindparam("enterprise_id")
AnySelect = Select[*tuple[Any, ...]]


STATUS_ONGOING = {"status": PlacementStatus.ONGOING.value}
STATUS_DONE = {"status": ModuleStatus.DONE.value}


# The list's statements name the tables' columns, not the mapped classes': a Core statement does
# not make SQLAlchemy configure every mapper first, so the list can be shown before that is done.
@cache
def _enterprise_list_statement() -> AnySelect:
    """The list's columns, its business lines joined and its latest contact as text (ISO dates):
    the database does the work, so no row needs converting on the way out."""
    enterprise, contact = Enterprise.__table__.c, SupportContact.__table__.c
    latest = (  # one index seek per enterprise, not a pass over every contact
        select(type_coerce(func.max(contact.contact_date), String))
        .where(contact.enterprise_id == enterprise.id, contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    lines = literal_column("(SELECT group_concat(value, ', ') FROM json_each(enterprise.business_lines))", String)
    return select(
        enterprise.id,
        enterprise.name,
        enterprise.orgnr,
        enterprise.municipality,
        enterprise.region,
        enterprise.status,
        enterprise.legal_form,
        lines,
        latest,
    ).where(enterprise.deleted_at.is_(None))


@cache
def _advisors_statement() -> AnySelect:
    """(enterprise, advisor) of the relationships not ended before `:today`, oldest start first
    (as entered among equal starts), so that the last row of an enterprise is the one to show."""
    relationship, staff = SupportRelationship.__table__.c, Staff.__table__.c
    return (
        select(relationship.enterprise_id, staff.name)
        .join_from(
            SupportRelationship.__table__,
            Staff.__table__,
            (staff.id == relationship.advisor_id) & staff.deleted_at.is_(None),
        )
        .where(
            relationship.deleted_at.is_(None),
            relationship.end_date.is_(None) | (relationship.end_date >= bindparam("today")),
        )
        .order_by(func.coalesce(relationship.start_date, ""), literal_column("support_relationship.rowid").desc())
    )


@cache
def _count_by_enterprise(model: Any) -> AnySelect:
    """How many of the model's live rows per enterprise have the status given as `:status`."""
    table = model.__table__.c
    return (
        select(table.enterprise_id, func.count())
        .where(table.status == bindparam("status"), table.deleted_at.is_(None))
        .group_by(table.enterprise_id)
    )


@cache
def _contact_modules_statement() -> AnySelect:
    return (
        select(SupportContactModule.contact_id, Module.name)
        .join(Module, Module.id == SupportContactModule.module_id)
        .join(SupportContact, SupportContact.id == SupportContactModule.contact_id)
        .where(
            SupportContact.enterprise_id == ENTERPRISE,
            SupportContact.deleted_at.is_(None),
            SupportContactModule.deleted_at.is_(None),
            Module.deleted_at.is_(None),
        )
        .order_by(Module.sort_order)
    )


@cache
def _contacts_statement() -> AnySelect:
    return (
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
        .where(SupportContact.enterprise_id == ENTERPRISE, SupportContact.deleted_at.is_(None))
        .order_by(SupportContact.contact_date.desc())
    )


@cache
def _placements_statement() -> AnySelect:
    buyer = aliased(Organisation)
    return (
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
        .outerjoin(ContactPerson, (ContactPerson.id == Placement.supervisor_id) & ContactPerson.deleted_at.is_(None))
        .where(Placement.enterprise_id == ENTERPRISE, Placement.deleted_at.is_(None))
        .order_by(Placement.start_date.desc())
    )


@cache
def _meetings_statement() -> AnySelect:
    return (
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
        .where(Meeting.enterprise_id == ENTERPRISE, Meeting.deleted_at.is_(None))
        .order_by(Meeting.starts_at.desc())
    )


def _enterprise_meetings() -> AnySelect:
    return select(Meeting.id).where(Meeting.enterprise_id == ENTERPRISE, Meeting.deleted_at.is_(None))


@cache
def _attendees_statement() -> AnySelect:
    return (
        select(
            MeetingAttendee.meeting_id,
            MeetingAttendee.name,
            MeetingAttendee.organisation,
            MeetingAttendee.role,
            MeetingAttendee.present,
        )
        .where(MeetingAttendee.meeting_id.in_(_enterprise_meetings()), MeetingAttendee.deleted_at.is_(None))
        .order_by(MeetingAttendee.created_at, MeetingAttendee.id)  # as entered (see child_rows.in_order)
    )


@cache
def _decisions_statement() -> AnySelect:
    return (
        select(MeetingDecision.meeting_id, MeetingDecision.text)
        .where(MeetingDecision.meeting_id.in_(_enterprise_meetings()), MeetingDecision.deleted_at.is_(None))
        .order_by(MeetingDecision.position, MeetingDecision.created_at, MeetingDecision.id)
    )


@cache
def _actions_statement() -> AnySelect:
    return (
        select(
            ActionItem.meeting_id,
            ActionItem.description,
            ActionItem.owner,
            ActionItem.due_date,
            ActionItem.done_date,
        )
        .where(ActionItem.meeting_id.in_(_enterprise_meetings()), ActionItem.deleted_at.is_(None))
        .order_by(ActionItem.created_at, ActionItem.id)
    )


@cache
def _meeting_codes_statement() -> AnySelect:
    return (
        select(MeetingPlacement.meeting_id, Participant.code)
        .join(Placement, Placement.id == MeetingPlacement.placement_id)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(
            MeetingPlacement.meeting_id.in_(_enterprise_meetings()),
            MeetingPlacement.deleted_at.is_(None),
            Placement.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
        )
    )


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
