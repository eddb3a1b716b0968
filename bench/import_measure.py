"""Importing a coordinator's list: 50,000 enterprises from an XLSX, against reading it with openpyxl alone."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.measures import Figure

HEADERS = [
    "Namn", "Organisationsnummer", "Kommun", "Adress", "Postnummer", "Ort", "Bransch",
    "Status", "Anställda", "Platser", "E-post", "Telefon", "Anteckningar",
]  # fmt: skip


def write_list(path: Path, rows: int) -> Path:
    """An enterprise list as Excel writes one: a header and `rows` rows of 13 columns, every orgnr valid."""
    from openpyxl import Workbook
    from stdnum import luhn

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Företag")
    sheet.append(HEADERS)
    towns = ["Gävle", "Luleå", "Hudiksvall", "Sandviken", "Piteå"]
    for i in range(rows):
        body = f"{5 + i % 5}{i % 10}{2 + i % 8}{i:06d}"  # a legal person's third digit is 2 or more
        digits = body + luhn.calc_check_digit(body)
        sheet.append(
            [
                f"Företag {i} ek. för.", f"{digits[:6]}-{digits[6:]}", towns[i % 5], f"Storgatan {i % 90 + 1}",
                "80320", towns[i % 5], "Café, Catering", "Etablerad", i % 20, i % 7,
                f"info{i}@example.se", "026-12 34 56", "Arbetsträning i kök och servering.",
            ]
        )  # fmt: skip
    book.save(path)
    return path


def _read_only(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    finally:
        book.close()


def import_list(rows: int, out: Path) -> Figure:
    from asfdesk.config import AppPaths
    from asfdesk.context import open_context

    source = write_list(out / "foretag.xlsx", rows)
    started = time.perf_counter()
    read = _read_only(source)
    floor = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="asfdesk-bench-import-") as folder:
        paths = AppPaths.resolve(Path(folder))
        paths.ensure()
        context = open_context(paths, Path(folder) / "import.db")
        try:
            started = time.perf_counter()
            result = context.importer().run(source, "enterprises")
            ours = time.perf_counter() - started
            started = time.perf_counter()
            again = context.importer().run(source, "enterprises")
            unchanged = time.perf_counter() - started
        finally:
            context.close()
    outcome = (read, result.created, len(result.rejected), again.unchanged)
    assert outcome == (rows + 1, rows, 0, rows), outcome
    return Figure(
        f"import {rows} enterprises from XLSX",
        ours,
        floor,
        "≤ 4×",
        ours <= 4 * floor,
        f"floor = the same file read with openpyxl alone; the same list again (all unchanged): {unchanged:.1f} s",
        unit="s",
    )
