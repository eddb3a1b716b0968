"""The period report on a small world built for it: what is ongoing at the period's end (a
placement that starts on its last day is; one that ends that day is not), hours per module,
municipalities in Swedish order and counted by their active enterprises, and the filters named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from asfdesk.context import AppContext
from asfdesk.domain.inputs import EnterpriseInput, ParticipantInput, PlacementInput, SupportContactInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services.report_queries import ReportQueries
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Module

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def ctx(tmp_path: Path, paths):
    context = AppContext(paths=paths, database=open_database(tmp_path / "period.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


def _world(ctx: AppContext) -> dict[str, str]:
    are = ctx.enterprise_records.create(EnterpriseInput(name="Fjällkaféet", municipality="Åre"))
    alvsbyn = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Älvsbyn"))
    with ctx.database.session_factory() as session:
        first, second = session.scalars(select(Module.id).order_by(Module.sort_order).limit(2)).all()
    for minutes, modules in ((90, [first]), (30, [first, second])):
        ctx.support_contacts.create(
            SupportContactInput(contact_date=date(2026, 3, 2), minutes=minutes, module_ids=modules), are
        )
    people = [
        ctx.participants.create(ParticipantInput(code=f"P-{n}", gender="kvinna" if n % 2 else "man")) for n in range(3)
    ]
    # Älvsbyn's only enterprise has placements and no contact: it is still active in the period
    for person, start, end in (
        (people[0], PERIOD.end, None),  # starts on the last day: ongoing at the period's end
        (people[1], date(2026, 2, 1), PERIOD.end),  # ends on the last day: ended, not ongoing
        (people[2], date(2025, 6, 1), None),  # began before, still running
    ):
        ctx.placements.create(
            PlacementInput(participant_id=person, start_date=start, end_date=end, outcome="arbete" if end else None),
            alvsbyn,
        )
    return {"are": are, "alvsbyn": alvsbyn}


def test_the_period_reports_figures_on_a_world_built_for_them(ctx: AppContext) -> None:
    _world(ctx)
    report = ReportQueries(ctx.database.session_factory).period_report(PERIOD, Audience.FUNDER, today=PERIOD.end)
    ongoing = sum(row.split.total for row in report.ongoing_by_type)
    started = sum(row.split.total for row in report.started_by_type)
    ended = sum(row.split.total for row in report.ended_by_type)
    assert (started, ended, ongoing) == (2, 1, 2)
    with ctx.database.session_factory() as session:
        names = session.scalars(select(Module.name).order_by(Module.sort_order).limit(2)).all()
    # the 30-minute contact on two modules counts under both, its time shared: rows add up to 2 hours
    assert [(r.label, r.count, r.hours) for r in report.by_module] == [(names[0], 2, 1.75), (names[1], 1, 0.25)]
    assert sum(r.hours for r in report.by_module) == report.contact_hours == 2.0
    assert [(m.municipality, m.enterprises, m.contacts) for m in report.municipalities] == [
        ("Åre", 1, 2),
        ("Älvsbyn", 1, 0),  # Å before Ä; an enterprise with placements only counts as active
    ]
    assert report.filters == "alla företag" and report.contact_hours == 2.0
    one = ReportQueries(ctx.database.session_factory).period_report(PERIOD, Audience.FUNDER, municipality="Åre")
    assert one.filters == "kommun Åre" and [m.municipality for m in one.municipalities] == ["Åre"]
