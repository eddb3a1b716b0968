"""The rules behind the meeting, module and contact-person forms and the date field, message by
message, at their boundaries."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asfdesk.domain.inputs import (
    ActionItemInput,
    ContactPersonInput,
    MeetingInput,
    ModuleProgressInput,
    validate_contact_person,
    validate_meeting,
    validate_module_progress,
)
from asfdesk.domain.validation import parse_date

TODAY = date(2026, 11, 23)


def test_a_meeting_needs_a_time_a_later_next_meeting_and_words_in_each_action() -> None:
    assert validate_meeting(MeetingInput()) == {"starts_at": "Ange datum och tid."}
    when = datetime(2026, 11, 23, 23, 30)
    assert validate_meeting(MeetingInput(starts_at=when, next_meeting_date=date(2026, 11, 23))) == {}  # same day
    assert validate_meeting(MeetingInput(starts_at=when, next_meeting_date=date(2026, 11, 22))) == {
        "next_meeting_date": "Nästa möte kan inte ligga före detta möte."
    }
    assert validate_meeting(MeetingInput(next_meeting_date=date(2020, 1, 1))) == {"starts_at": "Ange datum och tid."}
    items = [ActionItemInput("Boka lokal"), ActionItemInput("  "), ActionItemInput("")]
    assert validate_meeting(MeetingInput(starts_at=when, action_items=items)) == {
        "action_items": "Åtgärd 2 saknar text."
    }
    assert validate_meeting(MeetingInput(starts_at=when, action_items=[ActionItemInput("", "Anna")])) == {
        "action_items": "Åtgärd 1 saknar text."
    }
    assert validate_meeting(MeetingInput(starts_at=when, action_items=[ActionItemInput("Ring", "")])) == {}


def test_a_module_ends_after_it_starts_and_hours_are_never_negative() -> None:
    assert validate_module_progress(ModuleProgressInput()) == {}
    same = ModuleProgressInput(start_date=TODAY, end_date=TODAY, hours_planned=0, hours_used=0)
    assert validate_module_progress(same) == {}
    assert validate_module_progress(ModuleProgressInput(start_date=TODAY, end_date=date(2026, 11, 22))) == {
        "end_date": "Modulen kan inte bli klar innan den startar."
    }
    assert validate_module_progress(ModuleProgressInput(end_date=date(2020, 1, 1))) == {}  # only one end known
    assert validate_module_progress(ModuleProgressInput(hours_planned=-0.5, hours_used=-1)) == {
        "hours_planned": "Timmar kan inte vara negativa.",
        "hours_used": "Timmar kan inte vara negativa.",
    }
    assert validate_module_progress(ModuleProgressInput(hours_used=-0.1)) == {
        "hours_used": "Timmar kan inte vara negativa."
    }


def test_a_contact_person_needs_a_name_of_sane_length_and_a_real_looking_email() -> None:
    assert validate_contact_person(ContactPersonInput()) == {"name": "Ange namn."}
    assert validate_contact_person(ContactPersonInput(name="   ")) == {"name": "Ange namn."}
    assert validate_contact_person(ContactPersonInput(name="x" * 200)) == {}
    assert validate_contact_person(ContactPersonInput(name="x" * 201)) == {"name": "Högst 200 tecken (här 201)."}
    assert validate_contact_person(ContactPersonInput(name="Lisa", email="lisa@bonan.se")) == {}
    for wrong in ("lisa", "lisa@bonan", "li sa@bonan.se", "lisa@@bonan.se"):
        assert validate_contact_person(ContactPersonInput(name="Lisa", email=wrong)) == {
            "email": "E-postadressen ser inte rätt ut."
        }, wrong


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", (None, None)),
        ("   ", (None, None)),
        ("idag", (TODAY, None)),
        (" I dag ", (TODAY, None)),
        ("today", (TODAY, None)),
        ("imorgon", (date(2026, 11, 24), None)),
        ("i morgon", (date(2026, 11, 24), None)),
        ("tomorrow", (date(2026, 11, 24), None)),
        ("+7", (date(2026, 11, 30), None)),
        ("-23", (date(2026, 10, 31), None)),
        ("+30", (date(2026, 12, 23), None)),
        ("2026-02-28", (date(2026, 2, 28), None)),
        ("20260228", (date(2026, 2, 28), None)),
        ("260228", (date(2026, 2, 28), None)),
        ("2026.02.28", (date(2026, 2, 28), None)),
        ("2026/02/28", (date(2026, 2, 28), None)),
        ("2026 02 28", (date(2026, 2, 28), None)),
        ("2026-02-29", (None, "Det datumet finns inte.")),
        ("2026-13-01", (None, "Det datumet finns inte.")),
        ("1899-12-31", (None, "Datumet ska ligga mellan 1900 och 2100.")),
        ("1900-01-01", (date(1900, 1, 1), None)),
        ("2100-12-31", (date(2100, 12, 31), None)),
        ("2101-01-01", (None, "Datumet ska ligga mellan 1900 och 2100.")),
        ("28 feb", (None, "Skriv datumet som ÅÅÅÅ-MM-DD.")),
        ("2026-2-28", (None, "Skriv datumet som ÅÅÅÅ-MM-DD.")),
        ("+12345", (None, "Skriv datumet som ÅÅÅÅ-MM-DD.")),
    ],
)
def test_dates_as_swedes_type_them(typed: str, expected: tuple[date | None, str | None]) -> None:
    assert parse_date(typed, TODAY) == expected
