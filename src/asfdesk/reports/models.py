"""What each printed document holds: plain records, computed once, drawn by the report builders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from asfdesk.domain.reporting import Audience, GenderSplit, Period
from asfdesk.rows import (
    ActionItemRow,
    AgreementRow,
    EnterpriseFacts,
    ModuleProgressRow,
    PlacementRow,
    SupportContactRow,
)


@dataclass(frozen=True)
class CountRow:
    """One row of a breakdown: a label with a count and hours (e.g. contacts by module)."""

    label: str
    count: int
    hours: float


@dataclass(frozen=True)
class SplitRow:
    label: str
    split: GenderSplit


@dataclass(frozen=True)
class MeetingLine:
    starts_at: datetime
    kind_label: str
    status_label: str
    place: str


@dataclass(frozen=True)
class PlanActivity:
    """An activity of the municipality's ASF action plan that is not yet done."""

    activity: str
    responsible: str
    timeframe: str
    status_label: str


@dataclass(frozen=True)
class NextStep:
    due: date | None
    text: str
    source: str


@dataclass(frozen=True)
class SupportSummary:
    audience: Audience
    period: Period
    printed: date
    organisation: str  # who gives the support (the header)
    referrer: str  # for the handläggare version: whose placements it covers
    facts: EnterpriseFacts
    agreements: list[AgreementRow]
    modules: list[ModuleProgressRow]
    contacts: list[SupportContactRow]
    contact_count: int
    contact_hours: float
    hours_by_module: list[CountRow]
    by_form: list[CountRow]
    placements: list[PlacementRow]
    placement_counts: list[SplitRow]  # started / ended / ongoing at the end of the period
    outcomes: list[SplitRow]
    meetings: list[MeetingLine]
    open_actions: list[ActionItemRow]
    next_steps: list[NextStep]
    logo: bytes | None = None  # the report header's logo (a setting)
    action_plan: list[PlanActivity] = field(default_factory=list)  # the municipality's, still to do


@dataclass(frozen=True)
class MeetingSummary:
    enterprise: str
    organisation: str
    printed: date
    kind_label: str
    status_label: str
    starts_at: datetime
    place: str
    attendees: list[tuple[str, str, str, bool]]
    agenda: str
    notes: str
    decisions: list[str]
    action_items: list[ActionItemRow]
    next_meeting: date | None
    participants: list[str]
    logo: bytes | None = None


@dataclass(frozen=True)
class MunicipalityRow:
    municipality: str
    enterprises: int
    contacts: int
    hours: float
    started: GenderSplit
    ended: GenderSplit
    to_work_or_studies: GenderSplit


@dataclass(frozen=True)
class PeriodReport:
    audience: Audience
    period: Period
    printed: date
    organisation: str
    filters: str
    enterprises_supported: int
    contact_count: int
    contact_hours: float
    by_module: list[CountRow]
    started_by_type: list[SplitRow]
    ended_by_type: list[SplitRow]
    ongoing_by_type: list[SplitRow]
    outcomes: list[SplitRow]
    to_work_or_studies: GenderSplit
    participants: GenderSplit
    municipalities: list[MunicipalityRow] = field(default_factory=list)
    logo: bytes | None = None


@dataclass(frozen=True)
class FrontMatter:
    """The first pages of a combined PDF: what it is, for whom, and its table of contents."""

    title: str
    period: Period
    reader: str
    organisation: str
    logo: bytes | None = None
