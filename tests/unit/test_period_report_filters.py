"""The period report's figures under each filter (municipality, supporting organisation, referrer,
project), counted again here straight from the database with SQL."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.collation import swedish_key
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services.report_queries import ReportQueries

from ..conftest import FIXED_TODAY

PERIOD = Period(date(FIXED_TODAY.year - 1, 1, 1), FIXED_TODAY)
CONTACTS = (
    "SELECT c.id, c.minutes, e.municipality, c.enterprise_id FROM support_contact c "
    "JOIN enterprise e ON e.id = c.enterprise_id "
    "WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND c.contact_date BETWEEN ? AND ?"
)
PLACEMENTS = (
    "SELECT p.id, p.start_date, p.end_date, pa.gender, pa.referring_organisation_id, e.municipality, p.enterprise_id, "
    "p.participant_id, p.project_id FROM placement p JOIN participant pa ON pa.id = p.participant_id "
    "JOIN enterprise e ON e.id = p.enterprise_id "
    "WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND pa.deleted_at IS NULL AND p.start_date <= ? "
    "AND (p.end_date IS NULL OR p.end_date >= ?)"
)


class Sql:
    """Plain reads beside the application, each on a connection of its own that is closed at once."""

    def __init__(self, path: object) -> None:
        self.path = path

    def execute(self, sql: str, params: tuple = ()) -> Sql:  # type: ignore[type-arg]
        conn = sqlite3.connect(str(self.path))
        try:
            self.rows = conn.execute(sql, params).fetchall()
        finally:
            conn.close()
        return self

    def fetchall(self) -> list:  # type: ignore[type-arg]
        return self.rows

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)


@pytest.fixture
def db(ctx: AppContext) -> Sql:
    return Sql(ctx.database.path)


def _report(ctx: AppContext, audience: Audience = Audience.FUNDER, **filters: str | None):  # type: ignore[no-untyped-def]
    return ReportQueries(ctx.database.session_factory).period_report(PERIOD, audience, **filters)


def _contacts(db: Sql) -> list[tuple[str, int, str, str]]:
    return db.execute(CONTACTS, (PERIOD.start.isoformat(), PERIOD.end.isoformat())).fetchall()


def _placements(db: Sql) -> list[tuple]:  # type: ignore[type-arg]
    return db.execute(PLACEMENTS, (PERIOD.end.isoformat(), PERIOD.start.isoformat())).fetchall()


def test_a_municipality_counts_its_own_contacts_hours_placements_and_people(ctx: AppContext, db) -> None:
    everyone = _report(ctx)
    busiest = max(everyone.municipalities, key=lambda m: m.contacts).municipality
    report = _report(ctx, municipality=busiest)
    mine = [c for c in _contacts(db) if c[2] == busiest]
    assert report.contact_count == len(mine) > 0
    assert report.contact_hours == pytest.approx(round(sum(c[1] for c in mine) / 60, 1), abs=0.05)
    placed = [p for p in _placements(db) if p[5] == busiest]
    assert report.participants.total == len({p[7] for p in placed})
    started = [p for p in placed if PERIOD.start.isoformat() <= p[1] <= PERIOD.end.isoformat()]
    assert sum(r.split.total for r in report.started_by_type) == len(started)
    ended = [p for p in placed if p[2] and PERIOD.start.isoformat() <= p[2] <= PERIOD.end.isoformat()]
    assert sum(r.split.total for r in report.ended_by_type) == len(ended)
    ongoing = [p for p in placed if p[2] is None or p[2] > PERIOD.end.isoformat()]
    assert sum(r.split.total for r in report.ongoing_by_type) == len(ongoing)
    assert [m.municipality for m in report.municipalities] == [busiest]
    assert f"kommun {busiest}" in report.filters
    # every municipality row of the whole report holds that municipality's contacts
    by_place: dict[str, int] = {}
    for c in _contacts(db):
        by_place[c[2]] = by_place.get(c[2], 0) + 1
    for row in everyone.municipalities:
        assert row.contacts == by_place.get(row.municipality, 0)
        assert row.hours == pytest.approx(sum(c[1] for c in _contacts(db) if c[2] == row.municipality) / 60)
    assert [m.municipality for m in everyone.municipalities] == sorted(
        (m.municipality for m in everyone.municipalities), key=swedish_key
    )  # Swedish order: Å Ä Ö after Z


def test_a_supporting_organisation_and_a_referrer_narrow_to_their_own(ctx: AppContext, db) -> None:
    org, name = db.execute(
        "SELECT o.id, o.name FROM organisation o JOIN support_relationship s ON s.organisation_id = o.id "
        "GROUP BY o.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchall()[0]
    supported = {
        r[0] for r in db.execute("SELECT enterprise_id FROM support_relationship WHERE organisation_id = ?", (org,))
    }
    report = _report(ctx, organisation_id=org)
    assert report.contact_count == len([c for c in _contacts(db) if c[3] in supported])
    assert f"stöd från {name}" in report.filters
    referrer, referrer_name = db.execute(
        "SELECT o.id, o.name FROM organisation o JOIN participant p ON p.referring_organisation_id = o.id "
        "GROUP BY o.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchall()[0]
    theirs = _report(ctx, Audience.CASE_OFFICER, referrer_id=referrer)  # named, in a writable database
    assert theirs.participants.total == len({p[7] for p in _placements(db) if p[4] == referrer}) > 0
    assert theirs.participants.total < _report(ctx).participants.total
    assert f"deltagare från {referrer_name}" in theirs.filters


def test_a_project_keeps_only_what_is_tagged_with_it(ctx: AppContext, db) -> None:
    project = db.execute(
        "SELECT project_id FROM placement WHERE project_id IS NOT NULL GROUP BY project_id ORDER BY count(*) DESC"
    ).fetchall()[0][0]
    report = _report(ctx, project_id=project)
    tagged = [p for p in _placements(db) if p[8] == project]
    assert report.participants.total == len({p[7] for p in tagged}) > 0
    contacts = db.execute(
        "SELECT count(*) FROM support_contact c JOIN enterprise e ON e.id = c.enterprise_id WHERE c.project_id = ? "
        "AND c.deleted_at IS NULL AND e.deleted_at IS NULL AND c.contact_date BETWEEN ? AND ?",
        (project, PERIOD.start.isoformat(), PERIOD.end.isoformat()),
    ).fetchall()[0][0]
    assert report.contact_count == contacts
