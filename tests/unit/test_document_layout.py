"""Documents as printed: headings stay with what they head, short tables are not split, the footer
wraps beside the page number, hours read evenly and add up."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from sqlalchemy import select

from asfdesk.context import AppContext
from asfdesk.domain.formatting import format_tenths, tenths
from asfdesk.domain.inputs import EnterpriseInput, SupportContactInput
from asfdesk.domain.reporting import NO_MODULE, Audience, Period, hours_by_module
from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf, footer_lines
from asfdesk.reports.styles import FONT, styles, table
from asfdesk.services import report_service as reports
from asfdesk.storage.models import Module

from .test_reports import page_texts, pdf_text

FRAME = PageFrame(title="Prov", organisation="Coompanion", document_kind="Prov", footer="fot", printed=date(2026, 1, 1))
FRAME_HEIGHT = 297 * mm - 36 * mm - 12  # A4 less top and bottom margins and the frame's padding


def _filler(height: float) -> Spacer:
    return Spacer(1, height)


def _rows(n: int, prefix: str) -> list[list[str]]:
    return [[f"{prefix}{i}", str(i)] for i in range(1, n + 1)]


def _page_of(texts: list[str], needle: str) -> int:
    return next(i for i, text in enumerate(texts) if needle in text)


@pytest.mark.parametrize("room_left", [40, 60, 80])
def test_a_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path: Path, room_left: float) -> None:
    """A section heading with only a little room below it moves to the next page with its table."""
    s = styles()
    story = [
        _filler(FRAME_HEIGHT - room_left),
        Paragraph("Placeringar", s["h2"]),
        table(["Rad", "Antal"], _rows(8, "rad"), [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3]),
    ]
    texts = page_texts(build_pdf(tmp_path / "heading.pdf", FRAME, story))
    assert _page_of(texts, "Placeringar") == _page_of(texts, "rad1")
    assert _page_of(texts, "rad2") == _page_of(texts, "rad1")  # and more than one row goes with it


def test_a_heading_with_room_for_the_start_of_its_table_stays_where_it_is(tmp_path: Path) -> None:
    """With room for the header and first rows, the table starts on the same page and continues."""
    s = styles()
    story = [
        _filler(FRAME_HEIGHT - 110),
        Paragraph("Kontakter", s["h2"]),
        table(["Rad", "Antal"], _rows(30, "rad"), [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3]),
    ]
    texts = page_texts(build_pdf(tmp_path / "stays.pdf", FRAME, story))
    assert _page_of(texts, "Kontakter") == 0 and _page_of(texts, "rad1") == 0
    assert len(texts) == 2


@pytest.mark.parametrize("rows", [2, 3])
def test_a_short_table_is_never_split_across_pages(tmp_path: Path, rows: int) -> None:
    """Two or three rows near the foot of a page move together to the next page."""
    story = [
        _filler(FRAME_HEIGHT - 38),  # room for the header and one row
        table(["Rad", "Antal"], _rows(rows, "rad"), [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3]),
    ]
    texts = page_texts(build_pdf(tmp_path / "short.pdf", FRAME, story))
    assert {_page_of(texts, f"rad{i}") for i in range(1, rows + 1)} == {1}


def test_a_long_table_leaves_at_least_two_rows_on_the_next_page(tmp_path: Path) -> None:
    """A break that would leave one row alone on the next page gives it a companion."""
    probe = table(["Rad", "Antal"], _rows(12, "rad"), [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3])
    _width, whole = probe.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
    story = [
        _filler(FRAME_HEIGHT - whole + 5),  # all but the last row would fit
        table(["Rad", "Antal"], _rows(12, "rad"), [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3]),
    ]
    texts = page_texts(build_pdf(tmp_path / "long.pdf", FRAME, story))
    on_first, on_second = (set(re.findall(r"\brad(\d+)\b", text)) for text in texts)
    assert len(on_second) >= 2 and len(on_first) >= 2
    assert on_first | on_second == {str(i) for i in range(1, 13)}


def test_the_footer_wraps_beside_the_page_number_and_never_runs_over_it() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    long_name = "Arbetsintegrerande sociala kooperativet Återbruk, Möbelrenovering och Cykelverkstad i Hudiksvall " * 2
    lines = footer_lines(f"{long_name} · 2026-01-01 – 2026-12-31 · Finansiär", 300)
    assert len(lines) == 2
    assert all(stringWidth(line, FONT, 7.5) <= 300 for line in lines)
    assert lines[-1].endswith("…")  # what did not fit says so
    assert footer_lines("Kort fot", 300) == ["Kort fot"]


def test_a_long_enterprise_name_in_the_footer_stays_left_of_the_page_number(ctx: AppContext, tmp_path: Path) -> None:
    name = "Arbetsintegrerande sociala kooperativet Återbruk, Möbelrenovering och Cykelverkstad i Hudiksvall ek. för."
    enterprise = ctx.enterprise_records.create(EnterpriseInput(name=name, municipality="Hudiksvall"))
    target = reports.support_summary_pdf(
        ctx.database.session_factory, enterprise, Period(date(2026, 1, 1), date(2026, 12, 31)), tmp_path / "lang.pdf"
    )
    document = pypdfium2.PdfDocument(str(target))
    try:
        page = document[0]
        text = page.get_textpage()
        searcher = text.search("Utskriven")
        first = searcher.get_next()
        assert first is not None
        left, _bottom, _right, top = text.get_charbox(first[0])
        beside = text.get_text_bounded(left=left - 1, bottom=0, right=page.get_width(), top=top + 2)
        footer = text.get_text_bounded(left=0, bottom=0, right=left - 2, top=15 * mm)
    finally:
        document.close()
    assert beside.startswith("Utskriven") and "Möbelrenovering" not in beside
    footer = " ".join(footer.split())
    assert "Möbelrenovering och …" in footer  # the name, shortened and wrapped left of the page number,
    assert "2026-12-31 · Styrelse och verksamhet" in footer  # so that the period and the reader always fit


def test_hours_are_rounded_half_up_with_one_decimal_always_shown() -> None:
    assert tenths(0.25) == 0.3 and tenths(0.15) == 0.2 and tenths(2.449) == 2.4
    assert format_tenths(30) == "30,0" and format_tenths(25.25) == "25,3" and format_tenths(None) == ""


def test_hours_by_module_share_a_contacts_time_so_rows_add_up() -> None:
    rows = hours_by_module(["A", "B"], [(90, ["A"]), (30, ["A", "B"]), (60, []), (15, ["C", "C"])])
    assert [(r.module, r.contacts) for r in rows] == [("A", 2), ("B", 1), ("C", 1), (NO_MODULE, 1)]
    assert [round(r.hours * 60) for r in rows] == [105, 15, 15, 60]
    assert sum(r.hours for r in rows) == pytest.approx((90 + 30 + 60 + 15) / 60)


def _contacts(ctx: AppContext, enterprise: str, minutes_and_modules: list[tuple[int, int]], notes: str = "") -> None:
    with ctx.database.session_factory() as session:
        modules = list(session.scalars(select(Module.id).order_by(Module.sort_order)))
    for minutes, how_many in minutes_and_modules:
        ctx.support_contacts.create(
            SupportContactInput(
                contact_date=date(2026, 3, 2), minutes=minutes, module_ids=modules[:how_many], notes=notes
            ),
            enterprise,
        )


def test_the_summary_prints_hours_evenly_and_says_how_they_add_up(ctx: AppContext, tmp_path: Path) -> None:
    """'Tim. perioden' per module, one decimal in every hours column, and notes on shared time and
    shortened notes."""
    enterprise = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Åre"))
    _contacts(ctx, enterprise, [(120, 1), (50, 2)], notes="Lång anteckning " * 40)
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    made = reports.support_summary_pdf(ctx.database.session_factory, enterprise, year, tmp_path / "s.pdf")
    text = " ".join(pdf_text(made).split())
    assert "2 kontakter, 2,8 timmar." in text  # 170 minutes
    assert "Tim. perioden" in text
    assert "2,4" in text and "0,4" in text  # 120 + 25 and 25 minutes, a tenth each
    assert "delas lika mellan dem" in text
    assert "förkortade" in text


def test_every_reader_is_told_of_no_meetings_in_the_same_words(ctx: AppContext, tmp_path: Path) -> None:
    enterprise = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Åre"))
    for audience in (Audience.BOARD, Audience.FUNDER):
        text = pdf_text(
            reports.support_summary_pdf(
                ctx.database.session_factory,
                enterprise,
                Period(date(2026, 1, 1), date(2026, 12, 31)),
                tmp_path / f"{audience.value}.pdf",
                audience,
            )
        )
        assert "Inga möten under perioden." in text and "0 möten" not in text


def test_a_document_name_keeps_period_and_reader_however_long_the_subject() -> None:
    from asfdesk.domain.reporting import document_name

    long = "Arbetsintegrerande sociala kooperativet Återbruk: Möbler/Cykel & Café? i Hudiksvall <ek. för.> " * 3
    name = document_name("Stödsammanfattning", long, Period(date(2026, 1, 1), date(2026, 6, 30)), "Handläggare AME")
    assert name.startswith("Stödsammanfattning_Arbetsintegrerande-sociala")
    assert name.endswith("_2026-01-01--2026-06-30_Handläggare-AME")
    assert not set('/\\:*?"<>| ') & set(name) and len(name) < 180
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert document_name("Periodrapport", "", year, "Finansiär") == "Periodrapport_2026_Finansiär"
    assert document_name("", "", None, "") == "dokument"


def test_hours_entered_by_hand_on_a_module_are_marked_and_explained(ctx: AppContext, tmp_path: Path) -> None:
    """A total typed on the module may disagree with the logged contacts: the document says which is which."""
    from asfdesk.domain.inputs import ModuleProgressInput

    enterprise = ctx.enterprise_records.create(EnterpriseInput(name="Bageriet", municipality="Åre"))
    with ctx.database.session_factory() as session:
        first = session.scalars(select(Module.id).order_by(Module.sort_order)).first()
    assert first is not None
    ctx.module_progress.save(enterprise, first, ModuleProgressInput(status="pagar", hours_used=2.0))
    _contacts(ctx, enterprise, [(300, 1)])
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    made = reports.support_summary_pdf(ctx.database.session_factory, enterprise, year, tmp_path / "m.pdf")
    text = " ".join(pdf_text(made).split())
    assert "2,0 * 5,0" in text  # the hand-entered total, marked, beside the period's five logged hours
    assert "* Angivet för hand på modulen." in text


def test_a_name_in_a_file_name_is_cleaned_and_cut_at_a_word() -> None:
    """No dash left at either end, letters kept (an X included), whole up to the limit, and a longer
    name cut at its last word break in the second half (else at the limit)."""
    from asfdesk.domain.reporting import document_name

    def subject(name: str) -> str:
        return document_name("S", name).removeprefix("S_")

    assert subject("(Ängens Café)") == "Ängens-Café"
    assert subject("Xylofon X") == "Xylofon-X"
    assert subject("A" * 60) == "A" * 60
    assert subject("Ett " + "x" * 30 + " Två " + "y" * 40) == "Ett-" + "x" * 30 + "-Två"
    assert subject("Kort " + "z" * 70) == "Kort-" + "z" * 55
