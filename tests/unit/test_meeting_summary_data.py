"""What a meeting summary is made of, field by field: for an enterprise's meeting and a network meeting."""

from __future__ import annotations

import base64
from datetime import date, datetime

import pytest

from asfdesk.domain.inputs import ActionItemInput, AttendeeInput, MeetingInput, ParticipantInput, PlacementInput
from asfdesk.reports.models import MeetingSummary
from asfdesk.rows import ActionItemRow
from asfdesk.services.report_queries import ReportError, ReportQueries
from asfdesk.services.settings import REPORT_LOGO, SettingsService
from asfdesk.storage.models import Enterprise, Organisation, SupportRelationship

PRINTED = date(2026, 11, 23)


def test_an_enterprise_meeting_in_full(ctx) -> None:
    with ctx.database.session_factory.begin() as session:
        office = Organisation(name="Coompanion Testlän", kind="coompanion")
        enterprise = Enterprise(
            name="Mötesföretaget ek. för.", legal_form="ekonomisk_forening", municipality="Gävle", status="etablerad"
        )
        session.add_all([office, enterprise])
        session.flush()
        session.add(SupportRelationship(enterprise_id=enterprise.id, organisation_id=office.id))
        enterprise_id = enterprise.id
    people = [ctx.participants.create(ParticipantInput(code=c, gender="man")) for c in ("ÖB-2", "AA-1")]
    placements = [
        ctx.placements.create(PlacementInput(participant_id=p, start_date=date(2026, 3, 1)), enterprise_id)
        for p in people
    ]
    meeting = ctx.meetings.create(
        MeetingInput(
            enterprise_id=enterprise_id,
            kind="trepartssamtal",
            status="genomfort",
            starts_at=datetime(2026, 10, 5, 9, 0),
            place="Verkstan",
            agenda="1. Mål\n2. Närvaro",
            notes="Bra stämning",
            next_meeting_date=date(2026, 12, 1),
            placement_ids=placements,
            attendees=[
                AttendeeInput("Lisa", "Mötesföretaget", "handledare", True),
                AttendeeInput("Per", "AME", "handläggare", False),
            ],
            decisions=["Förläng", "Ny plan"],
            action_items=[
                ActionItemInput("Skicka plan", "Per", date(2026, 10, 12)),
                ActionItemInput("Boka", "", None, date(2026, 10, 6)),
            ],
        )
    )
    logo = base64.b64encode(b"\x89PNG fake").decode()
    SettingsService(ctx.database.session_factory).set(REPORT_LOGO, logo)
    summary = ReportQueries(ctx.database.session_factory).meeting_summary(meeting, PRINTED)
    assert summary == MeetingSummary(
        enterprise="Mötesföretaget ek. för.",
        organisation="Coompanion Testlän",
        printed=PRINTED,
        kind_label="Trepartssamtal",
        status_label="Genomfört",
        starts_at=datetime(2026, 10, 5, 9, 0),
        place="Verkstan",
        attendees=[("Lisa", "Mötesföretaget", "handledare", True), ("Per", "AME", "handläggare", False)],
        agenda="1. Mål\n2. Närvaro",
        notes="Bra stämning",
        decisions=["Förläng", "Ny plan"],
        action_items=[
            ActionItemRow(0, "Skicka plan", "Per", date(2026, 10, 12), None),
            ActionItemRow(1, "Boka", "", None, date(2026, 10, 6)),
        ],
        next_meeting=date(2026, 12, 1),
        participants=["AA-1", "ÖB-2"],
        logo=b"\x89PNG fake",
    )


def test_a_network_meeting_and_a_missing_one(ctx) -> None:
    meeting = ctx.meetings.create(MeetingInput(kind="natverkstraff", starts_at=datetime(2026, 9, 1, 13, 0)))
    summary = ReportQueries(ctx.database.session_factory).meeting_summary(meeting, PRINTED)
    assert (summary.enterprise, summary.organisation, summary.participants, summary.logo) == ("Nätverk", "", [], None)
    assert summary.printed == PRINTED
    with pytest.raises(ReportError, match=r"Inget möte har id 'finns-inte'\."):
        ReportQueries(ctx.database.session_factory).meeting_summary("finns-inte")
