"""What a user enters for places, revenue figures, projects, goals and action plans, and the rules for saving them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from asfdesk.domain.goals import Indicator
from asfdesk.domain.inputs import MAX_NAME, Errors, _at_most, _period, _required
from asfdesk.domain.vocab import ActivityStatus, MeasureType
from asfdesk.i18n import translate


@dataclass
class PlaceInput:
    title: str = ""
    tasks: str = ""
    business_line: str = ""
    capacity: int = 1
    measure_types: list[str] = field(default_factory=lambda: [MeasureType.WORK_TRAINING.value])
    adaptations: str = ""
    active: bool = True
    notes: str = ""


def validate_place(data: PlaceInput) -> Errors:
    errors: Errors = {}
    _required(errors, "title", data.title, translate("validation", "Ge platsen en benämning."))
    if data.capacity < 1:
        errors["capacity"] = translate("validation", "En plats tar emot minst en person.")
    known = {m.value for m in MeasureType}
    if any(code not in known for code in data.measure_types):
        errors["measure_types"] = translate("validation", "Okänd insatstyp.")
    return errors


@dataclass
class RevenueInput:
    year: int = field(default_factory=lambda: date.today().year - 1)
    public_kr: int = 0
    market_kr: int = 0
    notes: str = ""


def public_share_percent(public_kr: int, market_kr: int) -> int | None:
    """The share of revenue from places and services sold to authorities; None with no revenue."""
    total = public_kr + market_kr
    return None if total <= 0 else round(public_kr * 100 / total)


def validate_revenue(data: RevenueInput) -> Errors:
    errors: Errors = {}
    if not 1990 <= data.year <= date.today().year + 1:
        errors["year"] = translate("validation", "Ange ett rimligt år.")
    for name in ("public_kr", "market_kr"):
        if getattr(data, name) < 0:
            errors[name] = translate("validation", "Beloppet kan inte vara negativt.")
    return errors


@dataclass
class ProjectInput:
    name: str = ""
    funder: str = ""
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""


def validate_project(data: ProjectInput) -> Errors:
    errors: Errors = {}
    _required(errors, "name", data.name, translate("validation", "Ange projektets namn."))
    _period(errors, data.start_date, data.end_date, "end_date", translate("validation", "Projektet slutar före start."))
    return errors


@dataclass
class GoalInput:
    title: str = ""
    indicator: str = Indicator.PLACEMENTS_STARTED.value
    target: float = 0.0
    period_start: date | None = field(default_factory=lambda: date(date.today().year, 1, 1))
    period_end: date | None = field(default_factory=lambda: date(date.today().year, 12, 31))
    enterprise_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None
    manual_outcome: float | None = None
    manual_previous: float | None = None
    analysis: str = ""


def validate_goal(data: GoalInput) -> Errors:
    errors: Errors = {}
    _required(errors, "title", data.title, translate("validation", "Skriv målet."))
    _required(errors, "period_start", data.period_start, translate("validation", "Ange periodens början."))
    _required(errors, "period_end", data.period_end, translate("validation", "Ange periodens slut."))
    _period(
        errors,
        data.period_start,
        data.period_end,
        "period_end",
        translate("validation", "Perioden slutar innan den börjar."),
    )
    if data.target <= 0:
        errors["target"] = translate("validation", "Målet ska vara större än noll.")
    if data.indicator not in {i.value for i in Indicator}:
        errors["indicator"] = translate("validation", "Okänt mätetal.")
    if data.indicator == Indicator.MANUAL and data.manual_outcome is None:
        errors["manual_outcome"] = translate("validation", "Ange utfallet för en egen siffra.")
    if sum(x is not None for x in (data.enterprise_id, data.agreement_id, data.project_id)) > 1:
        errors["enterprise_id"] = translate("validation", "Välj högst ett av företag, avtal och projekt.")
    return errors


@dataclass
class ActionPlanInput:
    """One activity of a municipality's ASF action plan (aktivitet, huvudansvar, tidsplan, status)."""

    plan: str = ""
    municipality: str = ""
    activity: str = ""
    main_responsible: str = ""
    other_actors: str = ""
    timeframe: str = ""
    status: str = ActivityStatus.NOT_STARTED.value
    follow_up: str = ""
    project_id: str | None = None
    meeting_id: str | None = None  # the meeting where it was decided


def validate_action_plan(data: ActionPlanInput) -> Errors:
    errors: Errors = {}
    _required(errors, "plan", data.plan, translate("validation", "Ange vilken handlingsplan aktiviteten hör till."))
    _required(errors, "activity", data.activity, translate("validation", "Beskriv aktiviteten."))
    _at_most(errors, "plan", data.plan, MAX_NAME)
    _at_most(errors, "main_responsible", data.main_responsible, MAX_NAME)
    _at_most(errors, "municipality", data.municipality, 80)
    _at_most(errors, "timeframe", data.timeframe, 60)
    if data.status not in {s.value for s in ActivityStatus}:
        errors["status"] = translate("validation", "Välj en av statusarna.")
    return errors
