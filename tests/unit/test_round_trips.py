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


def _referrals(context) -> dict[str, tuple[object, object]]:
    from sqlalchemy import select

    from asfdesk.storage.models import Participant

    with context.database.session_factory() as session:
        rows = session.execute(
            select(Participant.code, Participant.referring_organisation_id, Participant.case_officer_id)
        ).all()
    return {code: (referrer, officer) for code, referrer, officer in rows}


def test_participants_exported_and_imported_again_keep_referrer_and_case_officer(ctx, tmp_path: Path) -> None:
    """export-all's participant list names referrer and handläggare by id: importing it puts back what was lost."""
    from sqlalchemy import update

    from asfdesk.storage.models import Participant

    before = _referrals(ctx)
    assert sum(1 for referrer, officer in before.values() if referrer and officer) >= 5
    export_all(ctx.database.path, tmp_path / "allt")
    with ctx.database.session_factory.begin() as session:
        session.execute(update(Participant).values(referring_organisation_id=None, case_officer_id=None))
    result = ctx.importer().run(tmp_path / "allt" / "participant.csv", "participants")
    assert {"referrer", "case_officer"} <= set(result.mapping.values())
    assert result.rejected == []
    assert result.updated == sum(1 for referrer, officer in before.values() if referrer or officer)
    assert _referrals(ctx) == before


def test_a_participant_list_names_referrer_and_handlaggare_by_name(ctx, tmp_path: Path) -> None:
    """'Remittent' and 'Handläggare' columns are matched by name in any case; an unknown name rejects the row."""
    from sqlalchemy import select

    from asfdesk.storage.models import Organisation, Staff

    with ctx.database.session_factory() as session:
        officer, officer_org, org_name = session.execute(
            select(Staff.name, Staff.organisation_id, Organisation.name).join(Organisation).limit(1)
        ).one()
    source = tmp_path / "deltagare.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Kod", "Kön", "Remittent", "Handläggare"])
        writer.writerow(["NY-001", "kvinna", org_name.upper(), officer.lower()])
        writer.writerow(["NY-002", "man", org_name, "Ingen Sådan"])
    result = ctx.importer().run(source, "participants")
    assert result.created == 1
    assert [(p.row, p.reasons) for p in result.rejected] == [(3, ["Okänd handläggare: Ingen Sådan"])]
    referrer, case_officer = _referrals(ctx)["NY-001"]
    assert referrer == officer_org
    assert case_officer is not None
