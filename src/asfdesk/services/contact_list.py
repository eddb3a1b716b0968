"""Every handledarstöd contact in one list, for a windowed table: the order is kept as row ids
(8 bytes a row), the rows themselves are read a page at a time where the user looks.

A million contacts cost a few megabytes and one indexed query to sort by date; nothing else
is held in memory.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.vocab import ContactForm
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class ListColumn:
    key: str
    sv_header: str
    order_sql: str  # what ORDER BY uses for this column

    @property
    def header(self) -> str:
        return translate("ContactList", self.sv_header)


COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("contact_date", QT_TRANSLATE_NOOP("ContactList", "Datum"), "c.contact_date"),
    ListColumn("enterprise", QT_TRANSLATE_NOOP("ContactList", "Företag"), "e.name"),
    ListColumn("form", QT_TRANSLATE_NOOP("ContactList", "Form"), "c.form"),
    ListColumn("minutes", QT_TRANSLATE_NOOP("ContactList", "Minuter"), "c.minutes"),
    ListColumn("advisor", QT_TRANSLATE_NOOP("ContactList", "Rådgivare"), "s.name"),
    ListColumn("notes", QT_TRANSLATE_NOOP("ContactList", "Anteckning"), "c.notes"),
)
NOTE_LENGTH = 160

_FROM = (
    "FROM support_contact c JOIN enterprise e ON e.id = c.enterprise_id "
    "LEFT JOIN staff s ON s.id = c.advisor_id WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL"
)


@dataclass(frozen=True)
class ContactListRow:
    rowid: int
    contact_id: str
    enterprise_id: str
    contact_date: date
    enterprise: str
    form: str
    minutes: int
    advisor: str
    notes: str

    def value(self, key: str) -> object:
        if key == "form":
            return ContactForm.label_of(self.form)
        return getattr(self, key)


@dataclass(frozen=True)
class ContactFilter:
    """Which contacts the list shows: words found in the enterprise's name, the advisor's name or the
    note (any case, å ä ö included); one advisor; contacts from a day on."""

    text: str = ""
    advisor_id: str | None = None
    since: date | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.advisor_id or self.since)


def _note_patterns(word: str) -> list[str]:
    """LIKE patterns for a word in a note: SQLite folds only A–Z, so the Swedish letters are tried
    as typed, in lower case, upper case and capitalised (LIKE's own wildcards escaped)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    forms = dict.fromkeys((escaped, escaped.lower(), escaped.upper(), escaped.capitalize()))
    return [f"%{form}%" for form in forms]


class ContactList:
    def __init__(self, session_factory: sessionmaker[Session], only: ContactFilter | None = None) -> None:
        self._session_factory = session_factory
        self.only = only or ContactFilter()

    def _where(self, session: Session) -> tuple[str, list[object]]:
        """The filter as SQL conditions on c (support_contact) and their parameters."""
        from asfdesk.storage.models import Enterprise, Staff

        sql: list[str] = []
        params: list[object] = []
        if self.only.advisor_id:
            sql.append("c.advisor_id = ?")
            params.append(self.only.advisor_id)
        if self.only.since:
            sql.append("c.contact_date >= ?")
            params.append(self.only.since.isoformat())
        for word in self.only.text.split():
            folded = word.casefold()
            enterprises = [
                i for i, name in session.execute(select(Enterprise.id, Enterprise.name)) if folded in name.casefold()
            ]
            advisors = [i for i, name in session.execute(select(Staff.id, Staff.name)) if folded in name.casefold()]
            notes = _note_patterns(word)
            either = [" OR ".join(["c.notes LIKE ? ESCAPE '\\'"] * len(notes))]
            params.extend(notes)
            if enterprises:
                either.append(f"c.enterprise_id IN ({','.join('?' * len(enterprises))})")
                params.extend(enterprises)
            if advisors:
                either.append(f"c.advisor_id IN ({','.join('?' * len(advisors))})")
                params.extend(advisors)
            sql.append("(" + " OR ".join(either) + ")")
        return "".join(f" AND {condition}" for condition in sql), params

    def order(self, column: int = 0, descending: bool = True) -> array[int]:
        """The row ids of every live contact in the chosen order (ties broken by row id).

        Sorting by date walks the date index (its entries end in the row id, so no sort step);
        other columns join only what they sort by.
        """
        direction = "DESC" if descending else "ASC"
        key = COLUMNS[column]
        joins = {
            "enterprise": "JOIN enterprise e ON e.id = c.enterprise_id",
            "advisor": "LEFT JOIN staff s ON s.id = c.advisor_id",
        }.get(key.key, "")
        ids: array[int] = array("q")
        with self._session_factory() as session:
            where, params = self._where(session)
            sql = (
                f"SELECT c.rowid FROM support_contact c {joins} WHERE c.deleted_at IS NULL AND c.enterprise_id NOT IN "
                f"(SELECT id FROM enterprise WHERE deleted_at IS NOT NULL){where} "
                f"ORDER BY {key.order_sql} {direction}, c.rowid {direction}"
            )
            # The driver's own cursor, in the session's transaction: SQLAlchemy's result rows cost
            # more than SQLite takes to walk the index when there are a million of them.
            driver = session.connection().connection.driver_connection
            assert driver is not None
            cursor = driver.cursor()
            try:
                cursor.execute(sql, params)
                while chunk := cursor.fetchmany(100_000):
                    ids.extend(row[0] for row in chunk)
            finally:
                cursor.close()
        return ids

    def rows(self, rowids: Sequence[int]) -> list[ContactListRow]:
        """The rows with these row ids, in the same order."""
        if not rowids:
            return []
        placeholders = ",".join(str(int(r)) for r in rowids)  # integers only: safe to inline
        sql = text(
            "SELECT c.rowid, c.id, c.enterprise_id, c.contact_date, e.name, c.form, c.minutes, "
            f"coalesce(s.name, ''), substr(c.notes, 1, {NOTE_LENGTH}) {_FROM} AND c.rowid IN ({placeholders})"
        )
        with self._session_factory() as session:
            found = {
                row[0]: ContactListRow(
                    row[0], row[1], row[2], _as_date(row[3]), row[4], row[5], row[6], row[7], row[8] or ""
                )
                for row in session.execute(sql)
            }
        return [found[r] for r in rowids if r in found]


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
