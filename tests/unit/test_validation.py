"""Field validation as users type: dates, organisationsnummer, personnummer."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.validation import check_email, check_orgnr, check_personnummer, mask_personnummer, parse_date

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30", date(2026, 11, 30)),
        ("20261130", date(2026, 11, 30)),
        ("261130", date(2026, 11, 30)),
        ("idag", TODAY),
        ("i dag", TODAY),
        ("imorgon", date(2026, 11, 24)),
        ("+7", date(2026, 11, 30)),
        ("-1", date(2026, 11, 22)),
        ("", None),
    ],
)
def test_dates_as_swedes_type_them(text: str, expected: date | None) -> None:
    """Common ways of writing a date are all understood."""
    assert parse_date(text, TODAY) == (expected, None)


@pytest.mark.parametrize(("text", "message"), [("2026-02-30", "finns inte"), ("nästa vecka", "ÅÅÅÅ-MM-DD")])
def test_impossible_dates_say_why(text: str, message: str) -> None:
    """A date that does not exist, or is not a date, gets a message instead of a guess."""
    value, error = parse_date(text, TODAY)
    assert value is None and error and message in error


def test_orgnr_formats_and_checks() -> None:
    """Orgnr is formatted NNNNNN-NNNN; the 16-prefix is accepted; a wrong check digit is named."""
    assert check_orgnr("556036 0793") == ("556036-0793", None)
    assert check_orgnr("16556036-0793") == ("556036-0793", None)
    assert "Kontrollsiffran" in (check_orgnr("556036-0792")[1] or "")
    assert check_orgnr("") == (None, None)


def test_personnummer_forms() -> None:
    """Ten or twelve digits, with or without dash, become ÅÅÅÅMMDD-NNNN; masking hides the last four."""
    assert check_personnummer("8112189876") == ("19811218-9876", None)
    assert check_personnummer("19811218-9876") == ("19811218-9876", None)
    assert "ÅÅMMDD" in (check_personnummer("81-12-18")[1] or "")
    assert mask_personnummer("19811218-9876") == "811218-****"
    assert mask_personnummer(None) == ""


def test_email_check() -> None:
    """An address needs a local part, an @ and a domain with a dot."""
    assert check_email("anna@coompanion.se") == ("anna@coompanion.se", None)
    assert check_email("anna.coompanion.se")[1]
