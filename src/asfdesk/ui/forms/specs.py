"""The fields of each record's form, in the order users fill them in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from asfdesk.domain.inputs import ActionItemInput, AttendeeInput, ConsentInput, is_masked
from asfdesk.domain.municipalities import MUNICIPALITY_REGION
from asfdesk.domain.reporting import Audience
from asfdesk.domain.validation import check_email, check_orgnr, check_personnummer
from asfdesk.domain.vocab import (
    AgreementType,
    ConsentRecipient,
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
)
from asfdesk.ui.forms.fields import FieldSpec, Kind
from asfdesk.ui.forms.table_field import TableColumn

Choices = Sequence[tuple[str | None, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormSpecs", text)


def with_none(choices: Choices, label: str = "") -> list[tuple[str | None, str]]:
    return [(None, label or _tr("(ingen)")), *choices]


def enterprise_specs(municipalities: Sequence[str]) -> list[FieldSpec]:
    known = sorted(set(municipalities) | set(MUNICIPALITY_REGION))
    return [
        FieldSpec("name", _tr("Namn"), required=True),
        FieldSpec("orgnr", _tr("Organisationsnummer"), check=check_orgnr, placeholder="NNNNNN-NNNN"),
        FieldSpec("legal_form", _tr("Juridisk form"), Kind.CHOICE, choices=LegalForm.choices()),
        FieldSpec("status", _tr("Status"), Kind.CHOICE, choices=EnterpriseStatus.choices()),
        FieldSpec("municipality", _tr("Kommun"), Kind.SUGGEST, suggestions=known, required=True),
        FieldSpec("address", _tr("Gatuadress")),
        FieldSpec("postal_code", _tr("Postnummer"), placeholder="NNN NN"),
        FieldSpec("city", _tr("Ort")),
        FieldSpec("business_lines", _tr("Branscher"), Kind.LIST, placeholder=_tr("t.ex. café, secondhand")),
        FieldSpec("employees", _tr("Anställda"), Kind.INT, optional=False, minimum=0),
        FieldSpec("training_places", _tr("Arbetsträningsplatser"), Kind.INT, optional=False, minimum=0),
        FieldSpec("member_sak", _tr("Medlem i SAK"), Kind.BOOL),
        FieldSpec("member_skoopi", _tr("Medlem i Skoopi"), Kind.BOOL),
        FieldSpec("email", _tr("E-post"), check=check_email),
        FieldSpec("phone", _tr("Telefon")),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def contact_person_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", _tr("Namn"), required=True),
        FieldSpec("role", _tr("Roll"), Kind.CHOICE, choices=ContactRole.choices()),
        FieldSpec("email", _tr("E-post"), check=check_email),
        FieldSpec("phone", _tr("Telefon")),
        FieldSpec(
            "training_date",
            _tr("Handledarutbildning"),
            Kind.DATE,
            help=_tr("När handledaren gick handledarutbildning (lämna tomt om ingen)."),
        ),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def agreement_specs(buyers: Choices) -> list[FieldSpec]:
    return [
        FieldSpec("agreement_type", _tr("Typ"), Kind.CHOICE, choices=AgreementType.choices()),
        FieldSpec("title", _tr("Benämning")),
        FieldSpec("buyer_organisation_id", _tr("Köpare"), Kind.CHOICE, choices=with_none(buyers)),
        FieldSpec("start_date", _tr("Från"), Kind.DATE, required=True),
        FieldSpec("end_date", _tr("Till"), Kind.DATE),
        FieldSpec("contracted_places", _tr("Avtalade platser"), Kind.INT, minimum=0),
        FieldSpec("price_per_place_month_kr", _tr("Pris per plats och månad (kr)"), Kind.INT, minimum=0),
        FieldSpec("price_employed_month_kr", _tr("Pris vid anställning (kr/mån)"), Kind.INT, minimum=0),
        FieldSpec("value_kr", _tr("Avtalets värde (kr)"), Kind.INT, minimum=0),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def support_contact_specs(advisors: Choices, modules: Choices) -> list[FieldSpec]:
    """Quick entry: the fields an advisor changes most come first (form, minutes, notes)."""
    return [
        FieldSpec("form", _tr("Form"), Kind.CHOICE, choices=ContactForm.choices()),
        FieldSpec("minutes", _tr("Minuter"), Kind.INT, optional=False, minimum=1),
        FieldSpec("notes", _tr("Anteckning"), Kind.MULTILINE, placeholder=_tr("Vad gjordes, vad kom fram?")),
        FieldSpec("module_ids", _tr("Moduler"), Kind.MULTI, choices=modules, help=_tr("Mellanslag bockar i/ur.")),
        FieldSpec("next_step", _tr("Nästa steg"), placeholder=_tr("Det som bestämdes")),
        FieldSpec("next_step_date", _tr("Nästa steg senast"), Kind.DATE, help=_tr("Blir en punkt under Att göra.")),
        FieldSpec("contact_date", _tr("Datum"), Kind.DATE, required=True),
        FieldSpec("advisor_id", _tr("Rådgivare"), Kind.CHOICE, choices=with_none(advisors)),
    ]


def module_progress_specs() -> list[FieldSpec]:
    return [
        FieldSpec("status", _tr("Status"), Kind.CHOICE, choices=ModuleStatus.choices()),
        FieldSpec("start_date", _tr("Start"), Kind.DATE),
        FieldSpec("end_date", _tr("Klar"), Kind.DATE),
        FieldSpec("hours_planned", _tr("Timmar planerade"), Kind.FLOAT, minimum=0),
        FieldSpec(
            "hours_used",
            _tr("Timmar använda"),
            Kind.FLOAT,
            minimum=0,
            help=_tr("Lämna tomt för att räkna ihop kopplade handledarstödskontakter."),
        ),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def _check_personnummer_field(text: str) -> tuple[str | None, str | None]:
    if is_masked(text):
        return text, None  # shown masked and left alone: unchanged
    return check_personnummer(text)


def participant_specs(referrers: Choices, case_officers: Choices) -> list[FieldSpec]:
    return [
        FieldSpec("code", _tr("Kod (pseudonym)"), required=True, help=_tr("Visas överallt i stället för namnet.")),
        FieldSpec(
            "personnummer",
            _tr("Personnummer"),
            check=_check_personnummer_field,
            placeholder=_tr("frivilligt – ÅÅMMDD-NNNN eller samordningsnummer"),
        ),
        FieldSpec("gender", _tr("Kön (för statistik)"), Kind.CHOICE, choices=Gender.choices()),
        FieldSpec("birth_year", _tr("Födelseår"), Kind.INT, minimum=1900),
        FieldSpec(
            "referring_organisation_id", _tr("Remitterande organisation"), Kind.CHOICE, choices=with_none(referrers)
        ),
        FieldSpec("case_officer_id", _tr("Handläggare"), Kind.CHOICE, choices=with_none(case_officers)),
        FieldSpec("consent_given", _tr("Samtycke lämnat"), Kind.BOOL),
        FieldSpec("consent_date", _tr("Samtycke datum"), Kind.DATE),
        FieldSpec(
            "consents",
            _tr("Samtycken per mottagare"),
            Kind.TABLE,
            columns=(
                TableColumn("recipient", _tr("Mottagare"), "choice", tuple(ConsentRecipient.choices())),
                TableColumn("scope", _tr("Uppgifter")),
                TableColumn("given_date", _tr("Lämnat"), "date"),
                TableColumn("expires", _tr("Gäller till"), "date"),
                TableColumn("withdrawn_date", _tr("Återkallat"), "date"),
            ),
            row_type=ConsentInput,
            placeholder=_tr("Lägg till samtycke"),
            help=_tr("Utan giltigt samtycke visas deltagaren bara som anonym i rapporter till mottagaren."),
        ),
        FieldSpec(
            "protected_identity",
            _tr("Skyddade personuppgifter"),
            Kind.BOOL,
            help=_tr("Deltagaren förs bara som anonym statistik: inget personnummer, ingen kod i rapporter."),
        ),
        FieldSpec(
            "notes", _tr("Anteckningar"), Kind.MULTILINE, help=_tr("Skriv inga diagnoser eller känsliga uppgifter.")
        ),
    ]


def placement_specs(participants: Choices, organisations: Choices, supervisors: Choices) -> list[FieldSpec]:
    return [
        FieldSpec("participant_id", _tr("Deltagare"), Kind.CHOICE, choices=with_none(participants, _tr("(välj)"))),
        FieldSpec("measure_type", _tr("Insats"), Kind.CHOICE, choices=MeasureType.choices()),
        FieldSpec("start_date", _tr("Start"), Kind.DATE, required=True),
        FieldSpec("planned_end_date", _tr("Planerat slut"), Kind.DATE),
        FieldSpec("hours_per_week", _tr("Timmar per vecka"), Kind.FLOAT, minimum=0),
        FieldSpec("extent_percent", _tr("Omfattning (%)"), Kind.INT, minimum=0),
        FieldSpec("supervisor_id", _tr("Handledare"), Kind.CHOICE, choices=with_none(supervisors)),
        FieldSpec("buyer_organisation_id", _tr("Köpare"), Kind.CHOICE, choices=with_none(organisations)),
        FieldSpec("payer_organisation_id", _tr("Betalare"), Kind.CHOICE, choices=with_none(organisations)),
        FieldSpec("price_per_month_kr", _tr("Ersättning per månad (kr)"), Kind.INT, minimum=0),
        FieldSpec("price_per_day_kr", _tr("Ersättning per dag (kr)"), Kind.INT, minimum=0),
        FieldSpec("no_compensation", _tr("Ingen ersättning"), Kind.BOOL),
        FieldSpec("follow_up_interval_days", _tr("Uppföljning var (dagar)"), Kind.INT, minimum=1),
        FieldSpec("end_date", _tr("Slutdatum"), Kind.DATE),
        FieldSpec("outcome", _tr("Utfall"), Kind.CHOICE, choices=with_none(Outcome.choices(), _tr("(pågår)"))),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def placement_end_specs() -> list[FieldSpec]:
    return [
        FieldSpec("end_date", _tr("Slutdatum"), Kind.DATE, required=True),
        FieldSpec("outcome", _tr("Utfall"), Kind.CHOICE, choices=with_none(Outcome.choices(), _tr("(välj)"))),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
    ]


def meeting_specs(placements: Choices, attendee_rows: Sequence[tuple[str, AttendeeInput]]) -> list[FieldSpec]:
    return [
        FieldSpec("kind", _tr("Typ"), Kind.CHOICE, choices=MeetingKind.choices()),
        FieldSpec("status", _tr("Status"), Kind.CHOICE, choices=MeetingStatus.choices()),
        FieldSpec("starts_at", _tr("Datum och tid"), Kind.DATETIME, required=True),
        FieldSpec("place", _tr("Plats")),
        FieldSpec("placement_ids", _tr("Placeringar som följs upp"), Kind.MULTI, choices=placements),
        FieldSpec(
            "attendees",
            _tr("Närvarande"),
            Kind.TABLE,
            columns=(
                TableColumn("name", _tr("Namn")),
                TableColumn("organisation", _tr("Organisation")),
                TableColumn("role", _tr("Roll")),
                TableColumn("present", _tr("Närvarande"), "bool"),
            ),
            row_type=AttendeeInput,
            rows_to_add=attendee_rows,
            placeholder=_tr("Lägg till person"),
            help=_tr("Deltagare skrivs med sin kod, aldrig med namn."),
        ),
        FieldSpec("agenda", _tr("Dagordning"), Kind.MULTILINE),
        FieldSpec("notes", _tr("Anteckningar"), Kind.MULTILINE),
        FieldSpec("decisions", _tr("Beslut (ett per rad)"), Kind.LINES),
        FieldSpec(
            "action_items",
            _tr("Åtgärder"),
            Kind.TABLE,
            columns=(
                TableColumn("description", _tr("Åtgärd")),
                TableColumn("owner", _tr("Ansvarig")),
                TableColumn("due_date", _tr("Senast"), "date"),
                TableColumn("done_date", _tr("Klar"), "date"),
            ),
            row_type=ActionItemInput,
            placeholder=_tr("Lägg till åtgärd"),
        ),
        FieldSpec("next_meeting_date", _tr("Nästa möte"), Kind.DATE),
    ]


def report_request_specs(referrers: Choices) -> list[FieldSpec]:
    return [
        FieldSpec("start", _tr("Från"), Kind.DATE, required=True),
        FieldSpec("end", _tr("Till"), Kind.DATE, required=True),
        FieldSpec(
            "audience",
            _tr("Mottagare"),
            Kind.CHOICE,
            choices=Audience.choices(),
            help=_tr("Styrelse: verksamhetsstöd och antal. Handläggare: bara egna deltagare. Finansiär: bara summor."),
        ),
        FieldSpec("referrer_id", _tr("Deltagare från (handläggare)"), Kind.CHOICE, choices=with_none(referrers)),
    ]
