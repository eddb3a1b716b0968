"""Numbers with their units as lists show them, in Swedish and in English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from asfdesk.domain.formatting import (
    NBSP,
    Quantity,
    Unit,
    counted,
    extent_quantity,
    format_extent,
    format_figure,
    format_kr,
    format_quantity,
    quantity,
)

S = NBSP


@pytest.mark.parametrize(
    ("value", "unit", "mark", "swedish"),
    [
        (435000, Unit.KR, "", f"435{S}000{S}kr"),
        (Decimal("6000.50"), Unit.KR, "", f"6{S}000{S}kr"),  # whole kronor in a kronor column
        (Decimal("1234.5"), Unit.KR_ORE, "", f"1{S}234,50"),
        (2.25, Unit.HUNDREDTHS, "", "2,25"),
        (51, Unit.PERCENT, "", f"51{S}%"),
        (12.5, Unit.PERCENT, "", f"12,5{S}%"),
        (20, Unit.HOURS_PER_WEEK, "", f"20{S}tim/v"),
        (7.5, Unit.HOURS, " *", "7,5 *"),
        (3, Unit.HOURS, "", "3"),
    ],
)
def test_each_unit_is_written_as_swedish_lists_write_it(value, unit: Unit, mark: str, swedish: str) -> None:
    shown = format_quantity(Quantity(value, unit, mark))
    assert shown == swedish == str(Quantity(value, unit, mark))


def test_the_english_ui_writes_sek_and_point_decimals(english) -> None:
    assert format_quantity(Quantity(435000, Unit.KR)) == f"SEK{S}435,000"
    assert format_quantity(Quantity(Decimal("1234.5"), Unit.KR_ORE)) == "1,234.50"
    assert format_quantity(Quantity(20, Unit.HOURS_PER_WEEK)) == f"20{S}" + english("formatting", "tim/v")
    assert english("formatting", "tim/v") != "tim/v"
    assert format_kr(None) == "" and format_figure(None, missing="–") == "–"


def test_an_empty_value_has_no_quantity_and_an_extent_prefers_hours() -> None:
    assert quantity(None, Unit.KR) is None
    assert quantity(0, Unit.KR) == Quantity(0, Unit.KR)
    assert quantity(5, Unit.PERCENT, " *") == Quantity(5, Unit.PERCENT, " *")
    assert extent_quantity(30.0, 75) == Quantity(30.0, Unit.HOURS_PER_WEEK)
    assert extent_quantity(None, 75) == Quantity(75, Unit.PERCENT)
    assert extent_quantity(None, None) is None
    assert format_extent(None, None) == ""
    assert counted(1, "kontakt", "kontakter") == "1 kontakt" and counted(0, "kontakt", "kontakter") == "0 kontakter"
