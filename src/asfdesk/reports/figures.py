"""The figures of a document as printed for its reader: for funders, through disclosure control.

Each document's counts go into one `Publication` with the facts a reader knows from how the
tables are made: every women/men/total row; tables that split the same placements another way
(by measure, by outcome, by municipality) have equal column sums; exits to work or studies
are the outcomes Arbete and Studier; every contact has one form and one municipality. Other
readers see every number as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from asfdesk.domain.disclosure import Publication
from asfdesk.domain.reporting import Audience, GenderSplit
from asfdesk.domain.vocab import Outcome, outcome_is_work_or_studies
from asfdesk.reports.models import PeriodReport, SplitRow, SupportSummary

PARTS = ("women", "men", "total")


class Figures:
    """Printed text by key; `split(key)` gives a row's women, men and total."""

    def __init__(self, shown: dict[str, str]) -> None:
        self._shown = shown

    def __getitem__(self, key: str) -> str:
        return self._shown[key]

    def split(self, key: str) -> list[str]:
        return [self._shown[f"{key}.{part}"] for part in PARTS]

    def items(self) -> dict[str, str]:
        return dict(self._shown)


def _add_split(publication: Publication, key: str, split: GenderSplit) -> list[str]:
    keys = [publication.add(f"{key}.{part}", getattr(split, part)) for part in PARTS]
    publication.parts_make_total(keys[:2], keys[2])
    return keys


def _add_rows(publication: Publication, key: str, rows: Sequence[SplitRow]) -> list[list[str]]:
    return [_add_split(publication, f"{key}.{row.label}", row.split) for row in rows]


def _tie(publication: Publication, *tables: Sequence[Sequence[str]]) -> None:
    """Tables that count the same placements (split another way) have the same women, men and total sums."""
    for i, left in enumerate(tables):
        for right in tables[i + 1 :]:
            for part in range(len(PARTS)):
                publication.equal_sums([row[part] for row in left], [row[part] for row in right])


def _finish(publication: Publication, audience: Audience) -> Figures:
    if audience is Audience.FUNDER:
        return Figures(publication.protect())
    return Figures({k: str(v) for k, v in publication.values.items()})


def period_report_figures(data: PeriodReport) -> Figures:
    p = Publication()
    p.add("enterprises", data.enterprises_supported)
    p.add("contacts", data.contact_count)
    for row in data.by_module:
        p.add(f"module.{row.label}", row.count)
    _add_split(p, "participants", data.participants)  # a person may have several placements: tied to nothing
    to_work = _add_split(p, "to_work", data.to_work_or_studies)
    started = _add_rows(p, "started", data.started_by_type)
    ended = _add_rows(p, "ended", data.ended_by_type)
    _add_rows(p, "ongoing", data.ongoing_by_type)
    outcomes = _add_rows(p, "outcome", data.outcomes)
    by_place: dict[str, list[list[str]]] = {"started": [], "ended": [], "to_work": []}
    for m in data.municipalities:
        p.add(f"municipality.{m.municipality}.enterprises", m.enterprises)
        p.add(f"municipality.{m.municipality}.contacts", m.contacts)
        for what, split in (("started", m.started), ("ended", m.ended), ("to_work", m.to_work_or_studies)):
            by_place[what].append(_add_split(p, f"municipality.{m.municipality}.{what}", split))
    codes = {label: code for code, label in Outcome.choices()}
    work = [
        keys for keys, row in zip(outcomes, data.outcomes, strict=True) if outcome_is_work_or_studies(codes[row.label])
    ]
    # The facts a reader knows from how the tables are made: the same placements, split another way.
    _tie(p, started, by_place["started"])
    _tie(p, ended, outcomes, by_place["ended"])
    _tie(p, [to_work], work, by_place["to_work"])
    p.equal_sums(["contacts"], [f"municipality.{m.municipality}.contacts" for m in data.municipalities])
    return _finish(p, data.audience)


def support_summary_figures(data: SupportSummary) -> Figures:
    p = Publication()
    p.add("contacts", data.contact_count)
    p.add("meetings", len(data.meetings))
    p.add("employees", data.facts.employees)
    p.add("places", data.facts.training_places)
    for row in data.hours_by_module:
        p.add(f"module.{row.label}", row.count)
    for row in data.by_form:
        p.add(f"form.{row.label}", row.count)
    counts = {row.label: _add_split(p, f"placements.{row.label}", row.split) for row in data.placement_counts}
    outcomes = _add_rows(p, "outcome", data.outcomes)
    if "Avslutade" in counts:  # the ended placements, split by outcome
        _tie(p, [counts["Avslutade"]], outcomes)
    p.equal_sums(["contacts"], [f"form.{row.label}" for row in data.by_form])  # each contact has one form
    return _finish(p, data.audience)
