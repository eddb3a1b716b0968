"""Read models: the plain, frozen records services hand to the window, the reports and exports
(never live ORM objects). Below services and reports alike, so reports never import services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from asfdesk.domain.formatting import Quantity
from asfdesk.domain.goals import Assessment, Indicator, Split


class EnterpriseListRow(NamedTuple):
    """A tuple rather than a frozen dataclass: thousands are made at start-up and after every change."""

    id: str
    name: str
    orgnr: str
    municipality: str
    region: str
    status: str
    status_label: str
    legal_form_label: str
    business_lines: str
    advisor: str
    active_placements: int
    modules_done: int
    last_contact: date | None

    @property
    def search_text(self) -> str:
        return " ".join((self.name, self.orgnr, self.municipality, self.business_lines, self.advisor)).casefold()


@dataclass(frozen=True)
class ContactPersonRow:
    id: str
    name: str
    role_label: str
    email: str
    phone: str
    training_date: date | None


@dataclass(frozen=True)
class AgreementRow:
    id: str
    type_label: str
    title: str
    buyer: str
    start_date: date | None
    end_date: date | None
    value_kr: int | None
    contracted_places: int | None
    price_per_place_month_kr: int | None
    buyer_id: str | None = None


@dataclass(frozen=True)
class SupportRelationshipRow:
    organisation: str
    advisor: str
    agreement: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class EnterpriseFacts:
    id: str
    name: str
    orgnr: str
    legal_form_label: str
    municipality: str
    region: str
    address: str
    postal_code: str
    city: str
    business_lines: list[str]
    status_label: str
    employees: int
    training_places: int
    memberships: list[str]
    start_grant_kr: int | None
    start_grant_date: date | None
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class ModuleProgressRow:
    module_id: str
    order: int
    name: str
    parent: str
    status: str
    status_label: str
    start_date: date | None
    end_date: date | None
    hours_planned: float | None
    hours_used: float
    hours_used_derived: bool
    notes: str


class SupportContactRow(NamedTuple):
    """A tuple rather than a frozen dataclass: an enterprise may have thousands, made on every click."""

    id: str
    contact_date: date
    form_label: str
    minutes: int
    advisor: str
    modules: list[str]
    notes: str
    next_step: str
    next_step_date: date | None
    project_id: str | None = None


@dataclass(frozen=True)
class PlacementRow:
    id: str
    participant_id: str
    referrer_id: str | None
    measure_type: str
    outcome: str | None
    participant_code: str
    gender: str
    gender_label: str
    measure_label: str
    buyer: str
    start_date: date
    planned_end_date: date | None
    end_date: date | None
    extent: Quantity | None
    supervisor: str
    status: str
    status_label: str
    outcome_label: str
    price: str
    project_id: str | None = None
    next_step: str = ""  # the plan after the measure


@dataclass(frozen=True)
class AttendeeRow:
    name: str
    organisation: str
    role: str
    present: bool


@dataclass(frozen=True)
class ActionItemRow:
    position: int  # index among the meeting's action items in entry order
    description: str
    owner: str
    due_date: date | None
    done_date: date | None

    @property
    def is_open(self) -> bool:
        return self.done_date is None


@dataclass(frozen=True)
class MeetingRow:
    id: str
    starts_at: datetime
    kind_label: str
    status_label: str
    place: str
    agenda: str
    notes: str
    next_meeting_date: date | None
    project_id: str | None = None
    participants: list[str] = field(default_factory=list)
    attendees: list[AttendeeRow] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    action_items: list[ActionItemRow] = field(default_factory=list)

    @property
    def open_action_items(self) -> int:
        return sum(1 for item in self.action_items if item.is_open)


@dataclass(frozen=True)
class EnterpriseDetail:
    facts: EnterpriseFacts
    contacts: list[ContactPersonRow]
    agreements: list[AgreementRow]
    support: list[SupportRelationshipRow]
    modules: list[ModuleProgressRow]
    support_contacts: list[SupportContactRow]
    placements: list[PlacementRow]
    meetings: list[MeetingRow]


@dataclass(frozen=True)
class GoalRow:
    id: str
    title: str
    indicator: Indicator
    scope_label: str
    period_start: date
    period_end: date
    target: float
    outcome: Split
    previous: Split | None
    assessment: Assessment
    analysis: str

    @property
    def indicator_label(self) -> str:
        return self.indicator.label
