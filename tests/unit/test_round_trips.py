"""What asfdesk writes, asfdesk reads back right: export-all's enterprise list imported again."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from asfdesk.config import AppPaths
from asfdesk.context import open_context
from asfdesk.storage.export import export_all


def _inputs(context) -> dict[str, dict[str, object]]:
    """Every enterprise's editable fields, keyed by orgnr or name."""
    found = {}
    for row in context.enterprises.list_enterprises():
        data = dataclasses.asdict(context.enterprise_records.get_input(row.id))
        found[data["orgnr"] or data["name"]] = data
    return found


def test_export_all_then_import_into_the_same_database_changes_nothing(ctx, tmp_path: Path) -> None:
    before = _inputs(ctx)
    entries = len(ctx.audit.entries(100_000))
    export_all(ctx.database.path, tmp_path / "allt")
    source = tmp_path / "allt" / "enterprise.csv"
    result = ctx.importer().run(source, "enterprises")
    fields = set(result.mapping.values())
    assert {"name", "orgnr", "legal_form", "municipality", "business_lines", "employees", "training_places"} <= fields
    assert {"status", "email", "phone", "notes", "member_sak", "member_skoopi", "postal_code", "city"} <= fields
    assert (result.created, result.updated, result.rejected) == (0, 0, [])
    assert result.unchanged == len(before)
    assert _inputs(ctx) == before  # no value replaced by a default (employees 0, ekonomisk förening)
    assert len(ctx.audit.entries(100_000)) == entries  # an unchanged row writes no log entry


def test_export_all_then_import_into_an_empty_database_keeps_every_field(ctx, tmp_path: Path, paths: AppPaths) -> None:
    export_all(ctx.database.path, tmp_path / "allt")
    empty = open_context(paths, tmp_path / "tom.db")
    try:
        result = empty.importer().run(tmp_path / "allt" / "enterprise.csv", "enterprises")
        assert result.rejected == [] and result.created == len(ctx.enterprises.list_enterprises())
        assert _inputs(empty) == _inputs(ctx)
    finally:
        empty.close()


def test_a_partial_list_never_resets_what_it_does_not_name(ctx, tmp_path: Path) -> None:
    """A sheet of names and municipalities only: employees, places and legal form stay as recorded."""
    before = _inputs(ctx)
    source = tmp_path / "kort.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Namn", "Kommun"])
        for data in before.values():
            writer.writerow([data["name"], data["municipality"]])
    result = ctx.importer().run(source, "enterprises")
    assert result.unchanged == len(before) and result.updated == 0
    assert _inputs(ctx) == before


def test_export_all_csv_is_what_swedish_excel_reads(ctx, tmp_path: Path) -> None:
    export_all(ctx.database.path, tmp_path / "allt")
    with (tmp_path / "allt" / "enterprise.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert all("\\u" not in r["business_lines"] and not r["business_lines"].startswith("[") for r in rows)
    assert any("ö" in r["business_lines"] or "," in r["business_lines"] for r in rows)
    assert all(len(r["created_at"]) == 19 for r in rows)  # 2026-11-23 09:00:00, no microseconds
