"""`report enterprise NAME` and `--municipality NAME`: what a part of a name finds, what an unclear
one says, and the next steps a board's summary lists."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import EnterpriseInput, MeetingInput, SupportContactInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services.report_queries import ReportError, ReportQueries
from asfdesk.storage.migrate import open_database

TODAY = date(2026, 6, 10)


@pytest.fixture
def ctx(tmp_path: Path, paths):  # type: ignore[no-untyped-def]
    context = AppContext(paths=paths, database=open_database(tmp_path / "r.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


def _enterprise(ctx: AppContext, name: str, orgnr: str = "", municipality: str = "Luleå") -> str:
    return str(ctx.enterprise_records.create(EnterpriseInput(name=name, orgnr=orgnr, municipality=municipality)))


def test_an_unclear_part_lists_the_candidates_in_swedish_order_with_their_orgnr(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    zeta = _enterprise(ctx, "Zeta Kafé", "769600-2000")
    _enterprise(ctx, "Ängens Kafé")
    _enterprise(ctx, "Alfa Kafé")
    assert queries.find_enterprise("zeta") == zeta
    assert queries.find_enterprise("7696002000") == zeta
    with pytest.raises(ReportError) as unclear:
        queries.find_enterprise("kafé")
    assert str(unclear.value) == (
        "'kafé' passar 3 företag: Alfa Kafé (utan orgnr); Zeta Kafé (769600-2000); Ängens Kafé (utan orgnr). "
        "Ange organisationsnumret."
    )
    with pytest.raises(ReportError, match="Inget företag heter"):
        queries.find_enterprise("Ingenstans")
    with pytest.raises(ReportError, match="Inget företag heter"):
        queries.find_enterprise("  ")


@pytest.mark.parametrize("count", [11, 12])
def test_more_than_ten_candidates_are_counted_not_listed(ctx: AppContext, count: int) -> None:
    for n in range(count):
        _enterprise(ctx, f"Verkstad {n:02d}")
    with pytest.raises(ReportError) as many:
        ReportQueries(ctx.database.session_factory).find_enterprise("verkstad")
    said = str(many.value)
    assert said.startswith(f"'verkstad' passar {count} företag: Verkstad 00 (utan orgnr);")
    assert f"Verkstad 09 (utan orgnr) och {count - 10} till. Ange" in said and "Verkstad 10" not in said
    for n in range(12, 14):  # eleven: one more than listed
        _enterprise(ctx, f"Snickeri {n}")
    with pytest.raises(ReportError) as two:
        ReportQueries(ctx.database.session_factory).find_enterprise("snickeri")
    assert " till" not in str(two.value)


def test_a_misspelt_municipality_gets_a_suggestion_and_an_unknown_the_list(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    for municipality in ("Luleå", "Boden", "Piteå"):
        _enterprise(ctx, f"Företaget i {municipality}", municipality=municipality)
    assert queries.find_municipality(" luleå ") == "Luleå"
    with pytest.raises(ReportError) as near:
        queries.find_municipality("Lulea")
    assert str(near.value) == "Inget företag finns i kommunen 'Lulea'. Menade du Luleå?"
    with pytest.raises(ReportError) as far:
        queries.find_municipality("Stockholm")
    assert str(far.value) == "Inget företag finns i kommunen 'Stockholm'. Kommuner med företag: Boden, Luleå, Piteå."


def test_the_boards_next_steps_are_todays_and_later_planned_meetings_included(ctx: AppContext) -> None:
    enterprise = _enterprise(ctx, "Stegens Kafé")
    contacts = ctx.support_contacts
    for day, step in ((TODAY - timedelta(days=1), "Igår"), (TODAY, "Idag"), (TODAY + timedelta(days=5), "Senare")):
        contacts.create(
            SupportContactInput(contact_date=TODAY - timedelta(days=20), next_step=step, next_step_date=day), enterprise
        )
    contacts.create(
        SupportContactInput(contact_date=TODAY - timedelta(days=20), next_step="", next_step_date=None), enterprise
    )
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise,
            starts_at=datetime.combine(TODAY + timedelta(days=2), datetime.min.time()).replace(hour=9),
            place="Kafét",
        )
    )
    ctx.meetings.create(
        MeetingInput(enterprise_id=enterprise, starts_at=datetime(2026, 6, 1, 9), place="Förr", status="genomfort")
    )
    summary = ReportQueries(ctx.database.session_factory).support_summary(
        enterprise, Period(date(2026, 1, 1), date(2026, 12, 31)), Audience.BOARD, today=TODAY
    )
    assert [(s.due, s.text, s.source) for s in summary.next_steps] == [
        (TODAY, "Idag", f"Handledarstöd {(TODAY - timedelta(days=20)).isoformat()}"),
        (TODAY + timedelta(days=2), "Uppföljning 09:00, Kafét", "Planerat möte"),
        (TODAY + timedelta(days=5), "Senare", f"Handledarstöd {(TODAY - timedelta(days=20)).isoformat()}"),
    ]
