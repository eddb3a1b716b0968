"""The title page and table of contents of a combined PDF (many enterprises' summaries in one)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.models import FrontMatter
from asfdesk.reports.styles import esc, styles, table

W = CONTENT_WIDTH


def _story(front: FrontMatter, parts: list[tuple[str, int]], first_page: int) -> list[Any]:
    s = styles()
    rows = []
    page = first_page
    for number, (name, pages) in enumerate(parts, start=1):
        rows.append([number, name, page])
        page += pages
    return [
        Paragraph(esc(front.title), s["title"]),
        Paragraph(esc(f"{front.period.label} · Mottagare: {front.reader}"), s["subtitle"]),
        Paragraph(
            esc(
                f"{len(parts)} företag i bokstavsordning. Sidnumren här står överst på varje sida; "
                "varje sammanfattning numrerar också sina egna sidor i sidfoten."
            ),
            s["body"],
        ),
        Paragraph("Innehåll", s["h2"]),
        table(["Nr", "Företag", "Sida"], rows, [W * 0.08, W * 0.77, W * 0.15], right={0, 2}),
    ]


def build_front_matter(front: FrontMatter, parts: list[tuple[str, int]], path: Path) -> Path:
    """Title and contents for `parts` (name, page count), numbered as the combined PDF's pages."""
    frame = PageFrame(
        title=f"{front.title} {front.period.label}",
        organisation=front.organisation,
        logo=front.logo,
        document_kind=front.title,
        footer=f"{front.period.label} · {front.reader}",
        printed=date.today(),
    )
    front_pages = 1
    while True:  # the contents' own length moves every page number: lay out until it holds
        build_pdf(path, frame, _story(front, parts, front_pages + 1))
        from pypdf import PdfReader

        made = len(PdfReader(path).pages)
        if made == front_pages:
            return path
        front_pages = made


def number_pages(writer: Any) -> None:
    """The combined file's own page number, centred above every page's header (each part's footer
    counts that part's own pages): the numbers the table of contents refers to."""
    from io import BytesIO

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from asfdesk.reports.styles import FONT, MUTED, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    total = len(writer.pages)
    for number in range(1, total + 1):
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 6.5 * mm, f"– {number} –")
        canvas.showPage()
    canvas.save()
    stamps = PdfReader(BytesIO(buffer.getvalue()))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
