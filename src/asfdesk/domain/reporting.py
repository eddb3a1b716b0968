"""Rules every report follows: the period, the audience, the women/men split (disclosure control: disclosure.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from asfdesk.domain.vocab import Gender, LabelledEnum
from asfdesk.i18n import translate


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


class DefaultPeriod(LabelledEnum):
    """The period a report dialog starts with (a setting): relative to today."""

    THIS_YEAR = "innevarande_ar", "Innevarande år"
    LAST_YEAR = "forra_aret", "Förra året"
    THIS_HALF = "innevarande_halvar", "Innevarande halvår"
    LAST_HALF = "forra_halvaret", "Förra halvåret"
    THIS_QUARTER = "innevarande_kvartal", "Innevarande kvartal"
    LAST_QUARTER = "forra_kvartalet", "Förra kvartalet"
    LAST_MONTH = "forra_manaden", "Förra månaden"

    def resolve(self, today: date) -> Period:
        months = {"ar": 12, "aret": 12, "halvar": 6, "halvaret": 6, "kvartal": 3, "kvartalet": 3, "manaden": 1}
        length = months[self.value.split("_")[1]]
        first_month = (today.month - 1) // length * length + 1  # the running period's first month
        start = date(today.year, first_month, 1)
        if self.value.startswith("forra"):
            start = _add_months(start, -length)
        end = _add_months(start, length) - timedelta(days=1)
        return Period(start, end)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


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


@dataclass
class ReportRequest:
    """What the user asks for in a report dialog."""

    start: date | None = None
    end: date | None = None
    audience: str = Audience.BOARD.value
    referrer_id: str | None = None
    project_id: str | None = None  # only records tagged with this project or funder

    def period(self) -> Period:
        assert self.start is not None and self.end is not None
        return Period(self.start, self.end)


def validate_report_request(request: ReportRequest) -> dict[str, str]:
    errors: dict[str, str] = {}
    if request.start is None:
        errors["start"] = translate("validation", "Ange periodens första dag.")
    if request.end is None:
        errors["end"] = translate("validation", "Ange periodens sista dag.")
    if request.start and request.end and request.end < request.start:
        errors["end"] = translate("validation", "Periodens slut ligger före dess början.")
    if request.audience == Audience.CASE_OFFICER and not request.referrer_id:
        errors["referrer_id"] = translate("validation", "Välj vems deltagare handläggarversionen gäller.")
    if request.audience != Audience.CASE_OFFICER and request.referrer_id:
        errors["referrer_id"] = translate("validation", "Remitterande organisation väljs bara för handläggarversionen.")
    return errors


NO_MODULE = "Utan modul"


@dataclass(frozen=True)
class ModuleHours:
    module: str
    contacts: int  # contacts that dealt with the module (a contact on two modules counts in both)
    hours: float  # unrounded: a contact's time is shared equally between its modules


def hours_by_module(order: Iterable[str], contacts: Iterable[tuple[int, Iterable[str]]]) -> list[ModuleHours]:
    """Support time per module from (minutes, module names) per contact, in `order` and then any
    other module, with 'Utan modul' last: the rows add up to the contacts' total time."""
    counts: dict[str, int] = {}
    minutes: dict[str, float] = {}
    for spent, names in contacts:
        modules = list(dict.fromkeys(names)) or [NO_MODULE]
        for module in modules:
            counts[module] = counts.get(module, 0) + 1
            minutes[module] = minutes.get(module, 0.0) + spent / len(modules)
    ordered = [name for name in order if name in counts]
    ordered += [name for name in counts if name not in ordered and name != NO_MODULE]
    ordered += [NO_MODULE] if NO_MODULE in counts else []
    return [ModuleHours(name, counts[name], minutes[name] / 60) for name in ordered]


def _name_part(text: str, limit: int) -> str:
    """Letters (å ä ö kept), digits and dashes; cut at a dash when longer than `limit`."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[:limit]
    return (cut.rsplit("-", 1)[0] if "-" in cut[limit // 2 :] else cut).strip("-")


def period_name(period: Period) -> str:
    """'2026' for a calendar year, else '2026-01-01--2026-06-30'."""
    whole_year = period == Period.year_of(period.start)
    return str(period.start.year) if whole_year else f"{period.start.isoformat()}--{period.end.isoformat()}"


def document_name(kind: str, subject: str = "", period: Period | None = None, reader: str = "") -> str:
    """A document's file name without suffix, e.g. 'Stödsammanfattning_Återbruket-i-Hudik_2026_Finansiär'.

    What it is, about whom, for which period and for which reader are always in it (a long subject
    is shortened, never the rest), so versions for different readers or periods never overwrite
    one another, and the name is valid on every system (no / \\ : * ? " < > |)."""
    parts = [
        _name_part(kind, 40),
        _name_part(subject, 60),
        period_name(period) if period else "",
        _name_part(reader, 50),
    ]
    return "_".join(part for part in parts if part) or "dokument"
