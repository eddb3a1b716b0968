"""The saving rules of places, revenue, projects, goals, agreements and ended placements, field by field.

Each case names the exact errors a user sees (Swedish, and English where the UI speaks it), on both
sides of every boundary: one day, one unit, one krona.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from asfdesk.domain.goals import Indicator
from asfdesk.domain.inputs import (
    AgreementInput,
    PlacementInput,
    periods_overlap,
    validate_agreement,
    validate_placement_end,
)
from asfdesk.domain.planning_inputs import (
    GoalInput,
    PlaceInput,
    ProjectInput,
    RevenueInput,
    public_share_percent,
    validate_goal,
    validate_place,
    validate_project,
    validate_revenue,
)

D = date(2026, 3, 10)
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "asfdesk_en.ts"


# -- places ------------------------------------------------------------------------------
def test_a_place_needs_a_title_room_for_one_and_known_measures() -> None:
    assert validate_place(PlaceInput(title="Kök", capacity=1)) == {}
    assert validate_place(PlaceInput(title="  ", capacity=0, measure_types=["arbetstraning", "okänd"])) == {
        "title": "Ge platsen en benämning.",
        "capacity": "En plats tar emot minst en person.",
        "measure_types": "Okänd insatstyp.",
    }
    assert validate_place(PlaceInput(title="Kök", measure_types=[])) == {}


def test_place_rules_in_english(english) -> None:
    assert validate_place(PlaceInput(title="", capacity=0)) == {
        "title": "Give the place a title.",
        "capacity": "A place takes at least one person.",
    }


# -- revenue -----------------------------------------------------------------------------
def test_revenue_years_from_1990_to_next_year_and_no_negative_amounts() -> None:
    next_year = date.today().year + 1
    for year in (1990, next_year):
        assert validate_revenue(RevenueInput(year=year, public_kr=0, market_kr=0)) == {}
    for year in (1989, next_year + 1):
        assert validate_revenue(RevenueInput(year=year)) == {"year": "Ange ett rimligt år."}
    assert validate_revenue(RevenueInput(year=2024, public_kr=-1, market_kr=-1)) == {
        "public_kr": "Beloppet kan inte vara negativt.",
        "market_kr": "Beloppet kan inte vara negativt.",
    }
    assert validate_revenue(RevenueInput(year=2024, public_kr=0, market_kr=-1)) == {
        "market_kr": "Beloppet kan inte vara negativt."
    }


def test_revenue_rules_in_english(english) -> None:
    assert validate_revenue(RevenueInput(year=1900, public_kr=-5)) == {
        "year": "Enter a sensible year.",
        "public_kr": "The amount cannot be negative.",
    }


@pytest.mark.parametrize(
    ("public", "market", "share"), [(0, 0, None), (1, 0, 100), (0, 1, 0), (1, 2, 33), (2, 1, 67), (1, 1, 50)]
)
def test_public_share_of_revenue(public, market, share) -> None:
    assert public_share_percent(public, market) == share


# -- projects ----------------------------------------------------------------------------
def test_a_project_needs_a_name_and_may_end_the_day_it_starts() -> None:
    assert validate_project(ProjectInput(name="Vägen in", start_date=D, end_date=D)) == {}
    assert validate_project(ProjectInput(name="Vägen in", start_date=D, end_date=None)) == {}
    assert validate_project(ProjectInput(name=" ", start_date=D, end_date=D - timedelta(days=1))) == {
        "name": "Ange projektets namn.",
        "end_date": "Projektet slutar före start.",
    }


def test_project_rules_in_english(english) -> None:
    assert validate_project(ProjectInput(name="", start_date=D, end_date=D - timedelta(days=1))) == {
        "name": "Enter the project's name.",
        "end_date": "The project ends before it starts.",
    }


# -- goals -------------------------------------------------------------------------------
def _goal(**changes: object) -> GoalInput:
    values: dict[str, object] = {"title": "Fler i arbete", "target": 1.0, "period_start": D, "period_end": D}
    values.update(changes)
    return GoalInput(**values)  # type: ignore[arg-type]


def test_a_goal_with_a_title_a_positive_target_and_a_period_is_saved() -> None:
    assert validate_goal(_goal()) == {}
    assert validate_goal(_goal(target=0.01)) == {}
    assert validate_goal(_goal(indicator=Indicator.MANUAL.value, manual_outcome=0.0)) == {}
    assert validate_goal(_goal(project_id="p")) == {}


def test_a_goal_without_its_parts_says_what_is_missing() -> None:
    assert validate_goal(_goal(title="", target=0.0, period_start=None, period_end=None)) == {
        "title": "Skriv målet.",
        "period_start": "Ange periodens början.",
        "period_end": "Ange periodens slut.",
        "target": "Målet ska vara större än noll.",
    }
    assert validate_goal(_goal(target=-1.0, period_end=D - timedelta(days=1))) == {
        "period_end": "Perioden slutar innan den börjar.",
        "target": "Målet ska vara större än noll.",
    }


def test_a_goal_has_a_known_indicator_a_manual_outcome_and_at_most_one_link() -> None:
    assert validate_goal(_goal(indicator="okänt")) == {"indicator": "Okänt mätetal."}
    assert validate_goal(_goal(indicator=Indicator.MANUAL.value)) == {
        "manual_outcome": "Ange utfallet för en egen siffra."
    }
    assert validate_goal(_goal(manual_outcome=None)) == {}  # a computed indicator needs none
    both = validate_goal(_goal(enterprise_id="e", agreement_id="a"))
    assert both == {"enterprise_id": "Välj högst ett av företag, avtal och projekt."}
    assert validate_goal(_goal(agreement_id="a", project_id="p")) == both
    assert validate_goal(_goal(enterprise_id="e", project_id="p")) == both


def test_goal_rules_in_english(english) -> None:
    errors = validate_goal(_goal(title="", target=0.0, indicator="x", enterprise_id="e", project_id="p"))
    assert errors == {
        "title": "Write the goal.",
        "target": "The target must be greater than zero.",
        "indicator": "Unknown indicator.",
        "enterprise_id": "Choose at most one of enterprise, agreement and project.",
    }


# -- agreements ----------------------------------------------------------------------------
def test_an_agreement_needs_a_start_and_no_negative_figures() -> None:
    assert validate_agreement(AgreementInput(start_date=D, end_date=D, max_months_per_participant=1)) == {}
    zeros = AgreementInput(
        start_date=D, value_kr=0, contracted_places=0, price_per_place_month_kr=0, price_employed_month_kr=0
    )
    assert validate_agreement(zeros) == {}
    negative = AgreementInput(
        start_date=D,
        end_date=D - timedelta(days=1),
        value_kr=-1,
        contracted_places=-1,
        price_per_place_month_kr=-1,
        price_employed_month_kr=-1,
        max_months_per_participant=0,
    )
    assert validate_agreement(negative) == {
        "end_date": "Avtalet kan inte sluta innan det börjar.",
        "max_months_per_participant": "Ange minst en månad.",
        "value_kr": "Beloppet kan inte vara negativt.",
        "contracted_places": "Beloppet kan inte vara negativt.",
        "price_per_place_month_kr": "Beloppet kan inte vara negativt.",
        "price_employed_month_kr": "Beloppet kan inte vara negativt.",
    }
    assert validate_agreement(AgreementInput()) == {"start_date": "Ange när avtalet börjar."}


def test_agreement_rules_in_english(english) -> None:
    assert validate_agreement(AgreementInput(max_months_per_participant=0)) == {
        "start_date": "Give the date the agreement starts.",
        "max_months_per_participant": "Enter at least one month.",
    }


# -- ending a placement --------------------------------------------------------------------
def test_ending_a_placement_needs_an_end_date_and_an_outcome() -> None:
    running = PlacementInput(participant_id="p", start_date=D)
    assert validate_placement_end(running) == {
        "end_date": "Ange slutdatum.",
        "outcome": "Ange utfall.",
    }
    ended = PlacementInput(participant_id="p", start_date=D, end_date=D, outcome="arbete")
    assert validate_placement_end(ended) == {}
    early = PlacementInput(participant_id="p", start_date=D, end_date=D - timedelta(days=1), outcome="arbete")
    assert validate_placement_end(early) == {"end_date": "En placering kan inte sluta innan den börjar."}


def test_ending_rules_in_english(english) -> None:
    assert validate_placement_end(PlacementInput(participant_id="p", start_date=D)) == {
        "end_date": "Give the end date.",
        "outcome": "Give the outcome.",
    }


# -- periods -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((D, D), (D, D), True),
        ((D, D), (D + timedelta(days=1), None), False),
        ((D, None), (D + timedelta(days=400), None), True),
        ((D + timedelta(days=1), None), (D, D), False),
        ((D, D + timedelta(days=1)), (D + timedelta(days=1), D + timedelta(days=2)), True),
        ((D - timedelta(days=5), D - timedelta(days=1)), (D, None), False),
    ],
)
def test_periods_overlap_when_they_share_a_day(a, b, overlap) -> None:
    assert periods_overlap(a[0], a[1], b[0], b[1]) is overlap
    assert periods_overlap(b[0], b[1], a[0], a[1]) is overlap
