"""Beläggning: an agreement's contracted places against the placements that filled them, month by month.

Purchase agreements pay per filled place and month, so the invoice for a month is the sum over
the placements that sat in the agreement's places that month, each paid for the share of the
month's days it covered (pro rata by days), at the training rate or, when the enterprise
employs the person, at the higher employment rate. Days beyond the contracted number of places
are not paid (the earliest placements of the day fill the paid places first), and neither are
days beyond the agreement's maximum months per participant.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

ORE = Decimal("0.01")


@dataclass(frozen=True)
class AgreementTerms:
    start: date
    end: date | None
    contracted_places: int
    price_per_place_month_kr: int
    price_employed_month_kr: int | None = None  # None: employment paid at the training rate
    max_months_per_participant: int | None = None


@dataclass(frozen=True)
class Stay:
    """One placement's time in the agreement's places."""

    placement_id: str
    label: str  # pseudonym and measure, for the invoice check
    start: date
    end: date | None  # last day (inclusive); None while it runs
    employed: bool = False
    no_compensation: bool = False


@dataclass
class StayMonth:
    placement_id: str
    label: str
    days: int  # days in the month the stay covered within the agreement
    paid_days: int
    rate_kr: int
    payable_kr: Decimal


@dataclass
class MonthOccupancy:
    month: date  # first day of the month
    days_in_month: int
    contracted_place_months: Decimal  # contracted places × the share of the month the agreement ran
    filled_place_months: Decimal
    payable_kr: Decimal
    stays: list[StayMonth] = field(default_factory=list)

    @property
    def vacant_place_months(self) -> Decimal:
        return max(Decimal(0), self.contracted_place_months - self.filled_place_months)

    @property
    def occupancy_percent(self) -> int | None:
        if not self.contracted_place_months:
            return None
        share = self.filled_place_months / self.contracted_place_months * 100
        return int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month(day: date) -> date:
    return (month_end(day) + timedelta(days=1)).replace(day=1)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when that month is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> list[date]:
    """First days of every month from start's month to end's month, inclusive."""
    months, current = [], month_start(start)
    while current <= end:
        months.append(current)
        current = next_month(current)
    return months


def _paid_until(terms: AgreementTerms, stay: Stay) -> date | None:
    if terms.max_months_per_participant is None:
        return None
    return add_months(stay.start, terms.max_months_per_participant) - timedelta(days=1)


def monthly_occupancy(terms: AgreementTerms, stays: list[Stay], through: date) -> list[MonthOccupancy]:
    """Every month of the agreement up to `through` (inclusive), with filled places and what is payable."""
    last = min(terms.end or through, through)
    if last < terms.start:
        return []
    ordered = sorted(stays, key=lambda s: (s.start, s.placement_id))
    result = []
    for first in months_between(terms.start, last):
        days_in_month = calendar.monthrange(first.year, first.month)[1]
        lo, hi = max(first, terms.start), min(month_end(first), last)
        agreement_days = (hi - lo).days + 1 if hi >= lo else 0
        per_stay: dict[str, StayMonth] = {}
        day = lo
        while day <= hi:
            paid_places = terms.contracted_places
            for stay in ordered:
                if stay.start > day or (stay.end is not None and stay.end < day):
                    continue
                rate = (
                    terms.price_employed_month_kr
                    if stay.employed and terms.price_employed_month_kr is not None
                    else terms.price_per_place_month_kr
                )
                entry = per_stay.setdefault(
                    stay.placement_id, StayMonth(stay.placement_id, stay.label, 0, 0, rate, ORE)
                )
                entry.days += 1
                if paid_places > 0:  # it sits in a contracted place (beyond them nothing is paid)
                    paid_places -= 1
                    capped = (until := _paid_until(terms, stay)) is not None and day > until
                    if not stay.no_compensation and not capped:
                        entry.paid_days += 1
            day += timedelta(days=1)
        for entry in per_stay.values():
            entry.payable_kr = (Decimal(entry.rate_kr) * entry.paid_days / days_in_month).quantize(
                ORE, rounding=ROUND_HALF_UP
            )
        contracted = Decimal(terms.contracted_places * agreement_days) / days_in_month
        filled = Decimal(sum(e.days for e in per_stay.values())) / days_in_month
        result.append(
            MonthOccupancy(
                month=first,
                days_in_month=days_in_month,
                contracted_place_months=contracted.quantize(ORE, rounding=ROUND_HALF_UP),
                filled_place_months=filled.quantize(ORE, rounding=ROUND_HALF_UP),
                payable_kr=sum((e.payable_kr for e in per_stay.values()), Decimal(0)).quantize(ORE),
                stays=sorted(per_stay.values(), key=lambda e: e.label),
            )
        )
    return result


def unfilled_month(month: MonthOccupancy) -> bool:
    """At least one whole place-month stood empty (a place filled part of the month is not empty)."""
    return month.contracted_place_months - month.filled_place_months >= 1
