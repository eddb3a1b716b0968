"""Personnummer, samordningsnummer, organisationsnummer, dates and e-mail: what is accepted, how it
is stored, and every message in the English UI."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.validation import (
    check_day,
    check_email,
    check_orgnr,
    check_personnummer,
    gender_from_personnummer,
    mask_personnummer,
    parse_date,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("811218-9876", "19811218-9876"),
        ("8112189876", "19811218-9876"),
        (" 811218 9876 ", "19811218-9876"),  # spaces as people type them
        ("19811218-9876", "19811218-9876"),
        ("811278-9873", "19811278-9873"),  # samordningsnummer: day + 60, kept as it is
        ("19811278-9873", "19811278-9873"),
        ("121272-1219", "20121272-1219"),  # a child's samordningsnummer
        ("121272+1219", "19121272-1219"),  # '+': over a hundred years old
    ],
)
def test_a_valid_number_is_stored_with_its_century(typed: str, stored: str) -> None:
    assert check_personnummer(typed) == (stored, None)


def test_gender_and_mask_come_from_the_number() -> None:
    assert gender_from_personnummer("19811218-9876") == "man"
    assert gender_from_personnummer("19811218-9868") == "kvinna"
    assert mask_personnummer("19811218-9876") == "811218-****"
    assert mask_personnummer(None) == "" and mask_personnummer("") == ""


WRONG = [
    (lambda: check_personnummer("12345"), "Skriv personnumret som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN."),
    (lambda: check_personnummer("811218-9877"), "Kontrollsiffran stämmer inte – kontrollera personnumret."),
    (lambda: check_personnummer("811340-9877"), "Det är inte ett giltigt personnummer eller samordningsnummer."),
    (lambda: check_orgnr("55A036-0794"), "Organisationsnumret får bara innehålla siffror och bindestreck."),
    (lambda: check_orgnr("5560360"), "Organisationsnumret ska ha tio siffror (NNNNNN-NNNN)."),
    (lambda: check_orgnr("556036-0794"), "Kontrollsiffran stämmer inte – kontrollera organisationsnumret."),
    (lambda: check_orgnr("000000-0000"), "Det är inte ett giltigt organisationsnummer."),
    (lambda: parse_date("32/13"), "Skriv datumet som ÅÅÅÅ-MM-DD."),
    (lambda: parse_date("2026-02-30"), "Det datumet finns inte."),
    (lambda: parse_date("1899-12-31"), "Datumet ska ligga mellan 1900 och 2100."),
    (lambda: check_email("anna@"), "E-postadressen ser inte rätt ut."),
]


@pytest.mark.parametrize(("check", "message"), WRONG)
def test_each_wrong_entry_gets_its_own_message(check, message: str) -> None:
    assert check() == (None, message)


def test_every_message_reads_in_english(english) -> None:
    for check, message in WRONG:
        said = check()[1]
        assert said == english("validation", message) != message, message


def test_the_date_range_and_the_empty_entry() -> None:
    assert check_day(date(1900, 1, 1)) == (date(1900, 1, 1), None)
    assert check_day(date(2100, 12, 31)) == (date(2100, 12, 31), None)
    assert check_day(date(2101, 1, 1))[0] is None
    for check in (check_personnummer, check_orgnr, check_email, parse_date):
        assert check("") == (None, None)
    assert check_email(" anna@kafe.se ") == ("anna@kafe.se", None)
