"""The demo's places, money and goals: platskatalog, revenue mix, projects, goals, and one enterprise in trouble.

Runs after the rest of the demo is built. Most of it follows the enterprises already there;
"Tvätt & Textil Sandviken" is added with the problems the early warnings exist for (no contact
for weeks, places bought but left empty, a measure ending with no next step, one past its end,
an arbetsmarknadsanställning extended again and again, a supervisor with no training, a
participant back within months, and revenue almost only from places sold to authorities),
so that every warning shows at least once.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from asfdesk.domain.goals import Indicator
from asfdesk.domain.vocab import MeasureType, is_employment
from asfdesk.services.goal_queries import Scope, indicator_value
from asfdesk.storage.base import SyncedRow
from asfdesk.storage.models import (
    Agreement,
    ContactPerson,
    Enterprise,
    Goal,
    Meeting,
    Place,
    Placement,
    Project,
    RevenueFigure,
    SupportContact,
    SupportRelationship,
)

if TYPE_CHECKING:
    from asfdesk.demo.generator import DemoBuilder

PLACE_TITLES = {
    "hunddagis": ("Hundskötare", "Rastning, utfodring och städning av hundgårdar."),
    "secondhand": ("Butiksmedarbetare", "Sortering, prismärkning och kassa i butiken."),
    "möbelreparationer": ("Möbelverkstad", "Slipning, lackning och enklare snickeri."),
    "cykelverkstad": ("Cykelmekaniker", "Service och reparation av begagnade cyklar."),
    "café": ("Caféhjälp", "Servering, disk och enklare matlagning."),
    "matbespisning": ("Kök", "Förberedelser, disk och matleveranser."),
}
GENERIC_PLACE = ("Allmänna arbetsuppgifter", "Lager, städning och enklare kundkontakt.")
ADAPTATIONS = (
    "Lugn miljö och anpassad arbetstid.",
    "Handikapptoalett, ramp vid entrén.",
    "Arbete i mindre grupp, tydliga rutiner.",
    "",
)
NEXT_STEPS = (
    "Fortsätter med lönebidragsanställning hos företaget.",
    "Söker vidare till komvux i höst.",
    "Trepartssamtal med AF om fortsatt insats.",
)


def _touch(row: SyncedRow) -> None:
    """A demo row changed after it was written keeps its creation time: runs stay identical."""
    row.updated_at = row.created_at
    flag_modified(row, "updated_at")  # written as it is, rather than stamped with the clock


def add_planning(b: DemoBuilder) -> list[Project]:
    b.session.flush()
    projects = _projects(b)
    _places(b)
    _revenue(b)
    _next_steps(b)
    _troubled_enterprise(b)
    _tag(b, projects)
    b.session.flush()
    _goals(b, projects)
    return projects


def _projects(b: DemoBuilder) -> list[Project]:
    year = b.today.year
    return [
        b._add(
            Project(
                name="ASF Gävleborg – handledarstöd",
                funder="Samordningsförbundet Gävleborg",
                start_date=date(year - 1, 1, 1),
                end_date=date(year + 1, 12, 31),
                notes="Stöd till arbetsintegrerande sociala företag i Hudiksvall, Nordanstig och Bollnäs.",
            )
        ),
        b._add(
            Project(
                name="Vägar till arbete",
                funder="ESF+",
                start_date=date(year - 1, 9, 1),
                end_date=date(year + 1, 8, 31),
                notes="Arbetsträning och matchning för unga vuxna.",
            )
        ),
    ]


def _places(b: DemoBuilder) -> None:
    enterprises = b.session.scalars(select(Enterprise).where(Enterprise.training_places > 0)).all()
    for enterprise in sorted(enterprises, key=lambda e: e.name):
        lines = list(enterprise.business_lines) or [""]
        remaining = enterprise.training_places
        places = []
        for n, line in enumerate(lines):
            title, tasks = PLACE_TITLES.get(line, GENERIC_PLACE)
            capacity = remaining if n == len(lines) - 1 else max(1, remaining // 2)
            remaining -= capacity
            if capacity <= 0:
                break
            measures = [MeasureType.WORK_TRAINING, MeasureType.INTERNSHIP, MeasureType.WORK_ASSESSMENT]
            if n == 0:
                measures += [MeasureType.WAGE_SUBSIDY, MeasureType.LABOUR_MARKET_EMPLOYMENT, MeasureType.EXTRA_JOB]
            places.append(
                b._add(
                    Place(
                        enterprise=enterprise,
                        title=title,
                        tasks=tasks,
                        business_line=line,
                        capacity=capacity,
                        measure_types=[m.value for m in measures],
                        adaptations=b.rng.choice(ADAPTATIONS),
                        active=True,
                        notes="",
                    ),
                    enterprise.created_at,
                )
            )
        running = b.session.scalars(
            select(Placement).where(Placement.enterprise_id == enterprise.id, Placement.end_date.is_(None))
        ).all()
        for placement in sorted(running, key=lambda p: p.start_date):
            for place in places:
                taken = sum(1 for p in running if p.place_id == place.id)
                if taken < place.capacity and placement.measure_type in place.measure_types:
                    placement.place_id = place.id
                    _touch(placement)
                    break


def _revenue(b: DemoBuilder) -> None:
    for enterprise in sorted(b.session.scalars(select(Enterprise)).all(), key=lambda e: e.name):
        if enterprise.status not in ("uppstart", "etablerad"):
            continue
        size = 400_000 + 150_000 * enterprise.employees
        for year in (b.today.year - 2, b.today.year - 1):
            share = b.rng.uniform(0.3, 0.65)
            b._add(
                RevenueFigure(
                    enterprise_id=enterprise.id,
                    year=year,
                    public_kr=round(size * share, -3),
                    market_kr=round(size * (1 - share), -3),
                    notes="Ur årsredovisningen.",
                ),
                date(year + 1, 3, 15),
            )


def _next_steps(b: DemoBuilder) -> None:
    """Most running placements already have a plan for after the measure; some do not."""
    running = b.session.scalars(select(Placement).where(Placement.end_date.is_(None))).all()
    for placement in sorted(running, key=lambda p: p.id):
        if b.rng.random() < 0.6:
            placement.next_step = b.rng.choice(NEXT_STEPS)
            _touch(placement)


def _troubled_enterprise(b: DemoBuilder) -> None:
    today = b.today
    started = today - timedelta(days=3 * 365)
    enterprise = b._add(
        Enterprise(
            name="Tvätt & Textil Sandviken ek. för.",
            orgnr=b._orgnr("ekonomisk_forening"),
            legal_form="ekonomisk_forening",
            municipality="Sandviken",
            region="Gävleborgs län",
            address="Köpmangatan 12",
            postal_code="811 30",
            city="Sandviken",
            business_lines=["tvätteri", "textilreparationer"],
            status="etablerad",
            employees=4,
            training_places=4,
            email="info@tvatttextil.se",
            phone="026-25 41 30",
            notes="",
        ),
        started,
    )
    office = b.orgs["Coompanion Gävleborg"]
    advisor = b.advisors[office.name][0]
    b._add(
        SupportRelationship(enterprise=enterprise, organisation=office, advisor=advisor, start_date=started), started
    )
    for weeks_ago in (30, 22, 15, 9):  # the last contact was nine weeks ago
        day = today - timedelta(weeks=weeks_ago)
        b._add(
            SupportContact(
                enterprise=enterprise,
                advisor=advisor,
                contact_date=day,
                form="besok",
                minutes=90,
                notes="Genomgång av ekonomin och beläggningen.",
                next_step="",
                next_step_date=None,
            ),
            day,
        )
    b._add(
        ContactPerson(
            enterprise=enterprise,
            name="Hans Ek",
            role="ordforande",
            email="hans.ek@tvatttextil.se",
            phone="070-412 55 10",
            notes="",
        ),
        started,
    )
    supervisor = b._add(
        ContactPerson(enterprise=enterprise, name="Birgitta Lund", role="handledare", email="", phone="", notes=""),
        started,
    )
    buyer = b.orgs["Arbetsförmedlingen"]
    agreement = b._add(
        Agreement(
            enterprise=enterprise,
            buyer=buyer,
            agreement_type="reserverad_upphandling",
            title="Arbetsträning Sandviken",
            start_date=date(today.year - 1, 1, 1),
            end_date=date(today.year + 1, 12, 31),
            contracted_places=4,
            price_per_place_month_kr=6000,
            price_employed_month_kr=12000,
            max_months_per_participant=12,
            notes="Bara belagda platser ersätts.",
        ),
        date(today.year - 1, 1, 1),
    )
    place = b._add(
        Place(
            enterprise=enterprise,
            title="Tvätteri",
            tasks="Tvätt, mangling och sömnad av enklare lagningar.",
            business_line="tvätteri",
            capacity=4,
            measure_types=[MeasureType.WORK_TRAINING.value, MeasureType.LABOUR_MARKET_EMPLOYMENT.value],
            adaptations="Ståbord och sittplatser, anpassad arbetstid.",
            active=True,
            notes="",
        ),
        started,
    )
    ame = b.orgs["Arbetsmarknadsenheten Hudiksvall"]

    def placement(measure: str, start: date, planned_end: date | None, **extra: object) -> Placement:
        participant = b._participant(ame, start)
        return b._add(
            Placement(
                participant=participant,
                enterprise=enterprise,
                measure_type=measure,
                buyer=buyer,
                payer=buyer,
                agreement_id=agreement.id,
                place_id=place.id if extra.get("end_date") is None else None,
                start_date=start,
                planned_end_date=planned_end,
                hours_per_week=30.0,
                supervisor=supervisor,
                price_per_month_kr=12000 if is_employment(measure) else 6000,
                no_compensation=False,
                follow_up_interval_days=30,
                status="pagaende" if extra.get("end_date") is None else "avslutad",
                **extra,
            ),
            start - timedelta(days=7),
        )

    # ends in ten days with no plan after it
    placement(MeasureType.WORK_TRAINING, today - timedelta(days=80), today + timedelta(days=10))
    # planned to end twelve days ago, never ended with an outcome
    placement(MeasureType.WORK_TRAINING, today - timedelta(days=200), today - timedelta(days=12), next_step="Komvux.")
    # a labour-market employment in its fifteenth month, extended twice
    placement(
        MeasureType.LABOUR_MARKET_EMPLOYMENT,
        today - timedelta(days=455),
        today + timedelta(days=90),
        extensions=2,
        next_step="Pröva lönebidrag.",
    )
    # back within months: ended in a dropout two months ago, placed again three weeks ago
    first = placement(
        MeasureType.WORK_TRAINING,
        today - timedelta(days=240),
        today - timedelta(days=60),
        end_date=today - timedelta(days=60),
        outcome="avbrott",
    )
    b._add(
        Placement(
            participant=first.participant,
            enterprise=enterprise,
            measure_type=MeasureType.WORK_TRAINING,
            buyer=buyer,
            payer=buyer,
            agreement_id=agreement.id,
            start_date=today - timedelta(days=21),
            planned_end_date=today + timedelta(days=160),
            hours_per_week=20.0,
            supervisor=supervisor,
            price_per_month_kr=6000,
            follow_up_interval_days=30,
            status="pagaende",
            next_step="Trepartssamtal om fortsättning.",
        ),
        today - timedelta(days=28),
    )
    for year, public, market in ((today.year - 2, 1_450_000, 380_000), (today.year - 1, 1_720_000, 260_000)):
        b._add(
            RevenueFigure(enterprise_id=enterprise.id, year=year, public_kr=public, market_kr=market, notes=""),
            date(year + 1, 3, 15),
        )


def _tag(b: DemoBuilder, projects: list[Project]) -> None:
    """Gävleborg's support and meetings run in the samordningsförbund's project; young adults' placements in ESF+."""
    gavleborg, esf = projects
    region = {e.id: e.region for e in b.session.scalars(select(Enterprise))}
    since = gavleborg.start_date or date.min
    for contact in b.session.scalars(select(SupportContact)):
        if region.get(contact.enterprise_id) == "Gävleborgs län" and contact.contact_date >= since:
            contact.project_id = gavleborg.id
            _touch(contact)
    for meeting in b.session.scalars(select(Meeting)):
        if meeting.enterprise_id and region.get(meeting.enterprise_id) == "Gävleborgs län":
            meeting.project_id = gavleborg.id
            _touch(meeting)
    for agreement in b.session.scalars(select(Agreement)):
        if region.get(agreement.enterprise_id) == "Gävleborgs län":
            agreement.project_id = gavleborg.id
            _touch(agreement)
    esf_start = esf.start_date or date.min
    for p in b.session.scalars(select(Placement).where(Placement.start_date >= esf_start)):
        if p.participant.birth_year and p.participant.birth_year >= b.today.year - 29:
            p.project_id = esf.id
            _touch(p)


def _goals(b: DemoBuilder, projects: list[Project]) -> None:
    """This year's goals, with targets set so that one is on course, one uncertain and one behind."""
    start, end = date(b.today.year, 1, 1), date(b.today.year, 12, 31)
    elapsed = ((b.today - start).days + 1) / ((end - start).days + 1)
    gavleborg, esf = projects

    def outcome(indicator: Indicator, scope: Scope) -> float:
        return indicator_value(b.session, indicator, scope, start, b.today).total

    specs = [
        (
            "Fler personer långt från arbetsmarknaden påbörjar arbetsträning eller annan insats i ett ASF.",
            Indicator.PLACEMENTS_STARTED,
            Scope(),
            0.97,
            "Fler placeringar än i fjol; matchningen via platskatalogen har gått snabbare.",
        ),
        (
            "Fler avslutar sin insats till arbete eller studier.",
            Indicator.WORK_OR_STUDIES,
            Scope(),
            1.1,
            "Flera avslut till arbete väntas under hösten när lönebidragsanställningar beviljas.",
        ),
        (
            "Varje ASF i Gävleborg får regelbundet handledarstöd.",
            Indicator.SUPPORT_CONTACTS,
            Scope(project_id=gavleborg.id),
            1.6,
            "Färre besök under sommaren; två företag har inte haft kontakt på länge.",
        ),
        (
            "Unga vuxna i ESF+-projektet påbörjar arbetsträning.",
            Indicator.PLACEMENTS_STARTED,
            Scope(project_id=esf.id),
            0.8,
            "",
        ),
    ]
    for order, (title, indicator, scope, ratio, analysis) in enumerate(specs):
        so_far = outcome(indicator, scope)
        target = max(1.0, round(so_far / max(elapsed, 0.05) * ratio))
        b._add(
            Goal(
                title=title,
                indicator=indicator.value,
                target=target,
                period_start=start,
                period_end=end,
                project_id=scope.project_id,
                analysis=analysis,
                sort_order=order,
            ),
            start,
        )
    b._add(
        Goal(
            title="Handledarna är nöjda med stödet (andel, enkät).",
            indicator=Indicator.MANUAL.value,
            target=80,
            period_start=start,
            period_end=end,
            manual_outcome=76,
            manual_previous=71,
            analysis="Enkäten besvarades av 21 av 26 handledare.",
            sort_order=len(specs),
        ),
        start,
    )
