"""Handledarstöd contacts and module progress at the service level."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ModuleProgressInput, SupportContactInput
from asfdesk.domain.modules import module_id
from asfdesk.services.errors import ValidationFailedError


def _hours(ctx: AppContext, enterprise_id: str, code: str) -> float:
    row = next(m for m in ctx.enterprises.get_detail(enterprise_id).modules if m.module_id == module_id(code))
    return row.hours_used


def test_contact_counts_towards_the_modules_it_served(ctx: AppContext) -> None:
    """A 90-minute contact on two modules shares its time: 0.75 hours to each module whose hours are derived."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    ctx.module_progress.save(enterprise, module_id("profil"), ModuleProgressInput(status="pagar"))
    ctx.module_progress.save(enterprise, module_id("leverans"), ModuleProgressInput(status="pagar"))
    before = _hours(ctx, enterprise, "profil"), _hours(ctx, enterprise, "leverans")
    ctx.support_contacts.create(
        SupportContactInput(
            contact_date=date.today(), minutes=90, module_ids=[module_id("profil"), module_id("leverans")]
        ),
        enterprise,
    )
    assert _hours(ctx, enterprise, "profil") == pytest.approx(
        before[0] + 0.75, abs=0.11
    )  # each figure is rounded to a tenth
    assert _hours(ctx, enterprise, "leverans") == pytest.approx(
        before[1] + 0.75, abs=0.11
    )  # each figure is rounded to a tenth


def test_changing_a_contacts_modules_back_and_forth(ctx: AppContext) -> None:
    """Removing a module from a contact and adding it again works and is read back as entered."""
    enterprise = ctx.enterprises.list_enterprises()[1].id
    a, b = module_id("styrelse"), module_id("personal")
    contact = ctx.support_contacts.create(SupportContactInput(contact_date=date.today(), module_ids=[a, b]), enterprise)
    data = ctx.support_contacts.get_input(contact)
    data.module_ids = [a]
    ctx.support_contacts.update(contact, data)
    assert ctx.support_contacts.get_input(contact).module_ids == [a]
    data.module_ids = [a, b]
    ctx.support_contacts.update(contact, data)
    assert sorted(ctx.support_contacts.get_input(contact).module_ids) == sorted([a, b])


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": 0}, "minutes"),
        ({"next_step_date": date.today() + timedelta(days=7), "next_step": ""}, "next_step"),
        ({"next_step": "Ring", "next_step_date": date.today() - timedelta(days=3)}, "next_step_date"),
        ({"contact_date": date.today() + timedelta(days=2)}, "contact_date"),
    ],
    ids=["no-time", "date-without-step", "step-before-contact", "in-the-future"],
)
def test_contact_rules(ctx: AppContext, changes: dict, field: str) -> None:
    """Contacts need a duration, a next step needs words, and neither lies in an impossible place in time."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    data = SupportContactInput(**{"contact_date": date.today(), "minutes": 30, **changes})
    with pytest.raises(ValidationFailedError) as info:
        ctx.support_contacts.create(data, enterprise)
    assert field in info.value.errors


def test_new_contact_defaults_to_today_and_last_advisor(ctx: AppContext) -> None:
    """The quick-entry form starts at today's date with the advisor who logged the latest contact."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    advisor = ctx.lookups.staff("radgivare")[-1][0]
    ctx.support_contacts.create(SupportContactInput(contact_date=date.today(), advisor_id=advisor), enterprise)
    fresh = ctx.support_contacts.new_input()
    assert fresh.contact_date == date.today() and fresh.advisor_id == advisor


def test_a_new_contacts_advisor_is_me_else_the_enterprises_own_else_the_last(ctx: AppContext) -> None:
    from sqlalchemy import select

    from asfdesk.storage.models import SupportRelationship

    today = date.today()
    with ctx.database.session_factory() as session:
        enterprise, own = session.execute(
            select(SupportRelationship.enterprise_id, SupportRelationship.advisor_id).where(
                SupportRelationship.advisor_id.is_not(None), SupportRelationship.end_date.is_(None)
            )
        ).first()
    advisors = [sid for sid, _label in ctx.lookups.staff("radgivare") if sid != own]
    officer = ctx.lookups.staff("handlaggare")[0][0]
    ctx.support_contacts.create(SupportContactInput(contact_date=today, advisor_id=advisors[0]), enterprise)
    contacts = ctx.support_contacts
    assert contacts.new_input(me=advisors[1], enterprise_id=enterprise).advisor_id == advisors[1]  # the user
    assert contacts.new_input(me=officer, enterprise_id=enterprise).advisor_id == own  # no advisor: its own
    assert contacts.new_input(me=None, enterprise_id=enterprise).advisor_id == own
    assert contacts.new_input(me=officer).advisor_id == advisors[0]  # else the last one logged


def test_module_status_change_fills_dates_sensibly(ctx: AppContext) -> None:
    """Setting a module to Pågår dates its start; Klar dates its end; back to Ej påbörjad clears both."""
    service = ctx.module_progress
    today = date(2026, 5, 4)
    data = service.with_status(ModuleProgressInput(), "pagar", today)
    assert data.start_date == today and data.end_date is None
    data = service.with_status(data, "klar", today + timedelta(days=10))
    assert data.start_date == today and data.end_date == today + timedelta(days=10)
    data = service.with_status(data, "ej_paborjad", today)
    assert data.start_date is None and data.end_date is None


def test_module_progress_is_one_row_per_enterprise_and_module(ctx: AppContext) -> None:
    """Saving twice updates the same progress row; a finish before the start is refused."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    first = ctx.module_progress.save(enterprise, module_id("profil"), ModuleProgressInput(status="pagar"))
    second = ctx.module_progress.save(enterprise, module_id("profil"), ModuleProgressInput(status="klar"))
    assert first == second
    assert ctx.module_progress.get_input(first).status == "klar"
    with pytest.raises(ValidationFailedError):
        ctx.module_progress.save(
            enterprise,
            module_id("profil"),
            ModuleProgressInput(status="klar", start_date=date(2026, 3, 1), end_date=date(2026, 2, 1)),
        )


def test_removed_module_link_no_longer_shows_in_the_log(ctx: AppContext) -> None:
    """After a module is taken off a contact, the contact log lists only the modules that remain."""
    enterprise = ctx.enterprises.list_enterprises()[2].id
    a, b = module_id("styrelse"), module_id("personal")
    contact = ctx.support_contacts.create(SupportContactInput(contact_date=date.today(), module_ids=[a, b]), enterprise)
    data = ctx.support_contacts.get_input(contact)
    data.module_ids = [b]
    ctx.support_contacts.update(contact, data)
    row = next(c for c in ctx.enterprises.get_detail(enterprise).support_contacts if c.id == contact)
    assert row.modules == ["Personal"]
