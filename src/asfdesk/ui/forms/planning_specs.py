"""The fields of the forms for places, revenue figures, projects, goals and action plan activities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asfdesk.domain.goals import Indicator
from asfdesk.domain.vocab import ActivityStatus, MeasureType
from asfdesk.ui.forms.fields import FieldSpec, Kind
from asfdesk.ui.forms.specs import Choices, project_field, with_none


def place_specs(business_lines: list[str]) -> list[FieldSpec]:
    return [
        FieldSpec("title", QCoreApplication.translate("FormSpecs", "Benämning"), required=True),
        FieldSpec(
            "business_line",
            QCoreApplication.translate("FormSpecs", "Bransch"),
            Kind.SUGGEST,
            suggestions=business_lines,
        ),
        FieldSpec("tasks", QCoreApplication.translate("FormSpecs", "Arbetsuppgifter"), Kind.MULTILINE),
        FieldSpec(
            "capacity", QCoreApplication.translate("FormSpecs", "Antal platser"), Kind.INT, optional=False, minimum=1
        ),
        FieldSpec(
            "measure_types",
            QCoreApplication.translate("FormSpecs", "Insatser som platsen tar emot"),
            Kind.MULTI,
            choices=MeasureType.choices(),
            help=QCoreApplication.translate("FormSpecs", "Ingen bockad: alla insatser."),
        ),
        FieldSpec(
            "adaptations",
            QCoreApplication.translate("FormSpecs", "Tillgänglighet och anpassningar"),
            Kind.MULTILINE,
        ),
        FieldSpec("active", QCoreApplication.translate("FormSpecs", "Erbjuds nu"), Kind.BOOL),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def revenue_specs() -> list[FieldSpec]:
    return [
        FieldSpec("year", QCoreApplication.translate("FormSpecs", "År"), Kind.INT, optional=False, minimum=1990),
        FieldSpec(
            "public_kr",
            QCoreApplication.translate("FormSpecs", "Samhällsnyttiga intäkter (kr)"),
            Kind.INT,
            optional=False,
            minimum=0,
            help=QCoreApplication.translate("FormSpecs", "Platser och tjänster sålda till myndigheter."),
        ),
        FieldSpec(
            "market_kr",
            QCoreApplication.translate("FormSpecs", "Allmännyttiga intäkter (kr)"),
            Kind.INT,
            optional=False,
            minimum=0,
            help=QCoreApplication.translate("FormSpecs", "Varor och tjänster sålda på marknaden."),
        ),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def project_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("FormSpecs", "Namn"), required=True),
        FieldSpec("funder", QCoreApplication.translate("FormSpecs", "Finansiär")),
        FieldSpec("start_date", QCoreApplication.translate("FormSpecs", "Från"), Kind.DATE),
        FieldSpec("end_date", QCoreApplication.translate("FormSpecs", "Till"), Kind.DATE),
        FieldSpec("notes", QCoreApplication.translate("FormSpecs", "Anteckningar"), Kind.MULTILINE),
    ]


def goal_specs(enterprises: Choices, agreements: Choices, projects: Choices) -> list[FieldSpec]:
    return [
        FieldSpec("title", QCoreApplication.translate("FormSpecs", "Mål"), Kind.MULTILINE, required=True),
        FieldSpec(
            "indicator",
            QCoreApplication.translate("FormSpecs", "Mätetal"),
            Kind.CHOICE,
            choices=Indicator.choices(),
        ),
        FieldSpec("target", QCoreApplication.translate("FormSpecs", "Målvärde"), Kind.FLOAT, optional=False),
        FieldSpec("period_start", QCoreApplication.translate("FormSpecs", "Period från"), Kind.DATE, required=True),
        FieldSpec("period_end", QCoreApplication.translate("FormSpecs", "Period till"), Kind.DATE, required=True),
        FieldSpec(
            "project_id",
            QCoreApplication.translate("FormSpecs", "Gäller projekt"),
            Kind.CHOICE,
            choices=with_none(projects, QCoreApplication.translate("FormSpecs", "(hela verksamheten)")),
        ),
        FieldSpec(
            "agreement_id",
            QCoreApplication.translate("FormSpecs", "… eller avtal"),
            Kind.CHOICE,
            choices=with_none(agreements),
        ),
        FieldSpec(
            "enterprise_id",
            QCoreApplication.translate("FormSpecs", "… eller företag"),
            Kind.CHOICE,
            choices=with_none(enterprises),
        ),
        FieldSpec(
            "manual_outcome",
            QCoreApplication.translate("FormSpecs", "Utfall (egen siffra)"),
            Kind.FLOAT,
            help=QCoreApplication.translate("FormSpecs", "Bara för mätetalet 'Egen siffra'."),
        ),
        FieldSpec(
            "manual_previous",
            QCoreApplication.translate("FormSpecs", "Utfall förra perioden (egen siffra)"),
            Kind.FLOAT,
        ),
        FieldSpec("analysis", QCoreApplication.translate("FormSpecs", "Analys"), Kind.MULTILINE),
    ]


def action_plan_specs(
    plans: list[str], municipalities: list[str], projects: Choices, meetings: Choices
) -> list[FieldSpec]:
    return [
        FieldSpec(
            "plan",
            QCoreApplication.translate("FormSpecs", "Handlingsplan"),
            Kind.SUGGEST,
            suggestions=tuple(plans),
            required=True,
        ),
        FieldSpec(
            "municipality",
            QCoreApplication.translate("FormSpecs", "Kommun"),
            Kind.SUGGEST,
            suggestions=tuple(municipalities),
        ),
        FieldSpec("activity", QCoreApplication.translate("FormSpecs", "Aktivitet"), Kind.MULTILINE, required=True),
        FieldSpec("main_responsible", QCoreApplication.translate("FormSpecs", "Huvudansvar")),
        FieldSpec("other_actors", QCoreApplication.translate("FormSpecs", "Andra berörda aktörer")),
        FieldSpec(
            "timeframe",
            QCoreApplication.translate("FormSpecs", "Tidsplan"),
            placeholder=QCoreApplication.translate("FormSpecs", "t.ex. Q3 2025 eller löpande"),
        ),
        FieldSpec(
            "status", QCoreApplication.translate("FormSpecs", "Status"), Kind.CHOICE, choices=ActivityStatus.choices()
        ),
        FieldSpec("follow_up", QCoreApplication.translate("FormSpecs", "Uppföljning"), Kind.MULTILINE),
        project_field(projects),
        FieldSpec(
            "meeting_id",
            QCoreApplication.translate("FormSpecs", "Beslutad vid möte"),
            Kind.CHOICE,
            choices=with_none(meetings),
            help=QCoreApplication.translate("FormSpecs", "Nätverksträffar och andra möten utan ett enskilt företag."),
        ),
    ]
