"""Each early-warning rule fires exactly when its condition holds, boundary days included."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from asfdesk.domain.occupancy import AgreementTerms, Stay, monthly_occupancy
from asfdesk.domain.warnings import (
    AgreementFact,
    EnterpriseFact,
    Facts,
    PlacementFact,
    RevenueFact,
    SupervisorFact,
    Thresholds,
    WarningRule,
    evaluate,
)

TODAY = date(2026, 11, 23)
TH = Thresholds()


def _facts(**kwargs: object) -> Facts:
    base: dict[str, object] = {"enterprises": [], "placements": [], "agreements": [], "supervisors": [], "revenues": []}
    base.update(kwargs)
    return Facts(**base)  # type: ignore[arg-type]


def _placement(**kwargs: object) -> PlacementFact:
    fields: dict[str, object] = {
        "id": "p1",
        "enterprise_id": "e1",
        "participant_id": "d1",
        "participant_code": "D26-001",
        "measure_type": "arbetstraning",
        "start": date(2026, 6, 1),
        "planned_end": None,
        "end": None,
        "outcome": None,
    }
    fields.update(kwargs)
    return PlacementFact(**fields)  # type: ignore[arg-type]


def _rules(facts: Facts, today: date = TODAY, th: Thresholds = TH) -> list[WarningRule]:
    return [w.rule for w in evaluate(facts, today, th)]


@pytest.mark.parametrize(("days_left", "fires"), [(-1, False), (0, True), (14, True), (15, False)])
def test_ending_without_next_step_within_the_threshold(days_left: int, fires: bool) -> None:
    p = _placement(planned_end=TODAY + timedelta(days=days_left))
    assert (WarningRule.ENDING_WITHOUT_NEXT_STEP in _rules(_facts(placements=[p]))) is fires


def test_ending_warning_goes_when_a_next_step_is_recorded_or_the_placement_ends() -> None:
    p = _placement(planned_end=TODAY + timedelta(days=3))
    assert WarningRule.ENDING_WITHOUT_NEXT_STEP in _rules(_facts(placements=[p]))
    assert _rules(_facts(placements=[replace(p, next_step="Anställning hos företaget")])) == []
    ended = replace(p, end=TODAY, outcome="arbete")
    assert _rules(_facts(placements=[ended])) == []


@pytest.mark.parametrize(
    ("days_past", "threshold", "fires"), [(0, 0, False), (1, 0, True), (5, 5, False), (6, 5, True)]
)
def test_past_end_without_outcome(days_past: int, threshold: int, fires: bool) -> None:
    p = _placement(planned_end=TODAY - timedelta(days=days_past), next_step="x")
    th = replace(TH, past_end_days=threshold)
    assert (WarningRule.PAST_END_WITHOUT_OUTCOME in _rules(_facts(placements=[p]), th=th)) is fires


def test_past_end_warning_explains_itself() -> None:
    p = _placement(planned_end=date(2026, 11, 1), next_step="x")
    (warning,) = evaluate(_facts(placements=[p]), TODAY, TH)
    assert "2026-11-01" in warning.why and "22 dagar" in warning.why


@pytest.mark.parametrize(
    ("start", "extensions", "fires"),
    [
        (date(2025, 11, 23), 0, False),  # exactly 12 months today
        (date(2025, 11, 22), 0, True),  # 12 months and a day
        (date(2026, 5, 1), 1, False),
        (date(2026, 5, 1), 2, True),  # extended twice
    ],
)
def test_labour_market_employment_over_a_year_or_extended_again_and_again(
    start: date, extensions: int, fires: bool
) -> None:
    p = _placement(measure_type="arbetsmarknadsanstallning", start=start, extensions=extensions)
    assert (WarningRule.LONG_EMPLOYMENT in _rules(_facts(placements=[p]))) is fires


def test_other_measures_are_not_employment_warnings() -> None:
    p = _placement(measure_type="arbetstraning", start=date(2024, 1, 1), extensions=5)
    assert _rules(_facts(placements=[p])) == []


@pytest.mark.parametrize(("days_since", "fires"), [(42, False), (43, True)])
def test_no_contact_for_six_weeks(days_since: int, fires: bool) -> None:
    e = EnterpriseFact("e1", "Hunddagis i Ås", True, TODAY - timedelta(days=days_since), date(2025, 1, 1))
    assert (WarningRule.NO_CONTACT in _rules(_facts(enterprises=[e]))) is fires


def test_no_contact_ignores_dormant_enterprises_and_counts_never_contacted_ones() -> None:
    dormant = EnterpriseFact("e1", "Vilande", False, None, date(2025, 1, 1))
    never = EnterpriseFact("e2", "Ny", True, None, date(2025, 1, 1))
    fresh = EnterpriseFact("e3", "Helt ny", True, None, TODAY - timedelta(days=10))
    warnings = evaluate(_facts(enterprises=[dormant, never, fresh]), TODAY, TH)
    assert [w.enterprise_id for w in warnings] == ["e2"]
    assert "Inget handledarstöd" in warnings[0].why


def _agreement(stays: list[Stay]) -> AgreementFact:
    terms = AgreementTerms(date(2026, 1, 1), None, 2, 6000)
    return AgreementFact("a1", "e1", "Ramavtal", monthly_occupancy(terms, stays, date(2026, 10, 31)))


def test_contracted_places_unfilled_for_two_whole_months() -> None:
    one_of_two = [Stay("p", "x", date(2026, 1, 1), None)]
    assert WarningRule.UNFILLED_PLACES in _rules(_facts(agreements=[_agreement(one_of_two)]))


def test_unfilled_places_do_not_warn_when_the_last_month_was_full() -> None:
    stays = [Stay("p", "x", date(2026, 1, 1), None), Stay("q", "y", date(2026, 10, 1), None)]
    assert _rules(_facts(agreements=[_agreement(stays)])) == []


def test_a_place_filled_for_part_of_each_month_is_not_empty() -> None:
    stays = [Stay("p", "x", date(2026, 1, 1), None), Stay("q", "y", date(2026, 9, 10), None)]
    assert _rules(_facts(agreements=[_agreement(stays)])) == []


@pytest.mark.parametrize(("days", "trained", "fires"), [(90, False, False), (91, False, True), (200, True, False)])
def test_supervisor_without_training(days: int, trained: bool, fires: bool) -> None:
    s = SupervisorFact(
        "c1", "e1", "Kim Handledare", date(2026, 1, 1) if trained else None, TODAY - timedelta(days=days)
    )
    assert (WarningRule.UNTRAINED_SUPERVISOR in _rules(_facts(supervisors=[s]))) is fires


def test_a_supervisor_with_nobody_to_supervise_is_not_warned_about() -> None:
    s = SupervisorFact("c1", "e1", "Kim", None, None)
    assert _rules(_facts(supervisors=[s])) == []


@pytest.mark.parametrize(("gap_end", "fires"), [(date(2026, 5, 23), True), (date(2026, 5, 22), False)])
def test_re_referred_within_six_months(gap_end: date, fires: bool) -> None:
    """A new placement starting 2026-11-23; the last one ended exactly six months before, or a day earlier."""
    earlier = _placement(id="old", start=date(2026, 1, 1), end=gap_end, outcome="avbrott")
    current = _placement(id="new", start=TODAY)
    assert (WarningRule.RE_REFERRED in _rules(_facts(placements=[earlier, current]))) is fires


def test_re_referral_is_only_about_the_same_participant() -> None:
    earlier = _placement(id="old", participant_id="other", start=date(2026, 1, 1), end=date(2026, 10, 1), outcome="a")
    current = _placement(id="new", start=TODAY)
    assert _rules(_facts(placements=[earlier, current])) == []


@pytest.mark.parametrize(("public", "market", "fires"), [(70, 30, False), (71, 29, True), (0, 0, False)])
def test_revenue_dependency_above_the_threshold(public: int, market: int, fires: bool) -> None:
    r = RevenueFact("e1", 2025, public * 1000, market * 1000)
    assert (WarningRule.REVENUE_DEPENDENCY in _rules(_facts(revenues=[r]))) is fires


def test_thresholds_change_what_fires() -> None:
    e = EnterpriseFact("e1", "X", True, TODAY - timedelta(days=20), date(2025, 1, 1))
    assert _rules(_facts(enterprises=[e])) == []
    assert _rules(_facts(enterprises=[e]), th=replace(TH, no_contact_weeks=2)) == [WarningRule.NO_CONTACT]


def test_warnings_from_the_database_follow_the_records_and_the_settings(ctx) -> None:  # type: ignore[no-untyped-def]
    """Recording a next step removes the warning; a lower threshold in the settings hides another."""
    from asfdesk.services.settings import WARN_TRAINING_DAYS

    today = date.today()
    found = ctx.warnings.warnings(today)
    ending = next(w for w in found if w.rule is WarningRule.ENDING_WITHOUT_NEXT_STEP)
    data = ctx.placements.get_input(ending.record_id)
    data.next_step = "Anställs med lönebidrag."
    ctx.placements.update(ending.record_id, data)
    assert ending.record_id not in {w.record_id for w in ctx.warnings.warnings(today) if w.rule is ending.rule}

    untrained = [w for w in found if w.rule is WarningRule.UNTRAINED_SUPERVISOR]
    assert untrained
    ctx.settings.set(WARN_TRAINING_DAYS, 730)
    assert not [w for w in ctx.warnings.warnings(today) if w.rule is WarningRule.UNTRAINED_SUPERVISOR]


def test_placements_without_compensation_are_flagged_on_the_agreement(ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from asfdesk.storage.models import Placement

    with ctx.database.session_factory() as session:
        running = select(Placement).where(
            Placement.agreement_id.is_not(None), Placement.end_date.is_(None), Placement.start_date <= date(2026, 11, 1)
        )
        placement = session.scalars(running).first()
        agreement_id, placement_id = placement.agreement_id, placement.id
    data = ctx.placements.get_input(placement_id)
    data.no_compensation = True
    ctx.placements.update(placement_id, data)
    occupancy = ctx.occupancy.occupancy(agreement_id)
    assert placement_id in {u.placement_id for u in occupancy.unpaid}
    paid = [s for m in occupancy.months for s in m.stays if s.placement_id == placement_id]
    assert paid and all(s.paid_days == 0 for s in paid)
