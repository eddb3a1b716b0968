"""The demo's action plans: Luleå's plan (written with the enterprises) linked to the network meeting
where its meetings were decided, and a smaller Hudiksvall plan run in the Gävleborg project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from asfdesk.demo.planning import _touch
from asfdesk.storage.models import ActionPlanActivity, Meeting, Project

if TYPE_CHECKING:
    from asfdesk.demo.generator import DemoBuilder

HUDIKSVALL_PLAN = "Handlingsplan för ASF i Hudiksvall 2026–2027"
HUDIKSVALL = (
    (
        "Kartlägga kommunens behov av platser för arbetsträning hos ASF",
        "AME Hudiksvall",
        "Coompanion",
        "Q1 2026",
        "klar",
    ),
    ("Gemensam utbildning i styrelsearbete för ASF i länet", "Coompanion Gävleborg", "ASF", "Q4 2026", "pagar"),
    ("Pröva reserverad upphandling av lokalvård", "Upphandlingsenheten", "AME, ASF", "Q2 2027", "ej_paborjad"),
)


def add_action_plans(b: DemoBuilder, gavleborg: Project) -> None:
    network = b.session.scalars(
        select(Meeting).where(Meeting.enterprise_id.is_(None)).order_by(Meeting.starts_at, Meeting.id)
    ).all()
    if not network:
        return
    first, last = network[0], network[-1]
    for row in b.session.scalars(select(ActionPlanActivity).where(ActionPlanActivity.municipality == "Luleå")):
        if row.activity.startswith(("Genomföra nätverksträffar", "Dialogmöten")):
            row.meeting_id = first.id
            _touch(row)
    add_plan(b, HUDIKSVALL_PLAN, "Hudiksvall", HUDIKSVALL, project_id=gavleborg.id, meeting_id=last.id)


def add_plan(
    b: DemoBuilder,
    plan: str,
    municipality: str,
    activities: tuple[tuple[str, str, str, str, str], ...],
    project_id: str | None = None,
    meeting_id: str | None = None,
) -> None:
    """One municipality's plan: (activity, main responsible, other actors, timeframe, status) each."""
    for activity, responsible, others, timeframe, status in activities:
        b._add(
            ActionPlanActivity(
                plan=plan,
                municipality=municipality,
                activity=activity,
                main_responsible=responsible,
                other_actors=others,
                timeframe=timeframe,
                status=status,
                follow_up="",
                project_id=project_id,
                meeting_id=meeting_id,
            )
        )
