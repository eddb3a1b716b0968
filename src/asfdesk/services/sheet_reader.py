"""Reading the lists users bring: Excel workbooks and CSV files, whatever program wrote them.

What the file is comes from its first bytes, not its name: an old .xls, a .ods, an .xlsb, a web
page saved as .xls or a non-zip named .xlsx is refused with one line that says what to do. CSV is
read in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252 (Swedish
Excel's "CSV (semikolonavgränsad)"); the separator is the one that splits the sample into the
most consistent rows. The header is the first row whose cells are known column names, so title
and note rows above it are neither data nor rejected; row numbers stay the sheet's own.

The work is bounded whatever the file declares: workbook parts are checked against their
uncompressed sizes before any is read (openpyxl holds the shared strings in memory; sheets are
streamed), rows are yielded one at a time, and rows, columns and cell lengths are capped while
reading. A formula cell gives its cached value; one without a cached value, or an Excel error
value, makes its row rejected with the reason.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.storage.errors import in_swedish
from asfdesk.storage.sheet_cells import unmark_csv_text

MAX_ROWS = 250_000  # rows of a sheet, blank ones included
MAX_COLUMNS = 256
MAX_CELL = 32_767  # characters: Excel's own limit for one cell
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_SHEET_XML = 512 * 1024 * 1024  # uncompressed; streamed, so this bounds time, not memory
MAX_SHARED_STRINGS = 64 * 1024 * 1024  # uncompressed; openpyxl keeps them all in memory
MAX_OTHER_PART = 32 * 1024 * 1024
HEADER_SEARCH_ROWS = 50
SEPARATORS = (";", ",", "\t")
EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!"}
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
RawRow = tuple[list[Any], list[int]]  # values, columns with a formula but no saved value


class SheetError(ValueError):
    """The file cannot be read as a list; the message says why and what to do, in one line."""


@dataclass
class SheetRow:
    number: int  # as the sheet shows it (the first line of the file is 1)
    values: list[Any]
    problems: list[str] = field(default_factory=list)


@dataclass
class Sheet:
    headers: list[str]
    header_row: int
    rows: Iterator[SheetRow]


def _error(text: str, *values: object) -> SheetError:
    message = translate("import", text)
    for number, value in enumerate(values, start=1):
        message = message.replace(f"%{number}", str(value))
    return SheetError(message)


def open_sheet(path: Path, is_header: Callable[[str], bool]) -> Sheet:
    """The file's header (found with `is_header`, which tells a known column name) and its rows."""
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("import", "Filen kunde inte läsas: %1"), exc.strerror or exc) from exc
    if not start:
        raise _error(QT_TRANSLATE_NOOP("import", "Filen är tom."))
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise _error(
            QT_TRANSLATE_NOOP(
                "import", "Filen är en gammal Excel-fil (.xls). Spara den som .xlsx i Excel och försök igen."
            )
        )
    if start.startswith(b"PK"):
        raw_rows = _workbook_rows(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"):
        if start.lstrip().lower().startswith((b"<html", b"<!doc", b"<?xml", b"<table")):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "import", "Filen är en webbsida eller XML, inte en Excel-arbetsbok. Spara den som .xlsx i Excel."
                )
            )
        raise _error(
            QT_TRANSLATE_NOOP("import", "Filen heter %1 men är ingen Excel-arbetsbok. Spara den som .xlsx eller .csv."),
            path.suffix,
        )
    else:
        raw_rows = _csv_rows(path)
    return _with_header(_bounded(raw_rows), is_header)


# -- workbooks ----------------------------------------------------------------------------
def _workbook_rows(path: Path) -> Iterator[RawRow]:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename: info.file_size for info in archive.infolist()}
            if "mimetype" in parts and b"opendocument" in archive.read("mimetype")[:200]:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "import", "Filen är ett OpenDocument-kalkylark (.ods). Spara den som .xlsx och försök igen."
                    )
                )
            if "xl/workbook.bin" in parts:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "import", "Filen är en binär Excel-arbetsbok (.xlsb). Spara den som .xlsx och försök igen."
                    )
                )
            if "xl/workbook.xml" not in parts:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "import", "Filen är en zip-fil men ingen Excel-arbetsbok. Spara listan som .xlsx eller .csv."
                    )
                )
            formulas = False
            for name, size in parts.items():
                limit = _part_limit(name)
                if size > limit:
                    raise _error(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "Arbetsboken är för stor att läsa in (%1 MB i en del, högst %2 MB). Dela upp listan.",
                        ),
                        size // 2**20,
                        limit // 2**20,
                    )
                if name.startswith("xl/worksheets/") and not formulas:
                    formulas = _has_formula(archive, name)
    except SheetError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(exc) from exc
    return _openpyxl_rows(path, formulas)


def _part_limit(name: str) -> int:
    if name.startswith("xl/worksheets/"):
        return MAX_SHEET_XML
    if name == "xl/sharedStrings.xml":
        return MAX_SHARED_STRINGS
    return MAX_OTHER_PART


def _has_formula(archive: zipfile.ZipFile, name: str) -> bool:
    tail = b""
    with archive.open(name) as part:
        while chunk := part.read(1 << 20):
            if _FORMULA.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _damaged(exc: BaseException) -> SheetError:
    reason = in_swedish(str(exc).splitlines()[0][:120]) if str(exc) else type(exc).__name__
    return _error(
        QT_TRANSLATE_NOOP(
            "import",
            "Arbetsboken är skadad eller ofullständig (%1). Öppna den i Excel, spara igen och försök på nytt.",
        ),
        reason,
    )


def _openpyxl_rows(path: Path, formulas: bool) -> Iterator[RawRow]:
    from openpyxl import load_workbook

    books: list[Any] = []
    try:
        books.append(load_workbook(path, read_only=True, data_only=True))
        cells = _first_worksheet(books[0]).iter_rows(values_only=True)
        if not formulas:
            for row in cells:
                yield _cell_values(row, None)
            return
        books.append(load_workbook(path, read_only=True, data_only=False))
        written = _first_worksheet(books[1]).iter_rows(values_only=True)
        for row, formula_row in zip_longest(cells, written, fillvalue=()):
            yield _cell_values(row, formula_row)
    except SheetError:
        raise
    except Exception as exc:  # openpyxl on a damaged file raises anything from KeyError to XML errors
        raise _damaged(exc) from exc
    finally:
        for book in books:
            book.close()


def _first_worksheet(book: Any) -> Any:
    sheets = [s for s in book.worksheets if hasattr(s, "iter_rows")]
    if not sheets:
        raise _error(QT_TRANSLATE_NOOP("import", "Arbetsboken har inget kalkylblad med rader."))
    sheet = book.active if hasattr(book.active, "iter_rows") else sheets[0]
    sheet.reset_dimensions()  # a declared dimension of A1:XFD1048576 must not pad every row
    return sheet


def _cell_values(row: tuple[Any, ...], formula_row: tuple[Any, ...] | None) -> RawRow:
    """The row's values and the columns holding a formula whose value the file does not keep."""
    values = list(row)
    if formula_row is None:
        return values, []
    unsaved = [
        index
        for index, written in enumerate(formula_row[: len(values)])
        if values[index] is None and isinstance(written, str) and written.startswith("=")
    ]
    return values, unsaved


# -- CSV ----------------------------------------------------------------------------------
def _csv_rows(path: Path) -> Iterator[RawRow]:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP("import", "Filen är för stor att läsa in (%1 MB, högst %2 MB). Dela upp listan."),
            size // 2**20,
            MAX_CSV_BYTES // 2**20,
        )
    text = decode_text(path.read_bytes())
    separator = detect_separator(text[:65536])
    csv.field_size_limit(MAX_CSV_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, doublequote=True, strict=False)
    try:
        for row in reader:
            yield [unmark_csv_text(v) for v in row], []  # our own exports mark formula-like text
    except csv.Error as exc:
        raise _error(QT_TRANSLATE_NOOP("import", "Filen kunde inte läsas som CSV (%1)."), exc) from exc


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM or with the NULs that give it away, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        odd = sample[1::2].count(0) > sample[0::2].count(0)
        return data.decode("utf-16-le" if odd else "utf-16-be", errors="replace")
    if 0 in sample:
        raise _error(
            QT_TRANSLATE_NOOP(
                "import", "Filen är ingen textfil (CSV) och ingen Excel-arbetsbok. Spara listan som .xlsx eller .csv."
            )
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def detect_separator(sample: str) -> str:
    """The separator that splits the sample's rows most consistently into more than one column."""
    best, best_score = ";", (-1, -1)
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        sample = "\n".join(lines[:-1])  # the sample may end mid-row
    for separator in SEPARATORS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=separator) if r]
        except csv.Error:
            continue
        widths = [len(r) for r in rows]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = separator, score
    return best


# -- both ---------------------------------------------------------------------------------
def _bounded(rows: Iterator[RawRow]) -> Iterator[SheetRow]:
    """Number the rows, cap them, and turn over-long cells and Excel error values into problems."""
    for number, (values, unsaved) in enumerate(rows, start=1):
        if number > MAX_ROWS:
            raise _error(
                QT_TRANSLATE_NOOP("import", "Filen har fler än %1 rader. Dela upp listan och läs in en del i taget."),
                f"{MAX_ROWS:,}".replace(",", " "),
            )
        while values and values[-1] in (None, ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise _error(
                QT_TRANSLATE_NOOP("import", "Rad %1 har fler än %2 kolumner. Är det rätt fil?"), number, MAX_COLUMNS
            )
        row = SheetRow(number, values)
        for index in unsaved:
            row.problems.append(
                f"{index}\x00" + translate("import", "formel utan sparat värde (öppna och spara i Excel)")
            )
        for index, value in enumerate(values):
            if isinstance(value, str):
                if len(value) > MAX_CELL:
                    row.problems.append(
                        f"{index}\x00"
                        + translate("import", "%1 tecken (högst %2)")
                        .replace("%1", f"{len(value):,}".replace(",", " "))
                        .replace("%2", f"{MAX_CELL:,}".replace(",", " "))
                    )
                    values[index] = ""
                elif value.strip() in EXCEL_ERRORS:
                    row.problems.append(f"{index}\x00" + translate("import", "felvärde %1").replace("%1", value))
                    values[index] = None
        yield row


def _with_header(rows: Iterator[SheetRow], is_header: Callable[[str], bool]) -> Sheet:
    """Look ahead for the header row; the rows above it are dropped, the rows after it streamed."""
    seen: list[SheetRow] = []
    header: SheetRow | None = None
    best = 0
    for row in rows:
        if not any(v not in (None, "") for v in row.values):
            continue
        seen.append(row)
        known = sum(1 for v in row.values if v not in (None, "") and is_header(str(v)))
        if known > best:
            header, best = row, known
        if best >= 2 or len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        raise _error(QT_TRANSLATE_NOOP("import", "Filen har inga rader."))
    header = header or seen[0]
    headers = [str(v).strip() if v not in (None, "") else "" for v in header.values]
    after = [r for r in seen if r.number > header.number]
    return Sheet(headers, header.number, _data_rows(after, rows, headers))


def _data_rows(first: list[SheetRow], rest: Iterator[SheetRow], headers: list[str]) -> Iterator[SheetRow]:
    for row in chain(first, rest):
        if not any(v not in (None, "") for v in row.values):
            continue
        row.problems = [_label(p, headers) for p in row.problems]
        yield row


def _label(problem: str, headers: list[str]) -> str:
    index_text, text = problem.split("\x00", 1)
    index = int(index_text)
    name = headers[index] if index < len(headers) and headers[index] else _column_letter(index)
    return f"{name}: {text}"


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return translate("import", "kolumn %1").replace("%1", letters)
