"""User text in every XLSX and CSV we write stays text: it never becomes a formula.

A CSV value that begins with =, +, -, @, tab or carriage return is run as a formula when Excel
or LibreOffice opens the file (OWASP's "CSV injection"); openpyxl stores any string that begins
with = as a formula. So CSV text of that kind gets a leading apostrophe (what OWASP advises;
asfdesk's own import takes it off again), and XLSX cells holding text are stored as strings,
exactly as typed. Numbers, dates and booleans stay numbers, dates and booleans. Characters that
XML cannot hold (control characters pasted from other systems) are left out of workbooks, where
openpyxl would refuse the whole file.

Every writer goes through here: `csv_writer` for CSV, `append_row` and `save_workbook` for XLSX.
Numbers in CSV are written as Swedish Excel reads them (decimal comma); in workbooks a number with
a unit (a `Quantity`: 435 000 kr, 30 tim/v, 51 %) is a real number with a number format, dates and
times carry a date format, sheets get names a spreadsheet accepts and columns a width to match.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from asfdesk.domain.formatting import Quantity, Unit
from asfdesk.i18n import ENGLISH, current_language
from asfdesk.storage import output_files

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TEXT_MARK = "'"


def csv_number(value: float | Decimal) -> str:
    """A decimal number as Swedish Excel reads it from a CSV: 12,5 (a point would make it a date or text)."""
    return f"{value:.15g}".replace(".", ",") if isinstance(value, float) else str(value).replace(".", ",")


def csv_value(value: Any) -> Any:
    """The value as a CSV cell: text that a spreadsheet would run as a formula is marked as text,
    decimals get a decimal comma, a number with a unit is its number, times go to the second."""
    if isinstance(value, Quantity):
        value = value.value
    if isinstance(value, str):
        return CSV_TEXT_MARK + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, bool):
        return value
    if isinstance(value, float | Decimal):
        return csv_number(value)
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")
    return value


def unmark_csv_text(value: str) -> str:
    """What `csv_value` wrote, read back: the apostrophe before a formula-like text goes."""
    if value.startswith(CSV_TEXT_MARK) and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class SafeCsvWriter:
    """csv.writer that passes every row through `csv_value`."""

    def __init__(self, handle: IO[str], delimiter: str = ";") -> None:
        self._writer = csv.writer(handle, delimiter=delimiter)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([csv_value(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: IO[str], delimiter: str = ";") -> SafeCsvWriter:
    return SafeCsvWriter(handle, delimiter)


def _workbook_text(value: Any) -> Any:
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


_NUMBER_FORMATS_SV = {
    Unit.KR: '#,##0" kr"',
    Unit.KR_ORE: '#,##0.00" kr"',
    Unit.PERCENT: "0%",
    Unit.HOURS: "General",
    Unit.HOURS_PER_WEEK: 'General" tim/v"',
    Unit.HUNDREDTHS: "0.00",
}
_NUMBER_FORMATS_EN = {
    **_NUMBER_FORMATS_SV,
    Unit.KR: '"SEK "#,##0',
    Unit.KR_ORE: '"SEK "#,##0.00',
    Unit.HOURS_PER_WEEK: 'General" h/wk"',
}
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"


def number_format(unit: Unit) -> str:
    """Excel's number format for a unit; Excel itself puts the reader's thousands separator and decimal sign."""
    formats = _NUMBER_FORMATS_EN if current_language() == ENGLISH else _NUMBER_FORMATS_SV
    return formats[unit]


def _cell(value: Any) -> tuple[Any, str | None]:
    """The value a workbook cell holds, and its number format when it needs one."""
    if isinstance(value, Quantity):
        number = float(value.value) / 100 if value.unit is Unit.PERCENT else value.value
        return number, number_format(value.unit)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), TIME_FORMAT
    if isinstance(value, date):
        return value, DATE_FORMAT
    return _workbook_text(value), None


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl worksheet: text as text, numbers with units and dates formatted."""
    cells = [_cell(v) for v in values]
    sheet.append([value for value, _format in cells])
    row = sheet[sheet.max_row] if cells else ()
    for cell, (_value, number) in zip(row, cells, strict=False):
        if cell.data_type == "f":
            cell.data_type = "s"
        if number is not None:
            cell.number_format = number


_SHEET_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")
SHEET_TITLE_MAX = 31


def sheet_title(text: str, fallback: str = "Lista") -> str:
    """A sheet name Excel accepts: no \\ / ? * [ ] :, not more than 31 characters, no apostrophe at the ends."""
    cleaned = _SHEET_FORBIDDEN.sub("-", _workbook_text(" ".join(text.split())))
    cleaned = cleaned[:SHEET_TITLE_MAX].strip(" '")
    return cleaned or fallback


def _shown_width(cell: Any) -> int:
    value = cell.value
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(TIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        digits = len(f"{value:,.2f}" if "0.00" in cell.number_format else f"{value:,.0f}")
        unit = re.findall(r'"([^"]*)"', cell.number_format)
        return digits + sum(len(u) for u in unit) + (1 if "%" in cell.number_format else 0)
    return max(len(line) for line in str(value).splitlines() or [""])


def fit_columns(sheet: Any, minimum: int = 8, maximum: int = 60) -> None:
    """Column widths that fit what the cells show (a bold header a little wider), within bounds."""
    for column in sheet.iter_cols():
        widest = max((_shown_width(c) + (2 if c.row == 1 else 0) for c in column), default=0)
        sheet.column_dimensions[column[0].column_letter].width = min(max(minimum, widest + 2), maximum)


def text_stays_text(book: Any) -> None:
    """No cell of the workbook is a formula (the last word before it is saved)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def save_workbook(book: Any, target: Path) -> Path:
    """Save under a temporary name and rename when whole, with no formula in any cell."""
    text_stays_text(book)
    return output_files.save_atomically(target, book.save)
