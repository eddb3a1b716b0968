"""Måluppföljning as municipalities print it: per goal Mål | Status | Analys, then a mätetal table.

The mätetal table gives Utfall förra perioden | Utfall perioden | Mål, each count split
kvinnor/män/totalt (counts that are not per person show the total only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from asfdesk.domain.formatting import format_figure
from asfdesk.domain.goals import GoalStatus, Split
from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.styles import FONT, esc, styles, table
from asfdesk.rows import GoalRow

W = CONTENT_WIDTH
STATUS_FILL = {
    GoalStatus.GREEN: colors.HexColor("#4caf50"),
    GoalStatus.YELLOW: colors.HexColor("#f2c200"),
    GoalStatus.RED: colors.HexColor("#d32f2f"),
}


@dataclass(frozen=True)
class GoalReport:
    goals: list[GoalRow]
    scope: str  # "alla mål" or the project's name
    organisation: str
    printed: date
    logo: bytes | None = None


def _number(value: float | int | None) -> str:
    return format_figure(value, missing="–")  # Swedish: the renderer runs in the source language


def _three(split: Split | None) -> list[str]:
    if split is None:
        return ["–", "–", "–"]
    if split.women is None or split.men is None:
        return ["–", "–", _number(split.total)]
    return [_number(split.women), _number(split.men), _number(split.total)]


def _status_cell(status: GoalStatus) -> Table:
    s = styles()
    cell = Table([[Paragraph(esc(status.sv_label), s["head"])]], colWidths=[W * 0.12])
    cell.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9, 12),  # a table's own default would be Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), STATUS_FILL[status]),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return cell


def build_goal_report(data: GoalReport, path: Path) -> Path:
    s = styles()
    story: list[Any] = [
        Paragraph("Måluppföljning", s["title"]),
        Paragraph(esc(f"{data.scope} · utskriven {data.printed.isoformat()}"), s["subtitle"]),
    ]
    if not data.goals:
        story.append(Paragraph("Inga mål är registrerade.", s["body"]))
    counts = {status: sum(1 for g in data.goals if g.assessment.status is status) for status in GoalStatus}
    if data.goals:
        story.append(
            Paragraph(
                esc(
                    f"{len(data.goals)} mål: {counts[GoalStatus.GREEN]} gröna, {counts[GoalStatus.YELLOW]} gula, "
                    f"{counts[GoalStatus.RED]} röda."
                ),
                s["body"],
            )
        )
    for number, goal in enumerate(data.goals, start=1):
        analysis = goal.assessment.sentence + (f" {goal.analysis}" if goal.analysis else "")
        block: list[Any] = [
            Paragraph(esc(f"Mål {number}"), s["h2"]),
            table(
                ["Mål", "Status", "Analys"],
                [[goal.title, _status_cell(goal.assessment.status), analysis]],
                [W * 0.44, W * 0.14, W * 0.42],
                zebra=False,
            ),
            Spacer(1, 4),
            Paragraph(
                esc(
                    f"Mätetal: {goal.indicator.sv_label} · {goal.scope_label} · "
                    f"{goal.period_start.isoformat()}–{goal.period_end.isoformat()}"
                ),
                s["label"],
            ),
            table(
                ["", "Kvinnor", "Män", "Totalt"],
                [
                    ["Utfall förra perioden", *_three(goal.previous)],
                    ["Utfall perioden", *_three(goal.outcome)],
                    ["Mål", "–", "–", _number(goal.target)],
                ],
                [W * 0.4, W * 0.2, W * 0.2, W * 0.2],
                right={1, 2, 3},
            ),
        ]
        story.append(KeepTogether(block))  # a goal is never split from its figures
    story += [
        Spacer(1, 8),
        Paragraph(
            esc(
                "Status: grön = målet är nått eller prognosen är att det nås, "
                "gul = osäkert (prognos 80–99 % av målet), "
                "röd = prognosen är att målet inte nås. Prognosen skriver fram utfallet hittills till periodens slut. "
                "Utfallen är räknade ur registret på utskriftsdagen."
            ),
            s["small"],
        ),
    ]
    frame = PageFrame(
        title=f"Måluppföljning {data.scope} {data.printed.isoformat()}",
        organisation=data.organisation,
        logo=data.logo,
        document_kind="Måluppföljning",
        footer=f"Måluppföljning · {data.scope}",
        printed=data.printed,
    )
    return build_pdf(path, frame, story)
