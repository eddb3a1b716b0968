"""The enterprise read service returns what the database holds, in the order users expect."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from asfdesk.domain.collation import swedish_key
from asfdesk.services.enterprise_queries import EnterpriseNotFoundError, EnterpriseQueries
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Organisation, Staff, SupportContact, SupportRelationship


@pytest.fixture
def queries(demo_db: Path, tmp_path: Path):
    db = open_database(demo_db, backup_dir=tmp_path / "backups")
    yield EnterpriseQueries(db.session_factory), db
    db.close()


def test_list_is_in_swedish_order_with_correct_figures(queries, demo_db: Path) -> None:
    """Enterprises come in Swedish alphabetical order with live placement counts and last contact."""
    service, _db = queries
    rows = service.list_enterprises()
    assert [r.name for r in rows] == sorted((r.name for r in rows), key=swedish_key)
    assert rows[-1].name.startswith(("Å", "Ä", "Ö"))
    with sqlite3.connect(demo_db) as conn:
        for row in rows:
            active = conn.execute(
                "SELECT count(*) FROM placement WHERE enterprise_id = ? AND status = 'pagaende'", (row.id,)
            ).fetchone()[0]
            last = conn.execute(
                "SELECT max(contact_date) FROM support_contact WHERE enterprise_id = ?", (row.id,)
            ).fetchone()[0]
            assert row.active_placements == active
            assert (row.last_contact.isoformat() if row.last_contact else None) == last


def test_detail_has_every_record_of_the_enterprise(queries, demo_db: Path) -> None:
    """The detail of one enterprise holds exactly its contacts, agreements, contacts log, placements, meetings."""
    service, _db = queries
    row = max(service.list_enterprises(), key=lambda r: r.active_placements)
    detail = service.get_detail(row.id)
    with sqlite3.connect(demo_db) as conn:

        def count(table: str) -> int:
            return conn.execute(f"SELECT count(*) FROM {table} WHERE enterprise_id = ?", (row.id,)).fetchone()[0]

        assert len(detail.contacts) == count("contact_person")
        assert len(detail.agreements) == count("agreement")
        assert len(detail.support_contacts) == count("support_contact")
        assert len(detail.placements) == count("placement")
        assert len(detail.meetings) == count("meeting")
    assert [m.order for m in detail.modules] == list(range(1, 12))
    dates = [c.contact_date for c in detail.support_contacts]
    assert dates == sorted(dates, reverse=True)


def test_module_hours_are_derived_from_linked_contacts(queries) -> None:
    """Hours used on a module without hand-entered hours are the minutes of the contacts that served
    it, each contact's time shared equally between its modules, rounded half-up to a tenth."""
    service, _db = queries
    for row in service.list_enterprises():
        detail = service.get_detail(row.id)
        for module in detail.modules:
            if module.hours_used_derived:
                minutes = sum(c.minutes / len(c.modules) for c in detail.support_contacts if module.name in c.modules)
                assert module.hours_used == pytest.approx(minutes / 60, abs=0.05)


def test_soft_deleted_contact_disappears_from_detail(queries) -> None:
    """A removed contact no longer shows in the log or in the module hours."""
    service, db = queries
    row = next(r for r in service.list_enterprises() if r.last_contact)
    before = service.get_detail(row.id)
    victim = before.support_contacts[0]
    with db.session_factory.begin() as session:
        session.scalars(select(SupportContact).where(SupportContact.id == victim.id)).one().soft_delete()
    after = service.get_detail(row.id)
    assert victim.id not in {c.id for c in after.support_contacts}
    assert len(after.support_contacts) == len(before.support_contacts) - 1


def test_unknown_enterprise_is_reported(queries) -> None:
    """Asking for an enterprise that is not there raises a lookup error, not a crash inside the UI."""
    service, _db = queries
    with pytest.raises(EnterpriseNotFoundError):
        service.get_detail("00000000-0000-0000-0000-000000000000")


def test_deleted_records_and_their_children_are_left_out_of_the_detail(ctx) -> None:  # type: ignore[no-untyped-def]
    """The detail reads plain rows; a contact, placement or meeting in the Papperskorg is not among them."""
    details = [ctx.enterprises.get_detail(e.id) for e in ctx.enterprises.list_enterprises()]
    detail = next(d for d in details if d.support_contacts and d.meetings and any(m.participants for m in d.meetings))
    enterprise = detail.facts
    meeting = next(m for m in detail.meetings if m.participants)
    placement = next(p for p in detail.placements if p.participant_code == meeting.participants[0])
    contact = detail.support_contacts[0]
    ctx.support_contacts.delete(contact.id)
    ctx.placements.delete(placement.id)
    ctx.meetings.delete(meeting.id)  # the meeting that followed the placement up
    after = ctx.enterprises.get_detail(enterprise.id)
    assert contact.id not in {c.id for c in after.support_contacts}
    assert placement.id not in {p.id for p in after.placements}
    assert meeting.id not in {m.id for m in after.meetings}
    assert (len(after.support_contacts), len(after.placements), len(after.meetings)) == (
        len(detail.support_contacts) - 1,
        len(detail.placements) - 1,
        len(detail.meetings) - 1,
    )
    # other meetings that followed the deleted placement no longer name it
    assert all(placement.participant_code not in m.participants for m in after.meetings)


def test_the_list_names_the_advisor_of_the_latest_current_relationship(queries) -> None:
    """An ended relationship is not shown; of the current ones, the one that started last is."""
    service, db = queries
    row = service.list_enterprises()[0]
    today = date.today()
    with db.session_factory.begin() as session:
        office = session.scalars(select(Organisation)).first()
        assert office is not None

        def relationship(name: str, start: date | None, end: date | None) -> None:
            advisor = Staff(organisation_id=office.id, name=name, role="radgivare")
            session.add(advisor)
            session.flush()
            session.add(
                SupportRelationship(
                    enterprise_id=row.id,
                    organisation_id=office.id,
                    advisor_id=advisor.id,
                    start_date=start,
                    end_date=end,
                )
            )

        for old in session.scalars(select(SupportRelationship).where(SupportRelationship.enterprise_id == row.id)):
            old.soft_delete()
        relationship("Ended Later", today - timedelta(days=30), today - timedelta(days=1))
        relationship("Current Newest", today - timedelta(days=100), None)
        relationship("Current Older", today - timedelta(days=900), today + timedelta(days=10))
        relationship("Undated", None, None)
    shown = next(r for r in service.list_enterprises() if r.id == row.id)
    assert shown.advisor == "Current Newest"
