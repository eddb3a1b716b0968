"""What each early warning says and points at: the whole warning, word for word, with facts before it
that the rule must pass over (not stop at), at the boundary days of every threshold."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from asfdesk.domain.occupancy import MonthOccupancy
from asfdesk.domain.warnings import (
    AgreementFact,
    EarlyWarning,
    EnterpriseFact,
    PlacementFact,
    RevenueFact,
    SupervisorFact,
    Thresholds,
    WarningRule,
    ending_without_next_step,
    evaluate,
    long_employment,
    no_contact,
    past_end_without_outcome,
    re_referred,
    revenue_dependency,
    unfilled_places,
    untrained_supervisor,
)

from .test_warnings import _facts

TODAY = date(2026, 11, 23)
TH = Thresholds()


def _p(n: int, **kwargs: object) -> PlacementFact:
    fields: dict[str, object] = {
        "id": f"p{n}",
        "enterprise_id": f"e{n}",
        "participant_id": f"d{n}",
        "participant_code": f"D26-00{n}",
        "measure_type": "arbetstraning",
        "start": date(2026, 6, 1),
        "planned_end": None,
        "end": None,
        "outcome": None,
        "case_officer_id": f"h{n}",
    }
    fields.update(kwargs)
    return PlacementFact(**fields)  # type: ignore[arg-type]


def test_ending_without_next_step_says_when_and_how_soon() -> None:
    passed_over = [
        _p(1, planned_end=TODAY + timedelta(days=3), end=TODAY),  # already ended
        _p(2),  # no planned end
        _p(3, planned_end=TODAY + timedelta(days=3), next_step="  Studier hösten  "),
        _p(4, planned_end=TODAY + timedelta(days=15)),  # beyond the threshold
        _p(5, planned_end=TODAY - timedelta(days=1)),  # past: another rule's
    ]
    fires = [_p(6, planned_end=TODAY + timedelta(days=7)), _p(7, planned_end=TODAY + timedelta(days=14), next_step=" ")]
    found = list(ending_without_next_step(_facts(placements=passed_over + fires), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.ENDING_WITHOUT_NEXT_STEP,
            "e6",
            "D26-006",
            "p6",
            date(2026, 11, 16),
            "Placeringen slutar 2026-11-30 (om 7 dagar) och inget nästa steg är registrerat. Gränsen är 14 dagar.",
            "h6",
        ),
        EarlyWarning(
            WarningRule.ENDING_WITHOUT_NEXT_STEP,
            "e7",
            "D26-007",
            "p7",
            TODAY,
            "Placeringen slutar 2026-12-07 (om 14 dagar) och inget nästa steg är registrerat. Gränsen är 14 dagar.",
            "h7",
        ),
    ]


def test_past_end_without_outcome_counts_the_days_since_the_planned_end() -> None:
    passed_over = [
        _p(1, planned_end=TODAY - timedelta(days=30), end=TODAY - timedelta(days=2)),
        _p(2),
        _p(3, planned_end=TODAY),
    ]
    fires = _p(4, planned_end=date(2026, 11, 13))
    found = list(past_end_without_outcome(_facts(placements=[*passed_over, fires]), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.PAST_END_WITHOUT_OUTCOME,
            "e4",
            "D26-004",
            "p4",
            date(2026, 11, 13),
            "Planerat slut var 2026-11-13, för 10 dagar sedan, men placeringen är inte avslutad med ett utfall. "
            "Gränsen är 0 dagar.",
            "h4",
        )
    ]
    lenient = Thresholds(past_end_days=10)
    assert list(past_end_without_outcome(_facts(placements=[fires]), TODAY, lenient)) == []
    assert len(list(past_end_without_outcome(_facts(placements=[fires]), TODAY, Thresholds(past_end_days=9)))) == 1


def test_long_employment_names_both_reasons_and_when_the_year_was_up() -> None:
    kind = "arbetsmarknadsanstallning"
    passed_over = [
        _p(1, measure_type=kind, start=date(2024, 1, 1), end=date(2025, 6, 1), extensions=4),  # ended
        _p(2, measure_type="arbetstraning", start=date(2024, 1, 1), extensions=4),  # another measure
        _p(3, measure_type=kind, start=TODAY + timedelta(days=1), extensions=4),  # not started yet
        _p(4, measure_type=kind, start=date(2025, 11, 23), extensions=1),  # a year exactly: not over it
    ]
    both = _p(5, measure_type=kind, start=date(2025, 10, 1), extensions=2)
    often = _p(6, measure_type=kind, start=TODAY, extensions=3)  # starts today: counts
    long_ = _p(7, measure_type=kind, start=date(2025, 11, 22), extensions=0)
    found = list(long_employment(_facts(placements=[*passed_over, both, often, long_]), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.LONG_EMPLOYMENT,
            "e5",
            "D26-005",
            "p5",
            date(2026, 10, 1),
            "Arbetsmarknadsanställningen har pågått sedan 2025-10-01, längre än 12 månader och har förlängts "
            "2 gånger (gränsen är 2). Den är tänkt att vara högst ett år.",
            "h5",
        ),
        EarlyWarning(
            WarningRule.LONG_EMPLOYMENT,
            "e6",
            "D26-006",
            "p6",
            TODAY,
            "Arbetsmarknadsanställningen har förlängts 3 gånger (gränsen är 2). Den är tänkt att vara högst ett år.",
            "h6",
        ),
        EarlyWarning(
            WarningRule.LONG_EMPLOYMENT,
            "e7",
            "D26-007",
            "p7",
            date(2026, 11, 22),
            "Arbetsmarknadsanställningen har pågått sedan 2025-11-22, längre än 12 månader. "
            "Den är tänkt att vara högst ett år.",
            "h7",
        ),
    ]
    stricter = Thresholds(employment_months=6, employment_extensions=5)
    assert [w.record_id for w in long_employment(_facts(placements=[passed_over[3], both]), TODAY, stricter)] == [
        "p4",
        "p5",
    ]


def test_no_contact_for_weeks_or_never_with_the_limit_day_itself_exempt() -> None:
    limit = TODAY - timedelta(weeks=6)
    assert limit == date(2026, 10, 12)
    enterprises = [
        EnterpriseFact("e1", "Vilande AB", False, None, date(2025, 1, 1)),
        EnterpriseFact("e2", "Utan stöd", True, None, None),
        EnterpriseFact("e3", "Nyss börjat", True, None, limit + timedelta(days=1)),
        EnterpriseFact("e4", "Kontakt på gränsen", True, limit, date(2025, 1, 1)),
        EnterpriseFact("e5", "Aldrig kontaktad", True, None, limit),
        EnterpriseFact("e6", "Länge sedan", True, date(2026, 9, 1), date(2025, 1, 1)),
        EnterpriseFact("e7", "Dagen före gränsen", True, limit - timedelta(days=1), date(2025, 1, 1)),
    ]
    found = list(no_contact(_facts(enterprises=enterprises), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.NO_CONTACT,
            "e5",
            "Aldrig kontaktad",
            "e5",
            limit,
            "Inget handledarstöd är registrerat, och företaget har haft stöd sedan 2026-10-12. Gränsen är 6 veckor.",
        ),
        EarlyWarning(
            WarningRule.NO_CONTACT,
            "e6",
            "Länge sedan",
            "e6",
            date(2026, 9, 1),
            "Senaste handledarstödet var 2026-09-01, för 11 veckor sedan. Gränsen är 6 veckor.",
        ),
        EarlyWarning(
            WarningRule.NO_CONTACT,
            "e7",
            "Dagen före gränsen",
            "e7",
            date(2026, 10, 11),
            "Senaste handledarstödet var 2026-10-11, för 6 veckor sedan. Gränsen är 6 veckor.",
        ),
    ]


def _month(day: date, contracted: str, filled: str) -> MonthOccupancy:
    return MonthOccupancy(day, 30, Decimal(contracted), Decimal(filled), Decimal(0))


def test_unfilled_places_sums_the_recent_months_only() -> None:
    months = [
        _month(date(2026, 7, 1), "2", "2"),
        _month(date(2026, 8, 1), "2", "2"),
        _month(date(2026, 9, 1), "2", "0.5"),
        _month(date(2026, 10, 1), "2", "1"),
        _month(date(2026, 11, 1), "2", "0"),  # this month: not complete, never counted
    ]
    agreements = [
        AgreementFact("a1", "e1", "Full", [_month(date(2026, 9, 1), "2", "2"), _month(date(2026, 10, 1), "2", "2")]),
        AgreementFact("a2", "e2", "För kort", [_month(date(2026, 10, 1), "2", "0")]),
        AgreementFact("a3", "e3", "Ramavtal 2026", months),
    ]
    found = list(unfilled_places(_facts(agreements=agreements), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.UNFILLED_PLACES,
            "e3",
            "Ramavtal 2026",
            "a3",
            date(2026, 9, 1),
            "De senaste 2 månaderna (2026-09–2026-10) fylldes 1,5 av 4 avtalade platsmånader. Gränsen är 2 månader "
            "med minst en tom plats.",
        )
    ]
    assert list(unfilled_places(_facts(agreements=agreements), TODAY, Thresholds(unfilled_months=3))) == []
    short, one = unfilled_places(_facts(agreements=agreements), TODAY, Thresholds(unfilled_months=1))
    assert (short.record_id, one.record_id, one.since) == ("a2", "a3", date(2026, 10, 1))
    assert "De senaste 1 månaderna (2026-10–2026-10) fylldes 1 av 2" in one.why


def test_untrained_supervisor_counts_days_of_supervising() -> None:
    supervisors = [
        SupervisorFact("c1", "e1", "Utbildad", date(2025, 1, 1), date(2025, 1, 1)),
        SupervisorFact("c2", "e2", "Utan deltagare", None, None),
        SupervisorFact("c3", "e3", "På gränsen", None, TODAY - timedelta(days=90)),
        SupervisorFact("c4", "e4", "Lisa Handledare", None, date(2026, 8, 1)),
    ]
    found = list(untrained_supervisor(_facts(supervisors=supervisors), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.UNTRAINED_SUPERVISOR,
            "e4",
            "Lisa Handledare",
            "c4",
            date(2026, 10, 30),
            "Lisa Handledare har handlett sedan 2026-08-01 (114 dagar) utan registrerad handledarutbildning. "
            "Gränsen är 90 dagar.",
        )
    ]


def test_re_referral_measures_from_the_latest_earlier_end() -> None:
    ended_long_ago = _p(1, participant_id="d1", start=date(2025, 1, 1), end=date(2026, 1, 10))
    ended = _p(2, participant_id="d1", start=date(2026, 1, 11), end=date(2026, 3, 1))
    overlapping = _p(3, participant_id="d1", start=date(2026, 2, 1), end=date(2026, 6, 1))  # ended after p4 began
    again = _p(4, participant_id="d1", participant_code="D26-001", start=date(2026, 5, 1))
    edge = _p(5, participant_id="d5", start=date(2025, 11, 1), end=date(2026, 5, 1))
    at_limit = _p(6, participant_id="d5", participant_code="D26-005", start=date(2026, 11, 1))
    too_late = _p(7, participant_id="d7", start=date(2026, 1, 1), end=date(2026, 4, 30))
    after = _p(8, participant_id="d7", start=date(2026, 11, 1))
    placements = [ended_long_ago, ended, overlapping, again, edge, at_limit, too_late, after]
    found = list(re_referred(_facts(placements=placements), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.RE_REFERRED,
            "e4",
            "D26-001",
            "p4",
            date(2026, 5, 1),
            "D26-001 började 2026-05-01, 61 dagar efter att en tidigare placering avslutades 2026-03-01. "
            "Gränsen är 6 månader.",
            "h4",
        ),
        EarlyWarning(
            WarningRule.RE_REFERRED,
            "e6",
            "D26-005",
            "p6",
            date(2026, 11, 1),
            "D26-005 började 2026-11-01, 184 dagar efter att en tidigare placering avslutades 2026-05-01. "
            "Gränsen är 6 månader.",
            "h6",
        ),
    ]


def test_revenue_dependency_above_the_share() -> None:
    revenues = [
        RevenueFact("e1", 2025, 0, 0),  # nothing to share
        RevenueFact("e2", 2025, 700, 300),  # exactly the limit
        RevenueFact("e3", 2024, 800, 200),
    ]
    found = list(revenue_dependency(_facts(revenues=revenues), TODAY, TH))
    assert found == [
        EarlyWarning(
            WarningRule.REVENUE_DEPENDENCY,
            "e3",
            "2024",
            "e3",
            date(2024, 1, 1),
            "2024 kom 80 % av intäkterna från platser och tjänster sålda till myndigheter. Gränsen är 70 %.",
        )
    ]
    assert list(revenue_dependency(_facts(revenues=revenues), TODAY, Thresholds(revenue_share_percent=80))) == []


def test_all_warnings_oldest_first_then_by_rule_and_subject() -> None:
    facts = _facts(
        revenues=[RevenueFact("e9", 2024, 900, 100)],
        enterprises=[EnterpriseFact("e8", "Bageriet", True, None, date(2024, 1, 1))],
        placements=[
            _p(2, participant_code="D26-002", planned_end=TODAY - timedelta(days=3)),
            _p(1, participant_code="D26-001", planned_end=TODAY - timedelta(days=3)),
        ],
    )
    order = [(w.rule, w.subject) for w in evaluate(facts, TODAY, TH)]
    assert order == [  # the same day: by rule (its stored name), then by subject
        (WarningRule.REVENUE_DEPENDENCY, "2024"),
        (WarningRule.NO_CONTACT, "Bageriet"),
        (WarningRule.PAST_END_WITHOUT_OUTCOME, "D26-001"),
        (WarningRule.PAST_END_WITHOUT_OUTCOME, "D26-002"),
    ]


def test_every_warning_in_english(english) -> None:
    """With the English UI a warning's reason reads in English, its figures filled in the same way."""
    kind = "arbetsmarknadsanstallning"
    months = [_month(date(2026, 9, 1), "2", "0"), _month(date(2026, 10, 1), "2", "0")]
    facts = _facts(
        placements=[
            _p(1, planned_end=TODAY + timedelta(days=7)),
            _p(2, planned_end=date(2026, 11, 13)),
            _p(3, measure_type=kind, start=date(2025, 10, 1), extensions=2),
            _p(4, participant_id="d9", start=date(2025, 1, 1), end=date(2026, 3, 1)),
            _p(5, participant_id="d9", participant_code="D26-009", start=date(2026, 5, 1)),
        ],
        enterprises=[
            EnterpriseFact("e1", "Aldrig", True, None, date(2026, 1, 1)),
            EnterpriseFact("e2", "Länge sen", True, date(2026, 9, 1), date(2025, 1, 1)),
        ],
        agreements=[AgreementFact("a1", "e1", "Ramavtal", months)],
        supervisors=[SupervisorFact("c1", "e1", "Lisa", None, date(2026, 8, 1))],
        revenues=[RevenueFact("e1", 2025, 800, 200)],
    )
    whys = [w.why for w in evaluate(facts, TODAY, TH)]
    sources = [
        "Placeringen slutar %1 (om %2 dagar) och inget nästa steg är registrerat. Gränsen är %3 dagar.",
        "Planerat slut var %1, för %2 dagar sedan, men placeringen är inte avslutad med ett utfall. "
        "Gränsen är %3 dagar.",
        "Inget handledarstöd är registrerat, och företaget har haft stöd sedan %1. Gränsen är %2 veckor.",
        "Senaste handledarstödet var %1, för %2 veckor sedan. Gränsen är %3 veckor.",
        "De senaste %1 månaderna (%2–%3) fylldes %4 av %5 avtalade platsmånader. Gränsen är %6 månader "
        "med minst en tom plats.",
        "%1 har handlett sedan %2 (%3 dagar) utan registrerad handledarutbildning. Gränsen är %4 dagar.",
        "%1 började %2, %3 dagar efter att en tidigare placering avslutades %4. Gränsen är %5 månader.",
        "%1 kom %2 % av intäkterna från platser och tjänster sålda till myndigheter. Gränsen är %3 %.",
    ]
    for source in sources:
        english_text = english("warnings", source)
        words = [part for part in re.split(r"%\d", english_text) if len(part.strip()) > 3]
        assert any(all(word in why for word in words) for why in whys), english_text
    assert not any("Gränsen" in why for why in whys)
    employment = next(w for w in whys if "%" not in w and "2025-10-01" in w)
    for source in (
        "Arbetsmarknadsanställningen %1. Den är tänkt att vara högst ett år.",
        "har pågått sedan %1, längre än %2 månader",
        "har förlängts %1 gånger (gränsen är %2)",
    ):
        assert english("warnings", source).split("%1")[0].strip() in employment, source
    assert english("warnings", " och ") in employment


def test_re_referral_on_the_day_the_last_ended_and_after_another_running_placement() -> None:
    """A person placed again the very day the last placement ended is re-referred (0 days); one who
    also has an older placement still running is looked at placement by placement."""
    ended = _p(1, participant_id="d1", start=date(2026, 1, 1), end=date(2026, 6, 1))
    same_day = _p(2, participant_id="d1", start=date(2026, 6, 1))
    still_running = _p(3, participant_id="d3", start=date(2025, 1, 1))  # nothing before it
    short = _p(4, participant_id="d3", start=date(2026, 1, 1), end=date(2026, 3, 1))
    again = _p(5, participant_id="d3", start=date(2026, 4, 1))
    found = list(re_referred(_facts(placements=[ended, same_day, still_running, short, again]), TODAY, TH))
    assert [(w.record_id, w.why.split(",")[1].split(".")[0].strip()) for w in found] == [
        ("p2", "0 dagar efter att en tidigare placering avslutades 2026-06-01"),
        ("p5", "31 dagar efter att en tidigare placering avslutades 2026-03-01"),
    ]
