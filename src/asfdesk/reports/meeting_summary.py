"""Mötesanteckningar: one meeting on (usually) one page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.models import MeetingSummary
from asfdesk.reports.styles import esc, styles, table, truncate

W = CONTENT_WIDTH


def build_meeting_summary(data: MeetingSummary, path: Path) -> Path:
    s = styles()
    story: list[Any] = [
        Paragraph(esc(f"{data.kind_label} – {data.enterprise}"), s["title"]),
        Paragraph(
            esc(f"{data.starts_at:%Y-%m-%d %H:%M} · {data.place or 'plats ej angiven'} · {data.status_label}"),
            s["subtitle"],
        ),
    ]
    if data.attendees:
        story += [
            Paragraph("Närvarande", s["h2"]),
            table(
                ["Namn", "Organisation", "Roll", "Närvaro"],
                [[n, o, r, "Ja" if present else "Nej"] for n, o, r, present in data.attendees],
                [W * 0.3, W * 0.35, W * 0.2, W * 0.15],
            ),
        ]
    if data.participants:
        story.append(Paragraph(esc("Placeringar som följdes upp: " + ", ".join(data.participants)), s["small"]))
    if data.agenda:
        story += [Paragraph("Dagordning", s["h2"]), Paragraph(esc(data.agenda), s["body"])]
    if data.notes:
        story += [Paragraph("Anteckningar", s["h2"]), Paragraph(esc(data.notes), s["body"])]
    if data.decisions:
        story += [Paragraph("Beslut", s["h2"])]
        story += [Paragraph(esc(f"{n}. {d}"), s["body"]) for n, d in enumerate(data.decisions, start=1)]
    if data.action_items:
        story += [
            Paragraph("Åtgärder", s["h2"]),
            table(
                ["Åtgärd", "Ansvarig", "Senast", "Klar"],
                [[i.description, i.owner, i.due_date or "", i.done_date or ""] for i in data.action_items],
                [W * 0.5, W * 0.24, W * 0.13, W * 0.13],
            ),
        ]
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            esc(f"Nästa möte: {data.next_meeting.isoformat()}" if data.next_meeting else "Nästa möte: ej bestämt"),
            s["label"],
        ),
    ]
    frame = PageFrame(
        title=f"{data.kind_label} {data.enterprise} {data.starts_at:%Y-%m-%d}",
        organisation=data.organisation,
        logo=data.logo,
        document_kind="Mötesanteckningar",
        footer=f"{truncate(data.enterprise, 80)} · {data.kind_label} {data.starts_at:%Y-%m-%d}",
        printed=data.printed,
    )
    return build_pdf(path, frame, story)
