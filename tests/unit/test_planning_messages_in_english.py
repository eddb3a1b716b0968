"""Every message of the agreement, placement-advice, place, goal, action plan and report request
forms, in Swedish exactly and in the English UI."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.inputs import AgreementInput, PlacementInput, outside_agreement, validate_agreement
from asfdesk.domain.planning_inputs import (
    ActionPlanInput,
    GoalInput,
    PlaceInput,
    validate_action_plan,
    validate_goal,
    validate_place,
)
from asfdesk.domain.reporting import Audience, ReportRequest, validate_report_request

JAN, FEB, MAR, DEC = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 12, 31)


def _advice(start: date | None, runs_to: date | None, agreement: tuple[date | None, date | None]) -> dict[str, str]:
    return {"advice": outside_agreement(PlacementInput(start_date=start, planned_end_date=runs_to), *agreement)}


CASES = [
    (lambda: validate_agreement(AgreementInput(start_date=FEB, end_date=JAN)), "end_date",
     "Avtalet kan inte sluta innan det börjar.", ()),
    (lambda: validate_agreement(AgreementInput(start_date=JAN, value_kr=-1)), "value_kr",
     "Beloppet kan inte vara negativt.", ()),
    (lambda: validate_agreement(AgreementInput(start_date=JAN, price_employed_month_kr=-5)), "price_employed_month_kr",
     "Beloppet kan inte vara negativt.", ()),
    (lambda: _advice(MAR, None, (JAN, FEB)), "advice", "Avtalet slutade %1, före placeringens start.",
     ("2026-02-01",)),
    (lambda: _advice(JAN, None, (JAN, FEB)), "advice", "Avtalet slutar %1 men placeringen har inget slutdatum.",
     ("2026-02-01",)),
    (lambda: _advice(JAN, MAR, (JAN, FEB)), "advice", "Placeringen pågår till %1, efter avtalets slut %2.",
     ("2026-03-01", "2026-02-01")),
    (lambda: _advice(JAN, MAR, (FEB, DEC)), "advice", "Placeringen börjar före avtalet (%1).", ("2026-02-01",)),
    (lambda: validate_place(PlaceInput(title="Kafé", measure_types=["okand"])), "measure_types",
     "Okänd insatstyp.", ()),
    (lambda: validate_place(PlaceInput(title="Kafé", capacity=0)), "capacity",
     "En plats tar emot minst en person.", ()),
    (lambda: validate_goal(GoalInput(title="M", target=1, period_start=None)), "period_start",
     "Ange periodens början.", ()),
    (lambda: validate_goal(GoalInput(title="M", target=1, period_end=None)), "period_end",
     "Ange periodens slut.", ()),
    (lambda: validate_goal(GoalInput(title="M", target=1, period_start=FEB, period_end=JAN)), "period_end",
     "Perioden slutar innan den börjar.", ()),
    (lambda: validate_goal(GoalInput(title="M", target=1, indicator="manuell")), "manual_outcome",
     "Ange utfallet för en egen siffra.", ()),
    (lambda: validate_action_plan(ActionPlanInput(plan="P", activity="A", status="snart")), "status",
     "Välj en av statusarna.", ()),
    (lambda: validate_report_request(ReportRequest()), "start", "Ange periodens första dag.", ()),
    (lambda: validate_report_request(ReportRequest()), "end", "Ange periodens sista dag.", ()),
    (lambda: validate_report_request(ReportRequest(start=FEB, end=JAN)), "end",
     "Periodens slut ligger före dess början.", ()),
    (lambda: validate_report_request(ReportRequest(JAN, DEC, Audience.CASE_OFFICER.value)), "referrer_id",
     "Välj vems deltagare handläggarversionen gäller.", ()),
    (lambda: validate_report_request(ReportRequest(JAN, DEC, Audience.BOARD.value, "org-1")), "referrer_id",
     "Remitterande organisation väljs bara för handläggarversionen.", ()),
]  # fmt: skip


def _filled(message: str, values: tuple[str, ...]) -> str:
    for n, value in enumerate(values, start=1):
        message = message.replace(f"%{n}", value)
    return message


@pytest.mark.parametrize(("check", "field", "message", "values"), CASES)
def test_each_rule_says_its_message_on_its_field(check, field: str, message: str, values: tuple[str, ...]) -> None:
    assert check()[field] == _filled(message, values)


def test_every_planning_message_reads_in_english(english) -> None:
    for check, field, message, values in CASES:
        wanted = english("validation", message)
        assert wanted != message, message
        assert check()[field] == _filled(wanted, values), message


def test_a_placement_on_the_agreements_first_and_last_day_is_inside_it() -> None:
    assert outside_agreement(PlacementInput(start_date=FEB, planned_end_date=FEB), JAN, FEB) == ""  # its last day
    assert outside_agreement(PlacementInput(start_date=JAN, planned_end_date=FEB), JAN, FEB) == ""  # its first day
    assert outside_agreement(PlacementInput(start_date=JAN, end_date=DEC, planned_end_date=JAN), JAN, FEB) != ""
    assert outside_agreement(PlacementInput(start_date=JAN), None, None) == ""  # an agreement without dates


def test_an_action_plan_activitys_names_at_their_length_limits(english) -> None:
    fine = ActionPlanInput(plan="P", activity="A", main_responsible="r" * 200, municipality="m" * 80)
    assert validate_action_plan(fine) == {}
    errors = validate_action_plan(
        ActionPlanInput(plan="P", activity="A", main_responsible="r" * 201, municipality="m" * 81)
    )
    limit = english("validation", "Högst %1 tecken (här %2).")
    assert errors == {
        "main_responsible": limit.replace("%1", "200").replace("%2", "201"),
        "municipality": limit.replace("%1", "80").replace("%2", "81"),
    }


def test_the_birth_year_message_in_english(english) -> None:
    from asfdesk.domain.inputs import ParticipantInput, validate_participant

    errors = validate_participant(ParticipantInput(code="D1", birth_year=1900), date(2026, 6, 1))
    wanted = english("validation", "Födelseåret ska ligga mellan %1 och %2.")
    assert errors["birth_year"] == wanted.replace("%1", "1926").replace("%2", "2012") != ""
