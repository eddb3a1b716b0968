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


def with_none(choices: Choices, label: str = "") -> list[tuple[str | None, str]]:
    return [(None, label or QCoreApplication.translate("FormSpecs", "(ingen)")), *choices]


def project_field(projects: Choices, none_label: str = "") -> FieldSpec:
    """The project or funder a record is tagged with (or, in a report request, narrowed to)."""
    return FieldSpec(
        "project_id",
        QCoreApplication.translate("FormSpecs", "Projekt/finansiär"),
        Kind.CHOICE,
        choices=with_none(projects, none_label),
    )


def enterprise_specs(municipalities: Sequence[str]) -> list[FieldSpec]:
    known = sorted(set(municipalities) | set(MUNICIPALITY_REGION))
    return [
        FieldSpec("name", QCoreApplication.translate("FormSpecs", "Namn"), required=True),
        FieldSpec(
            "orgnr",
            QCoreApplication.translate("FormSpecs", "Organisationsnummer"),
            check=check_orgnr,
            placeholder="NNNNNN-NNNN",
        ),
        FieldSpec(
            "legal_form",
            QCoreApplication.translate("FormSpecs", "Juridisk form"),
            Kind.CHOICE,
            choices=LegalForm.choices(),
        ),
        FieldSpec(
            "status", QCoreApplication.translate("FormSpecs", "Status"), Kind.CHOICE, choices=EnterpriseStatus.choices()
        ),
        FieldSpec(
            "municipality",
            QCoreApplication.translate("FormSpecs", "Kommun"),
            Kind.SUGGEST,
            suggestions=known,
            required=True,
        ),
        FieldSpec("address", QCoreApplication.translate("FormSpecs", "Gatuadress")),
        FieldSpec("postal_code", QCoreApplication.translate("FormSpecs", "Postnummer"), placeholder="NNN NN"),
        FieldSpec("city", QCoreApplication.translate("FormSpecs", "Ort")),
        FieldSpec(
            "business_lines",
            QCoreApplication.translate("FormSpecs", "Branscher"),
            Kind.LIST,
            placeholder=QCoreApplication.translate("FormSpecs", "t.ex. café, secondhand"),
        ),
        FieldSpec(
            "employees", QCoreApplication.translate("FormSpecs", "Anställda"), Kind.INT, optional=False, minimum=0
        ),
        FieldSpec(
            "training_places",
            QCoreApplication.translate("FormSpecs", "Arbetsträningsplatser"),
            Kind.INT,
            optional=False,
            minimum=0,
        ),
        FieldSpec("member_sak", QCoreApplication.translate("FormSpecs", "Medlem i SAK"), Kind.BOOL),
        FieldSpec("member_skoopi", QCoreApplication.translate("FormSpecs", "Medlem i Skoopi"), Kind.BOOL),
        FieldSpec("email", QCoreApplication.translate("FormSpecs", "E-post"), check=check_email),
        FieldSpec("phone", QCoreApplication.translate("FormSpecs", "Telefon")),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def contact_person_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("FormSpecs", "Namn"), required=True),
        FieldSpec("role", QCoreApplication.translate("FormSpecs", "Roll"), Kind.CHOICE, choices=ContactRole.choices()),
        FieldSpec("email", QCoreApplication.translate("FormSpecs", "E-post"), check=check_email),
        FieldSpec("phone", QCoreApplication.translate("FormSpecs", "Telefon")),
        FieldSpec(
            "training_date",
            QCoreApplication.translate("FormSpecs", "Handledarutbildning"),
            Kind.DATE,
            help=QCoreApplication.translate(
                "FormSpecs", "När handledaren gick handledarutbildning (lämna tomt om ingen)."
            ),
        ),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def agreement_specs(buyers: Choices, projects: Choices = ()) -> list[FieldSpec]:
    return [
        FieldSpec(
            "agreement_type",
            QCoreApplication.translate("FormSpecs", "Typ"),
            Kind.CHOICE,
            choices=AgreementType.choices(),
        ),
        FieldSpec("title", QCoreApplication.translate("FormSpecs", "Benämning")),
        FieldSpec(
            "buyer_organisation_id",
            QCoreApplication.translate("FormSpecs", "Köpare"),
            Kind.CHOICE,
            choices=with_none(buyers),
        ),
        FieldSpec("start_date", QCoreApplication.translate("FormSpecs", "Från"), Kind.DATE, required=True),
        FieldSpec("end_date", QCoreApplication.translate("FormSpecs", "Till"), Kind.DATE),
        FieldSpec(
            "contracted_places", QCoreApplication.translate("FormSpecs", "Avtalade platser"), Kind.INT, minimum=0
        ),
        FieldSpec(
            "price_per_place_month_kr",
            QCoreApplication.translate("FormSpecs", "Pris per plats och månad (kr)"),
            Kind.INT,
            minimum=0,
        ),
        FieldSpec(
            "price_employed_month_kr",
            QCoreApplication.translate("FormSpecs", "Pris vid anställning (kr/mån)"),
            Kind.INT,
            minimum=0,
        ),
        FieldSpec(
            "max_months_per_participant",
            QCoreApplication.translate("FormSpecs", "Högst månader per deltagare"),
            Kind.INT,
            minimum=1,
            help=QCoreApplication.translate("FormSpecs", "Ersättning betalas inte efter så här många månader."),
        ),
        FieldSpec("value_kr", QCoreApplication.translate("FormSpecs", "Avtalets värde (kr)"), Kind.INT, minimum=0),
        project_field(projects),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def support_contact_specs(advisors: Choices, modules: Choices, projects: Choices = ()) -> list[FieldSpec]:
    """Quick entry: the fields an advisor changes most come first (form, minutes, notes)."""
    return [
        FieldSpec("form", QCoreApplication.translate("FormSpecs", "Form"), Kind.CHOICE, choices=ContactForm.choices()),
        FieldSpec("minutes", QCoreApplication.translate("FormSpecs", "Minuter"), Kind.INT, optional=False, minimum=1),
        FieldSpec(
            "notes",
            QCoreApplication.translate("FormSpecs", "Anteckning"),
            Kind.MULTILINE,
            placeholder=QCoreApplication.translate("FormSpecs", "Vad gjordes, vad kom fram?"),
        ),
        FieldSpec(
            "module_ids",
            QCoreApplication.translate("FormSpecs", "Moduler"),
            Kind.MULTI,
            choices=modules,
            help=QCoreApplication.translate("FormSpecs", "Mellanslag bockar i/ur."),
        ),
        FieldSpec(
            "next_step",
            QCoreApplication.translate("FormSpecs", "Nästa steg"),
            placeholder=QCoreApplication.translate("FormSpecs", "Det som bestämdes"),
        ),
        FieldSpec(
            "next_step_date",
            QCoreApplication.translate("FormSpecs", "Nästa steg senast"),
            Kind.DATE,
            help=QCoreApplication.translate("FormSpecs", "Blir en punkt under Att göra."),
        ),
        FieldSpec("contact_date", QCoreApplication.translate("FormSpecs", "Datum"), Kind.DATE, required=True),
        FieldSpec(
            "advisor_id", QCoreApplication.translate("FormSpecs", "Rådgivare"), Kind.CHOICE, choices=with_none(advisors)
        ),
        project_field(projects),
    ]


def module_progress_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "status", QCoreApplication.translate("FormSpecs", "Status"), Kind.CHOICE, choices=ModuleStatus.choices()
        ),
        FieldSpec("start_date", QCoreApplication.translate("FormSpecs", "Start"), Kind.DATE),
        FieldSpec("end_date", QCoreApplication.translate("FormSpecs", "Klar"), Kind.DATE),
        FieldSpec("hours_planned", QCoreApplication.translate("FormSpecs", "Timmar planerade"), Kind.FLOAT, minimum=0),
        FieldSpec(
            "hours_used",
            QCoreApplication.translate("FormSpecs", "Timmar använda"),
            Kind.FLOAT,
            minimum=0,
            help=QCoreApplication.translate(
                "FormSpecs", "Lämna tomt för att räkna ihop kopplade handledarstödskontakter."
            ),
        ),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def _check_personnummer_field(text: str) -> tuple[str | None, str | None]:
    if is_masked(text):
        return text, None  # shown masked and left alone: unchanged
    return check_personnummer(text)


def participant_specs(referrers: Choices, case_officers: Choices, placements: Choices = ()) -> list[FieldSpec]:
    """The participant's form; `placements` (the participant's own) can each carry a consent of their own."""
    return [
        FieldSpec(
            "code",
            QCoreApplication.translate("FormSpecs", "Kod (pseudonym)"),
            required=True,
            help=QCoreApplication.translate("FormSpecs", "Visas överallt i stället för namnet."),
        ),
        FieldSpec(
            "personnummer",
            QCoreApplication.translate("FormSpecs", "Personnummer"),
            check=_check_personnummer_field,
            placeholder=QCoreApplication.translate("FormSpecs", "frivilligt – ÅÅMMDD-NNNN eller samordningsnummer"),
        ),
        FieldSpec(
            "gender",
            QCoreApplication.translate("FormSpecs", "Kön (för statistik)"),
            Kind.CHOICE,
            choices=Gender.choices(),
        ),
        FieldSpec("birth_year", QCoreApplication.translate("FormSpecs", "Födelseår"), Kind.INT, minimum=1900),
        FieldSpec(
            "referring_organisation_id",
            QCoreApplication.translate("FormSpecs", "Remitterande organisation"),
            Kind.CHOICE,
            choices=with_none(referrers),
        ),
        FieldSpec(
            "case_officer_id",
            QCoreApplication.translate("FormSpecs", "Handläggare"),
            Kind.CHOICE,
            choices=with_none(case_officers),
        ),
        FieldSpec("consent_given", QCoreApplication.translate("FormSpecs", "Samtycke lämnat"), Kind.BOOL),
        FieldSpec("consent_date", QCoreApplication.translate("FormSpecs", "Samtycke datum"), Kind.DATE),
        FieldSpec(
            "consents",
            QCoreApplication.translate("FormSpecs", "Samtycken per mottagare"),
            Kind.TABLE,
            columns=(
                TableColumn(
                    "recipient",
                    QCoreApplication.translate("FormSpecs", "Mottagare"),
                    "choice",
                    tuple(ConsentRecipient.choices()),
                ),
                TableColumn("scope", QCoreApplication.translate("FormSpecs", "Uppgifter")),
                TableColumn("given_date", QCoreApplication.translate("FormSpecs", "Lämnat"), "date"),
                TableColumn("expires", QCoreApplication.translate("FormSpecs", "Gäller till"), "date"),
                TableColumn("withdrawn_date", QCoreApplication.translate("FormSpecs", "Återkallat"), "date"),
                TableColumn(
                    "placement_id",
                    QCoreApplication.translate("FormSpecs", "Gäller"),
                    "choice",
                    (
                        ("", QCoreApplication.translate("FormSpecs", "Alla placeringar")),
                        *((c or "", t) for c, t in placements),
                    ),
                ),
            ),
            row_type=ConsentInput,
            placeholder=QCoreApplication.translate("FormSpecs", "Lägg till samtycke"),
            help=QCoreApplication.translate(
                "FormSpecs", "Utan giltigt samtycke visas deltagaren bara som anonym i rapporter till mottagaren."
            ),
        ),
        FieldSpec(
            "protected_identity",
            QCoreApplication.translate("FormSpecs", "Skyddade personuppgifter"),
            Kind.BOOL,
            help=QCoreApplication.translate(
                "FormSpecs", "Deltagaren förs bara som anonym statistik: inget personnummer, ingen kod i rapporter."
            ),
        ),
        FieldSpec(
            "notes",
            QCoreApplication.translate("FormSpecs", "Anteckningar"),
            Kind.MULTILINE,
            help=QCoreApplication.translate("FormSpecs", "Skriv inga diagnoser eller känsliga uppgifter."),
        ),
    ]


def placement_specs(
    participants: Choices,
    organisations: Choices,
    supervisors: Choices,
    places: Choices = (),
    agreements: Choices = (),
    projects: Choices = (),
) -> list[FieldSpec]:
    return [
        FieldSpec(
            "participant_id",
            QCoreApplication.translate("FormSpecs", "Deltagare"),
            Kind.CHOICE,
            choices=with_none(participants, QCoreApplication.translate("FormSpecs", "(välj)")),
            required=True,  # marked with * like every field that must be filled in
        ),
        FieldSpec(
            "measure_type",
            QCoreApplication.translate("FormSpecs", "Insats"),
            Kind.CHOICE,
            choices=MeasureType.choices(),
        ),
        FieldSpec("start_date", QCoreApplication.translate("FormSpecs", "Start"), Kind.DATE, required=True),
        FieldSpec("planned_end_date", QCoreApplication.translate("FormSpecs", "Planerat slut"), Kind.DATE),
        FieldSpec("hours_per_week", QCoreApplication.translate("FormSpecs", "Timmar per vecka"), Kind.FLOAT, minimum=0),
        FieldSpec("extent_percent", QCoreApplication.translate("FormSpecs", "Omfattning (%)"), Kind.INT, minimum=0),
        FieldSpec(
            "supervisor_id",
            QCoreApplication.translate("FormSpecs", "Handledare"),
            Kind.CHOICE,
            choices=with_none(supervisors),
        ),
        FieldSpec(
            "buyer_organisation_id",
            QCoreApplication.translate("FormSpecs", "Köpare"),
            Kind.CHOICE,
            choices=with_none(organisations),
        ),
        FieldSpec(
            "payer_organisation_id",
            QCoreApplication.translate("FormSpecs", "Betalare"),
            Kind.CHOICE,
            choices=with_none(organisations),
        ),
        FieldSpec(
            "price_per_month_kr",
            QCoreApplication.translate("FormSpecs", "Ersättning per månad (kr)"),
            Kind.INT,
            minimum=0,
        ),
        FieldSpec(
            "price_per_day_kr", QCoreApplication.translate("FormSpecs", "Ersättning per dag (kr)"), Kind.INT, minimum=0
        ),
        FieldSpec("no_compensation", QCoreApplication.translate("FormSpecs", "Ingen ersättning"), Kind.BOOL),
        FieldSpec(
            "place_id",
            QCoreApplication.translate("FormSpecs", "Plats (platskatalogen)"),
            Kind.CHOICE,
            choices=with_none(places),
        ),
        FieldSpec(
            "agreement_id",
            QCoreApplication.translate("FormSpecs", "Avtal"),
            Kind.CHOICE,
            choices=with_none(agreements),
            help=QCoreApplication.translate("FormSpecs", "Placeringen räknas in i avtalets beläggning."),
        ),
        project_field(projects),
        FieldSpec(
            "next_step",
            QCoreApplication.translate("FormSpecs", "Nästa steg efter insatsen"),
            placeholder=QCoreApplication.translate("FormSpecs", "Planen när placeringen slutar"),
        ),
        FieldSpec(
            "extensions",
            QCoreApplication.translate("FormSpecs", "Antal förlängningar"),
            Kind.INT,
            optional=False,
            minimum=0,
        ),
        FieldSpec(
            "follow_up_interval_days",
            QCoreApplication.translate("FormSpecs", "Uppföljning var (dagar)"),
            Kind.INT,
            minimum=1,
        ),
        FieldSpec("end_date", QCoreApplication.translate("FormSpecs", "Slutdatum"), Kind.DATE),
        FieldSpec(
            "outcome",
            QCoreApplication.translate("FormSpecs", "Utfall"),
            Kind.CHOICE,
            choices=with_none(Outcome.choices(), QCoreApplication.translate("FormSpecs", "(pågår)")),
        ),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def placement_end_specs() -> list[FieldSpec]:
    return [
        FieldSpec("end_date", QCoreApplication.translate("FormSpecs", "Slutdatum"), Kind.DATE, required=True),
        FieldSpec(
            "outcome",
            QCoreApplication.translate("FormSpecs", "Utfall"),
            Kind.CHOICE,
            choices=with_none(Outcome.choices(), QCoreApplication.translate("FormSpecs", "(välj)")),
            required=True,  # an ended placement has an outcome (the funder reports count it)
        ),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def meeting_specs(
    placements: Choices, attendee_rows: Sequence[tuple[str, AttendeeInput]], projects: Choices = ()
) -> list[FieldSpec]:
    return [
        FieldSpec("kind", QCoreApplication.translate("FormSpecs", "Typ"), Kind.CHOICE, choices=MeetingKind.choices()),
        FieldSpec(
            "status", QCoreApplication.translate("FormSpecs", "Status"), Kind.CHOICE, choices=MeetingStatus.choices()
        ),
        FieldSpec("starts_at", QCoreApplication.translate("FormSpecs", "Datum och tid"), Kind.DATETIME, required=True),
        FieldSpec("place", QCoreApplication.translate("FormSpecs", "Plats")),
        FieldSpec(
            "placement_ids",
            QCoreApplication.translate("FormSpecs", "Placeringar som följs upp"),
            Kind.MULTI,
            choices=placements,
        ),
        FieldSpec(
            "attendees",
            QCoreApplication.translate("FormSpecs", "Närvarande"),
            Kind.TABLE,
            columns=(
                TableColumn("name", QCoreApplication.translate("FormSpecs", "Namn")),
                TableColumn("organisation", QCoreApplication.translate("FormSpecs", "Organisation")),
                TableColumn("role", QCoreApplication.translate("FormSpecs", "Roll")),
                TableColumn("present", QCoreApplication.translate("FormSpecs", "Närvarande"), "bool"),
            ),
            row_type=AttendeeInput,
            rows_to_add=attendee_rows,
            placeholder=QCoreApplication.translate("FormSpecs", "Lägg till person"),
            help=QCoreApplication.translate("FormSpecs", "Deltagare skrivs med sin kod, aldrig med namn."),
        ),
        FieldSpec("agenda", QCoreApplication.translate("FormSpecs", "Dagordning"), Kind.MULTILINE),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
        FieldSpec("decisions", QCoreApplication.translate("FormSpecs", "Beslut (ett per rad)"), Kind.LINES),
        FieldSpec(
            "action_items",
            QCoreApplication.translate("FormSpecs", "Åtgärder"),
            Kind.TABLE,
            columns=(
                TableColumn("description", QCoreApplication.translate("FormSpecs", "Åtgärd")),
                TableColumn("owner", QCoreApplication.translate("FormSpecs", "Ansvarig")),
                TableColumn("due_date", QCoreApplication.translate("FormSpecs", "Senast"), "date"),
                TableColumn("done_date", QCoreApplication.translate("FormSpecs", "Klar"), "date"),
            ),
            row_type=ActionItemInput,
            placeholder=QCoreApplication.translate("FormSpecs", "Lägg till åtgärd"),
        ),
        FieldSpec("next_meeting_date", QCoreApplication.translate("FormSpecs", "Nästa möte"), Kind.DATE),
        project_field(projects),
    ]


def report_request_specs(referrers: Choices, projects: Choices = ()) -> list[FieldSpec]:
    return [
        FieldSpec("start", QCoreApplication.translate("FormSpecs", "Från"), Kind.DATE, required=True),
        FieldSpec("end", QCoreApplication.translate("FormSpecs", "Till"), Kind.DATE, required=True),
        FieldSpec(
            "audience",
            QCoreApplication.translate("FormSpecs", "Mottagare"),
            Kind.CHOICE,
            choices=Audience.choices(),
            help=QCoreApplication.translate(
                "FormSpecs",
                "Styrelse: verksamhetsstöd och antal. Handläggare: bara egna deltagare. Finansiär: bara summor.",
            ),
        ),
        FieldSpec(
            "referrer_id",
            QCoreApplication.translate("FormSpecs", "Deltagare från (handläggare)"),
            Kind.CHOICE,
            choices=with_none(referrers),
        ),
        project_field(projects, QCoreApplication.translate("FormSpecs", "(alla)")),
    ]
