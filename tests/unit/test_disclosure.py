"""Funder documents: no count of 1–4 can be worked out by subtraction from the rest of the document.

The attacker here is written apart from the protection: it takes the printed figures only, and
tries every row (women + men against total), every column of every table against every other
table's column and against the document's single figures, and every pair of such equations,
using each equation only where it really holds for the data (an attacker who guessed wrong
learns nothing). A hidden count is exposed when the figures pin it to one value.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from asfdesk.domain.reporting import Audience, GenderSplit, Period
from asfdesk.domain.vocab import Gender, MeasureType, Outcome, outcome_is_work_or_studies
from asfdesk.reports.figures import PARTS, period_report_figures
from asfdesk.reports.models import MunicipalityRow, PeriodReport, SplitRow

INF = 10**9


def _interval(printed: str, true: int) -> tuple[int, int]:
    if printed == "<5":
        return (1, 4)
    if printed == "..":
        return (0, INF)
    assert int(printed) == true, "a printed figure must be the true one"
    return (true, true)


def _pins(equation: list[tuple[str, int]], constant: int, known: dict[str, tuple[int, int]]) -> dict[str, int]:
    """Σ c·x = constant: each count it pins to one value, by interval subtraction of the others."""
    found = {}
    for key, c in equation:
        lo = hi = constant
        for other, oc in equation:
            if other != key:
                a, b = known[other]
                lo -= max(oc * a, oc * b)
                hi -= min(oc * a, oc * b)
        low, high = sorted((lo / c, hi / c))
        own = known[key]
        low, high = max(own[0], -(-low // 1)), min(own[1], high // 1)
        if low == high:
            found[key] = int(low)
    return found


def _table(printed: dict[str, str], spec: str) -> list[str]:
    """Row keys of a table: `outcome.` → outcome.Arbete, …; `municipality.*.ended` → each municipality's
    ended row; `to_work` → that one row (if printed)."""
    rows = sorted({k.rsplit(".", 1)[0] for k in printed if k.endswith(".total")})
    if spec.endswith("."):
        return [r for r in rows if r.startswith(spec) and r.count(".") == 1]
    if "*" in spec:
        head, tail = spec.split("*")
        return [r for r in rows if r.startswith(head) and r.endswith(tail) and r.count(".") == 2]
    return [spec] if spec in rows else []


def attack(printed: dict[str, str], true: dict[str, int]) -> list[str]:
    """Every small count that subtraction over rows, columns and pairs of tables gives back exactly."""
    known = {k: _interval(printed[k], true[k]) for k in printed}
    equations: list[tuple[list[tuple[str, int]], int]] = []
    for row in {k.rsplit(".", 1)[0] for k in printed if k.endswith(".total")}:  # women + men (+ others) = total
        w, m, t = (f"{row}.{part}" for part in PARTS)
        equations.append(([(w, 1), (m, 1), (t, -1)], true[w] + true[m] - true[t]))
    same_placements = [  # tables a reader knows count the same placements, split another way
        ["started.", "municipality.*.started"],
        ["ended.", "outcome.", "municipality.*.ended"],
        ["to_work", "municipality.*.to_work"],
        ["placements.Avslutade", "outcome."],
    ]
    for group in same_placements:
        tables = [rows for spec in group if (rows := _table(printed, spec))]
        for a, b in combinations(tables, 2):
            for part in PARTS:
                left, right = [f"{r}.{part}" for r in a], [f"{r}.{part}" for r in b]
                equations.append(([(k, 1) for k in left] + [(k, -1) for k in right], 0))
    for part in PARTS:  # exits to work or studies are the outcomes Arbete and Studier
        work = [k for k in (f"outcome.Arbete.{part}", f"outcome.Studier.{part}") if k in printed]
        if f"to_work.{part}" in printed:
            equations.append(([(f"to_work.{part}", 1)] + [(k, -1) for k in work], 0))
    exposed = set()
    for equation, constant in equations:
        exposed |= {k for k in _pins(equation, constant, known) if 0 < true[k] < 5}
    for (e1, c1), (e2, c2) in combinations(equations, 2):  # two equations at once: one minus the other
        d1, d2 = dict(e1), dict(e2)
        for shared in d1.keys() & d2.keys():
            sign = -1 if d1[shared] * d2[shared] > 0 else 1
            merged = dict(d1)
            for k, c in d2.items():
                merged[k] = merged.get(k, 0) + sign * c
            terms = [(k, c) for k, c in merged.items() if c]
            if terms:
                exposed |= {k for k in _pins(terms, c1 + sign * c2, known) if 0 < true[k] < 5}
    return sorted(exposed)


def _report(placements: list[tuple[str, str, str | None, str]], audience: Audience = Audience.FUNDER) -> PeriodReport:
    """A period report computed from (gender, measure, outcome or None while running, municipality)."""
    measures, outcomes = dict(MeasureType.choices()), dict(Outcome.choices())

    def split_rows(rows, by) -> list[SplitRow]:
        grouped = defaultdict(list)
        for p in rows:
            grouped[by(p)].append(p[0])
        labels = measures if by is _measure else outcomes
        return [SplitRow(labels[c], GenderSplit.of(grouped[c])) for c in labels if c in grouped]

    ended = [p for p in placements if p[2] is not None]
    running = [p for p in placements if p[2] is None]
    municipalities = [
        MunicipalityRow(
            name,
            enterprises=1,
            contacts=3,
            hours=2.0,
            started=GenderSplit.of(p[0] for p in placements if p[3] == name),
            ended=GenderSplit.of(p[0] for p in ended if p[3] == name),
            to_work_or_studies=GenderSplit.of(p[0] for p in ended if p[3] == name and outcome_is_work_or_studies(p[2])),
        )
        for name in sorted({p[3] for p in placements})
    ]
    return PeriodReport(
        audience=audience,
        period=Period(date(2026, 1, 1), date(2026, 12, 31)),
        printed=date(2027, 1, 5),
        organisation="",
        filters="alla företag",
        enterprises_supported=len(municipalities),
        contact_count=3 * len(municipalities),
        contact_hours=2.0 * len(municipalities),
        by_module=[],
        started_by_type=split_rows(placements, _measure),
        ended_by_type=split_rows(ended, _measure),
        ongoing_by_type=split_rows(running, _measure),
        outcomes=split_rows(ended, _outcome),
        to_work_or_studies=GenderSplit.of(p[0] for p in ended if outcome_is_work_or_studies(p[2])),
        participants=GenderSplit.of(p[0] for p in placements),
        municipalities=municipalities,
    )


def _measure(p: tuple[str, str, str | None, str]) -> str:
    return p[1]


def _outcome(p: tuple[str, str, str | None, str]) -> str:
    return p[2] or ""


def _true_values(data: PeriodReport) -> dict[str, int]:
    """The plain figures, as the board sees them."""
    return {k: int(v) for k, v in period_report_figures(replace(data, audience=Audience.BOARD)).items().items()}


def test_a_row_no_longer_gives_a_hidden_count_back() -> None:
    """Arbete: women 2, men 6, total 8 printed as <5 / 6 / 8 told everyone the women were 2."""
    W, M = Gender.WOMAN.value, Gender.MAN.value
    data = _report(
        [(W, "arbetstraning", "arbete", "Hudiksvall")] * 2 + [(M, "arbetstraning", "arbete", "Hudiksvall")] * 6
    )
    printed = period_report_figures(data).items()
    true = _true_values(data)
    assert printed["outcome.Arbete.women"] == "<5"
    assert attack(printed, true) == []
    naive = {k: ("<5" if 0 < v < 5 else str(v)) for k, v in true.items()}  # what was printed before
    assert "outcome.Arbete.women" in attack(naive, true)
    # the complement is the smallest shown count beside each hidden one (the men, 6), not the
    # total (8) nor an empty cell: the totals the funder reads stay printed
    rows = ["participants", "to_work", "started.Arbetsträning", "ended.Arbetsträning", "outcome.Arbete"]
    rows += [f"municipality.Hudiksvall.{r}" for r in ("started", "ended", "to_work")]
    assert {k for k, v in printed.items() if v == ".."} == {f"{r}.men" for r in rows}
    assert all(printed[f"{r}.total"] == str(true[f"{r}.total"]) for r in rows)


@pytest.mark.parametrize("seed", range(40))
def test_random_funder_reports_hold_against_subtraction(seed: int) -> None:
    rng = random.Random(seed)
    genders = [Gender.WOMAN.value] * 5 + [Gender.MAN.value] * 5 + [Gender.OTHER.value]
    measures = [c for c, _ in MeasureType.choices()][:3]
    outcome_codes: list[str | None] = [c for c, _ in Outcome.choices()][:4]
    outcome_codes.append(None)
    places = ["Hudiksvall", "Ljusdal", "Bollnäs"][: rng.randint(1, 3)]
    placements = [
        (rng.choice(genders), rng.choice(measures), rng.choice(outcome_codes), rng.choice(places))
        for _ in range(rng.randint(3, 40))
    ]
    data = _report(placements)
    printed = period_report_figures(data).items()
    true = _true_values(data)
    assert attack(printed, true) == [], placements
    for key, shown in printed.items():  # nothing small is ever printed, and no more is hidden than needed
        assert shown in ("<5", "..") or not 0 < true[key] < 5


def test_other_readers_get_every_figure() -> None:
    W = Gender.WOMAN.value
    data = _report([(W, "arbetstraning", "arbete", "Hudiksvall")] * 2, audience=Audience.BOARD)
    figures = period_report_figures(data).items()
    assert all(v.isdigit() for v in figures.values())
    assert figures["outcome.Arbete.women"] == "2"


def test_the_demo_funder_documents_hold(ctx, demo_db: Path) -> None:
    """The demo database's funder period report, whole and per municipality, and its funder summaries."""
    from asfdesk.reports.figures import support_summary_figures
    from asfdesk.services.report_queries import ReportQueries

    queries = ReportQueries(ctx.database.session_factory)
    span = Period(date(2024, 1, 1), date(2026, 12, 31))
    reports = [queries.period_report(span, Audience.FUNDER)]
    reports += [queries.period_report(span, Audience.FUNDER, m.municipality) for m in reports[0].municipalities]
    for data in reports:
        assert attack(period_report_figures(data).items(), _true_values(data)) == []
    for enterprise_id, _name in queries.enterprises_with_activity(span):
        summary = queries.support_summary(enterprise_id, span, Audience.FUNDER)
        printed = support_summary_figures(summary).items()
        board = queries.support_summary(enterprise_id, span, Audience.BOARD)
        true = {k: int(v) for k, v in support_summary_figures(board).items().items() if k in printed}
        assert attack(printed, true) == []
        assert all(v in ("<5", "..") for k, v in printed.items() if 0 < true[k] < 5)


def test_the_bound_arithmetic_with_infinite_parts() -> None:
    """The interval sums behind feasible_bounds: infinite parts counted apart, left out one at a time."""
    from math import isnan

    from asfdesk.domain.disclosure import _ceil, _finite_sum, _floor, _without

    inf = float("inf")
    assert _finite_sum([1.0, 2.5, inf, -inf, inf]) == (3.5, 2, 1)
    assert _without((3.5, 0, 0), 1.0) == 2.5
    assert _without((3.5, 1, 0), inf) == 3.5  # the one infinite part left out: finite again
    assert _without((3.5, 0, 1), -inf) == 3.5
    assert _without((3.5, 2, 0), inf) == inf  # another +∞ remains
    assert _without((3.5, 0, 2), -inf) == -inf
    assert _without((3.5, 1, 0), 1.0) == inf
    assert _without((3.5, 0, 1), 1.0) == -inf
    assert isnan(_without((3.5, 1, 1), 1.0))  # +∞ and −∞ together: no bound
    assert (_ceil(2.1), _ceil(2.0), _ceil(-2.5)) == (3.0, 2.0, -2.0)
    assert (_floor(2.9), _floor(2.0), _floor(-2.5)) == (2.0, 2.0, -3.0)
    for x in (inf, -inf):
        assert _ceil(x) == x and _floor(x) == x
    assert isnan(_ceil(float("nan"))) and isnan(_floor(float("nan")))


def test_five_is_printed_and_only_one_to_four_is_small() -> None:
    """The limit is "fewer than five": a row of five women and six men is printed as it is."""
    W, M = Gender.WOMAN.value, Gender.MAN.value
    data = _report(
        [(W, "arbetstraning", "arbete", "Hudiksvall")] * 5 + [(M, "arbetstraning", "arbete", "Hudiksvall")] * 6
    )
    printed = period_report_figures(data).items()
    assert (printed["outcome.Arbete.women"], printed["outcome.Arbete.men"], printed["outcome.Arbete.total"]) == (
        "5",
        "6",
        "11",
    )
    assert printed["participants.women"] == "5"


def test_a_count_left_with_two_possible_values_is_not_hidden_further() -> None:
    """Three and four women and men of seven: each is 3 or 4, which is not "worked out"; the seven stays."""
    from asfdesk.domain.disclosure import Publication

    pub = Publication()
    for key, value in (("row.women", 3), ("row.men", 4), ("row.total", 7)):
        pub.add(key, value)
    pub.parts_make_total(["row.women", "row.men"], "row.total")
    assert pub.protect() == {"row.women": "<5", "row.men": "<5", "row.total": "7"}


def test_two_small_counts_that_pin_each_other_hide_the_second() -> None:
    """One plus one of a stated two: the first stays "<5", the second becomes ".." and gives nothing away."""
    from asfdesk.domain.disclosure import Publication

    pub = Publication()
    pub.add("a", 1)
    pub.add("b", 1)
    pub.relate(["a", "b"], [], 2)
    printed = pub.protect()
    assert printed == {"a": "<5", "b": ".."}


def test_the_complement_is_the_smallest_shown_count_nearest_the_hidden_one() -> None:
    """Beside hidden women: the smallest non-zero count in the same row (not an empty cell, not a
    smaller count in another table); asked among given counts, only those."""
    from asfdesk.domain.disclosure import Publication

    pub = Publication()
    row = {"row.women": 2, "row.men": 9, "row.other": 1, "row.unknown": 0, "row.total": 12}
    for key, value in {**row, "far.a": 1, "far.b": 6, "far.total": 7}.items():
        pub.add(key, value)
    pub.relate(["row.women", "row.men", "row.other", "row.unknown"], ["row.total"])
    pub.relate(["far.a", "far.b"], ["far.total"])
    assert pub._complement("row.women", {"row.women"}) == "row.other"
    assert pub._complement("row.women", {"row.women", "row.other"}) == "row.men"
    assert pub._complement("row.women", {"row.women"}, among={"row.total", "far.total"}) == "row.total"
    assert pub._complement("row.women", {"row.women"}, among={"far.a"}) is None


def test_two_facts_that_share_a_hidden_count_are_combined_without_it() -> None:
    """x + y = 10 and x + 2z = 7 give y − 2z = 3; x + y = 10 and −x + z = −4 give y + z = 6."""
    from asfdesk.domain.disclosure import Fact, _combined

    a = Fact((("x", 1), ("y", 1)), 10)
    same_sign = Fact((("x", 1), ("z", 2)), 7)
    opposite = Fact((("x", -1), ("z", 1)), -4)
    assert _combined([a, same_sign], {"x"}) == [a, same_sign, Fact((("y", 1), ("z", -2)), 3)]
    assert _combined([a, opposite], {"x"}) == [a, opposite, Fact((("y", 1), ("z", 1)), 6)]
    assert _combined([a, same_sign], {"q"}) == [a, same_sign]  # nothing hidden in common: nothing new


def test_a_fact_with_a_coefficient_of_two_bounds_its_count_exactly() -> None:
    """2x + y = 10 with y printed as 4 gives x = 3 (and x hidden as "<5" is then exposed)."""
    from asfdesk.domain.disclosure import Fact, feasible_bounds

    values = {"x": 3, "y": 4}
    bounds = feasible_bounds(values, {"x"}, [Fact((("x", 2), ("y", 1)), 10)], small={"x"})
    assert bounds == {"x": (3.0, 3.0), "y": (4.0, 4.0)}
    bounds = feasible_bounds(values, {"x"}, [Fact((("x", -2), ("y", 1)), -2)], small={"x"})
    assert bounds["x"] == (3.0, 3.0)
