"""Registerutdrag as PDF: everything held about one participant, for them to read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.styles import esc, styles, table

W = CONTENT_WIDTH


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    return (
        str(value).replace("T", " ")
        if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T"
        else str(value)
    )


def build_subject_access(data: dict[str, Any], path: Path, organisation: str = "") -> Path:
    s = styles()
    person = data["deltagare"]
    story: list[Any] = [
        Paragraph(esc(f"Registerutdrag – {person['kod']}"), s["title"]),
        Paragraph(
            esc("Uppgifter som finns om dig i asfdesk, enligt dataskyddsförordningen (GDPR) artikel 15."), s["subtitle"]
        ),
        Paragraph("Uppgifter om dig", s["h2"]),
        table(
            ["Uppgift", "Värde"],
            [[key.replace("_", " ").capitalize(), _plain(value)] for key, value in person.items()],
            [W * 0.3, W * 0.7],
        ),
    ]
    if data["placeringar"]:
        story += [
            Paragraph("Placeringar", s["h2"]),
            table(
                ["Företag", "Insats", "Start", "Slut", "Utfall"],
                [
                    [p["företag"], p["insats"], p["start"], p["slut"] or "", p["utfall"] or ""]
                    for p in data["placeringar"]
                ],
                [W * 0.3, W * 0.25, W * 0.15, W * 0.15, W * 0.15],
            ),
        ]
    if data["uppföljningsmöten"]:
        story += [
            Paragraph("Uppföljningsmöten", s["h2"]),
            table(
                ["Datum", "Typ", "Anteckningar", "Beslut"],
                [
                    [_plain(m["datum"]), m["typ"], m["anteckningar"], "; ".join(m["beslut"])]
                    for m in data["uppföljningsmöten"]
                ],
                [W * 0.17, W * 0.18, W * 0.35, W * 0.3],
            ),
        ]
    if data["händelser"]:
        story += [
            Paragraph("Vad som gjorts med uppgifterna", s["h2"]),
            table(
                ["Tid", "Vem", "Handling", "Fält"],
                [[_plain(h["tid"]), h["vem"], h["handling"], ", ".join(h["fält"])] for h in data["händelser"]],
                [W * 0.25, W * 0.25, W * 0.2, W * 0.3],
            ),
        ]
    frame = PageFrame(
        title=f"Registerutdrag {person['kod']}",
        organisation=organisation,
        document_kind="Registerutdrag",
        footer=f"Registerutdrag {person['kod']} · innehåller personuppgifter",
        printed=date.today(),
    )
    return build_pdf(path, frame, story)
