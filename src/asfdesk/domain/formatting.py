"""Swedish formatting of numbers, money and dates for lists and documents."""

from __future__ import annotations

NBSP = "\u00a0"


def format_number(value: float, decimals: int = 0) -> str:
    """1234.5 → '1 234,5' (Swedish: space as thousands separator, comma as decimal sign)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def format_hours(value: float | None) -> str:
    if value is None:
        return ""
    return format_number(value, 0 if float(value).is_integer() else 1)


def format_kr(value: int | None) -> str:
    return "" if value is None else f"{format_number(value)}{NBSP}kr"


def format_extent(hours_per_week: float | None, percent: int | None) -> str:
    """A placement's extent as users write it: '20 tim/v' or '50 %'."""
    if hours_per_week is not None:
        return f"{format_hours(hours_per_week)}{NBSP}tim/v"
    if percent is not None:
        return f"{percent}{NBSP}%"
    return ""
