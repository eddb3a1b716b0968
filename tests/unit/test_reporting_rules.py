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


def _placement(start: date, end: date | None, gender: str = "kvinna"):  # type: ignore[no-untyped-def]
    from asfdesk.rows import PlacementRow

    return PlacementRow(
        id=f"{start}-{end}-{gender}", participant_id="p", referrer_id=None, measure_type="arbetstraning",
        outcome=None, participant_code="K", gender=gender, gender_label="", measure_label="", buyer="",
        start_date=start, planned_end_date=None, end_date=end, extent=None, supervisor="", status="",
        status_label="", outcome_label="", price="",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "counts"),  # started, ended, ongoing at the period's end (2026-01-01 – 2026-06-30)
    [
        (date(2026, 6, 30), None, (1, 0, 1)),  # started on the last day: ongoing
        (date(2026, 7, 1), None, (0, 0, 0)),  # started after: not in the period at all
        (date(2025, 3, 1), date(2026, 6, 30), (0, 1, 0)),  # ended on the last day: ended, not ongoing
        (date(2025, 3, 1), date(2026, 7, 1), (0, 0, 1)),  # ends the day after: ongoing
        (date(2025, 3, 1), date(2025, 12, 31), (0, 0, 0)),  # ended the day before the period
        (date(2026, 1, 1), date(2026, 1, 1), (1, 1, 0)),  # one day, the first
    ],
)
def test_started_ended_and_ongoing_at_the_period_end_by_the_day(start: date, end: date | None, counts) -> None:
    from asfdesk.services.report_queries import ReportQueries

    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    rows = ReportQueries._placement_counts([_placement(start, end), _placement(start, end, "man")], period)
    assert [r.label for r in rows] == ["Påbörjade", "Avslutade", "Pågående vid periodens slut"]
    assert tuple(r.split.total for r in rows) == tuple(2 * c for c in counts)
    assert tuple(r.split.women for r in rows) == counts and tuple(r.split.men for r in rows) == counts


def test_a_gender_split_counts_other_genders_in_the_total_only() -> None:
    split = GenderSplit.of(["kvinna", "man", "annat", "kvinna", ""])
    assert (split.women, split.men, split.total) == (2, 1, 5)
    assert split + GenderSplit(1, 2, 4) == GenderSplit(3, 3, 9)
