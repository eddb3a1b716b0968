"""Måluppföljning's rules at their edges: the share of a period passed, the status and its sentence,
and the period before."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.domain.goals import UNCERTAIN_FROM, Assessment, GoalStatus, assess, period_elapsed, previous_period

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("today", "share"),
    [
        (date(2025, 12, 31), 0.0),  # not begun
        (date(2026, 1, 1), 1 / 365),  # the first day counts
        (date(2026, 1, 2), 2 / 365),
        (date(2026, 7, 2), 183 / 365),
        (date(2026, 12, 30), 364 / 365),
        (date(2026, 12, 31), 1.0),  # the last day: all of it
        (date(2027, 3, 1), 1.0),
    ],
)
def test_the_share_of_the_period_passed(today: date, share: float) -> None:
    assert period_elapsed(*YEAR, today) == pytest.approx(share)


def test_a_one_day_period() -> None:
    day = date(2026, 5, 5)
    assert period_elapsed(day, day, date(2026, 5, 4)) == 0.0
    assert period_elapsed(day, day, day) == 1.0


def test_every_status_with_its_prognosis_and_sentence() -> None:
    midyear = date(2026, 7, 2)  # 183 of 365 days
    share = 183 / 365
    assert assess(10, 10, *YEAR, midyear) == Assessment(GoalStatus.GREEN, None, "Målet är nått.")
    assert assess(10, 11, *YEAR, date(2027, 1, 1)) == Assessment(GoalStatus.GREEN, None, "Målet är nått.")
    assert assess(10, 9.99, *YEAR, date(2027, 1, 1)) == Assessment(
        GoalStatus.RED, None, "Målet nåddes inte under perioden."
    )
    assert assess(10, 9.99, *YEAR, date(2026, 12, 31)).status is GoalStatus.RED  # the last day: decided
    assert assess(10, 0, *YEAR, date(2025, 12, 31)) == Assessment(GoalStatus.YELLOW, None, "Perioden har inte börjat.")

    on_track = assess(10, 6, *YEAR, midyear)
    assert on_track == Assessment(
        GoalStatus.GREEN, pytest.approx(6 / share), "Prognosen är att målet nås under perioden."
    )
    ten_days, half = (date(2026, 5, 1), date(2026, 5, 10)), date(2026, 5, 5)  # exactly half passed
    exactly = assess(10, 5, *ten_days, half)  # a prognosis of exactly the target
    assert (exactly.status, exactly.prognosis) == (GoalStatus.GREEN, 10.0)
    unsure = assess(10, 4, *ten_days, half)  # a prognosis exactly on the uncertain line (8 of 10)
    assert UNCERTAIN_FROM == 0.8
    assert unsure == Assessment(GoalStatus.YELLOW, 8.0, "Det är osäkert om målet kommer att nås.")
    below = assess(10, 3.9, *ten_days, half)
    assert below == Assessment(GoalStatus.RED, pytest.approx(7.8), "Prognosen är att målet inte nås.")


def test_a_level_is_its_own_prognosis() -> None:
    """A share from a survey (not cumulative) is not projected: 6 of 10 at midyear stays 6."""
    level = assess(10, 6, *YEAR, date(2026, 7, 2), cumulative=False)
    assert (level.prognosis, level.status) == (6, GoalStatus.RED)  # 6 is below the uncertain line (8)
    cumulative = assess(10, 6, *YEAR, date(2026, 7, 2))
    assert cumulative.prognosis == pytest.approx(6 * 365 / 183) and cumulative.status is GoalStatus.GREEN


@pytest.mark.parametrize(
    ("start", "end", "before"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), (date(2025, 1, 1), date(2025, 12, 31))),
        (date(2026, 7, 1), date(2026, 9, 30), (date(2026, 4, 1), date(2026, 6, 30))),
        (date(2026, 3, 1), date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
        (date(2026, 1, 1), date(2026, 2, 28), (date(2025, 11, 1), date(2025, 12, 31))),
        # not whole months: the same number of days just before
        (date(2026, 3, 10), date(2026, 3, 19), (date(2026, 2, 28), date(2026, 3, 9))),
        (date(2026, 3, 1), date(2026, 3, 30), (date(2026, 1, 30), date(2026, 2, 28))),
        (date(2026, 3, 2), date(2026, 3, 31), (date(2026, 1, 31), date(2026, 3, 1))),
        (date(2026, 5, 5), date(2026, 5, 5), (date(2026, 5, 4), date(2026, 5, 4))),
    ],
)
def test_the_period_before(start: date, end: date, before: tuple[date, date]) -> None:
    assert previous_period(start, end) == before


def test_every_sentence_in_english(english) -> None:
    """With the English UI each status reads in English (the sentences belong to the goals' context)."""
    ten_days, half = (date(2026, 5, 1), date(2026, 5, 10)), date(2026, 5, 5)
    cases = [
        (assess(10, 10, *ten_days, half), "Målet är nått."),
        (assess(10, 1, *ten_days, date(2026, 5, 11)), "Målet nåddes inte under perioden."),
        (assess(10, 1, *ten_days, date(2026, 4, 30)), "Perioden har inte börjat."),
        (assess(10, 5, *ten_days, half), "Prognosen är att målet nås under perioden."),
        (assess(10, 4, *ten_days, half), "Det är osäkert om målet kommer att nås."),
        (assess(10, 1, *ten_days, half), "Prognosen är att målet inte nås."),
    ]
    for assessment, swedish in cases:
        assert assessment.sentence == english("goals", swedish) != swedish
