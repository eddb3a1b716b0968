"""Team conflicts as people read them: which record, which field, both values, who and when.

The server reports a conflict as table, row id, column and two values (decision 0016). Here each
becomes a row the Konflikter view and the command line show: the record named as the user knows
it (the enterprise's name, the participant's code, …), the field by its label, the values as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as default
from datetime import date, datetime
from typing import Any

from sqlalchemy import Text, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.vocab import (
    AgreementType,
    ConsentRecipient,
    ContactForm,
    ContactRole,
    EnterpriseStatus,
    Gender,
    LabelledEnum,
    LegalForm,
    MeasureType,
    MeetingKind,
    MeetingStatus,
    Outcome,
    PlacementStatus,
    StaffRole,
)
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels, translate
from asfdesk.services.todo_queries import TodoItem, TodoKind
from asfdesk.services.trash_service import KIND_LABELS
from asfdesk.storage.models import Enterprise
from asfdesk.sync import protocol

FIELD_LABELS = Labels(
    "team",
    {
        "name": QT_TRANSLATE_NOOP("team", "Namn"),
        "notes": QT_TRANSLATE_NOOP("team", "Anteckningar"),
        "phone": QT_TRANSLATE_NOOP("team", "Telefon"),
        "email": QT_TRANSLATE_NOOP("team", "E-post"),
        "address": QT_TRANSLATE_NOOP("team", "Adress"),
        "postal_code": QT_TRANSLATE_NOOP("team", "Postnummer"),
        "city": QT_TRANSLATE_NOOP("team", "Ort"),
        "municipality": QT_TRANSLATE_NOOP("team", "Kommun"),
        "region": QT_TRANSLATE_NOOP("team", "Län"),
        "orgnr": QT_TRANSLATE_NOOP("team", "Organisationsnummer"),
        "status": QT_TRANSLATE_NOOP("team", "Status"),
        "legal_form": QT_TRANSLATE_NOOP("team", "Juridisk form"),
        "business_line": QT_TRANSLATE_NOOP("team", "Bransch"),
        "employees": QT_TRANSLATE_NOOP("team", "Anställda"),
        "training_places": QT_TRANSLATE_NOOP("team", "Arbetsträningsplatser"),
        "member_sak": QT_TRANSLATE_NOOP("team", "Medlem i SAK"),
        "member_skoopi": QT_TRANSLATE_NOOP("team", "Medlem i Skoopi"),
        "start_grant_kr": QT_TRANSLATE_NOOP("team", "Startbidrag (kr)"),
        "start_grant_date": QT_TRANSLATE_NOOP("team", "Startbidrag, datum"),
        "start_date": QT_TRANSLATE_NOOP("team", "Startdatum"),
        "end_date": QT_TRANSLATE_NOOP("team", "Slutdatum"),
        "planned_end_date": QT_TRANSLATE_NOOP("team", "Planerat slut"),
        "contact_date": QT_TRANSLATE_NOOP("team", "Datum"),
        "hours": QT_TRANSLATE_NOOP("team", "Timmar"),
        "minutes": QT_TRANSLATE_NOOP("team", "Minuter"),
        "form": QT_TRANSLATE_NOOP("team", "Kontaktform"),
        "outcome": QT_TRANSLATE_NOOP("team", "Utfall"),
        "code": QT_TRANSLATE_NOOP("team", "Kod"),
        "gender": QT_TRANSLATE_NOOP("team", "Kön"),
        "birth_year": QT_TRANSLATE_NOOP("team", "Födelseår"),
        "title": QT_TRANSLATE_NOOP("team", "Rubrik"),
        "role": QT_TRANSLATE_NOOP("team", "Roll"),
        "measure_type": QT_TRANSLATE_NOOP("team", "Insats"),
        "hours_per_week": QT_TRANSLATE_NOOP("team", "Timmar per vecka"),
        "extent_percent": QT_TRANSLATE_NOOP("team", "Omfattning (%)"),
        "price_per_month_kr": QT_TRANSLATE_NOOP("team", "Pris per månad (kr)"),
        "price_per_day_kr": QT_TRANSLATE_NOOP("team", "Pris per dag (kr)"),
        "next_step": QT_TRANSLATE_NOOP("team", "Nästa steg"),
        "next_step_date": QT_TRANSLATE_NOOP("team", "Nästa steg, datum"),
        "follow_up_interval_days": QT_TRANSLATE_NOOP("team", "Uppföljning var (dagar)"),
        "extensions": QT_TRANSLATE_NOOP("team", "Förlängningar"),
        "agenda": QT_TRANSLATE_NOOP("team", "Dagordning"),
        "place": QT_TRANSLATE_NOOP("team", "Plats"),
        "starts_at": QT_TRANSLATE_NOOP("team", "Tid"),
        "kind": QT_TRANSLATE_NOOP("team", "Typ"),
        "next_meeting_date": QT_TRANSLATE_NOOP("team", "Nästa möte"),
        "description": QT_TRANSLATE_NOOP("team", "Beskrivning"),
        "due_date": QT_TRANSLATE_NOOP("team", "Klart senast"),
        "done_date": QT_TRANSLATE_NOOP("team", "Klart"),
        "owner": QT_TRANSLATE_NOOP("team", "Ansvarig"),
        "text": QT_TRANSLATE_NOOP("team", "Text"),
        "recipient": QT_TRANSLATE_NOOP("team", "Mottagare"),
        "scope": QT_TRANSLATE_NOOP("team", "Omfattning"),
        "given_date": QT_TRANSLATE_NOOP("team", "Givet"),
        "expires": QT_TRANSLATE_NOOP("team", "Gäller till"),
        "withdrawn_date": QT_TRANSLATE_NOOP("team", "Återkallat"),
        "agreement_type": QT_TRANSLATE_NOOP("team", "Avtalstyp"),
        "period_start": QT_TRANSLATE_NOOP("team", "Från"),
        "period_end": QT_TRANSLATE_NOOP("team", "Till"),
        "contracted_places": QT_TRANSLATE_NOOP("team", "Platser"),
        "price_per_place_month_kr": QT_TRANSLATE_NOOP("team", "Pris per plats och månad (kr)"),
        "value_kr": QT_TRANSLATE_NOOP("team", "Värde (kr)"),
        "capacity": QT_TRANSLATE_NOOP("team", "Platser"),
        "activity": QT_TRANSLATE_NOOP("team", "Aktivitet"),
        "main_responsible": QT_TRANSLATE_NOOP("team", "Huvudansvar"),
        "timeframe": QT_TRANSLATE_NOOP("team", "Tidsplan"),
        "tasks": QT_TRANSLATE_NOOP("team", "Arbetsuppgifter"),
        "adaptations": QT_TRANSLATE_NOOP("team", "Anpassningar"),
        "year": QT_TRANSLATE_NOOP("team", "År"),
        "market_kr": QT_TRANSLATE_NOOP("team", "Marknadsintäkter (kr)"),
        "public_kr": QT_TRANSLATE_NOOP("team", "Offentliga intäkter (kr)"),
        "funder": QT_TRANSLATE_NOOP("team", "Finansiär"),
        "target": QT_TRANSLATE_NOOP("team", "Mål"),
        "indicator": QT_TRANSLATE_NOOP("team", "Indikator"),
        "hours_planned": QT_TRANSLATE_NOOP("team", "Planerade timmar"),
        "hours_used": QT_TRANSLATE_NOOP("team", "Använda timmar"),
        "personnummer": QT_TRANSLATE_NOOP("team", "Personnummer"),
        "protected_identity": QT_TRANSLATE_NOOP("team", "Skyddade personuppgifter"),
        "no_compensation": QT_TRANSLATE_NOOP("team", "Ingen ersättning"),
        "analysis": QT_TRANSLATE_NOOP("team", "Analys"),
        "follow_up": QT_TRANSLATE_NOOP("team", "Uppföljning"),
        "other_actors": QT_TRANSLATE_NOOP("team", "Andra aktörer"),
        "organisation": QT_TRANSLATE_NOOP("team", "Organisation"),
        "active": QT_TRANSLATE_NOOP("team", "Aktiv"),
        "present": QT_TRANSLATE_NOOP("team", "Närvarande"),
        "training_date": QT_TRANSLATE_NOOP("team", "Handledarutbildning"),
        "advisor_id": QT_TRANSLATE_NOOP("team", "Rådgivare"),
        "agreement_id": QT_TRANSLATE_NOOP("team", "Avtal"),
        "business_lines": QT_TRANSLATE_NOOP("team", "Branscher"),
        "buyer_organisation_id": QT_TRANSLATE_NOOP("team", "Köpare"),
        "case_officer_id": QT_TRANSLATE_NOOP("team", "Handläggare"),
        "consent_date": QT_TRANSLATE_NOOP("team", "Samtycke, datum"),
        "consent_given": QT_TRANSLATE_NOOP("team", "Samtycke givet"),
        "contact_id": QT_TRANSLATE_NOOP("team", "Kontakt"),
        "enterprise_id": QT_TRANSLATE_NOOP("team", "Företag"),
        "manual_outcome": QT_TRANSLATE_NOOP("team", "Utfall (angivet)"),
        "manual_previous": QT_TRANSLATE_NOOP("team", "Föregående (angivet)"),
        "max_months_per_participant": QT_TRANSLATE_NOOP("team", "Högst månader per deltagare"),
        "measure_types": QT_TRANSLATE_NOOP("team", "Insatser"),
        "meeting_id": QT_TRANSLATE_NOOP("team", "Möte"),
        "module_id": QT_TRANSLATE_NOOP("team", "Modul"),
        "organisation_id": QT_TRANSLATE_NOOP("team", "Organisation"),
        "owner_staff_id": QT_TRANSLATE_NOOP("team", "Ansvarig"),
        "parent_id": QT_TRANSLATE_NOOP("team", "Överordnad"),
        "participant_id": QT_TRANSLATE_NOOP("team", "Deltagare"),
        "payer_organisation_id": QT_TRANSLATE_NOOP("team", "Betalare"),
        "place_id": QT_TRANSLATE_NOOP("team", "Plats"),
        "placement_id": QT_TRANSLATE_NOOP("team", "Placering"),
        "plan": QT_TRANSLATE_NOOP("team", "Handlingsplan"),
        "position": QT_TRANSLATE_NOOP("team", "Ordning"),
        "price_employed_month_kr": QT_TRANSLATE_NOOP("team", "Pris per anställd och månad (kr)"),
        "project_id": QT_TRANSLATE_NOOP("team", "Projekt"),
        "referring_organisation_id": QT_TRANSLATE_NOOP("team", "Remitterande organisation"),
        "sort_order": QT_TRANSLATE_NOOP("team", "Ordning"),
        "supervisor_id": QT_TRANSLATE_NOOP("team", "Handledare"),
    },
)
# coded values, shown by their labels (and never replaced by free text)
CODED: dict[tuple[str, str], type[LabelledEnum]] = {
    ("enterprise", "status"): EnterpriseStatus,
    ("enterprise", "legal_form"): LegalForm,
    ("placement", "status"): PlacementStatus,
    ("placement", "measure_type"): MeasureType,
    ("placement", "outcome"): Outcome,
    ("participant", "gender"): Gender,
    ("meeting", "kind"): MeetingKind,
    ("meeting", "status"): MeetingStatus,
    ("agreement", "agreement_type"): AgreementType,
    ("contact_person", "role"): ContactRole,
    ("staff", "role"): StaffRole,
    ("support_contact", "form"): ContactForm,
    ("consent", "recipient"): ConsentRecipient,
}
# short texts a person may rewrite freely when deciding a conflict (besides long texts)
FREE_TEXT = frozenset(
    {
        "name",
        "address",
        "postal_code",
        "city",
        "municipality",
        "region",
        "email",
        "phone",
        "business_line",
        "place",
        "scope",
        "title",
        "funder",
        "indicator",
        "main_responsible",
        "owner",
        "organisation",
        "timeframe",
    }
)
# the columns that name a record, in the order they are tried
NAMING_COLUMNS = ("name", "code", "title", "activity", "description")


@dataclass(frozen=True)
class ConflictRow:
    id: str
    deleted: bool  # edited here while removed elsewhere (else: the same field changed by two people)
    kind_label: str  # "företag", "placering", …
    record_label: str  # the record as the user knows it
    field: str
    field_label: str
    kept: Any  # the value the server holds
    other: Any  # the value it did not take
    kept_by: str
    other_by: str
    other_at: datetime | None
    enterprise_id: str = ""  # the enterprise the record belongs to (or is), when there is one
    enterprise: str = ""
    coded: type[LabelledEnum] | None = None  # the field's values are codes with labels
    free_text: bool = False  # a third value may be written (else only one of the two is kept)
    names: dict[str, str] = default(default_factory=dict)  # a reference's records by their labels

    @property
    def kept_text(self) -> str:
        return shown(self.label(self.kept))

    @property
    def other_text(self) -> str:
        return shown(self.label(self.other))

    def label(self, value: Any) -> Any:
        """A coded value by its label, a referred record by its name; anything else as it is."""
        if isinstance(value, str) and value in self.names:
            return self.names[value]
        return self.coded.label_of(value) if self.coded is not None and isinstance(value, str) and value else value


def shown(value: Any, width: int = 80) -> str:
    """A value on one line: empty says so, long text is cut with an ellipsis."""
    if value is None or value == "":
        return translate("team", "(tomt)")
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def field_label(column: str) -> str:
    return FIELD_LABELS[column] if column in FIELD_LABELS else column.replace("_", " ").capitalize()


def _free_text(table_name: str, column: str) -> bool:
    try:
        found = protocol.table(table_name).columns[column]
    except KeyError:
        return False
    return (table_name, column) not in CODED and (isinstance(found.type, Text) or column in FREE_TEXT)


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class ConflictDescriber:
    """Turns the conflicts a TeamService holds into rows named from this laptop's records."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def rows(self, conflicts: list[dict[str, Any]]) -> list[ConflictRow]:
        with self._factory() as session:
            return [self._row(session, c) for c in conflicts]

    def _row(self, session: Session, conflict: dict[str, Any]) -> ConflictRow:
        table_name = str(conflict.get("tbl", ""))
        kind = KIND_LABELS.get(table_name, (table_name, table_name))[0]
        row = self._row_of(session, table_name, str(conflict.get("row_id", "")))
        label, enterprise_id, enterprise = self._record(session, table_name, str(conflict.get("row_id", "")), row)
        field = str(conflict.get("field", ""))
        kept = conflict.get("kept")
        if row is not None and field in row and conflict.get("kind") != "deleted":
            kept = protocol.encode(row[field])  # what holds now: someone may have changed it since
        return ConflictRow(
            id=str(conflict["id"]),
            deleted=conflict.get("kind") == "deleted",
            kind_label=translate("trash", kind),
            record_label=label,
            field=field,
            field_label=field_label(field),
            kept=kept,
            other=conflict.get("other"),
            kept_by=str((conflict.get("kept_by") or {}).get("name", "?")),
            other_by=str((conflict.get("other_by") or {}).get("name", "?")),
            other_at=_moment((conflict.get("other_by") or {}).get("at")),
            enterprise_id=enterprise_id,
            enterprise=enterprise,
            coded=CODED.get((table_name, field)),
            free_text=_free_text(table_name, field),
            names=self._names(session, table_name, field, [kept, conflict.get("other")]),
        )

    def _names(self, session: Session, table_name: str, column: str, values: list[Any]) -> dict[str, str]:
        """The records a reference column's values point to, by the labels people know them by."""
        parent = protocol.references(table_name).get(column) if protocol.is_synced(table_name) else None
        if parent is None:
            return {}
        names = {}
        for value in {v for v in values if isinstance(v, str) and v}:
            row = self._row_of(session, parent, value)
            names[value] = self._record(session, parent, value, row)[0] if row is not None else value[:8]
        return names

    @staticmethod
    def _row_of(session: Session, table_name: str, row_id: str) -> Any:
        try:
            table = protocol.table(table_name)
        except KeyError:
            return None
        return session.execute(select(table).where(table.c.id == row_id)).mappings().first()

    @staticmethod
    def _record(session: Session, table_name: str, row_id: str, row: Any) -> tuple[str, str, str]:
        """The record's label, and the id and name of the enterprise it belongs to (or is)."""
        if not protocol.is_synced(table_name):
            return row_id[:8], "", ""
        if row is None:
            return translate("team", "(borttagen här)"), "", ""
        label = next((str(row[c]) for c in NAMING_COLUMNS if row.get(c)), "")
        if table_name == "enterprise":
            return label or row_id[:8], row_id, label
        enterprise_id = str(row.get("enterprise_id") or "")
        enterprise = ""
        if enterprise_id:
            query = select(Enterprise.name).where(Enterprise.id == enterprise_id)
            enterprise = session.scalar(query.execution_options(include_deleted=True)) or ""
            label = f"{label} · {enterprise}" if label and enterprise else (label or enterprise)
        return label or row_id[:8], enterprise_id, enterprise

    def todo_items(self, conflicts: list[dict[str, Any]], today: date) -> list[TodoItem]:
        """Each conflict as an Att göra item, due today: it waits for someone's decision."""
        items = []
        for row in self.rows(conflicts):
            detail = translate("team", "Gäller nu: %1 (%2) · Andra: %3 (%4)")
            detail = detail.replace("%1", row.kept_text).replace("%2", row.kept_by)
            detail = detail.replace("%3", row.other_text).replace("%4", row.other_by)
            title = translate("team", "%1: två värden att välja mellan").replace("%1", row.field_label)
            items.append(
                TodoItem(TodoKind.CONFLICT, today, title, detail, row.enterprise_id, row.enterprise, row.id, today)
            )
        return items
