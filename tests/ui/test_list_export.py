"""Lists exported from the window as Excel and Swedish Excel read them: numbers with units stay numbers,
sheets and files are named after the list, columns are wide enough for what they hold."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from asfdesk.storage.sheet_cells import sheet_title
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.table_export import export_table


def _open(window: MainWindow, name_start: str) -> None:
    row = next(r for r in window.list_view.model.rows() if r.name.startswith(name_start))
    window.list_view.select(row.id)


def test_revenue_in_kronor_and_percent_exports_as_numbers_with_a_number_format(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(window, "Tvätt & Textil")
    section = window.detail_view.places.revenue
    rows = window.detail_view.places.revenue_model.rows()
    assert rows, "the demo enterprise has a revenue mix"
    shown = section.table.model().index(0, 1).data()
    assert shown.endswith("\u00a0kr")  # the list shows kronor as text with the unit
    path = export_table(section.table.model(), tmp_path / "intakter.xlsx", section.table.list_title())
    sheet = load_workbook(path).active
    assert sheet.title == "Intäktsmix per år"
    header = [c.value for c in sheet[1]]
    total = header.index("Summa") + 1
    share = header.index("Andel från myndigheter") + 1
    first = rows[0]
    cell = sheet.cell(2, total)
    assert cell.value == first.total_kr and isinstance(cell.value, int)
    assert cell.number_format == '#,##0" kr"'
    percent = sheet.cell(2, share)
    assert percent.value == pytest.approx(first.public_share_percent / 100)
    assert percent.number_format == "0%"
    assert sheet.column_dimensions[cell.column_letter].width >= len(f"{first.total_kr:,} kr")
    csv_path = export_table(section.table.model(), tmp_path / "intakter.csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[1][total - 1] == str(first.total_kr)  # the number alone: Excel sums it


def test_extent_and_hours_export_as_numbers(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(window, "Tvätt & Textil")
    placements = window.detail_view.placements.section
    model = placements.table.model()
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Omfattning"
    )
    book = load_workbook(export_table(model, tmp_path / "p.xlsx", placements.table.list_title()))
    cells = [row[column] for row in book.active.iter_rows(min_row=2) if row[column].value is not None]
    assert cells, "the demo placements have an extent"
    assert all(isinstance(c.value, int | float) for c in cells)
    assert {c.number_format for c in cells} <= {'General" tim/v"', "0%"}
    assert book.active.title == "Placeringar"


def test_a_list_title_with_characters_excel_forbids_still_exports(qtbot, window: MainWindow, tmp_path: Path) -> None:
    title = "Avtal/köp: 2026 [Gävle]? * \\ 'och en mycket lång rubrik'"
    book = load_workbook(export_table(window.list_view.table.model(), tmp_path / "x.xlsx", title))
    assert book.active.title.startswith("Avtal-köp- 2026 -Gävle-")
    assert len(book.active.title) <= 31 and not set("/\\?*[]:") & set(book.active.title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Företag", "Företag"),
        ("a/b\\c?d*e[f]g:h", "a-b-c-d-e-f-g-h"),
        ("'citerad'", "citerad"),
        ("", "Lista"),
        ("///", "---"),
        ("x" * 40, "x" * 31),
        ("rad\nett\ttvå\x01", "rad ett två"),
    ],
)
def test_sheet_titles_excel_accepts(text: str, expected: str) -> None:
    assert sheet_title(text) == expected


def test_the_export_dialog_names_file_and_sheet_after_the_list(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def answer(_parent, _title, start, _filters, *_rest):  # type: ignore[no-untyped-def]
        suggested.append(start)
        return str(tmp_path / Path(start).name), "Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    written = window.list_view.table.export_dialog()
    assert suggested == ["Företag.xlsx"]
    assert written == tmp_path / "Företag.xlsx"
    sheet = load_workbook(written).active
    assert sheet.title == "Företag"
    assert sheet.auto_filter.ref == sheet.dimensions
    widths = [sheet.column_dimensions[c[0].column_letter].width for c in sheet.iter_cols()]
    assert all(8 <= w <= 60 for w in widths) and len(set(widths)) > 1
