"""What an enterprise's summary holds, reader by reader: meetings, next steps, open actions, the
action plan, the placement tables, and the look-ups that choose what to report on."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from asfdesk.context import AppContext
from asfdesk.domain.inputs import (
    ActionItemInput,
    EnterpriseInput,
    MeetingInput,
    ParticipantInput,
    PlacementInput,
)
from asfdesk.domain.planning_inputs import ActionPlanInput, ProjectInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.reports.models import MeetingLine
from asfdesk.services.report_queries import ReportQueries

TODAY = date(2026, 6, 15)
SPRING = Period(date(2026, 1, 1), date(2026, 6, 30))


def _referrers(demo_db: Path) -> tuple[str, str]:
    with sqlite3.connect(demo_db) as conn:
        rows = conn.execute("SELECT id FROM organisation WHERE kind = 'ame' ORDER BY name LIMIT 2").fetchall()
    return rows[0][0], rows[1][0]


def _enterprise(ctx: AppContext, name: str, municipality: str = "Åre") -> str:
    return str(ctx.enterprise_records.create(EnterpriseInput(name=name, municipality=municipality)))


def _placed(ctx: AppContext, enterprise: str, code: str, referrer: str, **fields: object) -> str:
    person = ctx.participants.create(ParticipantInput(code=code, gender="kvinna", referring_organisation_id=referrer))
    return str(ctx.placements.create(PlacementInput(participant_id=person, **fields), enterprise))  # type: ignore[arg-type]


def _meeting(ctx: AppContext, enterprise: str, when: datetime, **fields: object) -> str:
    return str(ctx.meetings.create(MeetingInput(enterprise_id=enterprise, starts_at=when, **fields)))  # type: ignore[arg-type]


def test_a_handlaggare_reads_only_the_meetings_about_their_own_placements(ctx: AppContext, demo_db: Path) -> None:
    mine, theirs = _referrers(demo_db)
    enterprise = _enterprise(ctx, "Mötesföretaget ek. för.")
    my_placement = _placed(ctx, enterprise, "MÖ-1", mine, start_date=date(2026, 2, 1))
    their_placement = _placed(ctx, enterprise, "MÖ-2", theirs, start_date=date(2026, 2, 1))
    _meeting(ctx, enterprise, datetime(2026, 3, 1, 9), place="Om min", placement_ids=[my_placement])
    _meeting(ctx, enterprise, datetime(2026, 3, 2, 9), place="Om deras", placement_ids=[their_placement])
    _meeting(ctx, enterprise, datetime(2026, 3, 3, 9), place="Styrelsen", kind="styrelsemote")
    queries = ReportQueries(ctx.database.session_factory)
    handlaggare = queries.support_summary(enterprise, SPRING, Audience.CASE_OFFICER, mine, today=TODAY)
    board = queries.support_summary(enterprise, SPRING, Audience.BOARD, today=TODAY)
    assert [m.place for m in handlaggare.meetings] == ["Om min"]
    assert [m.place for m in board.meetings] == ["Om min", "Om deras", "Styrelsen"]


def test_the_summary_lists_the_periods_meetings_with_status_and_place(ctx: AppContext) -> None:
    enterprise = _enterprise(ctx, "Periodföretaget ek. för.")
    _meeting(ctx, enterprise, datetime(2026, 6, 30, 23, 30), place="Sist", status="genomfort")
    _meeting(ctx, enterprise, datetime(2026, 1, 1, 0, 0), place="Först", status="installt")
    _meeting(ctx, enterprise, datetime(2026, 7, 1, 0, 0), place="Efter")
    _meeting(ctx, enterprise, datetime(2025, 12, 31, 23, 59), place="Före")
    summary = ReportQueries(ctx.database.session_factory).support_summary(enterprise, SPRING, today=TODAY)
    assert summary.meetings == [
        MeetingLine(datetime(2026, 1, 1, 0, 0), "Uppföljning", "Inställt", "Först"),
        MeetingLine(datetime(2026, 6, 30, 23, 30), "Uppföljning", "Genomfört", "Sist"),
    ]


def test_next_steps_are_planned_meetings_from_today_on(ctx: AppContext) -> None:
    enterprise = _enterprise(ctx, "Stegföretaget ek. för.")
    _meeting(ctx, enterprise, datetime.combine(TODAY, datetime.min.time()).replace(hour=13), place="I dag")
    _meeting(ctx, enterprise, datetime.combine(TODAY - timedelta(days=1), datetime.min.time()), place="I går")
    _meeting(
        ctx,
        enterprise,
        datetime.combine(TODAY + timedelta(days=1), datetime.min.time()),
        place="Hållet",
        status="genomfort",
    )
    summary = ReportQueries(ctx.database.session_factory).support_summary(enterprise, SPRING, today=TODAY)
    assert [(s.due, s.text) for s in summary.next_steps] == [(TODAY, "Uppföljning 13:00, I dag")]


def test_open_actions_come_by_due_date_those_without_one_last(ctx: AppContext) -> None:
    enterprise = _enterprise(ctx, "Åtgärdsföretaget ek. för.")
    items = [
        ActionItemInput("Utan datum"),
        ActionItemInput("Senare", due_date=date(2026, 5, 20)),
        ActionItemInput("Klar", due_date=date(2026, 3, 1), done_date=date(2026, 3, 2)),
        ActionItemInput("Tidigare", due_date=date(2026, 4, 1)),
    ]
    _meeting(ctx, enterprise, datetime(2026, 3, 1, 9), action_items=items)
    queries = ReportQueries(ctx.database.session_factory)
    summary = queries.support_summary(enterprise, SPRING, today=TODAY)
    assert [i.description for i in summary.open_actions] == ["Tidigare", "Senare", "Utan datum"]
    assert queries.support_summary(enterprise, SPRING, Audience.FUNDER, today=TODAY).open_actions == []


def test_the_action_plan_shows_each_open_activity_with_responsible_timeframe_and_status(ctx: AppContext) -> None:
    enterprise = _enterprise(ctx, "Planföretaget ek. för.", municipality="Åre")
    plan = ActionPlanInput(plan="Handlingsplan Åre", municipality="Åre", activity="Nätverksträffar")
    ctx.action_plans.create(plan.__class__(**{**plan.__dict__, "main_responsible": "Kommunen", "timeframe": "Q3"}))
    ctx.action_plans.create(plan.__class__(**{**plan.__dict__, "activity": "Klart redan", "status": "klar"}))
    summary = ReportQueries(ctx.database.session_factory).support_summary(enterprise, SPRING, today=TODAY)
    assert [(a.activity, a.responsible, a.timeframe, a.status_label) for a in summary.action_plan] == [
        ("Nätverksträffar", "Kommunen", "Q3", "Ej påbörjad")
    ]


def test_placements_on_the_periods_first_and_last_day_count_and_outcomes_carry_their_labels(
    ctx: AppContext, demo_db: Path
) -> None:
    mine, _theirs = _referrers(demo_db)
    enterprise = _enterprise(ctx, "Gränsföretaget ek. för.")
    _placed(ctx, enterprise, "GR-1", mine, start_date=date(2026, 6, 30))  # starts on the last day
    _placed(ctx, enterprise, "GR-2", mine, start_date=date(2025, 6, 1), end_date=date(2026, 1, 1), outcome="arbete")
    _placed(ctx, enterprise, "GR-3", mine, start_date=date(2025, 6, 1), end_date=date(2025, 12, 31), outcome="studier")
    _placed(ctx, enterprise, "GR-4", mine, start_date=date(2026, 7, 1))
    queries = ReportQueries(ctx.database.session_factory)
    summary = queries.support_summary(enterprise, SPRING, Audience.CASE_OFFICER, mine, today=TODAY)
    assert sorted((p.start_date, p.end_date) for p in summary.placements) == [  # GR-2 and GR-1
        (date(2025, 6, 1), date(2026, 1, 1)),
        (date(2026, 6, 30), None),
    ]
    assert [(row.label, row.split.total) for row in summary.outcomes] == [("Arbete", 1)]
    assert enterprise in {eid for eid, _ in queries.enterprises_with_placements_from(mine, SPRING)}
    assert enterprise in {
        eid for eid, _ in queries.enterprises_with_activity(Period(date(2026, 1, 1), date(2026, 1, 1)))
    }


def test_a_removed_placement_does_not_make_its_enterprise_one_of_the_referrers(ctx: AppContext, demo_db: Path) -> None:
    mine, _theirs = _referrers(demo_db)
    enterprise = _enterprise(ctx, "Borttagna ek. för.")
    placement = _placed(ctx, enterprise, "BT-1", mine, start_date=date(2026, 2, 1))
    queries = ReportQueries(ctx.database.session_factory)
    assert enterprise in {eid for eid, _ in queries.enterprises_with_placements_from(mine, SPRING)}
    ctx.placements.delete(placement)
    assert enterprise not in {eid for eid, _ in queries.enterprises_with_placements_from(mine, SPRING)}


def test_enterprise_lists_come_in_swedish_order(ctx: AppContext) -> None:
    for name in ("Östra Verkstan ek. för.", "Zeta Service ek. för.", "Ängens Café ek. för."):
        enterprise = _enterprise(ctx, name)
        _meeting(ctx, enterprise, datetime(2026, 1, 1, 0, 0))
    queries = ReportQueries(ctx.database.session_factory)
    for listed in (queries.all_enterprises(), queries.enterprises_with_activity(SPRING)):
        names = [n for _id, n in listed if n.startswith(("Östra V", "Zeta S", "Ängens C"))]
        assert names == ["Zeta Service ek. för.", "Ängens Café ek. för.", "Östra Verkstan ek. för."]


def test_a_project_is_named_with_its_funder_when_it_has_one(ctx: AppContext) -> None:
    queries = ReportQueries(ctx.database.session_factory)
    funded = ctx.projects.create(ProjectInput(name="Vägen in", funder="ESF"))
    own = ctx.projects.create(ProjectInput(name="Eget projekt"))
    assert queries._project_name(str(funded)) == "Vägen in (ESF)"
    assert queries._project_name(str(own)) == "Eget projekt"
    assert queries._project_name("finns-inte") == ""
