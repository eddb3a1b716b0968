"""What a user enters for each kind of record, and the rules that decide whether it may be saved.

Input dataclasses carry the editable fields under the same names as the stored columns, so
services can copy them without per-field code. `validate_*` return {field: message}; an
empty dict means the input may be saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from asfdesk.domain.validation import check_email, check_orgnr, check_personnummer
from asfdesk.domain.vocab import (
    ContactForm,
    EnterpriseStatus,
    Gender,
    LegalForm,
    MeasureType,
    Outcome,
    PlacementStatus,
)
from asfdesk.i18n import translate

Errors = dict[str, str]


def _required(errors: Errors, name: str, value: object, message: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[name] = message


MAX_NAME = 200  # characters of a name or title: longer is a pasted paragraph, not a name
MAX_CODE = 40


def _at_most(errors: Errors, name: str, value: str, limit: int) -> None:
    if name not in errors and len(value) > limit:
        errors[name] = (
            translate("validation", "Högst %1 tecken (här %2).")
            .replace("%1", str(limit))
            .replace("%2", str(len(value)))
        )


def _period(errors: Errors, start: date | None, end: date | None, end_field: str, message: str) -> None:
    if start is not None and end is not None and end < start:
        errors[end_field] = message


@dataclass
class EnterpriseInput:
    name: str = ""
    orgnr: str = ""
    legal_form: str = "ekonomisk_forening"
    municipality: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    business_lines: list[str] = field(default_factory=list)
    status: str = "uppstart"
    employees: int = 0
    training_places: int = 0
    member_sak: bool = False
    member_skoopi: bool = False
    email: str = ""
    phone: str = ""
    notes: str = ""


def validate_enterprise(data: EnterpriseInput) -> Errors:
    errors: Errors = {}
    _required(errors, "name", data.name, translate("validation", "Företaget behöver ett namn."))
    _required(errors, "municipality", data.municipality, translate("validation", "Ange kommun."))
    _at_most(errors, "name", data.name, MAX_NAME)
    _at_most(errors, "municipality", data.municipality, MAX_NAME)
    _value, message = check_orgnr(data.orgnr)
    if message:
        errors["orgnr"] = message
    _value, message = check_email(data.email)
    if message:
        errors["email"] = message
    if data.employees < 0:
        errors["employees"] = translate("validation", "Antalet kan inte vara negativt.")
    if data.training_places < 0:
        errors["training_places"] = translate("validation", "Antalet kan inte vara negativt.")
    if data.status not in {s.value for s in EnterpriseStatus}:
        errors["status"] = translate("validation", "Välj en av statusarna.")
    if data.legal_form not in {f.value for f in LegalForm}:
        errors["legal_form"] = translate("validation", "Välj en av de juridiska formerna.")
    return errors


@dataclass
class ContactPersonInput:
    name: str = ""
    role: str = "handledare"
    email: str = ""
    phone: str = ""
    training_date: date | None = None
    notes: str = ""


def validate_contact_person(data: ContactPersonInput) -> Errors:
    errors: Errors = {}
    _required(errors, "name", data.name, translate("validation", "Ange namn."))
    _at_most(errors, "name", data.name, MAX_NAME)
    _value, message = check_email(data.email)
    if message:
        errors["email"] = message
    return errors


@dataclass
class AgreementInput:
    agreement_type: str = "arbetstraningsplatser"
    title: str = ""
    buyer_organisation_id: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    value_kr: int | None = None
    contracted_places: int | None = None
    price_per_place_month_kr: int | None = None
    price_employed_month_kr: int | None = None
    max_months_per_participant: int | None = None
    project_id: str | None = None
    notes: str = ""


def validate_agreement(data: AgreementInput) -> Errors:
    errors: Errors = {}
    _required(errors, "start_date", data.start_date, translate("validation", "Ange när avtalet börjar."))
    _period(
        errors,
        data.start_date,
        data.end_date,
        "end_date",
        translate("validation", "Avtalet kan inte sluta innan det börjar."),
    )
    if data.max_months_per_participant is not None and data.max_months_per_participant < 1:
        errors["max_months_per_participant"] = translate("validation", "Ange minst en månad.")
    for name in ("value_kr", "contracted_places", "price_per_place_month_kr", "price_employed_month_kr"):
        value = getattr(data, name)
        if value is not None and value < 0:
            errors[name] = translate("validation", "Beloppet kan inte vara negativt.")
    return errors


@dataclass
class SupportContactInput:
    contact_date: date | None = None
    form: str = ContactForm.VISIT.value
    minutes: int = 60
    advisor_id: str | None = None
    module_ids: list[str] = field(default_factory=list)
    notes: str = ""
    next_step: str = ""
    next_step_date: date | None = None
    project_id: str | None = None


def validate_support_contact(data: SupportContactInput, today: date | None = None) -> Errors:
    errors: Errors = {}
    _required(errors, "contact_date", data.contact_date, translate("validation", "Ange datum."))
    if data.minutes <= 0:
        errors["minutes"] = translate("validation", "Ange hur lång tid kontakten tog.")
    elif data.minutes > 24 * 60:
        errors["minutes"] = translate("validation", "En kontakt kan inte vara längre än ett dygn.")
    if data.next_step_date is not None and not data.next_step.strip():
        errors["next_step"] = translate("validation", "Skriv vad som ska göras till datumet.")
    _period(
        errors,
        data.contact_date,
        data.next_step_date,
        "next_step_date",
        translate("validation", "Nästa steg kan inte ligga före kontakten."),
    )
    if data.contact_date and today and data.contact_date > today:
        errors["contact_date"] = translate(
            "validation", "En kontakt kan inte loggas i förväg – planera ett möte i stället."
        )
    return errors


@dataclass
class ModuleProgressInput:
    status: str = "ej_paborjad"
    start_date: date | None = None
    end_date: date | None = None
    hours_planned: float | None = None
    hours_used: float | None = None  # None: derived from the linked contacts
    notes: str = ""


def validate_module_progress(data: ModuleProgressInput) -> Errors:
    errors: Errors = {}
    _period(
        errors,
        data.start_date,
        data.end_date,
        "end_date",
        translate("validation", "Modulen kan inte bli klar innan den startar."),
    )
    for name in ("hours_planned", "hours_used"):
        value = getattr(data, name)
        if value is not None and value < 0:
            errors[name] = translate("validation", "Timmar kan inte vara negativa.")
    return errors


@dataclass
class ConsentInput:
    """One consent: to whom, for what, from when, until when, and whether it was withdrawn."""

    recipient: str = "ame"
    scope: str = "uppföljning och statistik"
    given_date: date | None = None
    expires: date | None = None
    withdrawn_date: date | None = None
    placement_id: str | None = None  # one placement only; None: every placement of the participant

    def covers(self, placement_id: str | None) -> bool:
        """Whether the consent speaks for this placement (None: asked about the participant as such)."""
        return self.placement_id is None or placement_id is None or self.placement_id == placement_id

    def valid_on(self, day: date) -> bool:
        return (
            self.given_date is not None
            and self.given_date <= day
            and (self.expires is None or self.expires >= day)
            and (self.withdrawn_date is None or self.withdrawn_date > day)
        )


def identity_allowed(
    consents: list[ConsentInput], recipient: str, day: date, protected: bool = False, placement_id: str | None = None
) -> bool:
    """A participant may be shown (by pseudonym) to a recipient only with valid consent and no protected identity;
    about one placement, a consent given for another placement does not count."""
    return not protected and any(
        c.recipient == recipient and c.valid_on(day) and c.covers(placement_id) for c in consents
    )


@dataclass
class ParticipantInput:
    code: str = ""
    personnummer: str = ""
    gender: str = Gender.OTHER.value
    birth_year: int | None = None
    referring_organisation_id: str | None = None
    case_officer_id: str | None = None
    consent_given: bool = False
    consent_date: date | None = None
    protected_identity: bool = False  # skyddade personuppgifter: never more than an anonymous statistics record
    consents: list[ConsentInput] = field(default_factory=list)
    notes: str = ""


def is_masked(personnummer: str) -> bool:
    """A masked personnummer (ÅÅMMDD-****) in a form means 'unchanged'."""
    return "*" in personnummer


def validate_participant(data: ParticipantInput, today: date | None = None) -> Errors:
    errors: Errors = {}
    _required(errors, "code", data.code, translate("validation", "Deltagaren behöver en kod (pseudonym)."))
    _at_most(errors, "code", data.code, MAX_CODE)
    if not is_masked(data.personnummer):
        _value, message = check_personnummer(data.personnummer)
        if message:
            errors["personnummer"] = message
    year = (today or date.today()).year
    if data.birth_year is not None and not (year - 100 <= data.birth_year <= year - 14):
        errors["birth_year"] = (
            translate("validation", "Födelseåret ska ligga mellan %1 och %2.")
            .replace("%1", str(year - 100))
            .replace("%2", str(year - 14))
        )
    if data.consent_given and data.consent_date is None:
        errors["consent_date"] = translate("validation", "Ange när samtycket lämnades.")
    for number, consent in enumerate(data.consents, start=1):
        if consent.given_date is None:
            errors["consents"] = translate("validation", "Samtycke %1: ange datum.").replace("%1", str(number))
        elif consent.expires and consent.expires < consent.given_date:
            errors["consents"] = translate("validation", "Samtycke %1: slutar före det lämnades.").replace(
                "%1", str(number)
            )
        elif consent.withdrawn_date and consent.withdrawn_date < consent.given_date:
            errors["consents"] = translate("validation", "Samtycke %1: återkallat före det lämnades.").replace(
                "%1", str(number)
            )
    if data.protected_identity and data.personnummer and not is_masked(data.personnummer):
        errors["personnummer"] = translate(
            "validation", "Spara inte personnummer för den som har skyddade personuppgifter."
        )
    return errors


@dataclass
class PlacementInput:
    participant_id: str | None = None
    measure_type: str = MeasureType.WORK_TRAINING.value
    buyer_organisation_id: str | None = None
    payer_organisation_id: str | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    end_date: date | None = None
    hours_per_week: float | None = None
    extent_percent: int | None = None
    supervisor_id: str | None = None
    price_per_month_kr: int | None = None
    price_per_day_kr: int | None = None
    no_compensation: bool = False
    follow_up_interval_days: int | None = 30
    place_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None
    next_step: str = ""
    extensions: int = 0
    outcome: str | None = None
    notes: str = ""

    def derived_status(self, today: date) -> str:
        if self.end_date is not None:
            return PlacementStatus.ENDED.value
        if self.start_date is not None and self.start_date > today:
            return PlacementStatus.PLANNED.value
        return PlacementStatus.ONGOING.value

    @property
    def is_full_time(self) -> bool:
        return (self.hours_per_week or 0) >= 40 or (self.extent_percent or 0) >= 100


def validate_placement(data: PlacementInput) -> Errors:
    errors: Errors = {}
    _required(errors, "participant_id", data.participant_id, translate("validation", "Välj deltagare."))
    _required(errors, "start_date", data.start_date, translate("validation", "Ange startdatum."))
    _period(
        errors,
        data.start_date,
        data.planned_end_date,
        "planned_end_date",
        translate("validation", "Planerat slut ligger före start."),
    )
    _period(
        errors,
        data.start_date,
        data.end_date,
        "end_date",
        translate("validation", "En placering kan inte sluta innan den börjar."),
    )
    if data.end_date is not None and not data.outcome:
        errors["outcome"] = translate("validation", "Ange utfall när placeringen avslutas.")
    if data.outcome and data.end_date is None:
        errors["end_date"] = translate("validation", "Ange slutdatum när ett utfall är valt.")
    if data.outcome and data.outcome not in {o.value for o in Outcome}:
        errors["outcome"] = translate("validation", "Okänt utfall.")
    if data.hours_per_week is not None and not (0 < data.hours_per_week <= 60):
        errors["hours_per_week"] = translate("validation", "Timmar per vecka ska vara mellan 1 och 60.")
    if data.extent_percent is not None and not (0 < data.extent_percent <= 100):
        errors["extent_percent"] = translate("validation", "Omfattningen ska vara 1–100 %.")
    if data.extensions < 0:
        errors["extensions"] = translate("validation", "Antalet förlängningar kan inte vara negativt.")
    if data.follow_up_interval_days is not None and data.follow_up_interval_days <= 0:
        errors["follow_up_interval_days"] = translate("validation", "Intervallet ska vara minst en dag.")
    return errors


def validate_placement_end(data: PlacementInput) -> Errors:
    """Ending a placement: both an end date and an outcome, on top of the ordinary rules."""
    errors = validate_placement(data)
    _required(errors, "end_date", data.end_date, translate("validation", "Ange slutdatum."))
    _required(errors, "outcome", data.outcome, translate("validation", "Ange utfall."))
    return errors


def outside_agreement(data: PlacementInput, agreement_start: date | None, agreement_end: date | None) -> str:
    """Why a placement does not sit inside its agreement's period, or "" when it does (advice, not a rule:
    an agreement is often extended after the placement was planned)."""
    runs_to = data.end_date or data.planned_end_date
    if agreement_end is not None and data.start_date is not None and data.start_date > agreement_end:
        return translate("validation", "Avtalet slutade %1, före placeringens start.").replace(
            "%1", agreement_end.isoformat()
        )
    if agreement_end is not None and runs_to is None:
        return translate("validation", "Avtalet slutar %1 men placeringen har inget slutdatum.").replace(
            "%1", agreement_end.isoformat()
        )
    if agreement_end is not None and runs_to is not None and runs_to > agreement_end:
        return (
            translate("validation", "Placeringen pågår till %1, efter avtalets slut %2.")
            .replace("%1", runs_to.isoformat())
            .replace("%2", agreement_end.isoformat())
        )
    if agreement_start is not None and data.start_date is not None and data.start_date < agreement_start:
        return translate("validation", "Placeringen börjar före avtalet (%1).").replace(
            "%1", agreement_start.isoformat()
        )
    return ""


def periods_overlap(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Whether two date periods (open end = still running) share at least one day."""
    return a_start <= (b_end or date.max) and b_start <= (a_end or date.max)


@dataclass
class AttendeeInput:
    name: str = ""
    organisation: str = ""
    role: str = ""
    present: bool = True


@dataclass
class ActionItemInput:
    description: str = ""
    owner: str = ""
    due_date: date | None = None
    done_date: date | None = None


@dataclass
class MeetingInput:
    enterprise_id: str | None = None
    kind: str = "uppfoljning"
    status: str = "planerat"
    starts_at: datetime | None = None
    place: str = ""
    agenda: str = ""
    notes: str = ""
    next_meeting_date: date | None = None
    project_id: str | None = None
    placement_ids: list[str] = field(default_factory=list)
    attendees: list[AttendeeInput] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    action_items: list[ActionItemInput] = field(default_factory=list)


def validate_meeting(data: MeetingInput) -> Errors:
    errors: Errors = {}
    _required(errors, "starts_at", data.starts_at, translate("validation", "Ange datum och tid."))
    if data.starts_at and data.next_meeting_date and data.next_meeting_date < data.starts_at.date():
        errors["next_meeting_date"] = translate("validation", "Nästa möte kan inte ligga före detta möte.")
    for number, item in enumerate(data.action_items, start=1):
        if not item.description.strip():
            errors["action_items"] = translate("validation", "Åtgärd %1 saknar text.").replace("%1", str(number))
            break
    return errors
