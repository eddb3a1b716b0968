"""Numbers, money and extents as the display language writes them.

Swedish: 1 234,5 and 6 000 kr; English: 1,234.5 and SEK 6,000. Dates are ISO 8601 (2026-11-23)
in both languages: it is how Swedish forms write them, and what every date field accepts.
Printed documents run in Swedish (see `asfdesk.i18n.source_language`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from asfdesk.i18n import ENGLISH, current_language, translate

NBSP = "\u00a0"


def format_number(value: float, decimals: int = 0) -> str:
    """1234.5 → '1 234,5' in Swedish (space between thousands, decimal comma), '1,234.5' in English."""
    text = f"{value:,.{decimals}f}"
    if current_language() == ENGLISH:
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_figure(value: float | None, missing: str = "") -> str:
    """A count or an amount of hours: whole numbers without decimals, else one decimal."""
    if value is None:
        return missing
    return format_number(value, 0 if float(value).is_integer() else 1)


def counted(value: float, one: str, many: str) -> str:
    """'1 kontakt', '3 kontakter', '1,5 timmar': the figure and the word that goes with it (the
    singular only for exactly one)."""
    return f"{format_figure(value)} {one if value == 1 else many}"


def format_hours(value: float | None) -> str:
    return format_figure(value)


def tenths(value: float) -> float:
    """Rounded half-up to one decimal (0.25 → 0.3, 0.15 → 0.2), as people round, not as floats do."""
    return float(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def format_tenths(value: float | None) -> str:
    """Hours as documents print them: rounded half-up to one decimal, the decimal always shown
    ('30,0' beside '25,3'), so a column reads evenly."""
    return "" if value is None else format_number(tenths(value), 1)


def format_kr(value: int | None) -> str:
    if value is None:
        return ""
    if current_language() == ENGLISH:
        return f"SEK{NBSP}{format_number(value)}"
    return f"{format_number(value)}{NBSP}kr"


def format_extent(hours_per_week: float | None, percent: int | None) -> str:
    """A placement's extent as users write it: '20 tim/v' or '50 %'."""
    if hours_per_week is not None:
        unit = translate("formatting", "tim/v")
        return f"{format_hours(hours_per_week)}{NBSP}{unit}"
    if percent is not None:
        return f"{percent}{NBSP}%"
    return ""


class Unit(Enum):
    """What a number in a list means; it decides how the list shows it and how a workbook formats it."""

    KR = "kr"
    KR_ORE = "kr_ore"  # kronor to the öre
    PERCENT = "percent"  # 51 means 51 %
    HOURS = "hours"
    HOURS_PER_WEEK = "hours_per_week"
    HUNDREDTHS = "hundredths"  # a count to two decimals (place-months)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit: shown as '435 000 kr', exported as 435000 with a number format."""

    value: int | float | Decimal
    unit: Unit
    mark: str = ""  # a note shown after the number in lists (e.g. ' *'), not part of the value

    def __str__(self) -> str:
        return format_quantity(self)


def format_quantity(quantity: Quantity) -> str:
    value, unit = quantity.value, quantity.unit
    if unit is Unit.KR:
        text = format_kr(int(value))
    elif unit is Unit.KR_ORE or unit is Unit.HUNDREDTHS:
        text = format_number(float(value), 2)
    elif unit is Unit.PERCENT:
        text = f"{format_figure(float(value))}{NBSP}%"
    elif unit is Unit.HOURS_PER_WEEK:
        text = format_extent(float(value), None)
    else:
        text = format_hours(float(value))
    return text + quantity.mark


def quantity(value: int | float | Decimal | None, unit: Unit, mark: str = "") -> Quantity | None:
    return None if value is None else Quantity(value, unit, mark)


def extent_quantity(hours_per_week: float | None, percent: int | None) -> Quantity | None:
    """A placement's extent as a number: hours a week if known, else percent of full time."""
    if hours_per_week is not None:
        return Quantity(hours_per_week, Unit.HOURS_PER_WEEK)
    return quantity(percent, Unit.PERCENT)
