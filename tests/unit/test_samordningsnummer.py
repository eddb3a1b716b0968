"""Samordningsnummer (day of birth + 60): the boundary days and the check digit, as a handläggare types them."""

from __future__ import annotations

import pytest
from stdnum import luhn

from asfdesk.domain.validation import check_personnummer


def _number(yymmdd: str, serial: str = "238") -> str:
    body = yymmdd + serial
    return f"{yymmdd}-{serial}{luhn.calc_check_digit(body)}"


@pytest.mark.parametrize(
    "yymmdd",
    ["900161", "900191", "900262", "920289"],  # 1 Jan, 31 Jan, 2 Feb, 29 Feb of a leap year, each + 60
)
def test_valid_samordningsnummer_keep_their_day_plus_sixty(yymmdd: str) -> None:
    value, error = check_personnummer(_number(yymmdd))
    assert error is None and value is not None
    assert value.startswith("19" + yymmdd)


@pytest.mark.parametrize(
    "yymmdd",
    ["900160", "900192", "900289"],  # day 0, 32 Jan, 29 Feb of a year that has none, each + 60
)
def test_impossible_days_are_refused(yymmdd: str) -> None:
    value, error = check_personnummer(_number(yymmdd))
    assert value is None and error is not None and "giltigt" in error


def test_a_wrong_check_digit_says_so() -> None:
    right = _number("900161")
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
    value, error = check_personnummer(wrong)
    assert value is None and error is not None and "Kontrollsiffran" in error
