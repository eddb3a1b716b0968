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
