"""The registerutdrag holds exactly one person's data: every field, every placement, the meetings
about them (and no other meetings), what was done with their record — and the export is logged."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from asfdesk.domain.inputs import MeetingInput, ParticipantInput, PlacementInput
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.storage.models import AuditEntry


def test_a_registerutdrag_word_for_word(ctx) -> None:
    first, second = ctx.enterprises.list_enterprises()[:2]
    person = ctx.participants.create(
        ParticipantInput(
            code="UTD-7",
            personnummer="19900101-0017",
            gender="kvinna",
            birth_year=1990,
            consent_given=True,
            consent_date=date(2026, 1, 15),
            notes="Vill arbeta med djur",
        )
    )
    other = ctx.participants.create(ParticipantInput(code="ANNAN-1", gender="man"))
    early = ctx.placements.create(
        PlacementInput(
            participant_id=person,
            measure_type="arbetstraning",
            start_date=date(2026, 1, 20),
            planned_end_date=date(2026, 3, 31),
            end_date=date(2026, 3, 31),
            outcome="arbete",
            notes="Gick bra",
        ),
        first.id,
    )
    later = ctx.placements.create(
        PlacementInput(participant_id=person, measure_type="praktik", start_date=date(2026, 5, 4)), second.id
    )
    theirs = ctx.placements.create(PlacementInput(participant_id=other, start_date=date(2026, 5, 4)), second.id)
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=second.id,
            kind="trepartssamtal",
            starts_at=datetime(2026, 6, 10, 9, 30),
            notes="Mål för hösten",
            placement_ids=[later],
            decisions=["Förläng till december", "Ny handledare"],
        )
    )
    ctx.meetings.create(
        MeetingInput(
            enterprise_id=first.id, kind="uppfoljning", starts_at=datetime(2026, 2, 20, 13, 0), placement_ids=[early]
        )
    )
    ctx.meetings.create(  # about someone else: not theirs to see
        MeetingInput(
            enterprise_id=second.id, starts_at=datetime(2026, 6, 1, 8, 0), notes="Annan", placement_ids=[theirs]
        )
    )

    data = ctx.retention.subject_access(person)

    assert set(data) == {"registerutdrag", "deltagare", "placeringar", "uppföljningsmöten", "händelser"}
    assert data["registerutdrag"]["system"] == "asfdesk"
    assert data["deltagare"] == {
        "kod": "UTD-7",
        "personnummer": "19900101-0017",
        "kön": "Kvinna",
        "födelseår": 1990,
        "samtycke": True,
        "samtycke_datum": "2026-01-15",
        "anteckningar": "Vill arbeta med djur",
    }
    assert sorted(data["placeringar"], key=lambda p: p["start"]) == [
        {
            "företag": first.name,
            "insats": "Arbetsträning",
            "start": "2026-01-20",
            "planerat_slut": "2026-03-31",
            "slut": "2026-03-31",
            "utfall": "Arbete",
            "anteckningar": "Gick bra",
        },
        {
            "företag": second.name,
            "insats": "Praktik",
            "start": "2026-05-04",
            "planerat_slut": None,
            "slut": None,
            "utfall": None,
            "anteckningar": "",
        },
    ]
    assert data["uppföljningsmöten"] == [
        {"datum": "2026-02-20T13:00", "typ": "Uppföljning", "anteckningar": "", "beslut": []},
        {
            "datum": "2026-06-10T09:30",
            "typ": "Trepartssamtal",
            "anteckningar": "Mål för hösten",
            "beslut": ["Förläng till december", "Ny handledare"],
        },
    ]
    assert [(e["handling"], e["vem"]) for e in data["händelser"]] == [("create", ctx.audit.actor)]
    assert data["händelser"][0]["fält"][:2] == ["code", "personnummer"]

    with ctx.database.session_factory() as session:
        exports = session.execute(
            select(AuditEntry.action, AuditEntry.kind, AuditEntry.fields).where(AuditEntry.record_id == person)
        ).all()
    assert ("export", "participant", ["registerutdrag"]) in [tuple(e) for e in exports]
    # the second registerutdrag shows the first one in its log
    again = ctx.retention.subject_access(person)
    assert [e["handling"] for e in again["händelser"]] == ["create", "export"]


def test_a_registerutdrag_of_nobody_is_refused(ctx) -> None:
    with pytest.raises(RecordNotFoundError) as missing:
        ctx.retention.subject_access("finns-inte")
    assert "finns-inte" in str(missing.value)
    with pytest.raises(RecordNotFoundError):
        ctx.retention.find_participant("INGEN-SÅDAN")
    made = ctx.participants.create(ParticipantInput(code="UTD-9", gender="man"))
    assert ctx.retention.find_participant("  utd-9 ") == made  # as typed: any case, spaces around
