"""The page frame every document shares: header with the organisation, footer with period and 'Sida x av y'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from asfdesk.reports.styles import ACCENT, FONT, FONT_BOLD, MUTED, register_fonts
from asfdesk.storage.output_files import atomic_output

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

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

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
            self.drawString(MARGIN, 9 * mm, frame.footer)
            self.drawRightString(
                width - MARGIN, 9 * mm, f"Utskriven {frame.printed.isoformat()} · Sida {self._pageNumber} av {total}"
            )

    return NumberedCanvas


def build_pdf(path: Path, frame: PageFrame, story: list[Flowable]) -> Path:
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as staging:
        _write_pdf(staging, frame, story)
    return path


def _write_pdf(path: Path, frame: PageFrame, story: list[Flowable]) -> None:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=frame.title,
        author=frame.organisation or "asfdesk",
        creator="asfdesk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(frame))
