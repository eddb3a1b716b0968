"""Boundary days and digits of the domain rules: the day a placement starts, a period of several
years, a samordningsnummer of someone born a century ago, the gender digit, a birth-year window
that moves with the year."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.goals import previous_period
from asfdesk.domain.inputs import ConsentInput, ParticipantInput, PlacementInput, validate_participant
from asfdesk.domain.occupancy import months_between, next_month
from asfdesk.domain.validation import check_personnummer, gender_from_personnummer


def test_a_placement_starting_today_is_ongoing_and_tomorrow_planned() -> None:
    today = date(2026, 3, 2)
    assert PlacementInput(start_date=today).derived_status(today) == "pagaende"
    assert PlacementInput(start_date=date(2026, 3, 3)).derived_status(today) == "planerad"
    assert PlacementInput(start_date=today, end_date=today).derived_status(today) == "avslutad"


@pytest.mark.parametrize(
    ("start", "end", "before"),
    [
        (date(2025, 1, 1), date(2026, 12, 31), (date(2023, 1, 1), date(2024, 12, 31))),  # two whole years
        (date(2025, 11, 1), date(2026, 12, 31), (date(2024, 9, 1), date(2025, 10, 31))),  # 14 months
        (date(2026, 3, 1), date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
        (date(2026, 3, 5), date(2026, 3, 14), (date(2026, 2, 23), date(2026, 3, 4))),  # ten days
    ],
)
def test_the_period_before_has_the_same_length(start: date, end: date, before: tuple[date, date]) -> None:
    assert previous_period(start, end) == before


def test_months_between_includes_the_month_the_end_falls_in() -> None:
    assert months_between(date(2026, 1, 15), date(2026, 3, 1)) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert months_between(date(2026, 12, 31), date(2027, 1, 1)) == [date(2026, 12, 1), date(2027, 1, 1)]
    assert next_month(date(2026, 1, 31)) == date(2026, 2, 1) and next_month(date(2026, 12, 1)) == date(2027, 1, 1)


def test_a_samordningsnummer_of_someone_born_a_century_ago_keeps_the_century() -> None:
    # born 1 January 1920: the day plus 60; written with twelve digits, so no guess from the separator
    assert check_personnummer("19200161-1231") == ("19200161-1231", None)
    assert check_personnummer("200161-1231") == ("20200161-1231", None)  # ten digits and "-": under a hundred
    assert check_personnummer("200161+1231") == ("19200161-1231", None)  # "+": a hundred or more


@pytest.mark.parametrize(("digit", "gender"), [("1", "man"), ("3", "man"), ("4", "kvinna"), ("6", "kvinna")])
def test_the_gender_is_the_second_last_digits_parity(digit: str, gender: str) -> None:
    assert gender_from_personnummer(f"19900101-00{digit}7") == gender


def test_the_birth_year_window_moves_with_the_day_asked_about() -> None:
    later = date(2031, 6, 1)  # the window is 1931–2017 then, whatever today is
    assert "birth_year" not in validate_participant(ParticipantInput(code="D1", birth_year=2017), later)
    assert validate_participant(ParticipantInput(code="D1", birth_year=1930), later)["birth_year"] == (
        "Födelseåret ska ligga mellan 1931 och 2017."
    )


def test_a_consent_may_end_or_be_withdrawn_the_day_it_was_given() -> None:
    day = date(2026, 2, 1)
    same_day = ParticipantInput(
        code="D1",
        consents=[ConsentInput(given_date=day, expires=day), ConsentInput(given_date=day, withdrawn_date=day)],
    )
    assert "consents" not in validate_participant(same_day, date(2026, 6, 1))
