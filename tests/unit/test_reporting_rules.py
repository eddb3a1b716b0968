"""The report rules every document follows: periods to the day, women/men sums, what a request needs."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.reporting import Audience, GenderSplit, Period, ReportRequest, validate_report_request
from asfdesk.domain.vocab import Gender

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("day", "inside"),
    [(date(2026, 1, 1), True), (date(2026, 12, 31), True), (date(2025, 12, 31), False), (date(2027, 1, 1), False)],
)
def test_a_period_holds_its_first_and_last_day_and_nothing_outside(day: date, inside: bool) -> None:
    assert YEAR.contains(day) is inside
    assert YEAR.contains(None) is False


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [
        (date(2026, 12, 31), None, True),  # starts on the last day
        (date(2025, 6, 1), date(2026, 1, 1), True),  # ends on the first day
        (date(2027, 1, 1), None, False),  # starts the day after
        (date(2025, 6, 1), date(2025, 12, 31), False),  # ended the day before
        (date(2020, 1, 1), None, True),  # still running
    ],
)
def test_a_placement_overlaps_a_period_by_the_day(start: date, end: date | None, overlaps: bool) -> None:
    assert YEAR.overlaps(start, end) is overlaps


def test_gender_splits_add_women_men_and_total_separately() -> None:
    a = GenderSplit.of([Gender.WOMAN.value, Gender.MAN.value, Gender.OTHER.value])
    b = GenderSplit.of([Gender.WOMAN.value, Gender.WOMAN.value])
    assert (a + b) == GenderSplit(women=3, men=1, total=5)


def test_a_request_with_both_days_gives_its_period() -> None:
    request = ReportRequest(date(2026, 3, 1), date(2026, 3, 31))
    assert request.period() == Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.mark.parametrize(
    ("request_", "field", "words"),
    [
        (ReportRequest(None, date(2026, 3, 31)), "start", "första dag"),
        (ReportRequest(date(2026, 3, 1), None), "end", "sista dag"),
        (ReportRequest(date(2026, 3, 2), date(2026, 3, 1)), "end", "före dess början"),
        (ReportRequest(date(2026, 3, 1), date(2026, 3, 31), Audience.CASE_OFFICER.value), "referrer_id", "Välj vems"),
        (ReportRequest(date(2026, 3, 1), date(2026, 3, 31), Audience.FUNDER.value, "org"), "referrer_id", "bara för"),
    ],
)
def test_a_request_says_what_is_missing_or_wrong(request_: ReportRequest, field: str, words: str) -> None:
    errors = validate_report_request(request_)
    assert list(errors) == [field] and words in errors[field]


@pytest.mark.parametrize("audience", list(Audience))
def test_a_complete_request_has_no_errors(audience: Audience) -> None:
    referrer = "org" if audience is Audience.CASE_OFFICER else None
    one_day = ReportRequest(date(2026, 3, 1), date(2026, 3, 1), audience.value, referrer)
    assert validate_report_request(one_day) == {}


def test_the_year_of_a_day_runs_from_new_year_to_new_years_eve() -> None:
    assert Period.year_of(date(2026, 6, 15)) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert Period.year_of(date(2024, 2, 29)).label == "2024-01-01 – 2024-12-31"
