"""Gallring keeps statistics and removes identity; a registerutdrag holds a person's own data."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from asfdesk.domain.inputs import ParticipantInput, PlacementInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services.report_queries import ReportQueries

from ..conftest import FIXED_TODAY


def test_preview_lists_only_participants_long_finished(ctx) -> None:
    """Only participants whose every placement ended before the cut-off are proposed."""
    candidates = ctx.retention.preview(1, today=FIXED_TODAY)
    assert candidates
    cutoff = date(FIXED_TODAY.year - 1, FIXED_TODAY.month, FIXED_TODAY.day)
    assert all(c.last_end < cutoff for c in candidates)
    with sqlite3.connect(ctx.database.path) as conn:
        for c in candidates:
            running = conn.execute(
                "SELECT count(*) FROM placement WHERE participant_id = ? AND (end_date IS NULL OR end_date >= ?)",
                (c.participant_id, cutoff.isoformat()),
            ).fetchone()[0]
            assert running == 0


def test_anonymising_keeps_statistics_and_removes_identity(ctx) -> None:
    """Codes, personnummer and notes go; the period report's women/men figures are the same before and after."""
    period = Period(date(2020, 1, 1), FIXED_TODAY)
    before = ReportQueries(ctx.database.session_factory).period_report(period, Audience.BOARD)
    candidates = ctx.retention.preview(1, today=FIXED_TODAY)
    codes = {c.code for c in candidates}
    assert ctx.retention.anonymise([c.participant_id for c in candidates]) == len(candidates)
    after = ReportQueries(ctx.database.session_factory).period_report(period, Audience.BOARD)
    assert (after.participants, after.to_work_or_studies, after.outcomes) == (
        before.participants,
        before.to_work_or_studies,
        before.outcomes,
    )
    with sqlite3.connect(ctx.database.path) as conn:
        remaining = {r[0] for r in conn.execute("SELECT code FROM participant")}
        attendees = {r[0] for r in conn.execute("SELECT name FROM meeting_attendee")}
    assert not codes & remaining and not codes & attendees
    assert ctx.retention.preview(1, today=FIXED_TODAY) == []
    assert any(e.action_label == "Anonymiserade" for e in ctx.audit.entries())


def test_registerutdrag_holds_the_persons_data(ctx, tmp_path: Path) -> None:
    """The JSON export holds the person's own fields, placements and the log of what was done with them."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    person = ctx.participants.create(
        ParticipantInput(code="UTDRAG-1", gender="kvinna", birth_year=1990, notes="Egen notis")
    )
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 2, 1)), enterprise.id)
    target = ctx.retention.write_subject_access(ctx.retention.find_participant("utdrag-1"), tmp_path / "u.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["deltagare"]["kod"] == "UTDRAG-1" and data["deltagare"]["anteckningar"] == "Egen notis"
    assert data["placeringar"][0]["företag"] == enterprise.name
    assert [h["handling"] for h in data["händelser"]][:1] == ["create"]


def test_erasure_on_request_removes_the_person_for_good(ctx) -> None:
    """Erasure deletes the participant, their placements and consents outright, and is logged."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    person = ctx.participants.create(ParticipantInput(code="RADERA-1", gender="man"))
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 2, 1)), enterprise.id)
    others = len(ctx.enterprises.get_detail(enterprise.id).placements) - 1
    ctx.retention.erase(person)
    with sqlite3.connect(ctx.database.path) as conn:
        assert conn.execute("SELECT count(*) FROM participant WHERE id = ?", (person,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM placement WHERE participant_id = ?", (person,)).fetchone()[0] == 0
    assert len(ctx.enterprises.get_detail(enterprise.id).placements) == others
    assert ctx.search.search("radera-1") == {}
    assert ctx.audit.entries()[0].action_label == "Raderade på begäran"


def test_registerutdrag_as_pdf(ctx, tmp_path: Path) -> None:
    """The same registerutdrag as a PDF the person can read, with their placements."""
    from .test_reports import pdf_text

    enterprise = ctx.enterprises.list_enterprises()[0]
    person = ctx.participants.create(ParticipantInput(code="PDF-1", gender="kvinna"))
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 3, 1)), enterprise.id)
    pdf = ctx.retention.write_subject_access(person, tmp_path / "utdrag.pdf")
    text = pdf_text(pdf)
    assert "Registerutdrag – PDF-1" in text and enterprise.name in text and "artikel 15" in text


def _every_text(db: Path) -> str:
    """All text the database holds, every column of every table, as one string."""
    parts: list[str] = []
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                parts.extend(str(value) for value in row if isinstance(value, str))
    return "\n".join(parts)


def test_after_anonymising_no_old_pseudonym_survives_anywhere(ctx, tmp_path: Path) -> None:
    """Not in the Papperskorg's labels (a deleted placement named the code), not in an export of everything."""
    from asfdesk.services.participant_service import PlacementService
    from asfdesk.storage.export import export_all
    from asfdesk.storage.models import Placement

    candidates = ctx.retention.preview(1, today=FIXED_TODAY)
    assert candidates
    target = candidates[0]
    with ctx.database.session_factory() as session:
        placements = session.query(Placement).filter(Placement.participant_id == target.participant_id).all()
        extra = placements[0]
        label = PlacementService.label(ctx.placements, extra)
    assert target.code in label
    ctx.trash.delete(Placement, extra.id, label)  # the Papperskorg now names the participant's code
    ctx.retention.anonymise([c.participant_id for c in candidates])
    assert target.code not in _every_text(ctx.database.path)
    manifest = export_all(ctx.database.path, tmp_path / "allt")
    exported = "\n".join(p.read_text(encoding="utf-8-sig") for p in manifest.parent.iterdir())
    assert target.code not in exported
