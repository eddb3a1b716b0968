"""Gallring on a small world built for it: who is proposed on which day, and what anonymising and
erasure take with them (a person with a running placement as well as an old one, the placements and
consents of an erased person, meetings about more than one person)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ConsentInput, EnterpriseInput, MeetingInput, ParticipantInput, PlacementInput
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Placement

TODAY = date(2026, 6, 15)


@pytest.fixture
def ctx(tmp_path: Path, paths):
    context = AppContext(paths=paths, database=open_database(tmp_path / "gallring.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


@pytest.fixture
def enterprise(ctx: AppContext) -> str:
    return ctx.enterprise_records.create(EnterpriseInput(name="Returbutiken", municipality="Gävle"))


def _person(ctx: AppContext, enterprise: str, code: str, *spans: tuple[date, date | None]) -> tuple[str, list[str]]:
    person = ctx.participants.create(
        ParticipantInput(
            code=code,
            gender="kvinna",
            personnummer="",
            notes=f"Anteckning om {code}",
            consents=[ConsentInput(recipient="ame", given_date=date(2020, 1, 1))],
        )
    )
    placements = [
        ctx.placements.create(
            PlacementInput(participant_id=person, start_date=start, end_date=end, outcome="arbete" if end else None),
            enterprise,
        )
        for start, end in spans
    ]
    return person, placements


def _proposed(ctx: AppContext, years: int = 2, today: date = TODAY) -> list[str]:
    return [c.code for c in ctx.retention.preview(years, today=today)]


def test_only_people_whose_every_placement_ended_before_the_cut_off_are_proposed(ctx: AppContext, enterprise) -> None:
    _person(ctx, enterprise, "GAMMAL", (date(2019, 1, 1), date(2020, 5, 1)))
    _person(ctx, enterprise, "OCKSA-NU", (date(2019, 1, 1), date(2020, 5, 1)), (date(2026, 1, 1), None))
    _person(ctx, enterprise, "NYLIGEN", (date(2019, 1, 1), date(2020, 5, 1)), (date(2024, 1, 1), date(2025, 1, 1)))
    _person(ctx, enterprise, "ALDRIG-PLACERAD")
    assert _proposed(ctx) == ["GAMMAL"]


@pytest.mark.parametrize(("end", "proposed"), [(date(2024, 6, 14), True), (date(2024, 6, 15), False)])
def test_the_cut_off_day_itself_is_kept(ctx: AppContext, enterprise, end: date, proposed: bool) -> None:
    _person(ctx, enterprise, "GRANS", (date(2024, 1, 1), end))
    assert _proposed(ctx) == (["GRANS"] if proposed else [])


def test_on_29_february_the_cut_off_is_28_february(ctx: AppContext, enterprise) -> None:
    _person(ctx, enterprise, "SKOTTAR", (date(2023, 1, 1), date(2023, 2, 27)))
    _person(ctx, enterprise, "DAGEN-EFTER", (date(2023, 1, 1), date(2023, 2, 28)))
    assert _proposed(ctx, years=1, today=date(2024, 2, 29)) == ["SKOTTAR"]


def test_a_running_placement_in_the_papperskorg_does_not_keep_a_person(ctx: AppContext, enterprise) -> None:
    _person_id, (_old, running) = _person(
        ctx, enterprise, "PAPPERSKORG", (date(2019, 1, 1), date(2020, 5, 1)), (date(2026, 1, 1), None)
    )
    assert _proposed(ctx) == []
    ctx.trash.delete(Placement, running, "placering")
    assert _proposed(ctx) == ["PAPPERSKORG"]


def test_candidates_come_oldest_end_first_with_their_last_end(ctx: AppContext, enterprise) -> None:
    _person(ctx, enterprise, "B", (date(2018, 1, 1), date(2019, 3, 1)), (date(2019, 4, 1), date(2021, 2, 1)))
    _person(ctx, enterprise, "A", (date(2018, 1, 1), date(2020, 1, 1)))
    found = ctx.retention.preview(2, today=TODAY)
    assert [(c.code, c.last_end) for c in found] == [("A", date(2020, 1, 1)), ("B", date(2021, 2, 1))]


@pytest.mark.parametrize("years", [0, -5])
def test_fewer_than_one_year_is_refused(ctx: AppContext, years: int) -> None:
    with pytest.raises(ValueError, match="minst ett år"):
        ctx.retention.preview(years, today=TODAY)


def test_anonymising_takes_identity_and_the_notes_of_meetings_only_about_that_person(
    ctx: AppContext, enterprise
) -> None:
    person, (placement,) = _person(ctx, enterprise, "ANON-1", (date(2019, 1, 1), date(2020, 5, 1)))
    _other, (other_placement,) = _person(ctx, enterprise, "KVAR-1", (date(2019, 1, 1), date(2020, 5, 1)))
    alone = ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise, starts_at=datetime(2020, 3, 1, 10), notes="Om ANON-1", placement_ids=[placement]
        )
    )
    shared = ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise,
            starts_at=datetime(2020, 3, 2, 10),
            notes="Om båda",
            placement_ids=[placement, other_placement],
        )
    )
    assert ctx.retention.anonymise([person]) == 1
    with sqlite3.connect(ctx.database.path) as conn:
        code, personnummer, notes, consent = conn.execute(
            "SELECT code, personnummer, notes, consent_given FROM participant WHERE id = ?", (person,)
        ).fetchone()
        meeting_notes = dict(conn.execute("SELECT id, notes FROM meeting"))
        kept = conn.execute("SELECT code, notes FROM participant WHERE code = 'KVAR-1'").fetchone()
    assert code != "ANON-1" and code.startswith("ANON") and not personnummer and notes == "" and not consent
    assert meeting_notes == {alone: "", shared: "Om båda"}
    assert kept == ("KVAR-1", "Anteckning om KVAR-1")
    assert _proposed(ctx) == ["KVAR-1"]  # the anonymised one is not proposed again


def test_erasure_takes_every_placement_and_consent_of_the_person_and_nothing_else(ctx: AppContext, enterprise) -> None:
    person, (old, deleted) = _person(
        ctx, enterprise, "RADERA", (date(2019, 1, 1), date(2020, 5, 1)), (date(2026, 1, 1), None)
    )
    other, (kept,) = _person(ctx, enterprise, "BEHALL", (date(2026, 1, 1), None))
    ctx.trash.delete(Placement, deleted, "placering")  # in the Papperskorg: goes too
    ctx.meetings.create(
        MeetingInput(enterprise_id=enterprise, starts_at=datetime(2026, 2, 1, 10), placement_ids=[old, kept])
    )
    ctx.retention.erase(person)
    with sqlite3.connect(ctx.database.path) as conn:
        placements = {r[0] for r in conn.execute("SELECT id FROM placement")}
        consents = {r[0] for r in conn.execute("SELECT participant_id FROM consent")}
        links = {r[0] for r in conn.execute("SELECT placement_id FROM meeting_placement")}
        people = {r[0] for r in conn.execute("SELECT id FROM participant")}
    assert placements == {kept} and links == {kept}
    assert consents == {other} and people == {other}


def test_erasure_takes_what_of_the_person_lies_in_the_papperskorg_too(ctx: AppContext, enterprise) -> None:
    """A consent deleted on its own and a meeting link that went to the Papperskorg with its meeting
    are the person's data as much as the rest: erasure removes them for good."""
    from sqlalchemy import select

    from asfdesk.storage.models import Consent, Meeting

    person, (placement,) = _person(ctx, enterprise, "RADERA", (date(2026, 1, 1), None))
    with ctx.database.session_factory() as session:
        consent = session.scalar(select(Consent.id).where(Consent.participant_id == person))
    ctx.trash.delete(Consent, consent, "samtycke")
    meeting = ctx.meetings.create(
        MeetingInput(enterprise_id=enterprise, starts_at=datetime(2026, 2, 1, 10), placement_ids=[placement])
    )
    ctx.trash.delete(Meeting, meeting, "möte")  # its link to the placement goes with it
    ctx.retention.erase(person)
    with sqlite3.connect(ctx.database.path) as conn:
        left = [
            conn.execute("SELECT count(*) FROM consent").fetchone()[0],
            conn.execute("SELECT count(*) FROM meeting_placement").fetchone()[0],
            conn.execute("SELECT count(*) FROM placement").fetchone()[0],
            conn.execute("SELECT count(*) FROM participant").fetchone()[0],
        ]
    assert left == [0, 0, 0, 0]
