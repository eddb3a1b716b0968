"""The files coordinators really bring to Importera: each one gives the right rows or one clear line.

The corpus is made here, small: workbooks with a title above the header, CSVs from Swedish Excel
in each encoding it writes, files from other programs, broken and hostile ones.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from asfdesk.cli import EXIT_PROBLEM, EXIT_USAGE, run
from asfdesk.services.sheet_reader import MAX_ROWS, SheetError, decode_text, detect_separator

CODES = "Kod;Kön;Födelseår;Anteckningar\n"


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _names(ctx) -> set[str]:
    return {e.name for e in ctx.enterprises.list_enterprises()}


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the header is where the sheet has it --------------------------------------------------
def test_title_and_note_rows_above_the_header_are_neither_data_nor_rejected(ctx, tmp_path: Path) -> None:
    path = _book(
        tmp_path / "lista.xlsx",
        [
            ["Företag i Hälsingland, november 2026"],
            ["Sammanställt av Coompanion Gävleborg. Kontrollera orgnr före import."],
            [],
            ["Företag", "Organisationsnummer", "Kommun"],
            ["Rubrikgården ek. för.", "556036-0793", "Hudiksvall"],
            [],
            ["Fel nummer AB", "556036-0794", "Bollnäs"],
            ["Titelraden AB", "", "Ljusdal"],
        ],
    )
    result = ctx.importer().run(path, "enterprises")
    assert (result.created, result.mapping) == (
        2,
        {"Företag": "name", "Organisationsnummer": "orgnr", "Kommun": "municipality"},
    )
    assert [p.row for p in result.rejected] == [7]  # the sheet's own row number, blank rows counted
    assert {"Rubrikgården ek. för.", "Titelraden AB"} <= _names(ctx)


# -- CSV as Swedish Excel and other programs write it ---------------------------------------
@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ";"), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ";"), ("utf-8", ",")],
    ids=["utf8", "utf8-bom", "utf16-unicode-text", "windows-1252", "comma"],
)
def test_csv_in_every_encoding_excel_writes_keeps_swedish_letters(ctx, tmp_path: Path, encoding, separator) -> None:
    lines = [
        ["Kod", "Kön", "Födelseår", "Anteckningar"],
        ["ÅSA-1", "K", "1988", 'Kaffe "Bönan" AB, två rader:\nandra raden'],
        ["ÖRJ-2", "M", "1979", "Övik; ej klar"],
    ]
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(lines)
    path = tmp_path / f"deltagare-{encoding}.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    result = ctx.importer().run(path, "participants")
    assert (result.created, result.rejected) == (2, [])
    notes = {
        ctx.participants.get_input(pid).code: ctx.participants.get_input(pid).notes
        for pid, _ in ctx.participants.choices()
    }
    assert notes["ÅSA-1"] == 'Kaffe "Bönan" AB, två rader:\nandra raden'
    assert notes["ÖRJ-2"] == "Övik; ej klar"


def test_separator_comes_from_the_whole_sample_not_the_header_alone() -> None:
    """The header holds a comma inside quotes and no tab; the rows say the file is tab separated."""
    sample = '"Namn, företag"\tKommun\nA, B och C\tLuleå\nD; E\tBoden\nF\tPiteå\n'
    assert detect_separator(sample) == "\t"
    assert detect_separator("Namn;Kommun\nA, B;Luleå\nC, D;Boden\n") == ";"


def test_decoding_tells_utf8_from_windows_1252_and_utf16() -> None:
    text = "Företag;Kommun\nÅsa Café;Örebro\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"):
        assert decode_text(text.encode(encoding)) == text, encoding


# -- files that are not what they say ---------------------------------------------------
def _truncated_xlsx(path: Path, tmp_path: Path) -> Path:
    whole = _book(tmp_path / "whole.xlsx", [["Namn", "Kommun"], ["A", "B"]]).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _ods(path: Path, _tmp: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def _zip_not_excel(path: Path, _tmp: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hej")
    return path


def _missing_sheet(path: Path, tmp_path: Path) -> Path:
    whole = _book(tmp_path / "whole.xlsx", [["Namn", "Kommun"], ["A", "B"]])
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
    return path


BROKEN = [
    (
        "gammal.xls",
        lambda p, _t: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512) and p,
        "gammal Excel-fil (.xls)",
    ),
    ("kalkyl.ods", _ods, "OpenDocument"),
    ("halv.xlsx", _truncated_xlsx, "skadad eller ofullständig (filen är ingen zip-fil)"),
    ("utan-blad.xlsx", _missing_sheet, "inget kalkylblad"),
    ("zip.xlsx", _zip_not_excel, "ingen Excel-arbetsbok"),
    ("text.xlsx", lambda p, _t: p.write_text("Namn;Kommun\nA;B\n") and p, "heter .xlsx men är ingen Excel-arbetsbok"),
    ("webb.xls", lambda p, _t: p.write_text("<html><table><tr><td>Namn</td></tr></table></html>") and p, "webbsida"),
    ("tom.csv", lambda p, _t: p.write_bytes(b"") or p, "Filen är tom."),
    ("blank.csv", lambda p, _t: p.write_text("\n\n;;\n") and p, "Filen har inga rader."),
    ("bild.csv", lambda p, _t: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40) and p, "ingen textfil"),
    (
        "en-kolumn.csv",
        lambda p, _t: p.write_text("Färg\nröd\nblå\n") and p,
        "Ingen kolumn i rubrikraden (rad 1) känns igen: Färg",
    ),
    ("bara-rubrik.csv", lambda p, _t: p.write_text("Namn;Kommun\n") and p, "rubrikrad men inga rader"),
]


@pytest.mark.parametrize(("name", "make", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_file_that_is_no_list_gives_one_line_and_imports_nothing(ctx, tmp_path: Path, name, make, expected) -> None:
    path = make(tmp_path / name, tmp_path)
    before = _names(ctx)
    with pytest.raises(SheetError) as caught:
        ctx.importer().run(path, "enterprises")
    assert expected in str(caught.value) and "\n" not in str(caught.value)
    assert _names(ctx) == before


def _enterprise_rows(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM enterprise").fetchone()[0])


def test_the_command_line_says_it_in_one_line_with_a_non_zero_exit(demo_db: Path, tmp_path: Path, capsys) -> None:
    before = _enterprise_rows(demo_db)
    for name, make, expected in BROKEN:
        path = make(tmp_path / name, tmp_path)
        code, _out, err = _cli(capsys, "--db", str(demo_db), "import", str(path), "--kind", "enterprises")
        assert code == EXIT_PROBLEM, name
        assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (name, err)
    assert _enterprise_rows(demo_db) == before


@pytest.mark.parametrize(
    "mapping", ["[1,2]", '"Namn"', '{"Namn": 3}', '{"Namn": "finns_inte"}', "{Namn: name}"], ids=str
)
def test_a_mapping_that_is_not_column_to_field_is_a_usage_error(demo_db: Path, tmp_path: Path, capsys, mapping) -> None:
    path = tmp_path / "l.csv"
    path.write_text("Namn;Kommun\nA;B\n", encoding="utf-8")
    code, _out, err = _cli(
        capsys, "--db", str(demo_db), "import", str(path), "--kind", "enterprises", "--mapping", mapping
    )
    assert code == EXIT_USAGE and "--mapping" in err and "municipality" in err and "Traceback" not in err


# -- cells that are too much or not what they seem -----------------------------------------
def test_a_200000_character_cell_rejects_its_row_only(ctx, tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text(CODES + f"LNG-1;K;1980;{'x' * 200_000}\nLNG-2;M;1981;kort\n", encoding="utf-8")
    result = ctx.importer().run(path, "participants")
    assert result.created == 1 and [p.row for p in result.rejected] == [2]
    assert result.rejected[0].reasons == ["Anteckningar: 200 000 tecken (högst 32 767)"]


def _with_cached_formulas(path: Path) -> Path:
    """Column B holds formulas; row 2's has a value Excel saved, row 3's has none (as openpyxl writes)."""
    _book(
        path,
        [
            ["Namn", "Orgnr", "Kommun"],
            ["Formel med värde AB", "=A1", "Gävle"],
            ["Formel utan värde AB", "=A1", "Gävle"],
        ],
    )
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<f>A1</f><v />", "<f>A1</f><v>5560360793</v>", 1)
    assert "<v>5560360793</v>" in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_formulas_give_their_saved_value_or_reject_the_row(ctx, tmp_path: Path) -> None:
    result = ctx.importer().run(_with_cached_formulas(tmp_path / "formler.xlsx"), "enterprises")
    assert result.created == 1 and [p.row for p in result.rejected] == [3]
    assert "Orgnr: formel utan sparat värde" in result.rejected[0].reasons[0]
    made = next(e for e in ctx.enterprises.list_enterprises() if e.name == "Formel med värde AB")
    assert made.orgnr == "556036-0793"
    assert "Formel utan värde AB" not in _names(ctx)  # never an enterprise without its orgnr


def test_excel_error_values_reject_their_row(ctx, tmp_path: Path) -> None:
    path = _book(tmp_path / "fel.xlsx", [["Namn", "Kommun", "Anställda"], ["Felvärde AB", "Gävle", "#DIV/0!"]])
    result = ctx.importer().run(path, "enterprises")
    assert result.created == 0 and result.rejected[0].reasons == ["Anställda: felvärde #DIV/0!"]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (["Nollbolaget", "000000-0000", "Gävle", ""], "inte ett giltigt organisationsnummer"),
        (["Månadsfel AB", "551336-0791", "Gävle", ""], "inte ett giltigt organisationsnummer"),
        ("x" * 201, "Högst 200 tecken"),
    ],
    ids=["orgnr-zero", "orgnr-month-13", "long-name"],
)
def test_impossible_values_are_rejected_with_their_reason(ctx, tmp_path: Path, row, reason) -> None:
    cells = row if isinstance(row, list) else [row, "", "Gävle", ""]
    path = _book(tmp_path / "v.xlsx", [["Namn", "Orgnr", "Kommun", "Anställda"], cells])
    result = ctx.importer().run(path, "enterprises")
    assert result.created == 0 and reason in " ".join(result.rejected[0].reasons)


@pytest.mark.parametrize("day", ["1899-12-31", "2101-01-01", "1.1.1850"])
def test_dates_outside_1900_to_2100_are_rejected(ctx, tmp_path: Path, day) -> None:
    path = _book(tmp_path / "d.xlsx", [["Kod", "Samtycke", "Samtycke datum"], ["DAG-1", "ja", day]])
    result = ctx.importer().run(path, "participants")
    assert result.created == 0 and "mellan 1900 och 2100" in " ".join(result.rejected[0].reasons)


# -- bounded work on hostile workbooks ------------------------------------------------------
HOSTILE = textwrap.dedent(
    """
    import sys, time, zipfile
    from pathlib import Path
    from asfdesk.services.sheet_reader import SheetError, open_sheet
    path = Path(sys.argv[1])
    start = time.monotonic()
    try:
        sheet = open_sheet(path, lambda text: text in ("Namn", "Kommun"))
        rows = sum(1 for _ in sheet.rows)
        outcome = f"read {rows}"
    except SheetError as exc:
        outcome = f"refused {exc}"
    # VmHWM is this program's own peak: ru_maxrss would count the test process it was forked from
    status = Path("/proc/self/status").read_text()
    peak_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) // 1024
    print(f"{peak_mb}|{time.monotonic() - start:.1f}|{outcome}")

    """
)


def _sheet_xml(rows: str, dimension: str = "A1:B2") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    )


def _replace_sheet(path: Path, tmp_path: Path, writer) -> Path:
    template = _book(tmp_path / "mall.xlsx", [["Namn", "Kommun"], ["A", "B"]])
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                entry = zipfile.ZipInfo(info.filename)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with target.open(entry, "w", force_zip64=True) as part:
                    writer(part)
            else:
                target.writestr(info, source.read(info))
    return path


def _huge_dimension(part) -> None:
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row>'
    corner = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    part.write(_sheet_xml(header + corner, "A1:XFD1048576").encode())


def _bomb(part) -> None:
    """A sheet whose XML inflates to 600 MB from a file of about half a megabyte."""
    part.write(_sheet_xml("").encode()[: -len("</sheetData></worksheet>")])
    filler = b"<!--" + b" " * (1 << 20) + b"-->"
    for _ in range(600):
        part.write(filler)
    part.write(b"</sheetData></worksheet>")


@pytest.mark.parametrize(
    ("writer", "expected"),
    [(_huge_dimension, f"fler än {MAX_ROWS:,} rader".replace(",", " ")), (_bomb, "för stor att läsa in")],
    ids=["declared-XFD1048576", "decompression-bomb"],
)
def test_hostile_workbooks_are_refused_in_seconds_within_a_memory_bound(tmp_path: Path, writer, expected) -> None:
    """Read in a process of its own so that its peak memory is its own: under 300 MB, under 60 s."""
    path = _replace_sheet(tmp_path / "fientlig.xlsx", tmp_path, writer)
    assert path.stat().st_size < 5 * 2**20
    done = subprocess.run([sys.executable, "-c", HOSTILE, str(path)], capture_output=True, text=True, timeout=120)
    peak_mb, seconds, outcome = done.stdout.strip().split("|", 2)
    assert outcome.startswith("refused") and expected in outcome, done.stdout + done.stderr
    assert int(peak_mb) < 300 and float(seconds) < 60


# -- a database that does not exist yet -------------------------------------------------------
def test_import_into_a_new_database_makes_it_and_a_failed_or_trial_import_leaves_nothing(
    tmp_path: Path, capsys
) -> None:
    good, bad = tmp_path / "lista.csv", tmp_path / "fel.csv"
    good.write_text("Namn;Kommun\nNystart ek. för.;Gävle\n", encoding="utf-8")
    bad.write_text("Färg\nröd\n", encoding="utf-8")
    folder = tmp_path / "ny"
    folder.mkdir()
    target = folder / "ny databas.db"
    for source, extra in ((bad, ()), (good, ("--dry-run",))):
        code, out, _err = _cli(capsys, "--db", str(target), "import", str(source), "--kind", "enterprises", *extra)
        assert sorted(p.name for p in folder.iterdir()) == [] and "Ny databas" not in out
    code, out, _err = _cli(capsys, "--db", str(target), "import", str(good), "--kind", "enterprises")
    assert code == 0 and f"Ny databas: {target}" in out and "1 skapade" in out
    assert _enterprise_rows(target) == 1
