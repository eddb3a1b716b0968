"""User text in every XLSX and CSV we write stays text: it never becomes a formula.

A CSV value that begins with =, +, -, @, tab or carriage return is run as a formula when Excel
or LibreOffice opens the file (OWASP's "CSV injection"); openpyxl stores any string that begins
with = as a formula. So CSV text of that kind gets a leading apostrophe (what OWASP advises;
asfdesk's own import takes it off again), and XLSX cells holding text are stored as strings,
exactly as typed. Numbers, dates and booleans stay numbers, dates and booleans. Characters that
XML cannot hold (control characters pasted from other systems) are left out of workbooks, where
openpyxl would refuse the whole file.

Every writer goes through here: `csv_writer` for CSV, `append_row` and `save_workbook` for XLSX.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from asfdesk.storage import output_files

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TEXT_MARK = "'"


def csv_value(value: Any) -> Any:
    """The value as a CSV cell: text that a spreadsheet would run as a formula is marked as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return CSV_TEXT_MARK + value
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


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl worksheet with its text stored as text."""
    sheet.append([_workbook_text(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


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
