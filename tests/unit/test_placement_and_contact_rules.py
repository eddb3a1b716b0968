"""The rules behind Ny placering, Avsluta placering and Logga handledarstöd, message by message,
each at its boundary, and in the English UI."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from asfdesk.domain.inputs import (
    PlacementInput,
    SupportContactInput,
    outside_agreement,
    validate_placement,
    validate_placement_end,
    validate_support_contact,
)

START = date(2026, 3, 2)
VALID = PlacementInput(participant_id="p-1", start_date=START)


def test_a_placement_needs_a_participant_and_a_start() -> None:
    assert validate_placement(VALID) == {}
    assert validate_placement(PlacementInput()) == {
        "participant_id": "Välj deltagare.",
        "start_date": "Ange startdatum.",
    }
    assert validate_placement(replace(VALID, participant_id="")) == {"participant_id": "Välj deltagare."}
    assert validate_placement(replace(VALID, start_date=None)) == {"start_date": "Ange startdatum."}


def test_its_dates_run_forwards_the_same_day_allowed() -> None:
    same_day = replace(VALID, planned_end_date=START, end_date=START, outcome="arbete")
    assert validate_placement(same_day) == {}
    assert validate_placement(replace(VALID, planned_end_date=date(2026, 3, 1))) == {
        "planned_end_date": "Planerat slut ligger före start."
    }
    assert validate_placement(replace(VALID, end_date=date(2026, 3, 1), outcome="arbete")) == {
        "end_date": "En placering kan inte sluta innan den börjar."
    }
    # without a start there is nothing to compare with: only the start is asked for
    assert validate_placement(replace(VALID, start_date=None, planned_end_date=date(2020, 1, 1))) == {
        "start_date": "Ange startdatum."
    }


def test_an_end_and_an_outcome_come_together() -> None:
    ended = replace(VALID, end_date=date(2026, 6, 1))
    assert validate_placement(ended) == {"outcome": "Ange utfall när placeringen avslutas."}
    assert validate_placement(replace(ended, outcome="")) == {"outcome": "Ange utfall när placeringen avslutas."}
    assert validate_placement(replace(VALID, outcome="studier")) == {
        "end_date": "Ange slutdatum när ett utfall är valt."
    }
    assert validate_placement(replace(ended, outcome="vet ej")) == {"outcome": "Okänt utfall."}
    assert validate_placement(replace(VALID, outcome="vet ej")) == {
        "end_date": "Ange slutdatum när ett utfall är valt.",
        "outcome": "Okänt utfall.",
    }
    for outcome in ("arbete", "studier", "fortsatt_insats", "a-kassa", "forsorjningsstod", "sjukskrivning", "avbrott"):
        assert validate_placement(replace(ended, outcome=outcome)) == {}


def test_ending_a_placement_asks_for_both() -> None:
    assert validate_placement_end(VALID) == {"end_date": "Ange slutdatum.", "outcome": "Ange utfall."}
    assert validate_placement_end(replace(VALID, end_date=date(2026, 6, 1), outcome="arbete")) == {}
    assert validate_placement_end(replace(VALID, end_date=date(2026, 6, 1))) == {
        "outcome": "Ange utfall."  # the ending form's own words
    }
    assert validate_placement_end(replace(VALID, outcome="arbete")) == {"end_date": "Ange slutdatum."}


@pytest.mark.parametrize(
    ("field", "good", "bad", "message"),
    [
        ("hours_per_week", [0.5, 1, 60], [0, -1, 60.5, 61], "Timmar per vecka ska vara mellan 1 och 60."),
        ("extent_percent", [1, 50, 100], [0, -5, 101], "Omfattningen ska vara 1–100 %."),
        ("extensions", [0, 1, 12], [-1], "Antalet förlängningar kan inte vara negativt."),
        ("follow_up_interval_days", [1, 30, None], [0, -7], "Intervallet ska vara minst en dag."),
    ],
)
def test_numbers_at_their_bounds(field: str, good: list[float], bad: list[float], message: str) -> None:
    for value in good:
        assert validate_placement(replace(VALID, **{field: value})) == {}, value
    for value in bad:
        assert validate_placement(replace(VALID, **{field: value})) == {field: message}, value


def test_an_empty_extent_or_hours_is_no_error() -> None:
    assert validate_placement(replace(VALID, hours_per_week=None, extent_percent=None)) == {}


TODAY = date(2026, 11, 23)
CONTACT = SupportContactInput(contact_date=TODAY, minutes=60)


def test_a_contact_needs_a_date_and_a_length_of_at_most_a_day() -> None:
    assert validate_support_contact(CONTACT, TODAY) == {}
    assert validate_support_contact(replace(CONTACT, contact_date=None), TODAY) == {"contact_date": "Ange datum."}
    for minutes in (0, -15):
        assert validate_support_contact(replace(CONTACT, minutes=minutes)) == {
            "minutes": "Ange hur lång tid kontakten tog."
        }
    assert validate_support_contact(replace(CONTACT, minutes=1)) == {}
    assert validate_support_contact(replace(CONTACT, minutes=24 * 60)) == {}
    assert validate_support_contact(replace(CONTACT, minutes=24 * 60 + 1)) == {
        "minutes": "En kontakt kan inte vara längre än ett dygn."
    }


def test_a_next_step_has_words_and_a_date_not_before_the_contact() -> None:
    assert validate_support_contact(replace(CONTACT, next_step="Ring", next_step_date=TODAY)) == {}
    assert validate_support_contact(replace(CONTACT, next_step="Ring")) == {}  # words without a date: fine
    assert validate_support_contact(replace(CONTACT, next_step="  ", next_step_date=TODAY)) == {
        "next_step": "Skriv vad som ska göras till datumet."
    }
    assert validate_support_contact(replace(CONTACT, next_step="Ring", next_step_date=date(2026, 11, 22))) == {
        "next_step_date": "Nästa steg kan inte ligga före kontakten."
    }
    assert validate_support_contact(replace(CONTACT, next_step="", next_step_date=date(2026, 11, 22))) == {
        "next_step": "Skriv vad som ska göras till datumet.",
        "next_step_date": "Nästa steg kan inte ligga före kontakten.",
    }


def test_a_contact_is_not_logged_ahead_of_time() -> None:
    assert validate_support_contact(CONTACT, today=TODAY) == {}
    assert validate_support_contact(replace(CONTACT, contact_date=date(2026, 11, 24)), today=TODAY) == {
        "contact_date": "En kontakt kan inte loggas i förväg – planera ett möte i stället."
    }
    assert validate_support_contact(replace(CONTACT, contact_date=date(2030, 1, 1))) == {}  # no today: not checked


def test_every_message_in_english(english) -> None:
    said = [
        message
        for errors in (
            validate_placement(PlacementInput(outcome="vet ej", hours_per_week=0, extent_percent=0, extensions=-1)),
            validate_placement(replace(VALID, planned_end_date=date(2026, 1, 1), end_date=date(2026, 1, 1))),
            validate_placement(replace(VALID, follow_up_interval_days=0)),
            validate_support_contact(replace(CONTACT, minutes=0, next_step_date=TODAY), TODAY),
            validate_support_contact(replace(CONTACT, contact_date=None, minutes=2000)),
            validate_placement_end(PlacementInput()),
        )
        for message in errors.values()
    ]
    swedish = [
        "Välj deltagare.",
        "Ange startdatum.",
        "Okänt utfall.",
        "Timmar per vecka ska vara mellan 1 och 60.",
        "Omfattningen ska vara 1–100 %.",
        "Antalet förlängningar kan inte vara negativt.",
        "Planerat slut ligger före start.",
        "En placering kan inte sluta innan den börjar.",
        "Intervallet ska vara minst en dag.",
        "Ange hur lång tid kontakten tog.",
        "Skriv vad som ska göras till datumet.",
        "Ange datum.",
        "En kontakt kan inte vara längre än ett dygn.",
        "Ange utfall.",
    ]
    for text in swedish:
        assert english("validation", text) != text and english("validation", text) in said, text
    for text in ("Ange utfall när placeringen avslutas.", "Ange slutdatum när ett utfall är valt."):
        assert english("validation", text) != text
    ended = replace(VALID, end_date=date(2026, 6, 1))
    assert validate_placement(ended) == {"outcome": english("validation", "Ange utfall när placeringen avslutas.")}
    assert validate_placement(replace(VALID, outcome="arbete")) == {
        "end_date": english("validation", "Ange slutdatum när ett utfall är valt.")
    }
    late = replace(CONTACT, contact_date=date(2026, 11, 24))
    assert validate_support_contact(late, TODAY) == {
        "contact_date": english("validation", "En kontakt kan inte loggas i förväg – planera ett möte i stället.")
    }


AGREEMENT_START, AGREEMENT_END = date(2026, 1, 1), date(2026, 12, 31)


@pytest.mark.parametrize(
    ("start", "planned_end", "end", "said"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), None, ""),  # exactly the agreement's period
        (date(2026, 3, 2), None, date(2026, 12, 31), ""),  # ended on its last day
        (
            date(2026, 3, 2),
            date(2027, 1, 1),
            None,
            "Placeringen pågår till 2027-01-01, efter avtalets slut 2026-12-31.",
        ),
        (
            date(2026, 3, 2),
            date(2026, 6, 1),
            date(2027, 1, 1),
            "Placeringen pågår till 2027-01-01, efter avtalets slut 2026-12-31.",
        ),
        (date(2026, 3, 2), None, None, "Avtalet slutar 2026-12-31 men placeringen har inget slutdatum."),
        (date(2027, 1, 1), date(2027, 3, 1), None, "Avtalet slutade 2026-12-31, före placeringens start."),
        (date(2025, 12, 31), date(2026, 3, 1), None, "Placeringen börjar före avtalet (2026-01-01)."),
    ],
)
def test_a_placement_outside_its_agreement_is_said_from_the_day_after(start, planned_end, end, said) -> None:
    data = replace(VALID, start_date=start, planned_end_date=planned_end, end_date=end)
    assert outside_agreement(data, AGREEMENT_START, AGREEMENT_END) == said


def test_an_open_agreement_or_none_says_nothing_and_it_speaks_english(english) -> None:
    assert outside_agreement(replace(VALID, planned_end_date=None), AGREEMENT_START, None) == ""
    assert outside_agreement(replace(VALID, start_date=date(2020, 1, 1)), None, None) == ""
    late = replace(VALID, planned_end_date=date(2027, 1, 1))
    assert outside_agreement(late, AGREEMENT_START, AGREEMENT_END) == english(
        "validation", "Placeringen pågår till %1, efter avtalets slut %2."
    ).replace("%1", "2027-01-01").replace("%2", "2026-12-31")
    for text in (
        "Avtalet slutade %1, före placeringens start.",
        "Avtalet slutar %1 men placeringen har inget slutdatum.",
        "Placeringen börjar före avtalet (%1).",
    ):
        assert english("validation", text) != text
