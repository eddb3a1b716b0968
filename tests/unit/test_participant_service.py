"""Participants (pseudonyms, masked personnummer) and placements (dates, outcomes, overlaps)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from stdnum import luhn

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ParticipantInput, PlacementInput
from asfdesk.services.errors import ValidationFailedError


def _pnr(yymmdd: str, serial: str) -> str:
    body = yymmdd + serial
    return f"{yymmdd}-{serial}{luhn.calc_check_digit(body)}"


def test_new_participants_get_the_next_free_pseudonym(ctx: AppContext) -> None:
    """Codes run D<yy>-001, -002 …; a code already in use is refused."""
    first = ctx.participants.new_input().code
    ctx.participants.create(ParticipantInput(code=first, gender="kvinna"))
    second = ctx.participants.new_input().code
    assert first.startswith(f"D{date.today():%y}-") and int(second[-3:]) == int(first[-3:]) + 1
    with pytest.raises(ValidationFailedError) as info:
        ctx.participants.create(ParticipantInput(code=first.lower()))
    assert "code" in info.value.errors


def test_personnummer_is_stored_in_full_but_read_back_masked(ctx: AppContext) -> None:
    """A valid personnummer is kept, shown as ÅÅMMDD-****, revealed only on request, and survives an edit."""
    pnr = _pnr("811218", "987")
    participant = ctx.participants.create(ParticipantInput(code="TEST-1", personnummer=pnr))
    shown = ctx.participants.get_input(participant)
    assert shown.personnummer == "811218-****"
    assert shown.gender == "man" and shown.birth_year == 1981  # derived for statistics
    assert ctx.participants.reveal_personnummer(participant) == "19" + pnr.replace("-", "")[:6] + "-" + pnr[-4:]
    shown.notes = "Vill jobba med trädgård."
    ctx.participants.update(participant, shown)  # the masked value means 'unchanged'
    assert ctx.participants.reveal_personnummer(participant).endswith(pnr[-4:])


def test_samordningsnummer_is_accepted(ctx: AppContext) -> None:
    """A samordningsnummer (day + 60) validates like a personnummer."""
    number = _pnr("900178", "123")  # 18th + 60
    participant = ctx.participants.create(ParticipantInput(code="SAMO-1", personnummer=number))
    assert ctx.participants.get_input(participant).personnummer == "900178-****"


def test_wrong_personnummer_is_refused(ctx: AppContext) -> None:
    """A personnummer with a wrong check digit is not saved."""
    good = _pnr("811218", "987")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(ValidationFailedError) as info:
        ctx.participants.create(ParticipantInput(code="X-1", personnummer=bad))
    assert "Kontrollsiffran" in info.value.errors["personnummer"]


def _participant(ctx: AppContext) -> str:
    return ctx.participants.create(ParticipantInput(code=ctx.participants.next_code(), gender="kvinna"))


def test_placement_dates_and_outcome_rules(ctx: AppContext) -> None:
    """A placement cannot end before it starts, and ending it requires an outcome (and vice versa)."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    person = _participant(ctx)
    start = date(2026, 3, 1)
    cases = [
        (PlacementInput(participant_id=person, start_date=start, end_date=start - timedelta(days=1), outcome="arbete"),
         "end_date"),
        (PlacementInput(participant_id=person, start_date=start, end_date=start + timedelta(days=30)), "outcome"),
        (PlacementInput(participant_id=person, start_date=start, outcome="arbete"), "end_date"),
        (PlacementInput(participant_id=None, start_date=start), "participant_id"),
    ]  # fmt: skip
    for data, field in cases:
        with pytest.raises(ValidationFailedError) as info:
            ctx.placements.create(data, enterprise)
        assert field in info.value.errors


def test_placement_status_follows_its_dates(ctx: AppContext) -> None:
    """Planned before its start, ongoing after, ended once it has an end date and outcome."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    person = _participant(ctx)
    future = ctx.placements.create(
        PlacementInput(participant_id=person, start_date=date.today() + timedelta(days=10)), enterprise
    )
    placements = {p.id: p for p in ctx.enterprises.get_detail(enterprise).placements}
    assert placements[future].status == "planerad"
    data = ctx.placements.get_input(future)
    data.start_date = date.today() - timedelta(days=60)
    ctx.placements.update(future, data)
    assert {p.id: p for p in ctx.enterprises.get_detail(enterprise).placements}[future].status == "pagaende"
    data.end_date, data.outcome = date.today(), "studier"
    ctx.placements.update(future, data)
    ended = {p.id: p for p in ctx.enterprises.get_detail(enterprise).placements}[future]
    assert ended.status == "avslutad" and ended.outcome_label == "Studier"


def test_overlapping_full_time_placements_are_flagged(ctx: AppContext) -> None:
    """Two full-time placements of one participant on the same days give a warning; part-time does not."""
    rows = ctx.enterprises.list_enterprises()
    person = _participant(ctx)
    ctx.placements.create(
        PlacementInput(participant_id=person, start_date=date(2026, 1, 1), planned_end_date=date(2026, 6, 30),
                       hours_per_week=40),
        rows[0].id,
    )  # fmt: skip
    clash = PlacementInput(participant_id=person, start_date=date(2026, 5, 1), extent_percent=100)
    warnings = ctx.placements.overlaps(clash)
    assert len(warnings) == 1 and rows[0].name in warnings[0].message()
    assert (
        ctx.placements.overlaps(PlacementInput(participant_id=person, start_date=date(2026, 5, 1), hours_per_week=20))
        == []
    )
    assert (
        ctx.placements.overlaps(PlacementInput(participant_id=person, start_date=date(2026, 7, 1), hours_per_week=40))
        == []
    )
