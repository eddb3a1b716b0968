"""The period report's figures as an Excel workbook, for funders who work on in Excel.

Same figures and the same masking as the PDF: a funder's counts of 1–4 are written as "<5".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asfdesk.domain.reporting import GenderSplit, shown_count
from asfdesk.services.report_models import PeriodReport, SplitRow
from asfdesk.storage import output_files


def build_period_report_xlsx(data: PeriodReport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    a = data.audience

    def count(value: int) -> Any:
        shown = shown_count(value, a)
        return int(shown) if shown.isdigit() else shown  # numbers stay numbers, "<5" stays text

    def split(s: GenderSplit) -> list[Any]:
        return [count(s.women), count(s.men), count(s.total)]

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
                ["Företag som fått handledarstöd", "", "", count(data.enterprises_supported)],
                ["Handledarstödskontakter", "", "", count(data.contact_count)],
                ["Timmar handledarstöd", "", "", data.contact_hours],
                ["Deltagare i placering under perioden", *split(data.participants)],
                ["Avslutade till arbete eller studier", *split(data.to_work_or_studies)],
            ],
        ),
        ("Per modul", ["Modul", "Kontakter", "Timmar"], [[r.label, count(r.count), r.hours] for r in data.by_module]),
    ]

    def split_rows(title: str, rows: list[SplitRow]) -> list[list[Any]]:
        return [[title, r.label, *split(r.split)] for r in rows]

    sheets.append(
        (
            "Per insats",
            ["", "Insats", "Kvinnor", "Män", "Totalt"],
            split_rows("Påbörjade", data.started_by_type)
            + split_rows("Avslutade", data.ended_by_type)
            + split_rows("Pågående vid periodens slut", data.ongoing_by_type),
        )
    )
    sheets.append(("Utfall", ["", "Utfall", "Kvinnor", "Män", "Totalt"], split_rows("Avslutade", data.outcomes)))
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
                    count(m.enterprises),
                    count(m.contacts),
                    m.hours,
                    *split(m.started),
                    *split(m.ended),
                    *split(m.to_work_or_studies),
                ]
                for m in data.municipalities
            ],
        )
    )
    for index, (title, header, rows) in enumerate(sheets):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.column_dimensions["A"].width = 38
        sheet.freeze_panes = "A2"
    return output_files.save_atomically(path, book.save)
