"""The page frame every document shares: header with the organisation, footer with period and 'Sida x av y'.

Every PDF also says what it is to the reader's software: title, subject, author, language (sv-SE),
the title shown in the window bar, and an outline (bookmarks) of its section headings. Its text is
set in the embedded DejaVu fonts only. (reportlab writes no tagged structure; see docs/decisions.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer

from asfdesk.reports.styles import ACCENT, FONT, FONT_BOLD, MUTED, FirmTable, register_fonts
from asfdesk.storage.output_files import atomic_output, make_folder

MARGIN = 18 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class PageFrame:
    title: str  # in the PDF's metadata
    organisation: str  # top left on every page
    document_kind: str  # top right, e.g. "Stödsammanfattning"
    footer: str  # bottom left, e.g. the period and audience
    printed: date
    logo: bytes | None = None  # PNG or JPEG, drawn left of the organisation's name
    subject: str = ""  # in the PDF's metadata; by default the kind of document and the footer

    @property
    def described(self) -> str:
        return self.subject or " · ".join(part for part in (self.document_kind, self.footer) if part)


LANGUAGE = "sv-SE"  # documents are printed in Swedish (asfdesk.i18n.source_language)
OUTLINE_LEVELS = {"h2": 0}  # paragraph styles that are section headings, and their outline level


def _logo_reader(data: bytes | None) -> ImageReader | None:
    """The logo ready to draw; a logo reportlab cannot read is left out rather than failing the report."""
    if not data:
        return None
    try:
        reader = ImageReader(BytesIO(data))
        reader.getSize()
    except Exception:  # reportlab raises assorted errors for damaged images
        return None
    return reader


def _numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's footer (two-pass 'x av y')."""
    logo = _logo_reader(frame.logo)

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._outline: list[tuple[int, str, int, float]] = []  # page index, title, level, top

        def outline_entry(self, title: str, level: int, top: float) -> None:
            """A heading on the page being laid out; its bookmark is made when the page is written."""
            self._outline.append((len(self._pages), title, level, top))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            outline = self._outline
            for index, state in enumerate(self._pages):
                self.__dict__.update(state)
                self._decorate(total)
                self._bookmarks(index, outline)
                super().showPage()
            if outline:
                self.showOutline()
            super().save()

        def _bookmarks(self, index: int, outline: list[tuple[int, str, int, float]]) -> None:
            # Made while the page is the document's current one, so each points at its own page.
            for number, (page, title, level, top) in enumerate(outline):
                if page == index:
                    key = f"section-{number}"
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                    self.addOutlineEntry(title, key, level=level)

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.setStrokeColor(ACCENT)
            self.setLineWidth(0.6)
            self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
            name_x = MARGIN
            if logo is not None:
                logo_width, logo_height = logo.getSize()
                drawn_height = 7 * mm
                drawn_width = min(drawn_height * logo_width / max(logo_height, 1), 40 * mm)
                self.drawImage(
                    logo, MARGIN, height - 11.5 * mm, drawn_width, drawn_height, preserveAspectRatio=True, mask="auto"
                )
                name_x += drawn_width + 3 * mm
            self.setFont(FONT_BOLD, 8)
            self.setFillColor(ACCENT)
            self.drawString(name_x, height - 10.5 * mm, frame.organisation or "asfdesk")
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN, height - 10.5 * mm, frame.document_kind)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            numbered = f"Utskriven {frame.printed.isoformat()} · Sida {self._pageNumber} av {total}"
            self.drawRightString(width - MARGIN, 9 * mm, numbered)
            room = width - 2 * MARGIN - stringWidth(numbered, FONT, 7.5) - 6 * mm
            for line_number, line in enumerate(footer_lines(frame.footer, room)):
                self.drawString(MARGIN, 9 * mm - line_number * 9, line)

    return NumberedCanvas


def footer_lines(text: str, room: float, most: int = 2) -> list[str]:
    """The footer wrapped to the room beside the page number; what does not fit in `most` lines ends in '…'."""
    lines = simpleSplit(text, FONT, 7.5, room) or [""]
    if len(lines) <= most:
        return lines
    last = " ".join(lines[most - 1 :])
    while last and stringWidth(last + " …", FONT, 7.5) > room:
        last = last[:-1]
    return [*lines[: most - 1], last.rstrip() + " …"]


def _lead_height(flowable: Flowable, width: float) -> float:
    """How much of a flowable must fit below a heading for the heading not to stand alone."""
    if isinstance(flowable, FirmTable):
        return flowable.lead_height(width)
    _, height = flowable.wrap(width, 10**6)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def keep_headings(story: list[Flowable], width: float = CONTENT_WIDTH - 12) -> list[Flowable]:
    """Each section heading gets a conditional page break: it moves to the next page unless the
    start of what follows it (a paragraph, a table's header and first rows) fits below it."""
    kept: list[Flowable] = []
    for index, flowable in enumerate(story):
        style = getattr(flowable, "style", None)
        if isinstance(flowable, Paragraph) and getattr(style, "name", "") in OUTLINE_LEVELS:
            needed = _lead_height(flowable, width)
            for following in story[index + 1 :]:
                needed += _lead_height(following, width)
                if not isinstance(following, Spacer):
                    break
            kept.append(CondPageBreak(needed))
        kept.append(flowable)
    return kept


def build_pdf(path: Path, frame: PageFrame, story: list[Flowable]) -> Path:
    register_fonts()
    make_folder(path.parent)
    with atomic_output(path) as staging:
        _write_pdf(staging, frame, keep_headings(story))
    return path


class _Document(SimpleDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints
    def afterFlowable(self, flowable: Flowable) -> None:
        style = getattr(flowable, "style", None)
        level = OUTLINE_LEVELS.get(getattr(style, "name", ""))
        if isinstance(flowable, Paragraph) and level is not None:
            top = self.frame._y + flowable.height + 6
            self.canv.outline_entry(flowable.getPlainText(), level, top)


def _write_pdf(path: Path, frame: PageFrame, story: list[Flowable]) -> None:
    doc = _Document(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=frame.title,
        author=frame.organisation or "asfdesk",
        subject=frame.described,
        creator="asfdesk",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,  # else every page names Helvetica, a font the file does not carry
        initialFontSize=9,
    )
    doc.build(story, canvasmaker=_numbered_canvas(frame))
