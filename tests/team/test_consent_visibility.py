"""A personnummer reaches a handläggare's laptop only while the participant's consent allows it,
and leaves it when the consent ends: withdrawn (an edit) or run out (the calendar)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text

from asfdesk.domain.inputs import ConsentInput, ParticipantInput
from asfdesk.storage.models import Organisation, Participant

from .conftest import Laptop, Server

PNR = "19900101-0017"


def _pnr(laptop: Laptop, participant_id: str) -> Any:
    with laptop.database.session_factory() as session:
        return session.scalar(select(Participant.personnummer).where(Participant.id == participant_id))


def _two_handlaggare(team_server: Server, laptops: Any, consent: ConsentInput) -> tuple[Laptop, Laptop, str]:
    """Hanna registers a participant referred by her AME, with a consent; Henrik, at the same AME, syncs."""
    team_server.org("AME Hudiksvall", "ame")
    hanna, henrik = laptops("hanna"), laptops("henrik")
    hanna.team.join(team_server.url, team_server.user("Hanna Handläggare", "handlaggare", "AME Hudiksvall"))
    henrik.team.join(team_server.url, team_server.user("Henrik Handläggare", "handlaggare", "AME Hudiksvall"))
    hanna.team.sync()
    with hanna.database.session_factory() as session:
        ame = session.scalar(select(Organisation.id).where(Organisation.name == "AME Hudiksvall"))
    person = str(
        hanna.context.participants.create(
            ParticipantInput(
                code="D26-301", personnummer=PNR, gender="kvinna", referring_organisation_id=ame, consents=[consent]
            )
        )
    )
    hanna.team.sync()
    henrik.team.sync()
    return hanna, henrik, person


def test_a_withdrawn_consent_takes_the_personnummer_off_the_laptops(team_server: Server, laptops) -> None:
    today = date.today()
    hanna, henrik, person = _two_handlaggare(
        team_server, laptops, ConsentInput("ame", given_date=today - timedelta(10))
    )
    assert _pnr(henrik, person) == PNR  # the consent is for his organisation's kind
    participants = hanna.context.participants
    data = participants.get_input(person)
    data.consents[0].withdrawn_date = today
    participants.update(person, data)
    hanna.team.sync()
    henrik.team.sync()
    assert _pnr(henrik, person) in (None, "")
    hanna.team.sync()
    assert _pnr(hanna, person) in (None, "")  # no longer hers to see either
    assert henrik.team.sync().conflicts == 0


def test_a_consent_that_runs_out_takes_the_personnummer_off_the_laptops(team_server: Server, laptops) -> None:
    """Nobody edits anything: the consent's last day passes, and the next sync takes it away."""
    from asfdesk.server.database import owner_engine

    today = date.today()
    consent = ConsentInput("ame", given_date=today - timedelta(30), expires=today + timedelta(30))
    _hanna, henrik, person = _two_handlaggare(team_server, laptops, consent)
    assert _pnr(henrik, person) == PNR
    engine = owner_engine(team_server.pg)
    try:  # as if the weeks had passed: the consent's last day was yesterday, the server last looked before it
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE consent SET expires = :d WHERE participant_id = :p"),
                {"d": today - timedelta(1), "p": person},
            )
            conn.execute(text("UPDATE sync_counter SET consents_checked = :d"), {"d": today - timedelta(2)})
    finally:
        engine.dispose()
    henrik.team.sync()
    assert _pnr(henrik, person) in (None, "")
    with_later = henrik.team.sync()
    assert with_later.received == 0  # looked at once a day, not at every sync
