"""The period report's figures as an Excel workbook, for funders who work on in Excel.

Same figures and the same disclosure control as the PDF (reports/figures.py). A hidden count
is not text in a numeric column (Excel's SUM would skip "<5" without a word): its cell is left
empty and grey, with a comment saying "<5" (1–4 people) or ".." (hidden so that no small count
can be worked out), and each sheet that has one ends with a legend.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asfdesk.domain.disclosure import SMALL, SUPPRESSED
from asfdesk.domain.formatting import tenths
from asfdesk.reports.figures import period_report_figures
from asfdesk.reports.models import PeriodReport, SplitRow
from asfdesk.storage.sheet_cells import append_row, save_workbook

LEGEND = (
    "Grå tomma celler är dolda av röjandeskydd (se cellens kommentar): <5 = 1–4 personer, "
    ".. = dold så att ingen liten siffra kan räknas fram ur summor och andra celler."
)
WHY = {
    SMALL: "<5: 1–4 personer, visas inte (röjandeskydd).",
    SUPPRESSED: "..: dold så att ingen liten siffra kan räknas fram (röjandeskydd).",
}


@dataclass(frozen=True)
class Hidden:
    shown: str  # "<5" or ".."


def _mark_hidden(cell: Any, value: Hidden) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cell.value = None
    cell.comment = Comment(WHY.get(value.shown, value.shown), "asfdesk")
    cell.fill = PatternFill("solid", start_color="DDDDDD", end_color="DDDDDD")


def build_period_report_xlsx(data: PeriodReport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    figures = period_report_figures(data)

    def count(key: str) -> Any:
        shown = figures[key]
        return int(shown) if shown.isdigit() else Hidden(shown)  # numbers stay numbers

    def split(key: str) -> list[Any]:
        return [count(f"{key}.{part}") for part in ("women", "men", "total")]

    book = Workbook()
    first = book.active
    assert first is not None
    sheets: list[tuple[str, list[str], list[list[Any]]]] = [
        (
            "Sammanfattning",
            ["Mått", "Kvinnor", "Män", "Totalt"],
            [
                ["Period", data.period.label, "", ""],
                ["Urval", data.filters, "", ""],
                ["Företag som fått handledarstöd", "", "", count("enterprises")],
                ["Handledarstödskontakter", "", "", count("contacts")],
                ["Timmar handledarstöd", "", "", tenths(data.contact_hours)],
                ["Deltagare i placering under perioden", *split("participants")],
                ["Avslutade till arbete eller studier", *split("to_work")],
            ],
        ),
        (
            "Per modul",
            ["Modul", "Kontakter", "Timmar"],
            [[r.label, count(f"module.{r.label}"), tenths(r.hours)] for r in data.by_module],
        ),
    ]

    def split_rows(title: str, key: str, rows: list[SplitRow]) -> list[list[Any]]:
        return [[title, r.label, *split(f"{key}.{r.label}")] for r in rows]

    sheets.append(
        (
            "Per insats",
            ["", "Insats", "Kvinnor", "Män", "Totalt"],
            split_rows("Påbörjade", "started", data.started_by_type)
            + split_rows("Avslutade", "ended", data.ended_by_type)
            + split_rows("Pågående vid periodens slut", "ongoing", data.ongoing_by_type),
        )
    )
    sheets.append(
        ("Utfall", ["", "Utfall", "Kvinnor", "Män", "Totalt"], split_rows("Avslutade", "outcome", data.outcomes))
    )
    sheets.append(
        (
            "Per kommun",
            [
                "Kommun",
                "Företag",
                "Kontakter",
                "Timmar",
                "Påbörjade K",
                "Påbörjade M",
                "Påbörjade T",
                "Avslutade K",
                "Avslutade M",
                "Avslutade T",
                "Arbete/studier K",
                "Arbete/studier M",
                "Arbete/studier T",
            ],
            [
                [
                    m.municipality,
                    count(f"municipality.{m.municipality}.enterprises"),
                    count(f"municipality.{m.municipality}.contacts"),
                    tenths(m.hours),
                    *split(f"municipality.{m.municipality}.started"),
                    *split(f"municipality.{m.municipality}.ended"),
                    *split(f"municipality.{m.municipality}.to_work"),
                ]
                for m in data.municipalities
            ],
        )
    )
    for index, (title, header, rows) in enumerate(sheets):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = title
        append_row(sheet, header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        hidden = False
        for row in rows:
            append_row(sheet, [None if isinstance(v, Hidden) else v for v in row])
            for column, value in enumerate(row, start=1):
                if isinstance(value, Hidden):
                    _mark_hidden(sheet.cell(sheet.max_row, column), value)
                    hidden = True
        if hidden:
            append_row(sheet, [])
            append_row(sheet, [LEGEND])
            sheet.cell(sheet.max_row, 1).font = Font(italic=True)
        sheet.column_dimensions["A"].width = 38
        sheet.freeze_panes = "A2"
    return save_workbook(book, path)
