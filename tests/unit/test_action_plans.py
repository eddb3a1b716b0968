"""Municipal ASF action plans: their rules, their order, and their place in the support summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.domain.planning_inputs import ActionPlanInput, validate_action_plan
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services import report_service as reports
from asfdesk.services.errors import ValidationFailedError

from .test_reports import YEAR, pdf_text

PLAN = "Handlingsplan ASF Testby 2026–2028"


def test_an_activity_needs_its_plan_and_words_and_a_known_status() -> None:
    assert validate_action_plan(ActionPlanInput(plan=PLAN, activity="Nätverksträffar")) == {}
    assert validate_action_plan(ActionPlanInput(plan=" ", activity="")) == {
        "plan": "Ange vilken handlingsplan aktiviteten hör till.",
        "activity": "Beskriv aktiviteten.",
    }
    assert validate_action_plan(ActionPlanInput(plan=PLAN, activity="x", status="snart")) == {
        "status": "Välj en av statusarna."
    }
    too_long = validate_action_plan(ActionPlanInput(plan="p" * 201, activity="x", timeframe="t" * 61))
    assert too_long == {"plan": "Högst 200 tecken (här 201).", "timeframe": "Högst 60 tecken (här 61)."}
    assert validate_action_plan(ActionPlanInput(plan="p" * 200, activity="x", timeframe="t" * 60)) == {}


def test_action_plan_rules_in_english(english) -> None:
    errors = validate_action_plan(ActionPlanInput())
    assert errors["plan"] == english("validation", "Ange vilken handlingsplan aktiviteten hör till.") != ""
    assert errors["activity"] == english("validation", "Beskriv aktiviteten.")


def test_activities_are_kept_per_municipality_the_ones_under_way_first(ctx: AppContext) -> None:
    plans = ctx.action_plans
    made = {
        status: plans.create(ActionPlanInput(plan=PLAN, municipality="Testby", activity=f"A {status}", status=status))
        for status in ("klar", "lopande", "ej_paborjad", "pagar")
    }
    plans.create(ActionPlanInput(plan="Annan plan", municipality="Annanstad", activity="B"))
    rows = plans.rows("Testby")
    assert [r.status for r in rows] == ["pagar", "ej_paborjad", "lopande", "klar"]
    assert [r.status for r in plans.rows("Testby", only_open=True)] == ["pagar", "ej_paborjad", "lopande"]
    assert {"Testby", "Annanstad"} <= set(plans.municipalities()) and PLAN in plans.plans()
    with pytest.raises(ValidationFailedError):
        plans.create(ActionPlanInput(plan=PLAN, activity=""))
    plans.delete(made["pagar"])
    assert [r.status for r in plans.rows("Testby")] == ["ej_paborjad", "lopande", "klar"]
    assert any(e.kind == "action_plan_activity" for e in ctx.trash.list_entries())


def test_the_summary_lists_the_municipalitys_activities_not_yet_done(ctx: AppContext, tmp_path: Path) -> None:
    enterprise = ctx.enterprise_records.create(EnterpriseInput(name="Testbyns Café ek. för.", municipality="Testby"))
    plans = ctx.action_plans
    plans.create(
        ActionPlanInput(plan=PLAN, municipality="Testby", activity="Utreda reserverad upphandling", status="pagar")
    )
    plans.create(ActionPlanInput(plan=PLAN, municipality="Testby", activity="Ta fram handlingsplanen", status="klar"))
    plans.create(ActionPlanInput(plan="Annan", municipality="Annanstad", activity="Annanstads aktivitet"))
    board = pdf_text(reports.support_summary_pdf(ctx.database.session_factory, enterprise, YEAR, tmp_path / "b.pdf"))
    assert "Kommunens handlingsplan för ASF (Testby)" in board
    assert "Utreda reserverad upphandling" in board
    assert "Ta fram handlingsplanen" not in board and "Annanstads aktivitet" not in board
    period = Period(YEAR.start, YEAR.end)
    data = reports.ReportQueries(ctx.database.session_factory).support_summary(enterprise, period, Audience.FUNDER)
    assert [a.activity for a in data.action_plan] == ["Utreda reserverad upphandling"]


def test_an_activity_names_its_project_and_the_meeting_where_it_was_decided(ctx: AppContext) -> None:
    from datetime import datetime

    from asfdesk.domain.inputs import MeetingInput
    from asfdesk.domain.planning_inputs import ProjectInput

    plans = ctx.action_plans
    project = ctx.projects.create(ProjectInput(name="ASF Testby", funder="Samordningsförbundet"))
    other = ctx.projects.create(ProjectInput(name="Annat projekt"))
    network = ctx.meetings.create(
        MeetingInput(kind="natverkstraff", status="genomfort", starts_at=datetime(2026, 3, 12, 13, 0))
    )
    dialogue = ctx.meetings.create(MeetingInput(kind="dialogmote", starts_at=datetime(2026, 9, 1, 9, 0)))
    decided = plans.create(
        ActionPlanInput(
            plan=PLAN, municipality="Testby", activity="Nätverksträffar", project_id=project, meeting_id=network
        )
    )
    plans.create(ActionPlanInput(plan=PLAN, municipality="Testby", activity="Utan projekt"))
    plans.create(ActionPlanInput(plan="Annan plan", activity="Annat", project_id=other))

    in_project = plans.rows(project_id=project)
    assert [(r.activity, r.project, r.meeting, r.meeting_id) for r in in_project] == [
        ("Nätverksträffar", "ASF Testby", "Nätverksträff 2026-03-12", network)
    ]
    assert [r.activity for r in plans.rows("Testby", project_id=project)] == ["Nätverksträffar"]
    assert plans.rows("Annanstad", project_id=project) == []
    assert ("Utan projekt", "", "") in {(r.activity, r.project, r.meeting) for r in plans.rows("Testby")}
    names = dict(plans.projects())
    assert names[project] == "ASF Testby" and names[other] == "Annat projekt"
    assert plans.get_input(decided).meeting_id == network  # kept for the form

    # the meetings it can have been decided at: those of no single enterprise, newest first
    choices = [meeting_id for meeting_id, _label in plans.meeting_choices()]
    assert choices.index(dialogue) < choices.index(network)
    enterprise_meeting = next(m for m in _enterprise_meetings(ctx))
    assert enterprise_meeting not in choices
    assert plans.meeting_choices(keep=enterprise_meeting)[0][0] in {enterprise_meeting, *choices}
    assert enterprise_meeting in dict(plans.meeting_choices(keep=enterprise_meeting))

    # a meeting (or project) sent to the Papperskorg is no longer named; restored, it is again
    entry = ctx.meetings.delete(network)
    row = plans.rows(project_id=project)[0]
    assert (row.meeting, row.meeting_id) == ("", None)
    ctx.trash.restore(entry)
    assert plans.rows(project_id=project)[0].meeting == "Nätverksträff 2026-03-12"


def _enterprise_meetings(ctx: AppContext) -> list[str]:
    from sqlalchemy import select

    from asfdesk.storage.models import Meeting

    with ctx.database.session_factory() as session:
        return list(session.scalars(select(Meeting.id).where(Meeting.enterprise_id.is_not(None)).limit(3)))


def test_the_demo_runs_a_plan_in_a_project_and_links_meetings(ctx: AppContext) -> None:
    plans = ctx.action_plans
    linked = [r for r in plans.rows() if r.meeting]
    assert linked and all(r.meeting.startswith("Nätverksträff") for r in linked)
    (project_id, name), *_ = plans.projects()
    assert name == "ASF Gävleborg – handledarstöd"
    assert {r.municipality for r in plans.rows(project_id=project_id)} == {"Hudiksvall"}
