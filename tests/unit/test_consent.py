"""The consent ledger: who may see a participant by pseudonym, for how long, and protected identities."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from stdnum import luhn

from asfdesk.domain.inputs import ConsentInput, ParticipantInput, PlacementInput, identity_allowed
from asfdesk.domain.reporting import Audience, Period
from asfdesk.services import report_service as reports
from asfdesk.services.errors import ValidationFailedError
from asfdesk.storage.models import Organisation

from .test_reports import pdf_text

DAY = date(2026, 6, 1)


def test_consent_rules() -> None:
    """Valid from the day given, until it expires or is withdrawn, for its own recipient only; never when protected."""
    ame = ConsentInput("ame", "uppföljning", date(2026, 1, 1), date(2026, 12, 31))
    assert identity_allowed([ame], "ame", DAY)
    assert not identity_allowed([ame], "af", DAY)
    assert not identity_allowed([ame], "ame", date(2025, 12, 31))
    assert not identity_allowed([ame], "ame", date(2027, 1, 1))
    withdrawn = ConsentInput("ame", "uppföljning", date(2026, 1, 1), None, date(2026, 5, 1))
    assert not identity_allowed([withdrawn], "ame", DAY)
    assert not identity_allowed([ame], "ame", DAY, protected=True)


def test_consents_are_saved_with_the_participant(ctx) -> None:
    """Consents entered with a participant are read back as entered; impossible dates are refused."""
    consents = [ConsentInput("af", "statistik", date(2026, 2, 1), date(2027, 2, 1))]
    person = ctx.participants.create(ParticipantInput(code="SAMT-1", consents=consents))
    assert ctx.participants.get_input(person).consents == consents
    with pytest.raises(ValidationFailedError) as info:
        ctx.participants.create(
            ParticipantInput(code="SAMT-2", consents=[ConsentInput("ame", "", date(2026, 5, 1), date(2026, 4, 1))])
        )
    assert "consents" in info.value.errors


def test_protected_identity_may_not_hold_a_personnummer(ctx) -> None:
    """Someone with skyddade personuppgifter is a statistics record only."""
    body = "800101123"
    with pytest.raises(ValidationFailedError) as info:
        ctx.participants.create(
            ParticipantInput(
                code="SKYDD-1",
                protected_identity=True,
                personnummer=f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}",
            )
        )
    assert "personnummer" in info.value.errors


def test_case_officer_report_hides_participants_without_consent(ctx, tmp_path: Path) -> None:
    """In a handläggare's report, a participant whose consent was withdrawn shows as 'Anonym', not by code."""
    with ctx.database.session_factory() as session:
        ame = next(o for o in session.query(Organisation).all() if o.kind == "ame")
        ame_id = ame.id
    enterprise = ctx.enterprises.list_enterprises()[0].id
    given = ConsentInput("ame", "uppföljning", date(2026, 1, 1))
    with_consent = ctx.participants.create(
        ParticipantInput(code="MED-1", referring_organisation_id=ame_id, consents=[given])
    )
    withdrawn = ConsentInput("ame", "uppföljning", date(2026, 1, 1), None, date(2026, 3, 1))
    without = ctx.participants.create(
        ParticipantInput(code="UTAN-1", referring_organisation_id=ame_id, consents=[withdrawn])
    )
    protected = ctx.participants.create(
        ParticipantInput(code="SKYDD-2", referring_organisation_id=ame_id, consents=[given], protected_identity=True)
    )
    for person in (with_consent, without, protected):
        ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 4, 1)), enterprise)
    pdf = reports.support_summary_pdf(
        ctx.database.session_factory,
        enterprise,
        Period(date(2026, 1, 1), date(2026, 12, 31)),
        tmp_path / "h.pdf",
        Audience.CASE_OFFICER,
        ame_id,
    )
    text = pdf_text(pdf)
    assert "MED-1" in text and "UTAN-1" not in text and "SKYDD-2" not in text
    assert text.count("Anonym") >= 2


@pytest.mark.parametrize(
    ("consent", "day", "valid"),
    [
        (ConsentInput("ame", "u", date(2026, 6, 1)), date(2026, 6, 1), True),  # the day it is given
        (ConsentInput("ame", "u", date(2026, 6, 2)), date(2026, 6, 1), False),  # the day before
        (ConsentInput("ame", "u", None), date(2026, 6, 1), False),  # no day given: no consent
        (ConsentInput("ame", "u", date(2026, 1, 1), date(2026, 6, 1)), date(2026, 6, 1), True),  # its last day
        (ConsentInput("ame", "u", date(2026, 1, 1), date(2026, 5, 31)), date(2026, 6, 1), False),  # expired
        (
            ConsentInput("ame", "u", date(2026, 1, 1), None, date(2026, 6, 1)),
            date(2026, 6, 1),
            False,
        ),  # withdrawn today
        (ConsentInput("ame", "u", date(2026, 1, 1), None, date(2026, 6, 2)), date(2026, 6, 1), True),  # withdrawn later
    ],
)
def test_consent_boundary_days(consent: ConsentInput, day: date, valid: bool) -> None:
    assert consent.valid_on(day) is valid
    assert identity_allowed([consent], "ame", day) is valid
    assert identity_allowed([consent], "af", day) is False


def test_one_valid_consent_among_old_ones_is_enough_for_its_own_recipient() -> None:
    old = ConsentInput("ame", "u", date(2020, 1, 1), date(2021, 1, 1))
    af = ConsentInput("af", "u", date(2026, 1, 1))
    current = ConsentInput("ame", "u", date(2026, 1, 1))
    assert identity_allowed([old, af, current], "ame", DAY)
    assert not identity_allowed([old, af], "ame", DAY)
    assert identity_allowed([old, af], "af", DAY)
    assert not identity_allowed([], "ame", DAY)


def test_af_reads_by_af_consent_and_ame_by_ame_consent_each_only_its_own_participants(ctx) -> None:
    """The recipient is the reader's kind: AF's summary needs consent to AF, a municipality's to AME;
    a participant another organisation placed is not in the reader's summary at all."""
    from asfdesk.services.report_queries import ReportQueries

    with ctx.database.session_factory.begin() as session:
        af = Organisation(name="Arbetsförmedlingen Test", kind="af")
        ame = Organisation(name="AME Test", kind="ame")
        session.add_all([af, ame])
        session.flush()
        af_id, ame_id = af.id, ame.id
    enterprise = ctx.enterprises.list_enterprises()[0].id
    to_af = ConsentInput("af", "uppföljning", date(2026, 1, 1))
    to_ame = ConsentInput("ame", "uppföljning", date(2026, 1, 1))
    codes = {
        "AF-MED": (af_id, [to_af]),
        "AF-FEL": (af_id, [to_ame]),  # consented to AME only: anonymous to AF
        "AME-MED": (ame_id, [to_ame]),
        "AME-FEL": (ame_id, [to_af]),
    }
    for code, (referrer, consents) in codes.items():
        person = ctx.participants.create(
            ParticipantInput(code=code, referring_organisation_id=referrer, consents=consents)
        )
        ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 4, 1)), enterprise)
    queries = ReportQueries(ctx.database.session_factory)
    period = Period(date(2026, 1, 1), date(2026, 12, 31))

    def shown(referrer: str) -> list[str]:
        summary = queries.support_summary(enterprise, period, Audience.CASE_OFFICER, referrer, today=DAY)
        return sorted(p.participant_code for p in summary.placements)

    assert shown(af_id) == ["AF-MED", "Anonym"]
    assert shown(ame_id) == ["AME-MED", "Anonym"]


def test_a_consent_for_one_placement_speaks_for_that_placement_only() -> None:
    only_a = ConsentInput("ame", "uppföljning", date(2026, 1, 1), placement_id="placement-a")
    assert identity_allowed([only_a], "ame", DAY, placement_id="placement-a")
    assert not identity_allowed([only_a], "ame", DAY, placement_id="placement-b")
    assert identity_allowed([only_a], "ame", DAY)  # asked about the participant as such
    general = ConsentInput("ame", "uppföljning", date(2026, 1, 1))
    assert identity_allowed([only_a, general], "ame", DAY, placement_id="placement-b")


def test_the_summary_shows_a_participant_by_code_only_on_the_placement_consented_to(ctx) -> None:
    from asfdesk.services.report_queries import ReportQueries

    with ctx.database.session_factory.begin() as session:
        ame = Organisation(name="AME Placeringssamtycke", kind="ame")
        session.add(ame)
        session.flush()
        ame_id = ame.id
    first, second = (e.id for e in ctx.enterprises.list_enterprises()[:2])
    person = ctx.participants.create(ParticipantInput(code="PL-SAMT", referring_organisation_id=ame_id))
    here = ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 2, 1)), first)
    there = ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 4, 1)), second)
    data = ctx.participants.get_input(person)
    data.consents = [ConsentInput("ame", "uppföljning", date(2026, 1, 1), placement_id=here)]
    ctx.participants.update(person, data)
    assert ctx.participants.get_input(person).consents[0].placement_id == here  # kept as entered
    queries = ReportQueries(ctx.database.session_factory)
    period = Period(date(2026, 1, 1), date(2026, 12, 31))

    def code_at(enterprise: str, placement: str) -> str:
        summary = queries.support_summary(enterprise, period, Audience.CASE_OFFICER, ame_id, today=DAY)
        return next(p.participant_code for p in summary.placements if p.id == placement)

    assert code_at(first, here) == "PL-SAMT"
    assert code_at(second, there) == "Anonym"
    assert dict(ctx.participants.placement_choices(person)).keys() == {here, there}


def test_a_consent_that_ran_out_shows_the_participant_as_anonym_from_the_next_day(ctx) -> None:
    """The handläggare's summary on a consent's last day shows the code; the day after, 'Anonym'."""
    from asfdesk.services.report_queries import ReportQueries

    with ctx.database.session_factory.begin() as session:
        ame = Organisation(name="AME Tidsgräns", kind="ame")
        session.add(ame)
        session.flush()
        ame_id = ame.id
    enterprise = ctx.enterprises.list_enterprises()[0].id
    last_day = date(2026, 5, 31)
    person = ctx.participants.create(
        ParticipantInput(
            code="TIDSGRANS",
            referring_organisation_id=ame_id,
            consents=[ConsentInput("ame", "uppföljning", date(2026, 1, 1), expires=last_day)],
        )
    )
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 2, 1)), enterprise)
    queries = ReportQueries(ctx.database.session_factory)
    period = Period(date(2026, 1, 1), date(2026, 12, 31))

    def shown(day: date) -> list[str]:
        summary = queries.support_summary(enterprise, period, Audience.CASE_OFFICER, ame_id, today=day)
        return [p.participant_code for p in summary.placements]

    assert shown(last_day) == ["TIDSGRANS"]
    assert shown(date(2026, 6, 1)) == ["Anonym"]
