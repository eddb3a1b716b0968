"""Periodrapport for funders and samordningsförbund: every figure split women / men / total."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from asfdesk.domain.formatting import format_tenths
from asfdesk.domain.reporting import Audience
from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.figures import Figures, period_report_figures
from asfdesk.reports.models import PeriodReport, SplitRow
from asfdesk.reports.styles import esc, module_hours_note, styles, table

W = CONTENT_WIDTH
DISCLOSURE_NOTE = (
    "Antal mellan 1 och 4 redovisas som &lt;5, och antal som annars skulle gå att räkna fram ur "
    "summor och andra tabeller redovisas som .., så att ingen enskild person kan pekas ut."
)


def _split_table(title: str, key: str, rows: list[SplitRow], figures: Figures) -> Any:
    return table(
        [title, "Kvinnor", "Män", "Totalt"],
        [[r.label, *figures.split(f"{key}.{r.label}")] for r in rows],
        [W * 0.55, W * 0.15, W * 0.15, W * 0.15],
        right={1, 2, 3},
    )


def build_period_report(data: PeriodReport, path: Path) -> Path:
    s = styles()
    a = data.audience
    figures = period_report_figures(data)
    story: list[Any] = [
        Paragraph("Periodrapport – stöd till arbetsintegrerande sociala företag", s["title"]),
        Paragraph(esc(f"{data.period.label} · {data.filters} · Mottagare: {a.label}"), s["subtitle"]),
        Paragraph("Sammanfattning", s["h2"]),
        table(
            ["Mått", "Kvinnor", "Män", "Totalt"],
            [
                ["Företag som fått handledarstöd", "", "", figures["enterprises"]],
                ["Handledarstödskontakter", "", "", figures["contacts"]],
                ["Timmar handledarstöd", "", "", format_tenths(data.contact_hours)],
                ["Deltagare i placering under perioden", *figures.split("participants")],
                ["Avslutade till arbete eller studier", *figures.split("to_work")],
            ],
            [W * 0.55, W * 0.15, W * 0.15, W * 0.15],
            right={1, 2, 3},
        ),
    ]
    if data.by_module:
        story += [
            Paragraph("Handledarstöd per modul", s["h2"]),
            table(
                ["Modul", "Kontakter", "Timmar"],
                [[r.label, figures[f"module.{r.label}"], format_tenths(r.hours)] for r in data.by_module],
                [W * 0.64, W * 0.18, W * 0.18],
                right={1, 2},
            ),
        ]
        note = module_hours_note(data.by_module, data.contact_count, data.contact_hours)
        story += [note] if note else []
    story.append(Paragraph("Placeringar per insats", s["h2"]))
    for title, key, rows in (
        ("Påbörjade under perioden", "started", data.started_by_type),
        ("Avslutade under perioden", "ended", data.ended_by_type),
        ("Pågående vid periodens slut", "ongoing", data.ongoing_by_type),
    ):
        story += [
            _split_table(title, key, rows, figures) if rows else Paragraph(esc(f"{title}: inga."), s["body"]),
            Spacer(1, 2 * mm),
        ]
    if data.outcomes:
        story += [
            Paragraph("Utfall för avslutade placeringar", s["h2"]),
            _split_table("Utfall", "outcome", data.outcomes, figures),
        ]
    if data.municipalities:
        story.append(Paragraph("Per kommun", s["h2"]))
        municipality_rows = [
            [
                m.municipality,
                figures[f"municipality.{m.municipality}.enterprises"],
                figures[f"municipality.{m.municipality}.contacts"],
                format_tenths(m.hours),
                "/".join(figures.split(f"municipality.{m.municipality}.started")),
                "/".join(figures.split(f"municipality.{m.municipality}.ended")),
                "/".join(figures.split(f"municipality.{m.municipality}.to_work")),
            ]
            for m in data.municipalities
        ]
        story += [
            table(
                [
                    "Kommun",
                    "Företag",
                    "Kontakter",
                    "Timmar",
                    "Påbörjade K/M/T",
                    "Avslutade K/M/T",
                    "Arbete/studier K/M/T",
                ],
                municipality_rows,
                [W * 0.16, W * 0.1, W * 0.11, W * 0.1, W * 0.17, W * 0.17, W * 0.19],
                right={1, 2, 3, 4, 5, 6},
            ),
            Paragraph(
                "K/M/T = kvinnor/män/totalt. Totalt omfattar även den som angett annat eller inget kön.", s["small"]
            ),
        ]
    if a is Audience.FUNDER:
        story += [
            Spacer(1, 3 * mm),
            Paragraph(DISCLOSURE_NOTE, s["small"]),
        ]
    frame = PageFrame(
        title=f"Periodrapport {data.period.label}",
        organisation=data.organisation,
        logo=data.logo,
        document_kind="Periodrapport",
        footer=f"{data.period.label} · {data.filters} · {a.label}",
        printed=data.printed,
    )
    return build_pdf(path, frame, story)
