"""Importing the user's own lists: headers recognised, rows checked, re-import without duplicates."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from asfdesk.services.importer import Importer, guess_mapping, write_rejected


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _importer(ctx) -> Importer:
    return Importer(ctx.database.session_factory, ctx.enterprise_records, ctx.participants)


def test_swedish_headers_are_recognised() -> None:
    """'Företag', 'Org.nr', 'Kommun' and 'Anställda' map to their fields; unknown columns are ignored."""
    mapping = guess_mapping("enterprises", ["Företag", "Org.nr", "Kommun", "Anställda", "Färg"])
    assert mapping == {"Företag": "name", "Org.nr": "orgnr", "Kommun": "municipality", "Anställda": "employees"}


def test_enterprise_import_checks_rows_and_does_not_duplicate(ctx, tmp_path: Path) -> None:
    """Valid rows are imported, wrong ones reported with reasons, and importing again updates instead of adding."""
    path = _sheet(
        tmp_path / "lista.xlsx",
        [
            ["Företag", "Organisationsnummer", "Kommun", "Status", "Anställda"],
            ["Vävstugan ek. för.", "5560360793", "Luleå", "Etablerad", 3],
            ["Fel nummer AB", "556036-0794", "Boden", "", ""],
            ["", "", "Piteå", "", ""],
            ["Snickeriet", "", "Gävle", "okänd status", ""],
        ],
    )
    before = len(ctx.enterprises.list_enterprises())
    dry = _importer(ctx).run(path, "enterprises", dry_run=True)
    assert dry.created == 1 and len(ctx.enterprises.list_enterprises()) == before
    result = _importer(ctx).run(path, "enterprises")
    assert (result.created, result.updated) == (1, 0)
    assert sorted(p.row for p in result.rejected) == [3, 4, 5]
    reasons = {p.row: " ".join(p.reasons) for p in result.rejected}
    assert "Kontrollsiffran" in reasons[3] and "namn" in reasons[4] and "okänd status" in reasons[5]
    imported = next(r for r in ctx.enterprises.list_enterprises() if r.name == "Vävstugan ek. för.")
    assert imported.orgnr == "556036-0793" and imported.status == "etablerad"
    again = _importer(ctx).run(path, "enterprises")
    assert (again.created, again.updated) == (0, 1)
    assert len(ctx.enterprises.list_enterprises()) == before + 1
    report = load_workbook(write_rejected(result, tmp_path / "avvisade.xlsx")).active
    assert [c.value for c in report[1]][:2] == ["Rad", "Skäl"] and report.max_row == 4


def test_participant_import_from_csv(ctx, tmp_path: Path) -> None:
    """Participants come in from a semicolon CSV with code, gender and birth year; the code matches on re-import."""
    path = tmp_path / "deltagare.csv"
    path.write_text("Kod;Kön;Födelseår\nIMP-1;K;1988\nIMP-2;man;1979\nIMP-3;okänt;1990\n", encoding="utf-8")
    result = _importer(ctx).run(path, "participants")
    assert result.created == 2 and [p.row for p in result.rejected] == [4]
    again = _importer(ctx).run(path, "participants")
    assert again.created == 0 and again.updated == 2
