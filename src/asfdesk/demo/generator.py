"""Build a demo database: the same seed and reference date always give the same records.

Every id and timestamp is drawn from the seeded random generator or derived from the
reference date, so two runs can be compared row by row.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session
from stdnum import luhn

from asfdesk.demo import catalogue as cat
from asfdesk.demo.action_plans import add_action_plans, add_plan
from asfdesk.demo.planning import add_planning
from asfdesk.domain.meetings import agenda_template
from asfdesk.domain.modules import GLADA_HUDIK_MODULES, module_id
from asfdesk.domain.municipalities import region_of
from asfdesk.domain.vocab import ContactForm, MeasureType, MeetingKind, MeetingStatus, ModuleStatus, Outcome
from asfdesk.storage.base import SyncedRow
from asfdesk.storage.models import (
    ActionItem,
    Agreement,
    Consent,
    ContactPerson,
    Enterprise,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingPlacement,
    ModuleProgress,
    Organisation,
    Participant,
    Placement,
    Staff,
    SupportContact,
    SupportContactModule,
    SupportRelationship,
)

RowT = TypeVar("RowT", bound=SyncedRow)
ValueT = TypeVar("ValueT")

ORGNR_FIRST_DIGIT = {"ekonomisk_forening": "7", "ideell_forening": "8", "ab_bvu": "5", "ab": "5"}
OUTCOME_WEIGHTS = (
    (Outcome.WORK, 24),
    (Outcome.STUDIES, 10),
    (Outcome.CONTINUED_MEASURE, 22),
    (Outcome.UNEMPLOYMENT_FUND, 6),
    (Outcome.SOCIAL_ASSISTANCE, 10),
    (Outcome.SICK_LEAVE, 8),
    (Outcome.DROPPED_OUT, 14),
    (Outcome.OTHER, 6),
)
MEASURE_WEIGHTS = (
    (MeasureType.WORK_TRAINING, 40),
    (MeasureType.WORK_ASSESSMENT, 8),
    (MeasureType.INTERNSHIP, 10),
    (MeasureType.WAGE_SUBSIDY, 10),
    (MeasureType.INTRODUCTION_JOB, 6),
    (MeasureType.EXTRA_JOB, 4),
    (MeasureType.LABOUR_MARKET_EMPLOYMENT, 8),
    (MeasureType.REHABILITATION, 6),
    (MeasureType.DAILY_ACTIVITY, 4),
)


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)


class DemoBuilder:
    """Adds one demo data set to a session. Call `build()` once, inside a transaction."""

    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.today = today
        self.orgs: dict[str, Organisation] = {}
        self.advisors: dict[str, list[Staff]] = {}
        self.case_officers: dict[str, list[Staff]] = {}
        self.participant_seq = 0
        self.summary = DemoSummary()

    # -- helpers ---------------------------------------------------------------------------
    def _add(self, row: RowT, created: date | datetime | None = None) -> RowT:
        row.id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        moment = created or self.today - timedelta(days=400)
        stamp = moment if isinstance(moment, datetime) else datetime.combine(moment, time(9, 0))
        # Nothing is stamped later than the first minute of "today": made on the day it is opened,
        # the demo must not hold records written in the hours still to come.
        stamp = min(stamp, datetime.combine(self.today, time(0, 0)))
        row.created_at = row.updated_at = stamp
        self.session.add(row)
        name = type(row).__tablename__
        self.summary.counts[name] = self.summary.counts.get(name, 0) + 1
        return row

    def _person(self, gender: str | None = None) -> str:
        gender = gender or self.rng.choice(("kvinna", "man"))
        first = self.rng.choice(cat.FIRST_NAMES_WOMEN if gender == "kvinna" else cat.FIRST_NAMES_MEN)
        return f"{first} {self.rng.choice(cat.LAST_NAMES)}"

    def _weighted(self, options: tuple[tuple[ValueT, int], ...]) -> ValueT:
        values = [value for value, _weight in options]
        weights = [weight for _value, weight in options]
        return self.rng.choices(values, weights=weights)[0]

    def _orgnr(self, legal_form: str) -> str:
        body = ORGNR_FIRST_DIGIT.get(legal_form, "7") + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        body = body[:2] + str(self.rng.randint(2, 9)) + body[3:]  # third digit ≥ 2 marks a legal person
        digits = body + luhn.calc_check_digit(body)
        return f"{digits[:6]}-{digits[6:]}"

    def _email(self, name: str, domain: str) -> str:
        table = str.maketrans("åäöé", "aaoe")
        return name.lower().translate(table).replace(" ", ".") + "@" + domain

    # -- build -----------------------------------------------------------------------------
    def build(self) -> DemoSummary:
        self._organisations()
        for demo in cat.ENTERPRISES:
            self._enterprise(demo)
        self._network_meetings()
        self._action_plan()
        gavleborg, _esf = add_planning(self)
        add_action_plans(self, gavleborg)
        self.session.flush()
        return self.summary

    def _organisations(self) -> None:
        for name, kind, municipality in cat.ORGANISATIONS:
            org = self._add(Organisation(name=name, kind=kind, municipality=municipality, notes=""))
            self.orgs[name] = org
            if kind == "coompanion":
                self.advisors[name] = [self._staff(org, "radgivare", "coompanion.se") for _ in range(2)]
            elif kind == "ame":
                self.case_officers[name] = [self._staff(org, "handlaggare", "kommun.se") for _ in range(2)]
            elif kind == "af":
                self.case_officers[name] = [self._staff(org, "handlaggare", "arbetsformedlingen.se") for _ in range(3)]
            elif kind == "samordningsforbund":
                self._staff(org, "processledare", "samordningsforbund.se")

    def _staff(self, org: Organisation, role: str, domain: str) -> Staff:
        name = self._person()
        phone = f"070-{self.rng.randint(100, 999)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}"
        return self._add(Staff(organisation=org, name=name, role=role, email=self._email(name, domain), phone=phone))

    def _enterprise(self, demo: cat.DemoEnterprise) -> None:
        region = region_of(demo.municipality)
        started = self.today - timedelta(days=365 * max(demo.founded_years_ago, 1) + self.rng.randint(0, 200))
        enterprise = self._add(
            Enterprise(
                name=demo.name,
                orgnr=self._orgnr(demo.legal_form) if demo.status != "ide" else "",
                legal_form=demo.legal_form,
                municipality=demo.municipality,
                region=region,
                address=f"{self.rng.choice(('Storgatan', 'Industrivägen', 'Hamngatan', 'Kyrkvägen'))} "
                f"{self.rng.randint(1, 60)}",
                postal_code=demo.postal_code,
                city=demo.city,
                business_lines=list(demo.business_lines),
                status=demo.status,
                employees=demo.employees,
                training_places=demo.training_places,
                member_sak=demo.status in ("etablerad", "uppstart") and self.rng.random() < 0.6,
                member_skoopi=demo.status == "etablerad" and self.rng.random() < 0.5,
                start_grant_kr=50000 if demo.municipality == "Luleå" and demo.status == "uppstart" else None,
                start_grant_date=started + timedelta(days=60)
                if demo.municipality == "Luleå" and demo.status == "uppstart"
                else None,
                email="info@" + demo.name.split()[0].lower().translate(str.maketrans("åäöé&", "aaoe ")).strip() + ".se",
                phone=f"0{self.rng.randint(60, 99)}-{self.rng.randint(10, 99)} {self.rng.randint(10, 99)} "
                f"{self.rng.randint(10, 99)}",
                notes="",
            ),
            started,
        )
        supervisors = self._contact_persons(enterprise, demo, started)
        agreement = self._agreement(enterprise, demo, started)
        office = self.orgs[cat.COOMPANION_BY_REGION[region]]
        advisor = self.rng.choice(self.advisors[office.name])
        self._add(
            SupportRelationship(
                enterprise=enterprise,
                organisation=office,
                advisor=advisor,
                start_date=started,
                end_date=None if demo.status != "vilande" else self.today - timedelta(days=120),
            ),
            started,
        )
        progress = self._modules(enterprise, demo)
        if demo.status != "vilande":
            self._support_contacts(enterprise, advisor, progress)
        placements = self._placements(enterprise, demo, supervisors, agreement) if demo.training_places else []
        if demo.status not in ("ide", "vilande"):
            self._meetings(enterprise, advisor, placements, supervisors)

    def _contact_persons(self, enterprise: Enterprise, demo: cat.DemoEnterprise, started: date) -> list[ContactPerson]:
        domain = (enterprise.email.split("@")[1]) if enterprise.email else "exempel.se"
        people: list[ContactPerson] = []
        roles = ["ordforande", "verksamhetsledare"] + ["handledare"] * min(2, max(demo.training_places // 2, 1))
        for role in roles:
            name = self._person()
            trained = role == "handledare" and self.rng.random() < 0.7
            people.append(
                self._add(
                    ContactPerson(
                        enterprise=enterprise,
                        name=name,
                        role=role,
                        email=self._email(name, domain),
                        phone=f"073-{self.rng.randint(100, 999)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
                        training_date=started + timedelta(days=self.rng.randint(30, 300)) if trained else None,
                        notes="",
                    ),
                    started,
                )
            )
        return [p for p in people if p.role == "handledare"]

    def _agreement(self, enterprise: Enterprise, demo: cat.DemoEnterprise, started: date) -> Agreement | None:
        kind = cat.AGREEMENT_BY_MUNICIPALITY.get(demo.municipality)
        if kind is None or not demo.training_places:
            return None
        ame = cat.AME_BY_MUNICIPALITY.get(demo.municipality)
        buyer = self.orgs[ame] if ame else self.orgs["Arbetsförmedlingen"]
        rate, employed_rate = cat.PLACE_RATES.get(demo.municipality, cat.DEFAULT_PLACE_RATE)
        start = date(self.today.year - 1, 1, 1) if kind != "iop" else date(self.today.year - 2, 1, 1)
        end = date(start.year + (3 if kind == "iop" else 1), 12, 31)
        places = max(1, demo.training_places // 2)
        return self._add(
            Agreement(
                enterprise=enterprise,
                buyer=buyer,
                agreement_type=kind,
                title=f"Arbetsträningsplatser {demo.municipality} {start.year}–{end.year}",
                start_date=start,
                end_date=end,
                value_kr=rate * places * 12 * (end.year - start.year + 1),
                contracted_places=places,
                price_per_place_month_kr=rate,
                price_employed_month_kr=employed_rate,
                notes="Ersättning betalas per belagd plats och månad.",
            ),
            max(started, start - timedelta(days=30)),
        )

    def _modules(self, enterprise: Enterprise, demo: cat.DemoEnterprise) -> dict[str, ModuleProgress]:
        done_count = min(len(GLADA_HUDIK_MODULES), demo.founded_years_ago * 2 + self.rng.randint(-1, 1))
        done_count = max(done_count, 0) if demo.founded_years_ago else 0
        progress: dict[str, ModuleProgress] = {}
        cursor = self.today - timedelta(days=30 * (done_count + 2) + 60)
        for index, seed in enumerate(GLADA_HUDIK_MODULES):
            if demo.status == "ide" and index > 0:
                break
            if index < done_count:
                status = ModuleStatus.DONE
            elif index < done_count + 2 and demo.status != "vilande":
                status = ModuleStatus.IN_PROGRESS
            elif seed.code == "samhallsnytta" and not demo.training_places:
                status = ModuleStatus.NOT_APPLICABLE
            else:
                status = ModuleStatus.NOT_STARTED
            start = cursor if status in (ModuleStatus.DONE, ModuleStatus.IN_PROGRESS) else None
            end = None
            if status == ModuleStatus.DONE:
                end = min(cursor + timedelta(days=self.rng.randint(30, 70)), self.today - timedelta(days=7))
                cursor = min(end, self.today - timedelta(days=30))
            planned = float(self.rng.choice((4, 6, 8, 10, 12, 16))) if status != ModuleStatus.NOT_APPLICABLE else None
            # Modules finished before this year's contact log have their hours entered by hand.
            entered = planned + self.rng.choice((-2, 0, 0, 2, 4)) if status == ModuleStatus.DONE and planned else None
            progress[seed.code] = self._add(
                ModuleProgress(
                    enterprise=enterprise,
                    module_id=module_id(seed.code),
                    status=status,
                    start_date=start,
                    end_date=end,
                    hours_planned=planned,
                    hours_used=entered,
                    notes="",
                ),
                start or self.today - timedelta(days=365),
            )
        return progress

    def _support_contacts(self, enterprise: Enterprise, advisor: Staff, progress: dict[str, ModuleProgress]) -> None:
        active = [code for code, p in progress.items() if p.status in (ModuleStatus.DONE, ModuleStatus.IN_PROGRESS)]
        if not active:
            active = [GLADA_HUDIK_MODULES[0].code]
        day = self.today - timedelta(days=365)
        while True:
            day += timedelta(days=self.rng.randint(7, 24))
            if day.weekday() >= 5:  # contacts are on weekdays: a weekend's moves to the Monday
                day += timedelta(days=7 - day.weekday())
            if day > self.today:  # held ones only (on a weekend, that Monday is still to come)
                break
            form = self._weighted(
                ((ContactForm.VISIT, 45), (ContactForm.PHONE, 25), (ContactForm.DIGITAL, 20), (ContactForm.EMAIL, 10))
            )
            minutes = {"besok": (60, 180), "telefon": (15, 45), "digitalt": (30, 90), "e-post": (10, 20)}[form]
            codes = self.rng.sample(active[-4:], k=min(len(active[-4:]), self.rng.choice((1, 1, 2))))
            has_next = self.rng.random() < 0.4
            contact = self._add(
                SupportContact(
                    enterprise=enterprise,
                    advisor=advisor,
                    contact_date=day,
                    form=form,
                    minutes=self.rng.randrange(minutes[0], minutes[1] + 1, 5),
                    notes=" ".join(self.rng.choice(cat.MODULE_NOTES[c]) for c in codes),
                    next_step=self.rng.choice(cat.NEXT_STEPS) if has_next else "",
                    next_step_date=day + timedelta(days=self.rng.randint(7, 30)) if has_next else None,
                ),
                day,
            )
            for code in codes:
                self._add(SupportContactModule(contact=contact, module_id=module_id(code)), day)

    def _participant(self, referrer: Organisation, started: date) -> Participant:
        self.participant_seq += 1
        gender = self._weighted((("kvinna", 46), ("man", 50), ("annat", 4)))
        officers = self.case_officers.get(referrer.name) or self.case_officers["Arbetsförmedlingen"]
        consent = self.rng.random() < 0.85
        participant = self._add(
            Participant(
                code=f"D{started:%y}-{self.participant_seq:03d}",
                personnummer=None,
                gender=gender,
                birth_year=self.rng.randint(self.today.year - 62, self.today.year - 19),
                referring_organisation=referrer,
                case_officer=self.rng.choice(officers),
                consent_given=consent,
                consent_date=started - timedelta(days=self.rng.randint(3, 20)) if consent else None,
                notes="",
            ),
            started - timedelta(days=21),
        )
        if consent and participant.consent_date is not None:
            recipient = "af" if referrer.kind == "af" else "ame"
            self._add(
                Consent(
                    participant=participant,
                    recipient=recipient,
                    scope="uppföljning och statistik",
                    given_date=participant.consent_date,
                    expires=participant.consent_date + timedelta(days=730),
                ),
                participant.consent_date,
            )
        return participant

    def _placements(
        self,
        enterprise: Enterprise,
        demo: cat.DemoEnterprise,
        supervisors: list[ContactPerson],
        agreement: Agreement | None,
    ) -> list[Placement]:
        ame_name = cat.AME_BY_MUNICIPALITY.get(demo.municipality)
        placements: list[Placement] = []
        for _ in range(self.rng.randint(demo.training_places, demo.training_places * 2)):
            measure = self._weighted(MEASURE_WEIGHTS)
            via_af = measure in (MeasureType.WAGE_SUBSIDY, MeasureType.INTRODUCTION_JOB, MeasureType.REHABILITATION)
            referrer = self.orgs[ame_name] if ame_name and not via_af else self.orgs["Arbetsförmedlingen"]
            start = self.today - timedelta(days=self.rng.randint(-20, 700))
            months = self.rng.choice((3, 3, 6, 6, 12))
            planned_end = start + timedelta(days=30 * months)
            participant = self._participant(referrer, start)
            ended = planned_end < self.today or (self.rng.random() < 0.1 and start < self.today - timedelta(days=45))
            end_date = min(planned_end + timedelta(days=self.rng.randint(-40, 20)), self.today) if ended else None
            if end_date is not None and end_date <= start:
                end_date = start + timedelta(days=14)
            status = "avslutad" if ended else ("planerad" if start > self.today else "pagaende")
            unpaid = self.rng.random() < 0.08
            rate = agreement.price_per_place_month_kr if agreement and not via_af else None
            placements.append(
                self._add(
                    Placement(
                        participant=participant,
                        enterprise=enterprise,
                        measure_type=measure,
                        buyer=referrer,
                        payer=referrer,
                        agreement_id=agreement.id if agreement and not via_af else None,
                        start_date=start,
                        planned_end_date=planned_end,
                        end_date=end_date,
                        hours_per_week=float(self.rng.choice((10, 15, 20, 25, 30, 40))),
                        extent_percent=None,
                        supervisor=self.rng.choice(supervisors) if supervisors else None,
                        price_per_month_kr=None if unpaid else rate,
                        price_per_day_kr=None if unpaid or rate else self.rng.choice((150, 200, 250)),
                        no_compensation=unpaid,
                        follow_up_interval_days=self.rng.choice((30, 42, 60)),
                        status=status,
                        outcome=self._weighted(OUTCOME_WEIGHTS) if ended else None,
                        notes="",
                    ),
                    start - timedelta(days=7),
                )
            )
        return placements

    def _meetings(
        self, enterprise: Enterprise, advisor: Staff, placements: list[Placement], supervisors: list[ContactPerson]
    ) -> None:
        plans: list[tuple[MeetingKind, datetime, list[Placement]]] = []
        for placement in placements:
            # Trepartssamtal at the placement's follow-up interval, now and then a little late or missed.
            interval = placement.follow_up_interval_days or 42
            until = min(placement.end_date or self.today, self.today)
            when = placement.start_date + timedelta(days=interval + self.rng.randint(-5, 10))
            while when <= until:
                if self.rng.random() < 0.9:
                    plans.append((MeetingKind.THREE_PARTY, datetime.combine(when, time(10, 0)), [placement]))
                when += timedelta(days=interval + self.rng.randint(-5, 12))
        for kind in (MeetingKind.FOLLOW_UP, MeetingKind.WORKPLACE_VISIT, MeetingKind.BOARD):
            when = self.today - timedelta(days=self.rng.randint(-40, 300))
            plans.append((kind, datetime.combine(when, time(self.rng.choice((9, 13, 15)), 0)), []))
        for kind, starts_at, linked in plans:
            self._meeting(enterprise, kind, starts_at, linked, advisor, supervisors)

    def _meeting(
        self,
        enterprise: Enterprise | None,
        kind: str,
        starts_at: datetime,
        linked: list[Placement],
        advisor: Staff,
        supervisors: list[ContactPerson],
    ) -> None:
        held = starts_at.date() < self.today
        status = MeetingStatus.HELD if held else MeetingStatus.PLANNED
        if held and self.rng.random() < 0.06:
            status = MeetingStatus.CANCELLED
        meeting = self._add(
            Meeting(
                enterprise=enterprise,
                kind=kind,
                status=status,
                starts_at=starts_at,
                place=enterprise.city if enterprise else "Digitalt (Teams)",
                agenda=agenda_template(kind),
                notes="Mötet genomfördes enligt dagordningen." if status == MeetingStatus.HELD else "",
                next_meeting_date=(starts_at + timedelta(days=42)).date() if status == MeetingStatus.HELD else None,
            ),
            starts_at - timedelta(days=14),
        )
        attendees = [(advisor.name, advisor.organisation.name, "Rådgivare")]
        if supervisors:
            attendees.append((self.rng.choice(supervisors).name, enterprise.name if enterprise else "", "Handledare"))
        for placement in linked:
            self._add(MeetingPlacement(meeting=meeting, placement=placement), starts_at)
            attendees.append((placement.participant.code, "", "Deltagare"))
            if placement.participant.case_officer:
                officer = placement.participant.case_officer
                attendees.append((officer.name, officer.organisation.name, "Handläggare"))
        for name, org, role in attendees:
            self._add(MeetingAttendee(meeting=meeting, name=name, organisation=org, role=role, present=True), starts_at)
        if status != MeetingStatus.HELD:
            return
        for position, text in enumerate(self.rng.sample(cat.DECISIONS, k=self.rng.randint(1, 2))):
            self._add(MeetingDecision(meeting=meeting, position=position, text=text), starts_at)
        for text in self.rng.sample(cat.ACTION_ITEMS, k=self.rng.randint(1, 3)):
            due = starts_at.date() + timedelta(days=self.rng.randint(7, 45))
            # Old items have mostly been dealt with; the last month's are often still open.
            done_share = 0.97 if due < self.today - timedelta(days=30) else 0.5
            finished = due < self.today and self.rng.random() < done_share
            done = due - timedelta(days=self.rng.randint(0, 5)) if finished else None
            owner_name, _org, _role = self.rng.choice(attendees[:2])
            self._add(
                ActionItem(meeting=meeting, description=text, owner=owner_name, due_date=due, done_date=done), starts_at
            )

    def _network_meetings(self) -> None:
        for advisors in self.advisors.values():
            when = datetime.combine(self.today - timedelta(days=self.rng.randint(30, 200)), time(13, 0))
            self._meeting(None, MeetingKind.NETWORK, when, [], advisors[0], [])

    def _action_plan(self) -> None:
        plan = "Handlingsplan för arbetsintegrerande sociala företag, Luleå 2025–2027"
        add_plan(self, plan, "Luleå", cat.ACTION_PLAN)


def build_demo(session: Session, seed: int = 1, today: date | None = None) -> DemoSummary:
    """Fill `session` (inside the caller's transaction) with the demo data set."""
    return DemoBuilder(session, seed, today or date.today()).build()
