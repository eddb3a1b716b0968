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
        Paragraph(esc(f"{len(parts)} företag i bokstavsordning. Varje sammanfattning har ett bokmärke."), s["body"]),
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
