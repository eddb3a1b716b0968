"""Stödsammanfattning: what one enterprise got and achieved in a period, for the chosen audience."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from asfdesk.domain.formatting import format_figure, format_kr, format_tenths, tenths
from asfdesk.domain.reporting import Audience
from asfdesk.reports.document import CONTENT_WIDTH, PageFrame, build_pdf
from asfdesk.reports.figures import Figures, support_summary_figures
from asfdesk.reports.models import SplitRow, SupportSummary
from asfdesk.reports.module_bar import module_bar
from asfdesk.reports.styles import FONT, esc, module_hours_note, styles, table, truncate

W = CONTENT_WIDTH
NOTE_LIMIT = 220  # characters of a contact note shown in the list
CASE_OFFICER_SCOPE = (
    "Handläggarversionen visar bara de placeringar som den egna organisationen gjort; handledarstödet "
    "till företaget och kommunens handlingsplan ingår inte."
)
NO_MEETINGS = "Inga möten under perioden."  # the same words for every reader
SHORTENED_NOTE = (
    f"Anteckningar längre än {NOTE_LIMIT} tecken är förkortade (…). Hela texten finns i asfdesk, "
    "under företagets Handledarstöd."
)


def _facts_table(data: SupportSummary, figures: Figures) -> Table:
    s = styles()
    f = data.facts
    pairs = [
        ("Organisationsnummer", f.orgnr or "–"),
        ("Juridisk form", f.legal_form_label),
        ("Kommun", f"{f.municipality}{', ' + f.region if f.region else ''}"),
        ("Status", f.status_label),
        ("Bransch", ", ".join(f.business_lines) or "–"),
        ("Anställda / platser", f"{figures['employees']} / {figures['places']}"),
    ]
    if data.agreements:
        a = data.agreements[0]
        period = f"{a.start_date or ''} – {a.end_date or ''}"
        price = f", {format_kr(a.price_per_place_month_kr)}/plats/mån" if a.price_per_place_month_kr else ""
        pairs.append(("Avtal", f"{a.type_label} ({a.buyer or 'köpare saknas'}), {period}{price}"))
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i : i + 2]:
            row += [Paragraph(esc(label), s["label"]), Paragraph(esc(value), s["cell"])]
        rows.append(row + [""] * (4 - len(row)))
    result = Table(rows, colWidths=[W * 0.25, W * 0.25, W * 0.19, W * 0.31])
    result.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9, 12),  # a table's own default would be Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def _split_table(header: str, key: str, rows: list[SplitRow], figures: Figures) -> Table:
    body = [[r.label, *figures.split(f"{key}.{r.label}")] for r in rows]
    return table([header, "Kvinnor", "Män", "Totalt"], body, [W * 0.55, W * 0.15, W * 0.15, W * 0.15], right={1, 2, 3})


def _module_table(data: SupportSummary) -> Table:
    """Each module's progress; beside the hours used in all, those used in the report's period."""
    in_period = {row.label: row.hours for row in data.hours_by_module}
    header = ["Nr", "Modul", "Status", "Start", "Klar", "Tim. plan.", "Tim. anv. totalt"]
    widths = [W * 0.05, W * 0.31, W * 0.12, W * 0.12, W * 0.12, W * 0.14, W * 0.14]
    shown_period = data.audience is not Audience.CASE_OFFICER  # a handläggare's version has no support hours
    if shown_period:
        header.append("Tim. perioden")
        widths = [W * 0.05, W * 0.28, W * 0.11, W * 0.12, W * 0.12, W * 0.1, W * 0.11, W * 0.11]
    rows = [
        [
            m.order,
            m.name,
            m.status_label,
            m.start_date or "",
            m.end_date or "",
            format_tenths(m.hours_planned),
            format_tenths(m.hours_used) + ("" if m.hours_used_derived else " *"),
            *([format_tenths(in_period.get(m.name, 0.0))] if shown_period else []),
        ]
        for m in data.modules
    ]
    return table(header, rows, widths, right={0, 5, 6, 7})


def _module_notes(data: SupportSummary) -> list[Any]:
    """Says where the totals marked * come from, when any is shown."""
    if all(m.hours_used_derived for m in data.modules):
        return []
    said = "* Angivet för hand på modulen. Övriga timmar räknas ur de loggade kontakterna"
    if data.audience is not Audience.CASE_OFFICER:
        said += ", liksom Tim. perioden"
    return [Paragraph(esc(said + "."), styles()["small"])]


def build_support_summary(data: SupportSummary, path: Path) -> Path:
    s = styles()
    audience = data.audience
    f = data.facts
    figures = support_summary_figures(data)
    story: list[Any] = [
        Paragraph(esc(f.name), s["title"]),
        Paragraph(
            esc(
                f"Stödsammanfattning {data.period.label} · Mottagare: {audience.label}"
                + (f" ({data.referrer})" if data.referrer else "")
            ),
            s["subtitle"],
        ),
        _facts_table(data, figures),
    ]

    story.append(Paragraph("Moduler i Glada Hudik-modellen", s["h2"]))
    done = sum(1 for m in data.modules if m.status == "klar")
    relevant = sum(1 for m in data.modules if m.status != "ej_aktuell")
    story += [
        Paragraph(esc(f"{done} av {relevant} moduler klara."), s["body"]),
        Spacer(1, 2 * mm),
        module_bar(data.modules, W - 2),
        Spacer(1, 2 * mm),
        _module_table(data),
        *_module_notes(data),
    ]
    if audience is Audience.CASE_OFFICER:  # the reader is told what this version leaves out, and why
        story.append(Paragraph(esc(CASE_OFFICER_SCOPE), s["small"]))

    if audience is not Audience.CASE_OFFICER:
        story.append(Paragraph("Handledarstöd under perioden", s["h2"]))
        count = figures["contacts"]
        hours = format_figure(tenths(data.contact_hours))  # in a sentence: "30 timmar", "1 timme", "25,3 timmar"
        said = f"{count} {_word(count, 'kontakt', 'kontakter')}, {hours} {_word(hours, 'timme', 'timmar')}."
        story.append(Paragraph(esc(said), s["body"]))
        for label, key, rows in (("Modul", "module", data.hours_by_module), ("Form", "form", data.by_form)):
            if rows:
                story += [
                    Spacer(1, 2 * mm),
                    table(
                        [label, "Kontakter", "Timmar"],
                        [[r.label, figures[f"{key}.{r.label}"], format_tenths(r.hours)] for r in rows],
                        [W * 0.64, W * 0.18, W * 0.18],
                        right={1, 2},
                    ),
                ]
            note = module_hours_note(rows, data.contact_count, data.contact_hours) if key == "module" else None
            story += [note] if note else []
        if data.contacts:
            story += [
                Spacer(1, 2 * mm),
                table(
                    ["Datum", "Form", "Min", "Moduler", "Anteckning"],
                    [
                        [c.contact_date, c.form_label, c.minutes, ", ".join(c.modules), truncate(c.notes, NOTE_LIMIT)]
                        for c in data.contacts
                    ],
                    [W * 0.12, W * 0.1, W * 0.06, W * 0.27, W * 0.45],
                    right={2},
                ),
            ]
            if any(len(" ".join(c.notes.split())) > NOTE_LIMIT for c in data.contacts):
                story.append(Paragraph(SHORTENED_NOTE, s["small"]))

    story.append(Paragraph("Placeringar", s["h2"]))
    if audience is Audience.CASE_OFFICER and data.placements:
        story.append(
            table(
                ["Deltagare", "Insats", "Start", "Slut", "Status", "Utfall"],
                [
                    [
                        p.participant_code,
                        p.measure_label,
                        p.start_date,
                        p.end_date or "",
                        p.status_label,
                        p.outcome_label,
                    ]
                    for p in data.placements
                ],
                [W * 0.13, W * 0.3, W * 0.12, W * 0.12, W * 0.13, W * 0.2],
            )
        )
        story.append(Spacer(1, 2 * mm))
    story.append(_split_table("Placeringar under perioden", "placements", data.placement_counts, figures))
    if data.outcomes:
        outcomes = _split_table("Utfall för avslutade placeringar", "outcome", data.outcomes, figures)
        story += [Spacer(1, 2 * mm), outcomes]

    story.append(Paragraph("Möten", s["h2"]))
    if audience is Audience.FUNDER:
        meetings = figures["meetings"]
        said = f"{meetings} {_word(meetings, 'möte', 'möten')} under perioden." if meetings != "0" else NO_MEETINGS
        story.append(Paragraph(esc(said), s["body"]))
    elif data.meetings:
        story.append(
            table(
                ["Datum", "Typ", "Status", "Plats"],
                [
                    [m.starts_at.strftime("%Y-%m-%d %H:%M"), m.kind_label, m.status_label, m.place]
                    for m in data.meetings
                ],
                [W * 0.2, W * 0.3, W * 0.18, W * 0.32],
            )
        )
    else:
        story.append(Paragraph(NO_MEETINGS, s["body"]))
    if data.open_actions:
        story += [
            Spacer(1, 2 * mm),
            KeepTogether(
                [
                    Paragraph("Öppna åtgärder", s["label"]),
                    table(
                        ["Åtgärd", "Ansvarig", "Senast"],
                        [[i.description, i.owner, _due(i.due_date, data.printed)] for i in data.open_actions],
                        [W * 0.52, W * 0.25, W * 0.23],
                    ),
                ]
            ),
        ]
    if data.next_steps:
        steps = table(
            ["Datum", "Vad", "Från"],
            [[n.due or "", n.text, n.source] for n in data.next_steps],
            [W * 0.14, W * 0.56, W * 0.3],
        )
        story.append(KeepTogether([Paragraph("Nästa steg", s["h2"]), steps]))  # never a heading alone at a page end
    if data.action_plan:
        plan = table(
            ["Aktivitet", "Huvudansvar", "Tidsplan", "Status"],
            [[a.activity, a.responsible, a.timeframe, a.status_label] for a in data.action_plan],
            [W * 0.5, W * 0.22, W * 0.14, W * 0.14],
        )
        heading = Paragraph(f"Kommunens handlingsplan för ASF ({f.municipality})", s["h2"])
        story.append(KeepTogether([heading, plan]))
    frame = PageFrame(
        title=f"Stödsammanfattning {f.name} {data.period.label}",
        organisation=data.organisation,
        logo=data.logo,
        document_kind="Stödsammanfattning",
        footer=f"{truncate(f.name, 80)} · {data.period.label} · {audience.label}",  # period and reader always fit
        printed=data.printed,
    )
    return build_pdf(path, frame, story)


def _word(shown: str, one: str, many: str) -> str:
    """The word for a figure as printed ('1', '12', '<5'): the singular only for exactly one."""
    return one if shown.strip() == "1" else many


def _due(due: date | None, printed: date) -> str:
    """An open action's last day; one already past when the document is printed says so."""
    if due is None:
        return ""
    return f"{due.isoformat()} (försenad)" if due < printed else due.isoformat()
