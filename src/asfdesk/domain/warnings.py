"""Early warnings: what goes wrong in this field, each rule defined once with its threshold and its reason.

The source reports name the failures: measures that end with no next step, placements past
their end with no outcome, employment measures extended year after year, enterprises nobody
has contacted for weeks, places bought but left empty, supervisors with no training,
participants going round the system, enterprises living only on places sold to authorities.
Each rule here reads plain facts (gathered by `services.warning_queries`), compares them with a
threshold the user can change in Inställningar, and says in a sentence why it fired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from asfdesk.domain.formatting import format_figure
from asfdesk.domain.occupancy import MonthOccupancy, add_months, unfilled_month
from asfdesk.domain.planning_inputs import public_share_percent
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels, translate


class WarningRule(StrEnum):
    ENDING_WITHOUT_NEXT_STEP = "slutar_utan_nasta_steg"
    PAST_END_WITHOUT_OUTCOME = "passerat_slut_utan_utfall"
    LONG_EMPLOYMENT = "lang_arbetsmarknadsanstallning"
    NO_CONTACT = "ingen_kontakt"
    UNFILLED_PLACES = "tomma_platser"
    UNTRAINED_SUPERVISOR = "handledare_utan_utbildning"
    RE_REFERRED = "atervisad"
    REVENUE_DEPENDENCY = "beroende_av_platsforsaljning"


RULE_LABELS = Labels(
    "warnings",
    {
        WarningRule.ENDING_WITHOUT_NEXT_STEP: QT_TRANSLATE_NOOP("warnings", "Slutar utan nästa steg"),
        WarningRule.PAST_END_WITHOUT_OUTCOME: QT_TRANSLATE_NOOP("warnings", "Passerat slut utan utfall"),
        WarningRule.LONG_EMPLOYMENT: QT_TRANSLATE_NOOP("warnings", "Lång arbetsmarknadsanställning"),
        WarningRule.NO_CONTACT: QT_TRANSLATE_NOOP("warnings", "Ingen kontakt på länge"),
        WarningRule.UNFILLED_PLACES: QT_TRANSLATE_NOOP("warnings", "Avtalade platser tomma"),
        WarningRule.UNTRAINED_SUPERVISOR: QT_TRANSLATE_NOOP("warnings", "Handledare utan utbildning"),
        WarningRule.RE_REFERRED: QT_TRANSLATE_NOOP("warnings", "Återanvisad deltagare"),
        WarningRule.REVENUE_DEPENDENCY: QT_TRANSLATE_NOOP("warnings", "Beroende av platsförsäljning"),
    },
)


@dataclass(frozen=True)
class Thresholds:
    """Defaults match the settings' defaults (`services.settings`)."""

    ending_days: int = 14
    past_end_days: int = 0
    employment_months: int = 12
    employment_extensions: int = 2
    no_contact_weeks: int = 6
    unfilled_months: int = 2
    training_days: int = 90
    re_referral_months: int = 6
    revenue_share_percent: int = 70


# -- facts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlacementFact:
    id: str
    enterprise_id: str
    participant_id: str
    participant_code: str
    measure_type: str
    start: date
    planned_end: date | None
    end: date | None
    outcome: str | None
    next_step: str = ""
    extensions: int = 0
    case_officer_id: str | None = None

    @property
    def running(self) -> bool:
        return self.end is None


@dataclass(frozen=True)
class EnterpriseFact:
    id: str
    name: str
    active: bool  # uppstart or etablerad
    last_contact: date | None
    supported_since: date | None  # first day anyone supported it (no warning before there was support)


@dataclass(frozen=True)
class AgreementFact:
    id: str
    enterprise_id: str
    title: str
    months: list[MonthOccupancy]  # complete months up to the day before today's month


@dataclass(frozen=True)
class SupervisorFact:
    id: str
    enterprise_id: str
    name: str
    training_date: date | None
    supervising_since: date | None  # the earliest start of an ongoing placement they supervise


@dataclass(frozen=True)
class RevenueFact:
    enterprise_id: str
    year: int
    public_kr: int  # samhällsnyttiga intäkter (places and services sold to authorities)
    market_kr: int  # allmännyttiga intäkter (goods and services sold on the market)

    @property
    def public_share_percent(self) -> int | None:
        return public_share_percent(self.public_kr, self.market_kr)


@dataclass(frozen=True)
class Facts:
    enterprises: list[EnterpriseFact]
    placements: list[PlacementFact]
    agreements: list[AgreementFact]
    supervisors: list[SupervisorFact]
    revenues: list[RevenueFact]  # the latest year per enterprise


@dataclass(frozen=True)
class EarlyWarning:
    rule: WarningRule
    enterprise_id: str
    subject: str  # who or what it is about (pseudonym, agreement, supervisor)
    record_id: str  # placement, agreement, contact person or enterprise
    since: date  # when the condition arose (for sorting, oldest first)
    why: str  # one sentence with the facts and the threshold
    case_officer_id: str | None = None

    @property
    def label(self) -> str:
        return RULE_LABELS[self.rule]


def _fill(message: str, *args: object) -> str:
    for n, arg in enumerate(args, start=1):
        message = message.replace(f"%{n}", str(arg))
    return message


# -- the rules -----------------------------------------------------------------------------
def ending_without_next_step(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for p in facts.placements:
        if not p.running or p.planned_end is None or p.next_step.strip():
            continue
        days = (p.planned_end - today).days
        if 0 <= days <= th.ending_days:
            yield EarlyWarning(
                WarningRule.ENDING_WITHOUT_NEXT_STEP,
                p.enterprise_id,
                p.participant_code,
                p.id,
                p.planned_end - timedelta(days=th.ending_days),
                _fill(
                    translate(
                        "warnings",
                        "Placeringen slutar %1 (om %2 dagar) och inget nästa steg är registrerat. Gränsen är %3 dagar.",
                    ),
                    p.planned_end.isoformat(),
                    days,
                    th.ending_days,
                ),
                p.case_officer_id,
            )


def past_end_without_outcome(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for p in facts.placements:
        if not p.running or p.planned_end is None:
            continue
        days = (today - p.planned_end).days
        if days > th.past_end_days:
            yield EarlyWarning(
                WarningRule.PAST_END_WITHOUT_OUTCOME,
                p.enterprise_id,
                p.participant_code,
                p.id,
                p.planned_end,
                _fill(
                    translate(
                        "warnings",
                        "Planerat slut var %1, för %2 dagar sedan, men placeringen är inte avslutad med ett utfall. "
                        "Gränsen är %3 dagar.",
                    ),
                    p.planned_end.isoformat(),
                    days,
                    th.past_end_days,
                ),
                p.case_officer_id,
            )


def long_employment(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for p in facts.placements:
        if not p.running or p.measure_type != "arbetsmarknadsanstallning" or p.start > today:
            continue
        limit = add_months(p.start, th.employment_months)
        too_long = today > limit
        too_often = p.extensions >= th.employment_extensions
        if not (too_long or too_often):
            continue
        reasons = []
        if too_long:
            reasons.append(
                _fill(
                    translate("warnings", "har pågått sedan %1, längre än %2 månader"),
                    p.start.isoformat(),
                    th.employment_months,
                )
            )
        if too_often:
            reasons.append(
                _fill(
                    translate("warnings", "har förlängts %1 gånger (gränsen är %2)"),
                    p.extensions,
                    th.employment_extensions,
                )
            )
        yield EarlyWarning(
            WarningRule.LONG_EMPLOYMENT,
            p.enterprise_id,
            p.participant_code,
            p.id,
            limit if too_long else p.start,
            _fill(
                translate("warnings", "Arbetsmarknadsanställningen %1. Den är tänkt att vara högst ett år."),
                _fill(translate("warnings", " och ")).join(reasons),
            ),
            p.case_officer_id,
        )


def no_contact(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    limit = today - timedelta(weeks=th.no_contact_weeks)
    for e in facts.enterprises:
        if not e.active or e.supported_since is None or e.supported_since > limit:
            continue
        if e.last_contact is None:
            why = _fill(
                translate(
                    "warnings",
                    "Inget handledarstöd är registrerat, och företaget har haft stöd sedan %1. Gränsen är %2 veckor.",
                ),
                e.supported_since.isoformat(),
                th.no_contact_weeks,
            )
            since = e.supported_since
        elif e.last_contact < limit:
            weeks = (today - e.last_contact).days // 7
            why = _fill(
                translate("warnings", "Senaste handledarstödet var %1, för %2 veckor sedan. Gränsen är %3 veckor."),
                e.last_contact.isoformat(),
                weeks,
                th.no_contact_weeks,
            )
            since = e.last_contact
        else:
            continue
        yield EarlyWarning(WarningRule.NO_CONTACT, e.id, e.name, e.id, since, why)


def unfilled_places(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for a in facts.agreements:
        recent = [m for m in a.months if m.month < today.replace(day=1)][-th.unfilled_months :]
        if len(recent) < th.unfilled_months or not all(unfilled_month(m) for m in recent):
            continue
        contracted = sum((m.contracted_place_months for m in recent), Decimal(0))
        filled = sum((m.filled_place_months for m in recent), Decimal(0))
        yield EarlyWarning(
            WarningRule.UNFILLED_PLACES,
            a.enterprise_id,
            a.title,
            a.id,
            recent[0].month,
            _fill(
                translate(
                    "warnings",
                    "De senaste %1 månaderna (%2–%3) fylldes %4 av %5 avtalade platsmånader. Gränsen är %6 månader "
                    "med minst en tom plats.",
                ),
                len(recent),
                f"{recent[0].month:%Y-%m}",
                f"{recent[-1].month:%Y-%m}",
                format_figure(float(filled)),
                format_figure(float(contracted)),
                th.unfilled_months,
            ),
        )


def untrained_supervisor(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for s in facts.supervisors:
        if s.training_date is not None or s.supervising_since is None:
            continue
        days = (today - s.supervising_since).days
        if days > th.training_days:
            yield EarlyWarning(
                WarningRule.UNTRAINED_SUPERVISOR,
                s.enterprise_id,
                s.name,
                s.id,
                s.supervising_since + timedelta(days=th.training_days),
                _fill(
                    translate(
                        "warnings",
                        "%1 har handlett sedan %2 (%3 dagar) utan registrerad handledarutbildning. "
                        "Gränsen är %4 dagar.",
                    ),
                    s.name,
                    s.supervising_since.isoformat(),
                    days,
                    th.training_days,
                ),
            )


def re_referred(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    by_participant: dict[str, list[PlacementFact]] = {}
    for p in facts.placements:
        by_participant.setdefault(p.participant_id, []).append(p)
    for placements in by_participant.values():
        for p in placements:
            if not p.running:
                continue
            earlier = [
                q
                for q in placements
                if q.end is not None and q.end <= p.start and p.start <= add_months(q.end, th.re_referral_months)
            ]
            if not earlier:
                continue
            last = max(earlier, key=lambda q: q.end or date.min)
            assert last.end is not None
            yield EarlyWarning(
                WarningRule.RE_REFERRED,
                p.enterprise_id,
                p.participant_code,
                p.id,
                p.start,
                _fill(
                    translate(
                        "warnings",
                        "%1 började %2, %3 dagar efter att en tidigare placering avslutades %4. Gränsen är %5 månader.",
                    ),
                    p.participant_code,
                    p.start.isoformat(),
                    (p.start - last.end).days,
                    last.end.isoformat(),
                    th.re_referral_months,
                ),
                p.case_officer_id,
            )


def revenue_dependency(facts: Facts, today: date, th: Thresholds) -> Iterable[EarlyWarning]:
    for r in facts.revenues:
        share = r.public_share_percent
        if share is not None and share > th.revenue_share_percent:
            yield EarlyWarning(
                WarningRule.REVENUE_DEPENDENCY,
                r.enterprise_id,
                str(r.year),
                r.enterprise_id,
                date(r.year, 1, 1),
                _fill(
                    translate(
                        "warnings",
                        "%1 kom %2 % av intäkterna från platser och tjänster sålda till myndigheter. Gränsen är %3 %.",
                    ),
                    r.year,
                    share,
                    th.revenue_share_percent,
                ),
            )


RULES: dict[WarningRule, Callable[[Facts, date, Thresholds], Iterable[EarlyWarning]]] = {
    WarningRule.ENDING_WITHOUT_NEXT_STEP: ending_without_next_step,
    WarningRule.PAST_END_WITHOUT_OUTCOME: past_end_without_outcome,
    WarningRule.LONG_EMPLOYMENT: long_employment,
    WarningRule.NO_CONTACT: no_contact,
    WarningRule.UNFILLED_PLACES: unfilled_places,
    WarningRule.UNTRAINED_SUPERVISOR: untrained_supervisor,
    WarningRule.RE_REFERRED: re_referred,
    WarningRule.REVENUE_DEPENDENCY: revenue_dependency,
}


def evaluate(facts: Facts, today: date, thresholds: Thresholds) -> list[EarlyWarning]:
    """Every warning that holds today, oldest condition first."""
    found = [w for rule in RULES.values() for w in rule(facts, today, thresholds)]
    return sorted(found, key=lambda w: (w.since, w.rule, w.subject))
