"""Every message the enterprise, contact person, participant, module and meeting forms can show, in
Swedish exactly and in the English UI."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asfdesk.domain.inputs import (
    ActionItemInput,
    ConsentInput,
    ContactPersonInput,
    EnterpriseInput,
    MeetingInput,
    ModuleProgressInput,
    ParticipantInput,
    validate_contact_person,
    validate_enterprise,
    validate_meeting,
    validate_module_progress,
    validate_participant,
)

TODAY = date(2026, 6, 1)
CASES = [
    (lambda: validate_enterprise(EnterpriseInput()), "name", "Företaget behöver ett namn."),
    (lambda: validate_enterprise(EnterpriseInput()), "municipality", "Ange kommun."),
    (lambda: validate_enterprise(EnterpriseInput(name="A", municipality="B", employees=-1)), "employees",
     "Antalet kan inte vara negativt."),
    (lambda: validate_enterprise(EnterpriseInput(name="A", municipality="B", training_places=-1)), "training_places",
     "Antalet kan inte vara negativt."),
    (lambda: validate_enterprise(EnterpriseInput(name="A", municipality="B", status="x")), "status",
     "Välj en av statusarna."),
    (lambda: validate_enterprise(EnterpriseInput(name="A", municipality="B", legal_form="x")), "legal_form",
     "Välj en av de juridiska formerna."),
    (lambda: validate_contact_person(ContactPersonInput()), "name", "Ange namn."),
    (lambda: validate_participant(ParticipantInput(), TODAY), "code", "Deltagaren behöver en kod (pseudonym)."),
    (lambda: validate_participant(ParticipantInput(code="D1", consent_given=True), TODAY), "consent_date",
     "Ange när samtycket lämnades."),
    (lambda: validate_participant(ParticipantInput(code="D1", consents=[ConsentInput(given_date=None)]), TODAY),
     "consents", "Samtycke %1: ange datum."),
    (lambda: validate_participant(
        ParticipantInput(code="D1", consents=[ConsentInput(given_date=date(2026, 2, 1), expires=date(2026, 1, 1))]),
        TODAY), "consents", "Samtycke %1: slutar före det lämnades."),
    (lambda: validate_participant(
        ParticipantInput(code="D1", consents=[ConsentInput(given_date=date(2026, 2, 1),
                                                           withdrawn_date=date(2026, 1, 31))]),
        TODAY), "consents", "Samtycke %1: återkallat före det lämnades."),
    (lambda: validate_participant(
        ParticipantInput(code="D1", protected_identity=True, personnummer="19811218-9876"), TODAY),
     "personnummer", "Spara inte personnummer för den som har skyddade personuppgifter."),
    (lambda: validate_module_progress(ModuleProgressInput(start_date=date(2026, 2, 1), end_date=date(2026, 1, 1))),
     "end_date", "Modulen kan inte bli klar innan den startar."),
    (lambda: validate_module_progress(ModuleProgressInput(hours_planned=-1)), "hours_planned",
     "Timmar kan inte vara negativa."),
    (lambda: validate_module_progress(ModuleProgressInput(hours_used=-0.5)), "hours_used",
     "Timmar kan inte vara negativa."),
    (lambda: validate_meeting(MeetingInput()), "starts_at", "Ange datum och tid."),
    (lambda: validate_meeting(MeetingInput(starts_at=datetime(2026, 3, 2, 10), next_meeting_date=date(2026, 3, 1))),
     "next_meeting_date", "Nästa möte kan inte ligga före detta möte."),
    (lambda: validate_meeting(MeetingInput(starts_at=datetime(2026, 3, 2, 10),
                                           action_items=[ActionItemInput("Boka"), ActionItemInput(" ")])),
     "action_items", "Åtgärd %1 saknar text."),
]  # fmt: skip


def _filled(message: str) -> str:
    return message.replace("%1", "2" if message.startswith("Åtgärd") else "1")


@pytest.mark.parametrize(("check", "field", "message"), CASES)
def test_each_rule_says_its_message_on_its_field(check, field: str, message: str) -> None:
    assert check()[field] == _filled(message)


def test_every_form_message_reads_in_english(english) -> None:
    for check, field, message in CASES:
        wanted = english("validation", message)
        assert wanted != message, message
        assert check()[field] == wanted.replace("%1", "2" if message.startswith("Åtgärd") else "1"), message


def test_a_name_and_a_code_at_their_length_limits(english) -> None:
    assert "name" not in validate_enterprise(EnterpriseInput(name="n" * 200, municipality="B"))
    too_long = validate_enterprise(EnterpriseInput(name="n" * 201, municipality="m" * 201))
    assert too_long["name"] == english("validation", "Högst %1 tecken (här %2).").replace("%1", "200").replace(
        "%2", "201"
    )
    assert too_long["municipality"] == too_long["name"]
    assert "code" not in validate_participant(ParticipantInput(code="c" * 40), TODAY)
    assert validate_participant(ParticipantInput(code="c" * 41), TODAY)["code"] == english(
        "validation", "Högst %1 tecken (här %2)."
    ).replace("%1", "40").replace("%2", "41")


@pytest.mark.parametrize(("born", "fine"), [(1926, True), (1925, False), (2012, True), (2013, False)])
def test_a_birth_year_from_a_hundred_to_fourteen_years_back(born: int, fine: bool) -> None:
    errors = validate_participant(ParticipantInput(code="D1", birth_year=born), TODAY)
    assert ("birth_year" not in errors) is fine
    if not fine:
        assert errors["birth_year"] == "Födelseåret ska ligga mellan 1926 och 2012."
