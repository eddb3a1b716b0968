"""The Papperskorg: what a deletion takes with it, what a restore brings back, and nothing more."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ConsentInput, EnterpriseInput, MeetingInput, ParticipantInput, PlacementInput
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.services.trash_service import describe_counts
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Meeting, Participant, Placement


@pytest.fixture
def ctx(tmp_path: Path, paths):
    context = AppContext(paths=paths, database=open_database(tmp_path / "trash.db", backup_dir=paths.backup_dir))
    yield context
    context.close()


@pytest.fixture
def world(ctx: AppContext) -> dict[str, str]:
    """A participant with an old placement and a running one, a consent, and a meeting about both placements."""
    enterprise = ctx.enterprise_records.create(EnterpriseInput(name="Kafé Bönan", municipality="Gävle"))
    person = ctx.participants.create(
        ParticipantInput(code="PK-1", gender="man", consents=[ConsentInput("ame", "uppföljning", date(2025, 1, 1))])
    )
    old = ctx.placements.create(
        PlacementInput(
            participant_id=person, start_date=date(2024, 1, 1), end_date=date(2024, 6, 30), outcome="arbete"
        ),
        enterprise,
    )
    running = ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 1, 1)), enterprise)
    other = ctx.participants.create(ParticipantInput(code="PK-2", gender="kvinna"))
    kept = ctx.placements.create(PlacementInput(participant_id=other, start_date=date(2026, 1, 1)), enterprise)
    meeting = ctx.meetings.create(
        MeetingInput(enterprise_id=enterprise, starts_at=datetime(2026, 2, 1, 10), placement_ids=[old, running, kept])
    )
    return {"enterprise": enterprise, "person": person, "old": old, "running": running, "kept": kept,
            "meeting": meeting}  # fmt: skip


def _alive(ctx: AppContext, table: str) -> set[str]:
    with sqlite3.connect(ctx.database.path) as conn:
        return {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL")}


def _links(ctx: AppContext) -> set[str]:
    with sqlite3.connect(ctx.database.path) as conn:
        return {r[0] for r in conn.execute("SELECT placement_id FROM meeting_placement WHERE deleted_at IS NULL")}


def test_deleting_a_participant_takes_every_placement_and_consent_but_not_the_meeting(ctx: AppContext, world) -> None:
    impact = ctx.trash.impact(Participant, world["person"])
    assert impact == {"placement": 2, "consent": 1, "meeting_placement": 2}
    assert describe_counts(impact) == "1 samtycke, 2 placeringar"  # link rows go silently
    ctx.trash.delete(Participant, world["person"], "PK-1")
    assert _alive(ctx, "placement") == {world["kept"]}
    assert _alive(ctx, "consent") == set()
    assert _alive(ctx, "meeting") == {world["meeting"]}
    assert _links(ctx) == {world["kept"]}
    (row,) = ctx.trash.list_entries()
    assert (row.kind_label, row.label, row.summary) == ("Deltagare", "PK-1", "1 samtycke, 2 placeringar")


def test_restoring_brings_back_what_the_deletion_took_and_not_what_was_deleted_before(ctx: AppContext, world) -> None:
    first = ctx.trash.delete(Placement, world["old"], "gammal placering")
    second = ctx.trash.delete(Participant, world["person"], "PK-1")
    assert [e.id for e in ctx.trash.list_entries()] == [second, first]  # newest first
    assert ctx.trash.list_entries()[1].kind_label == "Placering"  # one record: the singular
    assert ctx.trash.restore(second) == world["person"]
    assert _alive(ctx, "placement") == {world["running"], world["kept"]}  # the old one stays in the bin
    assert _links(ctx) == {world["running"], world["kept"]}
    assert _alive(ctx, "consent") != set()
    assert [e.id for e in ctx.trash.list_entries()] == [first]
    with pytest.raises(RecordNotFoundError):
        ctx.trash.restore(second)  # not twice
    ctx.trash.restore(first)
    assert _alive(ctx, "placement") == {world["old"], world["running"], world["kept"]}


def test_a_record_already_in_the_bin_cannot_be_deleted_again(ctx: AppContext, world) -> None:
    ctx.trash.delete(Meeting, world["meeting"], "möte")
    with pytest.raises(RecordNotFoundError):
        ctx.trash.delete(Meeting, world["meeting"], "möte")
    with pytest.raises(RecordNotFoundError):
        ctx.trash.impact(Meeting, "finns-inte")


def test_describe_counts_uses_singular_and_plural() -> None:
    assert describe_counts({"placement": 1, "meeting": 2, "meeting_attendee": 5}) == "1 placering, 2 möten"
    assert describe_counts({}) == ""


def _audit(ctx: AppContext, action: str) -> list[tuple[str, str, list[str]]]:
    import json

    with sqlite3.connect(ctx.database.path) as conn:
        rows = conn.execute("SELECT kind, record_id, fields FROM audit_log WHERE action = ? ORDER BY seq", (action,))
        return [(kind, record_id, json.loads(fields)) for kind, record_id, fields in rows]


def test_a_row_reached_twice_is_taken_once_and_the_log_names_what_went(ctx: AppContext, world) -> None:
    """A consent given for a placement hangs on both the participant and the placement: it is
    counted, deleted and brought back once; the audit log names the record and the kinds it took."""
    with sqlite3.connect(ctx.database.path) as conn:
        conn.execute("UPDATE consent SET placement_id = ?", (world["running"],))
    assert ctx.trash.impact(Participant, world["person"]) == {"placement": 2, "consent": 1, "meeting_placement": 2}
    entry = ctx.trash.delete(Participant, world["person"], "PK-1")
    assert _audit(ctx, "delete") == [("participant", world["person"], ["consent", "meeting_placement", "placement"])]
    (row,) = ctx.trash.list_entries()
    assert (row.id, row.kind, row.record_id, row.summary) == (
        entry,
        "participant",
        world["person"],
        "1 samtycke, 2 placeringar",
    )
    assert abs((row.deleted_at.replace(tzinfo=None) - datetime.now(UTC).replace(tzinfo=None)).total_seconds()) < 60
    assert ctx.trash.restore(entry) == world["person"]
    assert _audit(ctx, "restore") == [("participant", world["person"], [])]
    assert len(_alive(ctx, "consent")) == 1


def test_a_row_whose_removal_changed_while_in_the_bin_stays_there(ctx: AppContext, world) -> None:
    """Restoring brings back only rows removed at that deletion's moment (a row removed again
    later, by another deletion or another laptop's, is not this restore's to bring back)."""
    entry = ctx.trash.delete(Participant, world["person"], "PK-1")
    with sqlite3.connect(ctx.database.path) as conn:
        conn.execute("UPDATE placement SET deleted_at = '2020-01-01 00:00:00.000000' WHERE id = ?", (world["old"],))
    ctx.trash.restore(entry)
    assert _alive(ctx, "placement") == {world["running"], world["kept"]}


def test_an_unknown_entry_or_record_is_named_in_the_error(ctx: AppContext, world) -> None:
    with pytest.raises(RecordNotFoundError, match="finns-inte"):
        ctx.trash.restore("finns-inte")
    with pytest.raises(RecordNotFoundError, match="saknas-också"):
        ctx.trash.delete(Meeting, "saknas-också", "möte")


def test_the_bin_speaks_english(ctx: AppContext, world, english) -> None:
    ctx.trash.delete(Participant, world["person"], "PK-1")
    (row,) = ctx.trash.list_entries()
    assert row.kind_label == english("trash", "deltagare").capitalize() != "Deltagare"
    assert row.summary == f"1 {english('trash', 'samtycke')}, 2 {english('trash', 'placeringar')}"
    assert describe_counts({"meeting": 1}) == f"1 {english('trash', 'möte')}"


def test_each_bin_row_names_the_enterprise_its_record_belonged_to(ctx: AppContext, world) -> None:
    other = ctx.enterprise_records.create(EnterpriseInput(name="Tvätteriet Ek", municipality="Gävle"))
    placed = PlacementInput(participant_id=world["person"], start_date=date(2026, 3, 1))
    elsewhere = ctx.placements.create(placed, other)
    ctx.placements.delete(elsewhere)
    ctx.meetings.delete(world["meeting"])
    ctx.participants.delete(world["person"])  # a participant belongs to no enterprise
    ctx.enterprise_records.delete(other)  # the enterprise itself is named, though it is in the bin too
    named = {(row.kind, row.label): row.enterprise for row in ctx.trash.list_entries()}
    assert named == {
        ("placement", "PK-1 – Arbetsträning"): "Tvätteriet Ek",
        ("meeting", named_meeting(ctx, world)): "Kafé Bönan",
        ("participant", "PK-1"): "",
        ("enterprise", "Tvätteriet Ek"): "Tvätteriet Ek",
    }


def named_meeting(ctx: AppContext, world) -> str:  # type: ignore[no-untyped-def]
    return next(row.label for row in ctx.trash.list_entries() if row.record_id == world["meeting"])


def test_the_log_names_what_a_delete_took_and_what_a_restore_brought_back(ctx: AppContext, world) -> None:
    from sqlalchemy import select

    from asfdesk.storage.models import AuditEntry

    entry = ctx.participants.delete(world["person"])
    with ctx.database.session_factory() as session:
        deleted = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()[-1]
    assert (deleted.kind, deleted.record_id) == ("participant", world["person"])
    assert deleted.fields == ["consent", "meeting_placement", "placement"]  # what went with it, sorted
    ctx.trash.restore(entry)
    with ctx.database.session_factory() as session:
        restored = session.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).all()[-1]
    assert (restored.kind, restored.record_id) == ("participant", world["person"])
    assert ctx.trash.list_entries() == [] or all(e.id != entry for e in ctx.trash.list_entries())
    with pytest.raises(RecordNotFoundError) as missing:
        ctx.trash.restore("finns-inte")
    assert "finns-inte" in str(missing.value)


def test_every_kind_that_can_reach_the_papperskorg_has_its_words() -> None:
    """Whatever a form deletes, and whatever goes with it, is named in the singular and the plural."""
    from asfdesk.services.record_service import RecordService
    from asfdesk.services.trash_service import DEPENDENTS, KIND_LABELS

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    import importlib
    import pkgutil

    import asfdesk.services

    for module in pkgutil.iter_modules(asfdesk.services.__path__):
        importlib.import_module(f"asfdesk.services.{module.name}")
    deleted = {s.model.__tablename__ for s in subclasses(RecordService) if hasattr(s, "model")}
    going_with = {child.__tablename__ for children in DEPENDENTS.values() for child, _column in children}
    assert deleted and going_with
    for kind in deleted | going_with:
        singular, plural = KIND_LABELS[kind]
        assert singular and plural, kind
