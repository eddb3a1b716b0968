"""Team conflicts as people read them: which record, which field, both values, who and when.

The server reports a conflict as table, row id, column and two values (decision 0016). Here each
becomes a row the Konflikter view and the command line show: the record named as the user knows
it (the enterprise's name, the participant's code, …), the field by its label, the values as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

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
        "municipality": QT_TRANSLATE_NOOP("team", "Kommun"),
        "orgnr": QT_TRANSLATE_NOOP("team", "Organisationsnummer"),
        "status": QT_TRANSLATE_NOOP("team", "Status"),
        "start_date": QT_TRANSLATE_NOOP("team", "Startdatum"),
        "end_date": QT_TRANSLATE_NOOP("team", "Slutdatum"),
        "planned_end_date": QT_TRANSLATE_NOOP("team", "Planerat slut"),
        "contact_date": QT_TRANSLATE_NOOP("team", "Datum"),
        "hours": QT_TRANSLATE_NOOP("team", "Timmar"),
        "outcome": QT_TRANSLATE_NOOP("team", "Utfall"),
        "code": QT_TRANSLATE_NOOP("team", "Kod"),
        "gender": QT_TRANSLATE_NOOP("team", "Kön"),
        "title": QT_TRANSLATE_NOOP("team", "Rubrik"),
        "role": QT_TRANSLATE_NOOP("team", "Roll"),
    },
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

    @property
    def kept_text(self) -> str:
        return shown(self.kept)

    @property
    def other_text(self) -> str:
        return shown(self.other)


def shown(value: Any, width: int = 80) -> str:
    """A value on one line: empty says so, long text is cut with an ellipsis."""
    if value is None or value == "":
        return translate("team", "(tomt)")
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def field_label(column: str) -> str:
    return FIELD_LABELS[column] if column in FIELD_LABELS else column.replace("_", " ").capitalize()


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
        label, enterprise_id, enterprise = self._record(session, table_name, str(conflict.get("row_id", "")))
        return ConflictRow(
            id=str(conflict["id"]),
            deleted=conflict.get("kind") == "deleted",
            kind_label=translate("trash", kind),
            record_label=label,
            field=str(conflict.get("field", "")),
            field_label=field_label(str(conflict.get("field", ""))),
            kept=conflict.get("kept"),
            other=conflict.get("other"),
            kept_by=str((conflict.get("kept_by") or {}).get("name", "?")),
            other_by=str((conflict.get("other_by") or {}).get("name", "?")),
            other_at=_moment((conflict.get("other_by") or {}).get("at")),
            enterprise_id=enterprise_id,
            enterprise=enterprise,
        )

    @staticmethod
    def _record(session: Session, table_name: str, row_id: str) -> tuple[str, str, str]:
        """The record's label, and the id and name of the enterprise it belongs to (or is)."""
        try:
            table = protocol.table(table_name)
        except KeyError:
            return row_id[:8], "", ""
        row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
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
