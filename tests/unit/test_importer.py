"""Importing the user's own lists: headers recognised, rows checked, re-import without duplicates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
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
    return ctx.importer()


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
    entries = len(ctx.audit.entries(100_000))
    again = _importer(ctx).run(path, "enterprises")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert len(ctx.audit.entries(100_000)) == entries  # nothing new: nothing written, not even to the log
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
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    path.write_text("Kod;Kön;Födelseår\nIMP-1;K;1989\nIMP-2;man;1979\n", encoding="utf-8")
    changed = _importer(ctx).run(path, "participants")
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)


def test_messy_participant_sheet_imports_the_good_rows(ctx, tmp_path: Path) -> None:
    """Blank rows, an invalid personnummer, a duplicate within the sheet and mixed date formats."""
    path = _sheet(
        tmp_path / "deltagare.xlsx",
        [
            ["Kod", "Personnummer", "Kön", "Födelseår", "Samtycke", "Samtycke datum"],
            ["MES-1", "19760412-5554", "Kvinna", 1976, "ja", datetime(2026, 3, 2)],
            [None, None, None, None, None, None],
            ["MES-2", "760412-5552", "M", "1976", "ja", "2026-03-02"],
            ["MES-3", "", "man", 1990.0, "x", "2/3/2026"],
            ["mes-1", "", "K", 1976, "", ""],
            ["MES-4", "", "K", 1985, "ja", 46083],
        ],
    )
    result = _importer(ctx).run(path, "participants")
    assert [p.row for p in result.rejected] == [4]  # numbered as in the sheet, the blank row 3 counted
    assert "Kontrollsiffran" in " ".join(result.rejected[0].reasons)
    # MES-1 twice: the second row matches the first, and its empty consent columns leave the consent as given
    assert (result.created, result.updated, result.unchanged) == (3, 0, 1)
    consent_dates = {
        p.code: p.consent_date for p in (ctx.participants.get_input(pid) for pid, _ in ctx.participants.choices())
    }
    assert consent_dates["MES-1"] == consent_dates["MES-3"] == consent_dates["MES-4"] == date(2026, 3, 2)


def test_contact_persons_and_placements_find_their_enterprise_and_participant(ctx, tmp_path: Path) -> None:
    enterprise = ctx.enterprises.list_enterprises()[0]
    digits = enterprise.orgnr.replace("-", "")
    people = _sheet(
        tmp_path / "kontakter.xlsx",
        [
            ["Företag", "Orgnr", "Namn", "Roll", "E-post", "Handledarutbildning"],
            ["", digits, "Anna Import", "Handledare", "anna@example.se", "2025-05-20"],
            [enterprise.name, "", "Bo Import", "ordförande", "", "20.5.2025"],
            ["Finns Inte AB", "", "Cecilia Import", "Handledare", "", ""],
            ["", enterprise.orgnr, "anna import", "Handledare", "ny@example.se", ""],
        ],
    )
    result = _importer(ctx).run(people, "contact_persons")
    assert (result.created, result.updated) == (2, 1)
    assert [p.row for p in result.rejected] == [4] and "Finns Inte AB" in result.rejected[0].reasons[0]
    detail = ctx.enterprises.get_detail(enterprise.id)
    anna = next(c for c in detail.contacts if c.name.casefold() == "anna import")
    assert anna.email == "ny@example.se"

    _importer(ctx).run(_sheet(tmp_path / "d.xlsx", [["Kod", "Kön"], ["PLC-1", "K"], ["PLC-2", "M"]]), "participants")
    placements = _sheet(
        tmp_path / "placeringar.xlsx",
        [
            ["Deltagare", "Företag", "Insats", "Start", "Planerat slut", "Slut", "Utfall", "Timmar per vecka"],
            ["PLC-1", enterprise.name, "Arbetsträning", datetime(2026, 1, 12), "2026-07-12", "", "", 20],
            ["PLC-2", enterprise.name, "arbetstraning", "12/1/2026", "", "2026-03-01", "Studier", "25,5"],
            ["PLC-9", enterprise.name, "Arbetsträning", "2026-01-12", "", "", "", ""],
            ["PLC-1", enterprise.name, "Arbetsträning", "2026-01-12", "2026-08-12", "", "", 20],
            ["PLC-2", enterprise.name, "Praktik", "2026-02-30", "", "", "", ""],
        ],
    )
    before = len(ctx.enterprises.get_detail(enterprise.id).placements)
    result = _importer(ctx).run(placements, "placements")
    assert (result.created, result.updated) == (2, 1)
    reasons = {p.row: " ".join(p.reasons) for p in result.rejected}
    assert set(reasons) == {4, 6} and "PLC-9" in reasons[4] and "finns inte" in reasons[6]
    rows = ctx.enterprises.get_detail(enterprise.id).placements
    assert len(rows) == before + 2
    ended = ctx.placements.get_input(next(r.id for r in rows if r.participant_code == "PLC-2"))
    assert ended.outcome == "studier" and ended.hours_per_week == 25.5 and ended.start_date == date(2026, 1, 12)
    first = ctx.placements.get_input(next(r.id for r in rows if r.participant_code == "PLC-1"))
    assert first.planned_end_date == date(2026, 8, 12)  # the repeated row updated the first


def test_a_failure_midway_leaves_nothing_half_imported(ctx, tmp_path: Path, monkeypatch) -> None:
    path = _sheet(tmp_path / "f.xlsx", [["Kod", "Kön"], ["TX-1", "K"], ["TX-2", "M"], ["TX-3", "K"]])
    calls = {"n": 0}
    original = type(ctx.participants).create_in

    def failing(self, session, data, parent_id=None, **options):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return original(self, session, data, parent_id, **options)

    monkeypatch.setattr(type(ctx.participants), "create_in", failing)
    with pytest.raises(OSError):
        _importer(ctx).run(path, "participants")
    codes = {label.split()[0] for _id, label in ctx.participants.choices()}
    assert not codes & {"TX-1", "TX-2", "TX-3"}


def test_revenue_figures_import_per_enterprise_and_year(ctx, tmp_path: Path) -> None:
    """An accountant's sheet of revenue per year; a second row for the same year updates it."""
    enterprise = next(e for e in ctx.enterprises.list_enterprises() if e.status == "ide")
    sheet = _sheet(
        tmp_path / "intakter.xlsx",
        [
            ["Företag", "År", "Samhällsnyttiga intäkter", "Allmännyttiga intäkter"],
            [enterprise.name.upper(), 2024, "120 000", 80000],  # Å, Ä and Ö in any case
            [enterprise.name, 2025, 90000, 10000],
            [enterprise.name, 2025, 95000, "10 000 kr"],
            [enterprise.name, "", 1, 1],
        ],
    )
    result = _importer(ctx).run(sheet, "revenue")
    assert (result.created, result.updated, [p.row for p in result.rejected]) == (2, 1, [5])
    figures = ctx.revenues.figures_of(enterprise.id)
    assert [(f.year, f.public_kr, f.market_kr, f.public_share_percent) for f in figures] == [
        (2025, 95000, 10000, 90),
        (2024, 120000, 80000, 60),
    ]


def test_organisations_are_found_whatever_the_case_of_å_ä_ö(ctx) -> None:
    from asfdesk.services.import_kinds import _find_organisation

    problems: list[str] = []
    with ctx.database.session_factory() as session:
        found = _find_organisation(session, {"buyer": "ARBETSFÖRMEDLINGEN"}, "buyer", problems)
    assert found and not problems


def test_a_row_the_database_refuses_is_rejected_alone(ctx, tmp_path: Path) -> None:
    """A constraint no rule foresaw (here a trigger) refuses one row: the rest of its chunk goes in."""
    with ctx.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON enterprise WHEN NEW.name = 'Vägras AB' "
            "BEGIN SELECT RAISE(ABORT, 'vägrad av databasen'); END"
        )
    rows = [["Namn", "Kommun"], ["Först AB", "Gävle"], ["Vägras AB", "Gävle"], ["Sist AB", "Luleå"]]
    result = _importer(ctx).run(_sheet(tmp_path / "l.xlsx", rows), "enterprises")
    assert result.created == 2 and [p.row for p in result.rejected] == [3]
    assert "Databasen tog inte emot raden (vägrad av databasen)" in result.rejected[0].reasons[0]
    names = {e.name for e in ctx.enterprises.list_enterprises()}
    assert {"Först AB", "Sist AB"} <= names and "Vägras AB" not in names
    assert ctx.audit.verify(ctx.database.path).ok


def test_a_long_list_across_chunks_matches_rows_named_twice(ctx, tmp_path: Path) -> None:
    from asfdesk.services.importer import CHUNK_ROWS

    count = CHUNK_ROWS * 2 + 7
    rows: list[list[object]] = [["Namn", "Kommun", "Anställda"]]
    rows += [[f"Långa listan {i}", "Gävle", 1] for i in range(count)]
    rows.append(["Långa listan 3", "Gävle", 9])  # the same enterprise again, two chunks later
    result = _importer(ctx).run(_sheet(tmp_path / "lang.xlsx", rows), "enterprises")
    assert (result.created, result.updated, result.rejected) == (count, 1, [])
    third = next(e for e in ctx.enterprises.list_enterprises() if e.name == "Långa listan 3")
    assert ctx.enterprise_records.get_input(third.id).employees == 9


def test_a_second_list_without_required_columns_updates_what_it_names(ctx, tmp_path: Path) -> None:
    """A list of orgnr and phone numbers only: the stored name and municipality make each row whole."""
    enterprise = next(e for e in ctx.enterprises.list_enterprises() if e.orgnr)
    result = _importer(ctx).run(
        _sheet(tmp_path / "tel.xlsx", [["Orgnr", "Telefon"], [enterprise.orgnr, "070-111 22 33"]]), "enterprises"
    )
    assert (result.created, result.updated, result.rejected) == (0, 1, [])
    assert ctx.enterprise_records.get_input(enterprise.id).phone == "070-111 22 33"


def test_the_code_of_a_participant_in_the_trash_is_not_taken_again(ctx, tmp_path: Path) -> None:
    pid, _label = ctx.participants.choices()[0]
    code = ctx.participants.get_input(pid).code
    ctx.participants.delete(pid)
    path = tmp_path / "d.csv"
    path.write_text(f"Kod;Kön\n{code};K\nNY-1;M\n", encoding="utf-8")
    result = _importer(ctx).run(path, "participants")
    assert result.created == 1 and [p.row for p in result.rejected] == [2]
    assert f"Koden {code} finns redan" in result.rejected[0].reasons[0]


def test_imported_records_are_found_by_search_and_later_ones_too(ctx, tmp_path: Path) -> None:
    """The search index takes an import's rows at once at its end: each is found once (also one the
    list names twice), a dry run indexes nothing, and records made afterwards are indexed as usual."""
    from asfdesk.domain.inputs import EnterpriseInput

    rows: list[list[object]] = [["Namn", "Kommun", "Anteckningar"]]
    rows += [[f"Sökbara {i} ek. för.", "Gävle", f"kvastbinderi{i}"] for i in range(3)]
    rows.append(["Sökbara 1 ek. för.", "Gävle", "kvastbinderi1 pärlplattor"])  # named again: an update
    path = _sheet(tmp_path / "sok.xlsx", rows)
    trial = _importer(ctx).run(path, "enterprises", dry_run=True)
    assert trial.created == 3
    assert ctx.search.search("kvastbinderi0").get("enterprise", []) == []

    result = _importer(ctx).run(path, "enterprises")
    assert (result.created, result.updated) == (3, 1)
    for i in range(3):
        hits = ctx.search.search(f"kvastbinderi{i}")["enterprise"]
        assert [h.title for h in hits] == [f"Sökbara {i} ek. för."]
    assert [h.title for h in ctx.search.search("pärlplattor")["enterprise"]] == ["Sökbara 1 ek. för."]

    ctx.enterprise_records.create(EnterpriseInput(name="Efteråt AB", municipality="Luleå", notes="sågverksmuseum"))
    assert [h.title for h in ctx.search.search("sågverksmuseum")["enterprise"]] == ["Efteråt AB"]


def test_an_import_logs_each_record_in_an_unbroken_chain(ctx, tmp_path: Path) -> None:
    """Every created and updated record has its own audit entry, in order, and the chain verifies."""
    from sqlalchemy import func, select

    from asfdesk.storage.models import AuditEntry

    def entries(action: str) -> int:
        with ctx.database.session_factory() as session:
            query = select(func.count()).where(AuditEntry.action == action, AuditEntry.kind == "enterprise")
            return int(session.scalar(query) or 0)

    created_before, updated_before = entries("create"), entries("update")
    rows: list[list[object]] = [["Namn", "Kommun", "Anställda"]]
    rows += [[f"Loggade {i}", "Gävle", 1] for i in range(1205)]
    rows.append(["Loggade 7", "Gävle", 4])
    result = _importer(ctx).run(_sheet(tmp_path / "logg.xlsx", rows), "enterprises")
    assert (result.created, result.updated) == (1205, 1)
    assert entries("create") - created_before == 1205
    assert entries("update") - updated_before == 1
    assert ctx.audit.verify(ctx.database.path).ok
