"""Beläggning and payable amounts, checked against amounts computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asfdesk.domain.occupancy import AgreementTerms, Stay, add_months, monthly_occupancy, unfilled_month

TRAINING = AgreementTerms(
    date(2026, 1, 1), None, contracted_places=1, price_per_place_month_kr=6000, price_employed_month_kr=12000
)


def _month(months: list, year: int, month: int):  # type: ignore[no-untyped-def]
    return next(m for m in months if m.month == date(year, month, 1))


def test_a_place_filled_mid_month_is_paid_for_its_days() -> None:
    """16–31 March is 16 of 31 days: 6 000 × 16/31 = 3 096,77 kr, and 0,52 of a place-month filled."""
    stays = [Stay("p1", "D26-001", date(2026, 3, 16), None)]
    march = _month(monthly_occupancy(TRAINING, stays, date(2026, 3, 31)), 2026, 3)
    assert march.payable_kr == Decimal("3096.77")
    assert march.filled_place_months == Decimal("0.52")
    assert march.contracted_place_months == Decimal("1.00")
    assert march.stays[0].paid_days == 16


def test_two_placements_sharing_a_place_one_after_the_other_fill_the_month() -> None:
    """February 2026 (28 days): 1–14 and 15–28 together are one full place-month, 6 000 kr."""
    stays = [
        Stay("a", "D26-001", date(2026, 1, 10), date(2026, 2, 14)),
        Stay("b", "D26-002", date(2026, 2, 15), None),
    ]
    months = monthly_occupancy(TRAINING, stays, date(2026, 2, 28))
    february = _month(months, 2026, 2)
    assert february.filled_place_months == Decimal("1.00")
    assert february.payable_kr == Decimal("6000.00")
    assert [(s.label, s.payable_kr) for s in february.stays] == [
        ("D26-001", Decimal("3000.00")),
        ("D26-002", Decimal("3000.00")),
    ]
    january = _month(months, 2026, 1)  # 10–31 January: 22 of 31 days
    assert january.payable_kr == Decimal("4258.06")


def test_an_agreement_starting_mid_year_counts_from_its_first_day() -> None:
    """Signed 15 July for 2 places: July has 2 × 17/31 contracted place-months; no months before it."""
    terms = AgreementTerms(date(2026, 7, 15), date(2026, 12, 31), 2, 5000)
    stays = [Stay("p", "D26-003", date(2026, 6, 1), None)]  # placed before the agreement began
    months = monthly_occupancy(terms, stays, date(2026, 9, 30))
    assert [m.month for m in months] == [date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)]
    july = months[0]
    assert july.contracted_place_months == Decimal("1.10")  # 34/31
    assert july.filled_place_months == Decimal("0.55")  # 17/31
    assert july.payable_kr == Decimal("2741.94")  # 5 000 × 17/31
    assert months[1].payable_kr == Decimal("5000.00")
    assert unfilled_month(months[1])  # one of the two places stood empty all August


def test_employment_is_paid_at_the_higher_rate() -> None:
    stays = [
        Stay("t", "D26-004", date(2026, 4, 1), None),
        Stay("e", "D26-005", date(2026, 4, 1), None, employed=True),
    ]
    terms = AgreementTerms(date(2026, 1, 1), None, 2, 6000, 12000)
    april = _month(monthly_occupancy(terms, stays, date(2026, 4, 30)), 2026, 4)
    assert {s.label: s.payable_kr for s in april.stays} == {
        "D26-004": Decimal("6000.00"),
        "D26-005": Decimal("12000.00"),
    }
    assert april.payable_kr == Decimal("18000.00")


def test_employment_without_an_employment_rate_is_paid_the_training_rate() -> None:
    terms = AgreementTerms(date(2026, 1, 1), None, 1, 6000, None)
    april = _month(
        monthly_occupancy(terms, [Stay("e", "x", date(2026, 4, 1), None, employed=True)], date(2026, 4, 30)), 2026, 4
    )
    assert april.payable_kr == Decimal("6000.00")


def test_only_contracted_places_are_paid_and_unpaid_placements_pay_nothing() -> None:
    stays = [
        Stay("a", "first", date(2026, 5, 1), None),
        Stay("b", "second", date(2026, 5, 1), None),  # over the one contracted place
        Stay("c", "unpaid", date(2026, 5, 1), None, no_compensation=True),
    ]
    may = _month(monthly_occupancy(TRAINING, stays, date(2026, 5, 31)), 2026, 5)
    assert may.filled_place_months == Decimal("3.00")
    assert may.payable_kr == Decimal("6000.00")
    assert {s.label: s.paid_days for s in may.stays} == {"first": 31, "second": 0, "unpaid": 0}


def test_payment_stops_after_the_maximum_months_per_participant() -> None:
    """Max 3 months from 1 February: paid through 30 April, not in May."""
    terms = AgreementTerms(date(2026, 1, 1), None, 1, 7500, None, max_months_per_participant=3)
    months = monthly_occupancy(terms, [Stay("h", "D26-006", date(2026, 2, 1), None)], date(2026, 5, 31))
    assert [m.payable_kr for m in months] == [
        Decimal(0),
        Decimal("7500.00"),
        Decimal("7500.00"),
        Decimal("7500.00"),
        Decimal(0),
    ]
    assert _month(months, 2026, 5).filled_place_months == Decimal("1.00")  # still there, no longer paid


def test_an_ended_agreement_stops_at_its_end() -> None:
    terms = AgreementTerms(date(2026, 1, 1), date(2026, 2, 10), 1, 3100)
    months = monthly_occupancy(terms, [Stay("p", "x", date(2026, 1, 1), None)], date(2026, 12, 31))
    assert [m.month.month for m in months] == [1, 2]
    assert months[1].payable_kr == Decimal("1107.14")  # 3 100 × 10/28


def test_add_months_keeps_the_last_day_of_short_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
