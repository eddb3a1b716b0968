"""The handläggare version is always one referrer's: its participants, its own agreement terms, nothing else."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_OK, EXIT_PROBLEM, run
from asfdesk.context import AppContext
from asfdesk.domain.reporting import Audience, Period, ReportRequest, validate_report_request
from asfdesk.services.report_queries import ReportError, ReportQueries

from ..conftest import FIXED_TODAY
from .test_reports import pdf_text

SPAN = Period(date(2020, 1, 1), FIXED_TODAY)


def _referrers(db: Path) -> list[tuple[str, str]]:
    """(id, name) of organisations that referred participants, busiest first."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT o.id, o.name FROM participant pa JOIN organisation o ON o.id = pa.referring_organisation_id "
            "GROUP BY o.id ORDER BY count(*) DESC"
        ).fetchall()


def test_the_period_report_for_a_handlaggare_needs_the_referrer(demo_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "p.pdf"
    code = run(["--db", str(demo_db), "report", "period", "--audience", "handlaggare", "-o", str(target)])
    assert code == EXIT_PROBLEM and "remitterande organisationen" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize("kind", ["period", "enterprise"])
def test_a_referrer_for_another_reader_is_an_error(demo_db: Path, tmp_path: Path, capsys, kind: str) -> None:
    _rid, name = _referrers(demo_db)[0]
    extra = ["enterprise", "x"] if kind == "enterprise" else ["period"]
    target = tmp_path / "p.pdf"
    code = run(
        ["--db", str(demo_db), "report", *extra, "--audience", "finansiar", "--referrer", name, "-o", str(target)]
    )
    assert code == EXIT_PROBLEM and "bara för handläggarversionen" in capsys.readouterr().err
    assert not target.exists()
    request = ReportRequest(SPAN.start, SPAN.end, Audience.BOARD.value, _rid)
    assert "referrer_id" in validate_report_request(request)  # the window's form says the same


def test_all_summaries_for_a_handlaggare_go_to_their_enterprises_with_their_participants_only(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    referrer_id, name = _referrers(demo_db)[0]
    with sqlite3.connect(demo_db) as conn:
        rows = conn.execute(
            "SELECT e.name, pa.code, pa.referring_organisation_id FROM placement p "
            "JOIN participant pa ON pa.id = p.participant_id JOIN enterprise e ON e.id = p.enterprise_id "
            "WHERE p.deleted_at IS NULL"
        ).fetchall()
    theirs = {code for _e, code, ref in rows if ref != referrer_id}
    expected = {e for e, _code, ref in rows if ref == referrer_id}
    out = tmp_path / "alla"
    argv = ["report", "all", "--from", "2020-01-01", "--to", FIXED_TODAY.isoformat(), "--out-dir", str(out)]
    code = run(["--db", str(demo_db), *argv, "--audience", "handlaggare", "--referrer", name])
    assert code == EXIT_OK, capsys.readouterr().err
    written = sorted(out.glob("*.pdf"))
    assert len(written) == len(expected) > 0
    for pdf in written:
        text = pdf_text(pdf)
        assert name in text  # the document names whose version it is
        assert not any(f"{code} " in text or f"{code}\n" in text for code in theirs), pdf.name


def test_a_handlaggare_sees_only_their_own_organisations_agreement_terms(ctx: AppContext, demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        found = conn.execute(
            "SELECT a.enterprise_id, a.buyer_organisation_id FROM agreement a "
            "WHERE a.buyer_organisation_id IS NOT NULL AND a.enterprise_id IN ("
            "  SELECT enterprise_id FROM agreement WHERE buyer_organisation_id IS NOT NULL "
            "  GROUP BY enterprise_id HAVING count(DISTINCT buyer_organisation_id) >= 1)"
        ).fetchall()
    assert found
    queries = ReportQueries(ctx.database.session_factory)
    for enterprise_id, buyer in found[:5]:
        other = next(rid for rid, _n in _referrers(demo_db) if rid != buyer)
        board = queries.support_summary(enterprise_id, SPAN, Audience.BOARD)
        mine = queries.support_summary(enterprise_id, SPAN, Audience.CASE_OFFICER, buyer)
        foreign = queries.support_summary(enterprise_id, SPAN, Audience.CASE_OFFICER, other)
        assert any(a.buyer_id == buyer for a in board.agreements)
        assert mine.agreements and all(a.buyer_id == buyer for a in mine.agreements)
        assert all(a.buyer_id == other for a in foreign.agreements)
        assert not any(a.buyer_id == buyer for a in foreign.agreements)


def test_the_service_refuses_a_handlaggare_period_report_without_referrer(ctx: AppContext) -> None:
    with pytest.raises(ReportError):
        ReportQueries(ctx.database.session_factory).period_report(SPAN, Audience.CASE_OFFICER)


def test_a_handlaggare_period_report_lists_only_the_municipalities_its_participants_were_placed_in(
    ctx: AppContext, demo_db: Path
) -> None:
    """Not a row of zeros for each municipality where only handledarstöd happened, and a summary of
    handledarstöd at the enterprises its participants were placed at, as the rows below it."""
    with sqlite3.connect(demo_db) as conn:
        placed = conn.execute(
            "SELECT pa.referring_organisation_id, e.municipality FROM placement p "
            "JOIN participant pa ON pa.id = p.participant_id JOIN enterprise e ON e.id = p.enterprise_id "
            "WHERE p.deleted_at IS NULL AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)",
            (SPAN.end.isoformat(), SPAN.start.isoformat()),
        ).fetchall()
    queries = ReportQueries(ctx.database.session_factory)
    everyone = {m.municipality for m in queries.period_report(SPAN, Audience.BOARD).municipalities}
    narrower = 0
    for referrer_id, _name in _referrers(demo_db):
        data = queries.period_report(SPAN, Audience.CASE_OFFICER, referrer_id=referrer_id)
        listed = {m.municipality for m in data.municipalities}
        assert listed == {m for ref, m in placed if ref == referrer_id}
        # the summary at the top is of the same enterprises as the rows below it
        assert data.contact_count == sum(m.contacts for m in data.municipalities)
        assert data.enterprises_supported <= sum(m.enterprises for m in data.municipalities)
        narrower += listed < everyone
    assert narrower  # the demo has referrers who placed in fewer municipalities than had support
