"""The PDFs: their figures equal the database's, audiences see only what they may, layout holds."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest

from asfdesk.context import AppContext
from asfdesk.domain.inputs import MeetingInput, ParticipantInput, PlacementInput, SupportContactInput
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services import report_service as reports
from asfdesk.services.report_queries import ReportError, ReportQueries

from ..conftest import FIXED_TODAY

YEAR = Period(date(FIXED_TODAY.year, 1, 1), date(FIXED_TODAY.year, 12, 31))


def page_texts(path: Path) -> list[str]:
    """Each page's text, row by row as printed (pdfium keeps a table row on one line)."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_bounded().replace("\r", "") for i in range(len(document))]
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def pages(path: Path) -> int:
    return len(page_texts(path))


def _busiest(demo_db: Path) -> tuple[str, str]:
    with sqlite3.connect(demo_db) as conn:
        return conn.execute(
            "SELECT e.id, e.name FROM enterprise e JOIN placement p ON p.enterprise_id = e.id "
            "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()


def _fmt(hours: float) -> str:
    return f"{hours:.1f}".replace(".", ",").removesuffix(",0")


def test_support_summary_figures_match_the_database(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    """Contacts, hours and placements started/ended by women and men are the database's own numbers."""
    enterprise_id, name = _busiest(demo_db)
    pdf = reports.support_summary_pdf(ctx.database.session_factory, enterprise_id, YEAR, tmp_path / "s.pdf")
    text = pdf_text(pdf)
    start, end = YEAR.start.isoformat(), YEAR.end.isoformat()
    with sqlite3.connect(demo_db) as conn:
        count, minutes = conn.execute(
            "SELECT count(*), coalesce(sum(minutes), 0) FROM support_contact WHERE enterprise_id = ? "
            "AND contact_date BETWEEN ? AND ?",
            (enterprise_id, start, end),
        ).fetchone()
        started = dict(
            conn.execute(
                "SELECT pa.gender, count(*) FROM placement p JOIN participant pa ON pa.id = p.participant_id "
                "WHERE p.enterprise_id = ? AND p.start_date BETWEEN ? AND ? GROUP BY pa.gender",
                (enterprise_id, start, end),
            ).fetchall()
        )
    assert f"{count} kontakter, {_fmt(round(minutes / 60, 1))} timmar." in text
    women, men = started.get("kvinna", 0), started.get("man", 0)
    assert f"Påbörjade {women} {men} {sum(started.values())}" in text
    assert name in text and "Sida 1 av" in text


def test_period_report_figures_match_the_database(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    """Enterprises supported, contacts, hours and participants women/men/total equal a direct count."""
    pdf = reports.period_report_pdf(ctx.database.session_factory, YEAR, tmp_path / "p.pdf", Audience.BOARD)
    text = pdf_text(pdf)
    start, end = YEAR.start.isoformat(), YEAR.end.isoformat()
    with sqlite3.connect(demo_db) as conn:
        enterprises, contacts, minutes = conn.execute(
            "SELECT count(DISTINCT enterprise_id), count(*), sum(minutes) FROM support_contact "
            "WHERE contact_date BETWEEN ? AND ?",
            (start, end),
        ).fetchone()
        genders = [
            gender
            for (gender,) in conn.execute(
                "SELECT gender FROM participant WHERE id IN (SELECT participant_id FROM placement "
                "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?))",
                (end, start),
            )
        ]
    assert f"Företag som fått handledarstöd {enterprises}" in text
    assert f"Handledarstödskontakter {contacts}" in text
    assert f"Timmar handledarstöd {_fmt(round(minutes / 60, 1))}" in text
    women, men = genders.count("kvinna"), genders.count("man")
    assert f"Deltagare i placering under perioden {women} {men} {len(genders)}" in text


def test_case_officer_version_shows_only_their_participants_and_no_notes(
    ctx: AppContext, demo_db: Path, tmp_path: Path
) -> None:
    """A handläggare sees their organisation's participants only, and none of the business notes."""
    enterprise_id, _name = _busiest(demo_db)
    with sqlite3.connect(demo_db) as conn:
        rows = conn.execute(
            "SELECT pa.code, pa.referring_organisation_id FROM placement p "
            "JOIN participant pa ON pa.id = p.participant_id WHERE p.enterprise_id = ?",
            (enterprise_id,),
        ).fetchall()
        notes = [
            n
            for (n,) in conn.execute(
                "SELECT notes FROM support_contact WHERE enterprise_id = ? AND notes != ''", (enterprise_id,)
            )
        ]
    referrer = rows[0][1]
    mine = {code for code, ref in rows if ref == referrer}
    theirs = {code for code, ref in rows if ref != referrer}
    pdf = reports.support_summary_pdf(
        ctx.database.session_factory,
        enterprise_id,
        Period(date(2020, 1, 1), FIXED_TODAY),
        tmp_path / "h.pdf",
        Audience.CASE_OFFICER,
        referrer,
    )
    text = pdf_text(pdf)
    assert any(code in text for code in mine)
    assert not any(code in text for code in theirs)
    assert not any(note[:40] in text for note in notes)
    assert "Handledarstöd under perioden" not in text
    # and it says so, rather than leaving the reader to wonder
    assert "handledarstödet till företaget och kommunens handlingsplan ingår inte" in " ".join(text.split())


def test_funder_version_has_no_pseudonyms_and_no_small_counts(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    """A funder sees no participant codes, and every count of 1–4 is printed as <5."""
    enterprise_id, _name = _busiest(demo_db)
    for pdf in (
        reports.support_summary_pdf(
            ctx.database.session_factory, enterprise_id, YEAR, tmp_path / "f.pdf", Audience.FUNDER
        ),
        reports.period_report_pdf(ctx.database.session_factory, YEAR, tmp_path / "fp.pdf", Audience.FUNDER),
    ):
        text = pdf_text(pdf)
        assert not re.search(r"\bD\d{2}-\d{3}\b", text)
        assert "<5" in text
        count_lines = [
            line
            for line in text.splitlines()
            if re.match(
                r"^(Påbörjade|Avslutade|Pågående|Arbete|Studier|"
                r"Fortsatt|Avbrott|Arbetsträning|Praktik)",
                line,
            )
        ]
        assert count_lines
        for line in count_lines:
            assert not set(line.split()[-3:]) & {"1", "2", "3", "4"}, line


def test_enterprise_without_activity_still_gets_a_clean_summary(ctx: AppContext, tmp_path: Path) -> None:
    """A period with nothing recorded says so instead of failing or printing empty tables."""
    enterprise_id = ctx.enterprises.list_enterprises()[0].id
    quiet = Period(date(2010, 1, 1), date(2010, 12, 31))
    text = pdf_text(reports.support_summary_pdf(ctx.database.session_factory, enterprise_id, quiet, tmp_path / "q.pdf"))
    assert "0 kontakter, 0 timmar." in text and "Inga möten under perioden." in text


def test_one_contact_of_an_hour_is_said_in_the_singular(ctx: AppContext, tmp_path: Path) -> None:
    from asfdesk.domain.formatting import counted
    from asfdesk.domain.inputs import SupportContactInput

    enterprise_id = ctx.enterprises.list_enterprises()[0].id
    ctx.support_contacts.create(SupportContactInput(contact_date=date(2011, 5, 2), minutes=60), enterprise_id)
    one = Period(date(2011, 1, 1), date(2011, 12, 31))
    text = pdf_text(reports.support_summary_pdf(ctx.database.session_factory, enterprise_id, one, tmp_path / "o.pdf"))
    assert "1 kontakt, 1 timme." in text
    assert [counted(n, "timme", "timmar") for n in (0, 1, 1.5, 2)] == ["0 timmar", "1 timme", "1,5 timmar", "2 timmar"]


def test_long_notes_and_two_hundred_contacts_flow_over_pages(ctx: AppContext, tmp_path: Path) -> None:
    """200 contacts with long notes and long compound words make a multi-page table with its header on each page."""
    enterprise = ctx.enterprises_with_name = ctx.enterprise_records.create(
        __import__("asfdesk.domain.inputs", fromlist=["EnterpriseInput"]).EnterpriseInput(
            name="Arbetsmarknadsutbildningsfrämjandeföreningen Åsele–Älvsbyn–Örnsköldsvik ek. för.",
            municipality="Luleå",
        )
    )
    word = "Arbetsträningsplatsuppföljningsdokumentationsrutinsgenomgång"
    for n in range(200):
        ctx.support_contacts.create(
            SupportContactInput(
                contact_date=FIXED_TODAY - timedelta(days=n % 300),
                minutes=30,
                notes=f"{word} nummer {n}. " + "Lång anteckning om styrelsearbete och ekonomi. " * 12,
            ),
            enterprise,
        )
    pdf = reports.support_summary_pdf(
        ctx.database.session_factory, enterprise, Period(date(2025, 1, 1), FIXED_TODAY), tmp_path / "l.pdf"
    )
    texts = page_texts(pdf)
    assert len(texts) >= 5
    later = texts[2:-1]
    assert all("Anteckning" in t and "Datum" in t for t in later)  # the table header repeats
    assert "200 kontakter" in pdf_text(pdf)
    assert " …" in pdf_text(pdf)  # long notes are cut cleanly


def test_layout_sections_in_order_and_page_count(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    """Golden structure: the board summary's sections come in this order on a few pages."""
    enterprise_id, _ = _busiest(demo_db)
    pdf = reports.support_summary_pdf(ctx.database.session_factory, enterprise_id, YEAR, tmp_path / "g.pdf")
    text = pdf_text(pdf)
    headings = ["Moduler i Glada Hudik-modellen", "Handledarstöd under perioden", "Placeringar", "Möten"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert 1 <= pages(pdf) <= 6


def test_meeting_summary_fits_one_page(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    """An ordinary meeting prints on one page with attendees, decisions and action items."""
    with sqlite3.connect(demo_db) as conn:
        meeting_id = conn.execute(
            "SELECT m.id FROM meeting m WHERE m.status = 'genomfort' AND m.kind = 'trepartssamtal' LIMIT 1"
        ).fetchone()[0]
        decision = conn.execute("SELECT text FROM meeting_decision WHERE meeting_id = ?", (meeting_id,)).fetchone()[0]
    pdf = reports.meeting_summary_pdf(ctx.database.session_factory, meeting_id, tmp_path / "m.pdf")
    text = pdf_text(pdf)
    assert pages(pdf) == 1
    assert "Närvarande" in text and "Åtgärder" in text and decision in text


def test_impossible_requests_are_refused(ctx: AppContext) -> None:
    """A period ending before it starts, and an unknown enterprise, are clear errors."""
    with pytest.raises(ValueError, match="före dess början"):
        Period(date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ReportError, match="Inget företag"):
        ReportQueries(ctx.database.session_factory).find_enterprise("Finns inte AB")


def test_batch_makes_one_pdf_per_active_enterprise_and_can_combine(
    ctx: AppContext, demo_db: Path, tmp_path: Path
) -> None:
    """Every enterprise with activity gets its own PDF; the combined file holds all their pages."""
    result = reports.summaries_for_all(demo_db, ctx.database.session_factory, YEAR, tmp_path / "ut", combine=True)
    start, end = YEAR.start.isoformat(), YEAR.end.isoformat()
    with sqlite3.connect(demo_db) as conn:  # counted here from the tables, not by the query the batch uses
        active = {
            row[0]
            for row in conn.execute(
                "SELECT enterprise_id FROM support_contact WHERE deleted_at IS NULL AND contact_date BETWEEN ? AND ? "
                "UNION SELECT enterprise_id FROM meeting WHERE deleted_at IS NULL AND enterprise_id IS NOT NULL "
                "AND date(starts_at) BETWEEN ? AND ? "
                "UNION SELECT enterprise_id FROM placement WHERE deleted_at IS NULL AND start_date <= ? "
                "AND (end_date IS NULL OR end_date >= ?)",
                (start, end, start, end, end, start),
            )
        }
    assert len(result.written) == len(active) > 0 and not result.cancelled
    assert result.combined is not None
    combined = page_texts(result.combined)
    assert "Innehåll" in combined[0]  # a title page with the contents, then every summary whole
    assert len(combined) == 1 + sum(pages(p) for p in result.written)


def test_period_report_as_excel_has_the_same_figures(ctx, demo_db: Path, tmp_path: Path) -> None:
    """The .xlsx variant holds the PDF's figures as numbers, and a funder's small counts as '<5'."""
    from openpyxl import load_workbook

    queries = ReportQueries(ctx.database.session_factory)
    board = queries.period_report(YEAR, Audience.BOARD)
    path = reports.period_report_pdf(ctx.database.session_factory, YEAR, tmp_path / "p.xlsx", Audience.BOARD)
    book = load_workbook(path)
    summary = {row[0]: row[1:] for row in book["Sammanfattning"].iter_rows(min_row=2, values_only=True)}
    assert summary["Handledarstödskontakter"][2] == board.contact_count
    women, men, total = summary["Deltagare i placering under perioden"]
    assert (women, men, total) == (board.participants.women, board.participants.men, board.participants.total)
    assert book.sheetnames == ["Sammanfattning", "Per modul", "Per insats", "Utfall", "Per kommun"]
    funder = load_workbook(
        reports.period_report_pdf(ctx.database.session_factory, YEAR, tmp_path / "f.xlsx", Audience.FUNDER)
    )
    cells = [c for row in funder["Per insats"].iter_rows(min_row=2, max_col=5) for c in row[2:]]
    values = [c.value for c in cells]
    assert not {1, 2, 3, 4} & {v for v in values if isinstance(v, int)}
    assert all(isinstance(v, int) or v is None for v in values)  # no "<5" text for SUM to skip silently
    hidden = [c for c in cells if c.value is None and c.comment is not None]
    assert hidden and all(c.comment.text.startswith(("<5", "..")) for c in hidden)
    legend = [row[0] for row in funder["Per insats"].iter_rows(values_only=True) if row[0]]
    assert legend[-1].startswith("Grå tomma celler är dolda av röjandeskydd")


def test_period_report_for_one_project_counts_only_its_records(ctx: AppContext, demo_db: Path) -> None:
    """Filtered by a funder's project, the contacts and placements are those tagged with it, nothing else."""
    projects = dict((name, pid) for pid, name in ctx.projects.choices())
    project_id = projects["ASF Gävleborg – handledarstöd (Samordningsförbundet Gävleborg)"]
    queries = ReportQueries(ctx.database.session_factory)
    report = queries.period_report(YEAR, Audience.BOARD, project_id=project_id)
    everything = queries.period_report(YEAR, Audience.BOARD)
    with sqlite3.connect(demo_db) as conn:
        tagged = conn.execute(
            "SELECT count(*) FROM support_contact WHERE deleted_at IS NULL AND project_id = ? "
            "AND contact_date BETWEEN ? AND ?",
            (project_id, YEAR.start.isoformat(), YEAR.end.isoformat()),
        ).fetchone()[0]
    assert report.contact_count == tagged > 0
    assert report.contact_count < everything.contact_count
    assert "projekt ASF Gävleborg" in report.filters


def test_goal_report_pdf_has_the_municipal_layout(ctx: AppContext, tmp_path: Path) -> None:
    """Mål | Status | Analys per goal, then the mätetal table split kvinnor/män/totalt, with the database's figures."""
    made = reports.goal_report_pdf(ctx.database.session_factory, tmp_path / "mal.pdf", today=FIXED_TODAY)
    text = pdf_text(made)
    goals = ctx.goal_queries.goals(FIXED_TODAY)
    assert "Måluppföljning" in text and "Mål Status Analys" in text and "Kvinnor Män Totalt" in text
    started = next(g for g in goals if g.title.startswith("Fler personer"))
    o = started.outcome
    assert f"Utfall perioden {o.women} {o.men} {int(o.total)}" in text
    assert text.count("Mätetal:") == len(goals) == 5
    for goal in goals:
        assert goal.assessment.status.sv_label in text


def test_support_summary_for_one_project_leaves_out_untagged_contacts(ctx: AppContext) -> None:
    projects = {name: pid for pid, name in ctx.projects.choices()}
    project_id = projects["ASF Gävleborg – handledarstöd (Samordningsförbundet Gävleborg)"]
    enterprise = next(e for e in ctx.enterprises.list_enterprises() if e.municipality == "Hudiksvall")
    queries = ReportQueries(ctx.database.session_factory)
    everything = queries.support_summary(enterprise.id, YEAR, today=FIXED_TODAY)
    tagged = queries.support_summary(enterprise.id, YEAR, today=FIXED_TODAY, project_id=project_id)
    other = next(pid for name, pid in projects.items() if name.startswith("Vägar"))
    assert tagged.contact_count == everything.contact_count > 0  # Gävleborg's support runs in the project
    assert queries.support_summary(enterprise.id, YEAR, today=FIXED_TODAY, project_id=other).contact_count == 0


def test_activity_in_a_period_counts_its_first_and_last_day_and_nothing_outside(ctx: AppContext) -> None:
    """A meeting late on the last day, a placement running into the period and a contact on its first
    day make an enterprise active; a meeting the day after and a placement ended the day before do not."""
    period = Period(date(1995, 3, 1), date(1995, 3, 31))
    queries = ReportQueries(ctx.database.session_factory)
    assert queries.enterprises_with_activity(period) == []
    first, second, third, fourth, fifth = (e.id for e in ctx.enterprises.list_enterprises()[:5])
    meeting = MeetingInput(
        enterprise_id=first, kind="uppfoljning", status="planerat", starts_at=datetime(1995, 3, 31, 23, 30)
    )
    ctx.meetings.create(meeting)
    ctx.meetings.create(replace(meeting, enterprise_id=second, starts_at=datetime(1995, 4, 1, 0, 0)))
    person = ctx.participants.create(ParticipantInput(code="AKT-1"))
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(1995, 1, 10)), third)
    other = ctx.participants.create(ParticipantInput(code="AKT-2"))
    ctx.placements.create(
        PlacementInput(
            participant_id=other, start_date=date(1995, 1, 10), end_date=date(1995, 2, 28), outcome="arbete"
        ),
        fourth,
    )
    ctx.support_contacts.create(SupportContactInput(contact_date=date(1995, 3, 1)), fifth)
    assert {eid for eid, _ in queries.enterprises_with_activity(period)} == {first, third, fifth}


def test_open_actions_past_their_day_are_marked_late_in_the_summary(
    ctx: AppContext, demo_db: Path, tmp_path: Path
) -> None:
    today = date.today()
    with sqlite3.connect(demo_db) as conn:
        found = conn.execute(
            "SELECT m.enterprise_id, a.due_date FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
            "WHERE a.done_date IS NULL AND a.due_date IS NOT NULL AND a.deleted_at IS NULL "
            "AND m.enterprise_id IS NOT NULL AND m.deleted_at IS NULL ORDER BY a.due_date"
        ).fetchall()
    late = [(e, d) for e, d in found if date.fromisoformat(d) < today]
    assert late, "the demo data has overdue action items"
    enterprise_id = late[0][0]
    period = Period(date(today.year - 2, 1, 1), date(today.year, 12, 31))
    text = pdf_text(
        reports.support_summary_pdf(ctx.database.session_factory, enterprise_id, period, tmp_path / "a.pdf")
    )
    for _e, due in (row for row in found if row[0] == enterprise_id):
        marked = f"{due} (försenad)" in text
        assert marked is (date.fromisoformat(due) < today), due
