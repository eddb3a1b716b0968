"""Numbers, money and extents as the display language writes them.

Swedish: 1 234,5 and 6 000 kr; English: 1,234.5 and SEK 6,000. Dates are ISO 8601 (2026-11-23)
in both languages: it is how Swedish forms write them, and what every date field accepts.
Printed documents run in Swedish (see `asfdesk.i18n.source_language`).
"""

from __future__ import annotations

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


def format_hours(value: float | None) -> str:
    return format_figure(value)


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
