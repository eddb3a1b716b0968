"""Måluppföljning: a goal's status (grön/gul/röd) from its target, the outcome so far and a prognosis.

Municipalities read results this way (Luleå's interim report): goal → status with a one-line
prognosis → a mätetal table (utfall förra perioden | utfall perioden | mål) → analysis. The
prognosis is linear: the outcome so far, scaled up to the whole period by the share of its days
that have passed. Reached or on course is grön, within the uncertainty margin gul, below it röd.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from asfdesk.domain.vocab import LabelledEnum
from asfdesk.i18n import translate

UNCERTAIN_FROM = 0.8  # a prognosis at 80–99 % of the target is uncertain (gul)


class GoalStatus(LabelledEnum):
    GREEN = "gron", "Grön"
    YELLOW = "gul", "Gul"
    RED = "rod", "Röd"


class Indicator(LabelledEnum):
    """What a goal measures: one of the counts the app computes, or a figure entered by hand."""

    ENTERPRISES_SUPPORTED = "foretag_med_stod", "Företag som fått handledarstöd"
    SUPPORT_CONTACTS = "kontakter", "Handledarstödskontakter"
    SUPPORT_HOURS = "timmar", "Timmar handledarstöd"
    PLACEMENTS_STARTED = "placeringar_startade", "Påbörjade placeringar"
    PLACEMENTS_ENDED = "placeringar_avslutade", "Avslutade placeringar"
    WORK_OR_STUDIES = "arbete_studier", "Avslut till arbete eller studier"
    PARTICIPANTS = "deltagare", "Deltagare i insats"
    MANUAL = "manuell", "Egen siffra (anges för hand)"

    @property
    def per_person(self) -> bool:
        """Counted per participant, so it splits into women and men."""
        return self in (
            Indicator.PLACEMENTS_STARTED,
            Indicator.PLACEMENTS_ENDED,
            Indicator.WORK_OR_STUDIES,
            Indicator.PARTICIPANTS,
        )


class ScopeKind(StrEnum):
    ALL = "alla"
    ENTERPRISE = "foretag"
    AGREEMENT = "avtal"
    PROJECT = "projekt"


@dataclass(frozen=True)
class Assessment:
    status: GoalStatus
    prognosis: float | None  # the outcome expected by the period's end (None once it has ended)
    sentence: str


def period_elapsed(start: date, end: date, today: date) -> float:
    """The share of the period's days that have passed (today counted), 0–1."""
    if today < start:
        return 0.0
    if today >= end:
        return 1.0
    return ((today - start).days + 1) / ((end - start).days + 1)


def assess(target: float, outcome: float, start: date, end: date, today: date, cumulative: bool = True) -> Assessment:
    """Status and the one-line prognosis for a goal of reaching `target` in [start, end].

    A cumulative figure (a count that grows through the period) is projected linearly to the
    period's end; a level (a share from a survey, entered by hand) is its own prognosis.
    """
    if outcome >= target:
        return Assessment(GoalStatus.GREEN, None, translate("goals", "Målet är nått."))
    elapsed = period_elapsed(start, end, today)
    if elapsed >= 1.0:
        return Assessment(GoalStatus.RED, None, translate("goals", "Målet nåddes inte under perioden."))
    if elapsed == 0.0:
        return Assessment(GoalStatus.YELLOW, None, translate("goals", "Perioden har inte börjat."))
    prognosis = outcome / elapsed if cumulative else outcome
    if prognosis >= target:
        sentence = translate("goals", "Prognosen är att målet nås under perioden.")
        return Assessment(GoalStatus.GREEN, prognosis, sentence)
    if prognosis >= target * UNCERTAIN_FROM:
        return Assessment(GoalStatus.YELLOW, prognosis, translate("goals", "Det är osäkert om målet kommer att nås."))
    return Assessment(GoalStatus.RED, prognosis, translate("goals", "Prognosen är att målet inte nås."))


@dataclass(frozen=True)
class Split:
    """A count split as funders ask for it: kvinnor, män and the total (which includes övriga)."""

    women: int | None
    men: int | None
    total: float

    @staticmethod
    def only_total(total: float) -> Split:
        return Split(None, None, total)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period just before: the same whole months when the period is whole months, else the same days."""
    from asfdesk.domain.occupancy import add_months, month_end

    if start.day == 1 and end == month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = add_months(start, -months)
        return first, start - timedelta(days=1)
    length = end - start
    return start - timedelta(days=1) - length, start - timedelta(days=1)
