"""How a report finds what the user named (an enterprise, a municipality, a referrer's enterprises):
the one meant, or a message that lists the candidates in Swedish order and says what to give."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import EnterpriseInput, ParticipantInput, PlacementInput
from asfdesk.domain.reporting import Period
from asfdesk.services.report_queries import ReportError, ReportQueries
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Organisation, Placement

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def ctx(tmp_path: Path, paths):
    context = AppContext(paths=paths, database=open_database(tmp_path / "lookups.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


def _enterprise(ctx: AppContext, name: str, municipality: str = "Gävle", orgnr: str = "") -> str:
    return str(ctx.enterprise_records.create(EnterpriseInput(name=name, municipality=municipality, orgnr=orgnr)))


def test_an_enterprise_by_orgnr_exact_name_or_a_unique_part(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    cafe = _enterprise(ctx, "Kafé Bönan", orgnr="556677-8899")
    shop = _enterprise(ctx, "Kafé Bönan Butik")
    assert queries.find_enterprise("5566778899") == cafe
    assert queries.find_enterprise(" kafé bönan ") == cafe  # the exact name wins over the longer one
    assert queries.find_enterprise("butik") == shop
    with pytest.raises(ReportError) as two:
        queries.find_enterprise("bönan")
    assert str(two.value) == (
        "'bönan' passar 2 företag: Kafé Bönan (556677-8899); Kafé Bönan Butik (utan orgnr). Ange organisationsnumret."
    )
    with pytest.raises(ReportError, match="Inget företag heter eller har organisationsnumret ''"):
        queries.find_enterprise("")


def test_many_candidates_are_listed_ten_in_swedish_order_and_the_rest_counted(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    names = ["Örnens Café", "Ängens Café", "Åkerns Café", "Zetas Café", "Bryggans Café"]
    names += [f"Café nummer {n}" for n in range(1, 8)]
    for name in names:
        _enterprise(ctx, name)
    with pytest.raises(ReportError) as many:
        queries.find_enterprise("café")
    ordered = [f"Café nummer {n}" for n in range(1, 8)]
    listed = "; ".join(f"{n} (utan orgnr)" for n in ["Bryggans Café", *ordered, "Zetas Café", "Åkerns Café"])
    assert str(many.value) == f"'café' passar 12 företag: {listed} och 2 till. Ange organisationsnumret."
    _enterprise(ctx, "Café Elva")  # 13: still ten listed
    with pytest.raises(ReportError, match="och 3 till"):
        queries.find_enterprise("café")


def test_exactly_ten_candidates_need_no_tail(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    for n in range(10):
        _enterprise(ctx, f"Städ {n}")
    with pytest.raises(ReportError) as ten:
        queries.find_enterprise("städ")
    assert str(ten.value).endswith("Städ 9 (utan orgnr). Ange organisationsnumret.")


def test_a_municipality_as_it_is_spelt_else_near_names_or_those_there_are(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    for name, place in [("A", "Gävle"), ("B", "Gällivare"), ("C", "Sandviken"), ("D", "Hudiksvall")]:
        _enterprise(ctx, name, place)
    assert queries.find_municipality("  GÄVLE ") == "Gävle"
    with pytest.raises(ReportError) as near:
        queries.find_municipality("Gävel")
    assert str(near.value) == "Inget företag finns i kommunen 'Gävel'. Menade du Gävle?"
    with pytest.raises(ReportError) as two:
        queries.find_municipality("Gälle")
    assert str(two.value) == "Inget företag finns i kommunen 'Gälle'. Menade du Gällivare eller Gävle?"
    with pytest.raises(ReportError) as none:
        queries.find_municipality("Kiruna")
    assert str(none.value) == (
        "Inget företag finns i kommunen 'Kiruna'. Kommuner med företag: Gällivare, Gävle, Hudiksvall, Sandviken."
    )


def test_the_list_of_municipalities_is_at_most_twelve_and_never_an_empty_name(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    places = [f"Kommun {chr(ord('A') + n)}" for n in range(13)]
    for n, place in enumerate(places):
        _enterprise(ctx, f"Företag {n}", place)
    blank = _enterprise(ctx, "Utan kommun", "Gävle")
    with sqlite3.connect(ctx.database.path) as conn:
        conn.execute("UPDATE enterprise SET municipality = '' WHERE id = ?", (blank,))
    with pytest.raises(ReportError) as listed:
        queries.find_municipality("Zzzz")
    assert str(listed.value).endswith(f"Kommuner med företag: {', '.join(places[:12])}.")


def test_a_referrers_enterprises_are_those_its_participants_were_placed_at_in_the_period(ctx: AppContext) -> None:
    with ctx.database.session_factory.begin() as session:
        # ids in the opposite order of the names: the lists must be in name order, not by chance
        ame = Organisation(id="00000000-ame", name="Ängelholms AME", kind="ame")
        af = Organisation(id="ffffffff-af", name="Åre arbetsförmedling", kind="af")
        session.add_all([ame, af])
        session.flush()
        ame_id, af_id = ame.id, af.id
    ours = ctx.participants.create(ParticipantInput(code="A-1", gender="kvinna", referring_organisation_id=ame_id))
    theirs = ctx.participants.create(ParticipantInput(code="B-1", gender="man", referring_organisation_id=af_id))
    ours_at = ["Örnen", "Ängen", "Åkern", "Zebran", "Almen", "Eken"]  # six: an order by chance is 1 in 720
    places = {name: _enterprise(ctx, name) for name in [*ours_at, "Bryggan", "Borta", "Förr"]}

    def place(person: str, where: str, start: date, end: date | None = None) -> str:
        data = PlacementInput(participant_id=person, start_date=start, end_date=end, outcome="arbete" if end else None)
        return str(ctx.placements.create(data, places[where]))

    for where in ours_at:
        place(ours, where, date(2026, 2, 1))
    place(ours, "Örnen", date(2026, 5, 1))  # twice at one enterprise: listed once
    place(ours, "Förr", date(2025, 1, 1), date(2025, 12, 31))  # ended before the period
    removed = place(ours, "Borta", date(2026, 3, 1))
    ctx.trash.delete(Placement, removed, "borttagen")
    place(theirs, "Bryggan", date(2026, 3, 1))  # another referrer's participant
    queries = ReportQueries(ctx.database.session_factory)
    assert queries.enterprises_with_placements_from(ame_id, YEAR) == [
        (places[name], name) for name in ["Almen", "Eken", "Zebran", "Åkern", "Ängen", "Örnen"]
    ]
    assert queries.enterprises_with_placements_from(af_id, YEAR) == [(places["Bryggan"], "Bryggan")]
    assert queries.referrers() == [(af_id, "Åre arbetsförmedling"), (ame_id, "Ängelholms AME")]  # Å before Ä
