"""Fonts, paragraph styles and table styles shared by every document.

DejaVu Sans is bundled (resources/fonts) and embedded, so å ä ö – and € print the same on
every machine.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle

from asfdesk.domain.formatting import tenths
from asfdesk.resource_files import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#eef3f7")
GRID = colors.HexColor("#b8c7d3")
MUTED = colors.HexColor("#555555")


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(resource("fonts", "DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, splitLongWords=True)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=colors.white),
        "head_right": ParagraphStyle(
            "head_right",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=MUTED),
    }


def esc(text: object) -> str:
    """Text for a Paragraph: XML-escaped, line breaks kept."""
    return (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        if text is not None
        else ""
    )


def truncate(text: str, limit: int) -> str:
    """Shorten cleanly at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + " …"


MIN_ROWS = 2  # body rows a table keeps on each side of a page break


class FirmTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table that never leaves fewer than MIN_ROWS rows on either side of a page break: a short
    table moves to the next page whole, a longer one gives rows to the next page rather than one."""

    table_style: TableStyle | None = None  # as set by `table`, for measuring the first rows alone

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts: list[Table] = super().split(availWidth, availHeight)
        frame = getattr(self, "_frame", None)
        if len(parts) != 2 or (frame is not None and getattr(frame, "_atTop", False)):
            return parts  # at the top of a page there is no better place to break
        head = self.repeatRows
        first, second = (len(part._cellvalues) - head for part in parts)
        if first >= MIN_ROWS and second >= MIN_ROWS:
            return parts
        give = max(0, MIN_ROWS - second)
        if first - give < MIN_ROWS:
            return []  # nothing worth keeping here: the whole table starts on the next page
        moved = sum(self._rowHeights[head + first - give : head + first])
        return list(super().split(availWidth, availHeight - moved))

    def lead_height(self, width: float) -> float:
        """The height that must fit where the table starts: all of a short one, else its header and
        first rows (measured on a table of those rows alone: a long one is not laid out twice)."""
        body = len(self._cellvalues) - self.repeatRows
        shown = body if body < 2 * MIN_ROWS else MIN_ROWS
        start = Table(self._cellvalues[: self.repeatRows + shown], colWidths=self._argW, repeatRows=self.repeatRows)
        if self.table_style is not None:
            start.setStyle(self.table_style)
        _width, height = start.wrap(width, 10**6)
        return float(height)


def table(
    header: list[str], rows: list[list[Any]], widths: list[float], right: set[int] | None = None, zebra: bool = True
) -> FirmTable:
    """A table whose cells wrap (nothing overflows) and whose header repeats on every page."""
    s = styles()
    right = right or set()

    def cell(value: Any, column: int, head: bool = False) -> Any:
        if isinstance(value, Paragraph | Table):
            return value
        style = ("head_right" if column in right else "head") if head else ("cell_right" if column in right else "cell")
        text = "" if value is None else str(value)
        chosen = s[style]
        if "\n" not in text and pdfmetrics.stringWidth(text, chosen.fontName, chosen.fontSize) <= widths[column] - 8.5:
            return text  # fits on one line: drawn as a plain string, many times faster than a Paragraph
        return Paragraph(esc(value), chosen)

    data = [[cell(v, i, head=True) for i, v in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    result = FirmTable(data, colWidths=widths, repeatRows=1)
    commands: list[Any] = [
        # plain-string cells: the same font, size and colour as the paragraph styles
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10),
        ("FONT", (0, 1), (-1, -1), FONT, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        *[("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right],
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), LIGHT) for r in range(2, len(data), 2)]
    result.table_style = TableStyle(commands)
    result.setStyle(result.table_style)
    return result


def module_hours_note(rows: list[Any], contacts: int, total_hours: float) -> Paragraph | None:
    """What a reader needs to add up a table of hours per module (rows of CountRow): a contact on
    several modules counts under each, its time shared between them; each row is rounded."""
    said = []
    if sum(row.count for row in rows) > contacts:
        said.append("En kontakt som gällt flera moduler räknas under var och en, och dess tid delas lika mellan dem.")
    if round(sum(tenths(row.hours) for row in rows), 1) != tenths(total_hours):
        said.append("Timmarna är avrundade till en decimal, så raderna kan skilja sig något från summan.")
    return Paragraph(" ".join(said), styles()["small"]) if said else None
