"""Gallring and erasure, record by record: exactly the person's identity goes, everything about
others stays, and the log says what was done."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from asfdesk.domain.inputs import AttendeeInput, ConsentInput, MeetingInput, ParticipantInput, PlacementInput
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.storage.models import (
    AuditEntry,
    Consent,
    Meeting,
    MeetingAttendee,
    MeetingPlacement,
    Participant,
    Placement,
    TrashEntry,
)


def _world(ctx) -> dict[str, str]:
    enterprise = ctx.enterprises.list_enterprises()[0].id
    ids: dict[str, str] = {}
    ids["anna"] = ctx.participants.create(
        ParticipantInput(
            code="GALL-1",
            personnummer="19800101-0001",
            gender="kvinna",
            notes="Privat",
            consent_given=True,
            consent_date=date(2024, 1, 1),
            consents=[ConsentInput("ame", given_date=date(2024, 1, 1))],
        )
    )
    ids["bo"] = ctx.participants.create(ParticipantInput(code="GALL-2", gender="man", notes="Bos egen"))
    ids["anna_placement"] = ctx.placements.create(
        PlacementInput(
            participant_id=ids["anna"], start_date=date(2023, 1, 1), end_date=date(2023, 6, 30), outcome="arbete"
        ),
        enterprise,
    )
    ids["anna_old"] = ctx.placements.create(
        PlacementInput(
            participant_id=ids["anna"], start_date=date(2022, 1, 1), end_date=date(2022, 3, 1), outcome="annat"
        ),
        enterprise,
    )
    ctx.placements.delete(ids["anna_old"])  # in the Papperskorg, labelled with her code
    ids["bo_placement"] = ctx.placements.create(
        PlacementInput(participant_id=ids["bo"], start_date=date(2023, 2, 1)), enterprise
    )
    people = [AttendeeInput("GALL-1"), AttendeeInput("Lisa Handledare")]
    ids["only_anna"] = ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise,
            starts_at=datetime(2023, 3, 1, 9),
            notes="Om Anna",
            attendees=people,
            placement_ids=[ids["anna_placement"]],
        )
    )
    ids["both"] = ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise,
            starts_at=datetime(2023, 4, 1, 9),
            notes="Om båda",
            placement_ids=[ids["anna_placement"], ids["bo_placement"]],
        )
    )
    return ids


def _get(ctx, model, record_id):
    with ctx.database.session_factory() as session:
        row = session.scalars(
            select(model).where(model.id == record_id).execution_options(include_deleted=True)
        ).first()
        if row is not None:
            session.expunge(row)
        return row


def _log(ctx, action: str, record_id: str) -> list[list[str]]:
    with ctx.database.session_factory() as session:
        rows = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == action, AuditEntry.record_id == record_id, AuditEntry.kind == "participant"
            )
        ).all()
        return [list(r.fields) for r in rows]


def test_anonymising_removes_exactly_the_persons_identity(ctx) -> None:
    ids = _world(ctx)
    assert ctx.retention.anonymise([ids["anna"], "finns-inte"]) == 2
    anna, bo = _get(ctx, Participant, ids["anna"]), _get(ctx, Participant, ids["bo"])
    assert anna.code == "ANON-" + ids["anna"][:8].upper()
    assert (anna.personnummer, anna.notes, anna.consent_given, anna.consent_date) == (None, "", False, None)
    assert (anna.gender, anna.deleted_at) == ("kvinna", None)  # statistics stay
    assert (bo.code, bo.notes) == ("GALL-2", "Bos egen")
    assert _get(ctx, Meeting, ids["only_anna"]).notes == ""
    assert _get(ctx, Meeting, ids["both"]).notes == "Om båda"  # also about Bo: kept
    with ctx.database.session_factory() as session:
        names = sorted(
            session.scalars(select(MeetingAttendee.name).where(MeetingAttendee.meeting_id == ids["only_anna"]))
        )
        labels = [t.label for t in session.scalars(select(TrashEntry).execution_options(include_deleted=True))]
    assert names == ["Anonymiserad deltagare", "Lisa Handledare"]
    assert not any("GALL-1" in label for label in labels) and any(anna.code in label for label in labels)
    assert _log(ctx, "anonymise", ids["anna"]) == [["code", "personnummer", "notes", "meeting.notes"]]
    assert _log(ctx, "anonymise", "finns-inte") == []


def test_erasure_removes_the_person_and_what_is_only_theirs(ctx) -> None:
    ids = _world(ctx)
    ctx.retention.erase(ids["anna"])
    for model, key in ((Participant, "anna"), (Placement, "anna_placement"), (Placement, "anna_old")):
        assert _get(ctx, model, ids[key]) is None, key
    assert _get(ctx, Participant, ids["bo"]).code == "GALL-2"
    assert _get(ctx, Placement, ids["bo_placement"]) is not None
    with ctx.database.session_factory() as session:
        consents = session.scalars(
            select(Consent).where(Consent.participant_id == ids["anna"]).execution_options(include_deleted=True)
        ).all()
        links = session.scalars(select(MeetingPlacement.placement_id).execution_options(include_deleted=True)).all()
        names = sorted(
            session.scalars(select(MeetingAttendee.name).where(MeetingAttendee.meeting_id == ids["only_anna"]))
        )
    assert consents == [] and ids["anna_placement"] not in links and ids["bo_placement"] in links
    assert names == ["Lisa Handledare", "Raderad deltagare"]
    assert _get(ctx, Meeting, ids["only_anna"]).notes == ""
    assert _get(ctx, Meeting, ids["both"]).notes == "Om båda"
    assert _log(ctx, "erase", ids["anna"]) == [["all"]]
    with pytest.raises(RecordNotFoundError) as again:
        ctx.retention.erase(ids["anna"])
    assert ids["anna"] in str(again.value)
