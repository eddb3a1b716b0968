"""Writing enterprises and their people: validation, uniqueness, delete with what belongs to it, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ContactPersonInput, EnterpriseInput
from asfdesk.services.errors import RecordNotFoundError, ValidationFailedError


def test_create_formats_orgnr_and_fills_region(ctx: AppContext) -> None:
    """A valid organisationsnummer typed without a dash is stored as NNNNNN-NNNN; the county follows the kommun."""
    new_id = ctx.enterprise_records.create(
        EnterpriseInput(name="  Cykelverkstan Gävle ", orgnr="5560360793", municipality="Gävle")
    )
    stored = ctx.enterprise_records.get_input(new_id)
    assert stored.orgnr == "556036-0793" and stored.name == "Cykelverkstan Gävle"
    facts = ctx.enterprises.get_detail(new_id).facts
    assert facts.region == "Gävleborgs län"


@pytest.mark.parametrize(
    ("orgnr", "message"),
    [("556036-0794", "Kontrollsiffran"), ("55603", "tio siffror"), ("55603607xx", "siffror")],
)
def test_invalid_orgnr_is_refused_with_a_reason(ctx: AppContext, orgnr: str, message: str) -> None:
    """A wrong organisationsnummer is never saved; the message says what is wrong."""
    before = len(ctx.enterprises.list_enterprises())
    with pytest.raises(ValidationFailedError) as info:
        ctx.enterprise_records.create(EnterpriseInput(name="X", orgnr=orgnr, municipality="Luleå"))
    assert message in info.value.errors["orgnr"]
    assert len(ctx.enterprises.list_enterprises()) == before


def test_same_orgnr_twice_is_refused(ctx: AppContext) -> None:
    """Two enterprises cannot share an organisationsnummer; the message names the other one."""
    existing = next(r for r in ctx.enterprises.list_enterprises() if r.orgnr)
    with pytest.raises(ValidationFailedError) as info:
        ctx.enterprise_records.create(EnterpriseInput(name="Kopia", orgnr=existing.orgnr, municipality="Boden"))
    assert existing.name in info.value.errors["orgnr"]


def test_name_and_municipality_are_required(ctx: AppContext) -> None:
    """An enterprise without a name or kommun cannot be saved."""
    with pytest.raises(ValidationFailedError) as info:
        ctx.enterprise_records.create(EnterpriseInput(name=" ", municipality=""))
    assert set(info.value.errors) >= {"name", "municipality"}


def test_update_round_trips_every_field(ctx: AppContext) -> None:
    """What the edit dialog saves is what it reads back next time."""
    row = ctx.enterprises.list_enterprises()[0]
    data = ctx.enterprise_records.get_input(row.id)
    data.business_lines = ["café", "catering"]
    data.training_places = 9
    data.member_skoopi = True
    data.notes = "Ny lokal från mars."
    ctx.enterprise_records.update(row.id, data)
    assert ctx.enterprise_records.get_input(row.id) == data


def test_delete_takes_dependents_and_restore_brings_back_exactly_them(ctx: AppContext, demo_db: Path) -> None:
    """Deleting an enterprise hides it with its placements and contacts; restoring brings back what went with it."""
    row = max(ctx.enterprises.list_enterprises(), key=lambda r: r.active_placements)
    detail = ctx.enterprises.get_detail(row.id)
    earlier = detail.contacts[0]
    ctx.contact_persons.delete(earlier.id)  # deleted on its own first
    impact = ctx.enterprise_records.impact(row.id)
    assert impact["placement"] == len(detail.placements)
    assert impact["support_contact"] == len(detail.support_contacts)
    assert impact["contact_person"] == len(detail.contacts) - 1

    entry = ctx.enterprise_records.delete(row.id)
    assert row.id not in {r.id for r in ctx.enterprises.list_enterprises()}
    with pytest.raises(RecordNotFoundError):
        ctx.enterprise_records.get_input(row.id)
    trash = ctx.trash.list_entries()
    assert trash[0].label == row.name and "placering" in trash[0].summary
    with sqlite3.connect(demo_db) as conn:  # soft delete: still in the file
        assert conn.execute("SELECT deleted_at IS NOT NULL FROM enterprise WHERE id = ?", (row.id,)).fetchone()[0]

    ctx.trash.restore(entry)
    restored = ctx.enterprises.get_detail(row.id)
    assert len(restored.placements) == len(detail.placements)
    assert len(restored.support_contacts) == len(detail.support_contacts)
    assert earlier.id not in {c.id for c in restored.contacts}  # its own deletion stays in the bin
    assert [e.label for e in ctx.trash.list_entries()] == [earlier.name]


def test_contact_person_belongs_to_its_enterprise(ctx: AppContext) -> None:
    """A contact person is created under the enterprise and shown there."""
    row = ctx.enterprises.list_enterprises()[0]
    person = ctx.contact_persons.create(ContactPersonInput(name="Vera Handledare", role="handledare"), row.id)
    assert person in {c.id for c in ctx.enterprises.get_detail(row.id).contacts}
    with pytest.raises(ValidationFailedError):
        ctx.contact_persons.create(ContactPersonInput(name="A", email="inte-en-adress"), row.id)
