"""A compact picture of module progress: one coloured block per module, numbered, with a legend."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from asfdesk.reports.styles import FONT, FONT_BOLD, MUTED
from asfdesk.rows import ModuleProgressRow

STATUS_COLOURS = {
    "klar": colors.HexColor("#3c8d5a"),
    "pagar": colors.HexColor("#e0a526"),
    "ej_paborjad": colors.HexColor("#d7dde2"),
    "ej_aktuell": colors.HexColor("#f4f4f4"),
}
LEGEND = (("klar", "Klar"), ("pagar", "Pågår"), ("ej_paborjad", "Ej påbörjad"), ("ej_aktuell", "Ej aktuell"))


def module_bar(modules: list[ModuleProgressRow], width: float, height: float = 34) -> Drawing:
    drawing = Drawing(width, height, initialFontName=FONT)  # not the Helvetica drawings start with
    if not modules:
        return drawing
    gap = 2.0
    block = (width - gap * (len(modules) - 1)) / len(modules)
    for index, module in enumerate(modules):
        x = index * (block + gap)
        colour = STATUS_COLOURS.get(module.status, STATUS_COLOURS["ej_paborjad"])
        drawing.add(Rect(x, 14, block, 18, fillColor=colour, strokeColor=colors.HexColor("#9aa7b1"), strokeWidth=0.3))
        text_colour = colors.white if module.status in ("klar", "pagar") else MUTED
        drawing.add(
            String(
                x + block / 2,
                20,
                str(module.order),
                fontName=FONT_BOLD,
                fontSize=8,
                fillColor=text_colour,
                textAnchor="middle",
            )
        )
    x = 0.0
    for status, label in LEGEND:
        drawing.add(
            Rect(x, 2, 7, 7, fillColor=STATUS_COLOURS[status], strokeColor=colors.HexColor("#9aa7b1"), strokeWidth=0.3)
        )
        drawing.add(String(x + 10, 2.5, label, fontName=FONT, fontSize=7, fillColor=MUTED))
        x += 20 + len(label) * 4.2
    return drawing
