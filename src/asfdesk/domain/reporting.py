"""Rules every report follows: the period, the audience, the women/men split, small-count masking."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from asfdesk.domain.vocab import Gender, LabelledEnum

SMALL_COUNT_LIMIT = 5  # a funder's figures never show 1–4: a person could be singled out


class Audience(LabelledEnum):
    BOARD = "styrelse", "Styrelse och verksamhet"
    CASE_OFFICER = "handlaggare", "Handläggare"
    FUNDER = "finansiar", "Finansiär"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"Periodens slut ({self.end.isoformat()}) ligger före dess början ({self.start.isoformat()})."
            )

    @classmethod
    def year_of(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31))

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def overlaps(self, start: date, end: date | None) -> bool:
        return start <= self.end and (end is None or end >= self.start)


@dataclass(frozen=True)
class GenderSplit:
    """A count by women, men and all (the total includes those with another or no stated gender)."""

    women: int = 0
    men: int = 0
    total: int = 0

    @classmethod
    def of(cls, genders: Iterable[str]) -> GenderSplit:
        items = list(genders)
        return cls(
            women=sum(1 for g in items if g == Gender.WOMAN),
            men=sum(1 for g in items if g == Gender.MAN),
            total=len(items),
        )

    def __add__(self, other: GenderSplit) -> GenderSplit:
        return GenderSplit(self.women + other.women, self.men + other.men, self.total + other.total)


def shown_count(value: int, audience: Audience) -> str:
    """A count as printed for the audience: funders see '<5' for 1–4."""
    if audience is Audience.FUNDER and 0 < value < SMALL_COUNT_LIMIT:
        return f"<{SMALL_COUNT_LIMIT}"
    return str(value)


@dataclass
class ReportRequest:
    """What the user asks for in a report dialog."""

    start: date | None = None
    end: date | None = None
    audience: str = Audience.BOARD.value
    referrer_id: str | None = None

    def period(self) -> Period:
        assert self.start is not None and self.end is not None
        return Period(self.start, self.end)


def validate_report_request(request: ReportRequest) -> dict[str, str]:
    errors: dict[str, str] = {}
    if request.start is None:
        errors["start"] = "Ange periodens första dag."
    if request.end is None:
        errors["end"] = "Ange periodens sista dag."
    if request.start and request.end and request.end < request.start:
        errors["end"] = "Periodens slut ligger före dess början."
    if request.audience == Audience.CASE_OFFICER and not request.referrer_id:
        errors["referrer_id"] = "Välj vems deltagare handläggarversionen gäller."
    return errors
