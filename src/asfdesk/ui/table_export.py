"""Any list as it is shown — filtered and sorted — to Excel (XLSX) or CSV, with its Swedish headers.

Dates stay dates and numbers stay numbers in the workbook, so sums and filters work in Excel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt

from asfdesk.storage import output_files
from asfdesk.storage.sheet_cells import append_row, csv_writer, fit_columns, save_workbook, sheet_title
from asfdesk.ui.models.row_table_model import ROW_ROLE, RowTableModel


def _source(model: QAbstractItemModel) -> tuple[RowTableModel[Any] | None, QAbstractItemModel]:
    source = model
    while isinstance(source, QSortFilterProxyModel):
        source = source.sourceModel()
    return (source if isinstance(source, RowTableModel) else None), model


def table_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[Any]]]:
    """Headers and typed values of every visible row, in the order shown."""
    source, shown = _source(model)
    headers = [str(shown.headerData(c, Qt.Orientation.Horizontal)) for c in range(shown.columnCount())]
    rows = []
    for r in range(shown.rowCount()):
        record = shown.index(r, 0).data(ROW_ROLE)
        if source is not None and record is not None:
            rows.append([source.raw_value(record, c) for c in range(shown.columnCount())])
        else:
            rows.append([shown.index(r, c).data() for c in range(shown.columnCount())])
    return headers, rows


def export_table(model: QAbstractItemModel, target: Path, title: str = "Lista") -> Path:
    headers, rows = table_rows(model)
    if target.suffix.lower() == ".csv":
        with (
            output_files.atomic_output(target) as staging,
            staging.open("w", newline="", encoding="utf-8-sig") as handle,
        ):
            writer = csv_writer(handle)
            writer.writerow(headers)
            writer.writerows(rows)
        return target
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(title)
    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, row)
    fit_columns(sheet)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return save_workbook(book, target)
