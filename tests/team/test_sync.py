"""Two or more laptops against a real team server: capture, push, pull, merge, conflicts, duplicates."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select, text

from asfdesk.domain.inputs import ContactPersonInput, EnterpriseInput
from asfdesk.storage.models import ContactPerson, Enterprise, Participant
from asfdesk.sync import capture, outbox, protocol
from asfdesk.sync.client import TeamClient, TeamError
from asfdesk.sync.local_state import sync_dirty, sync_outgoing

from .conftest import Laptop, Server


def _pair(team_server: Server, laptops: Any) -> tuple[Laptop, Laptop]:
    team_server.org("Coompanion Gävleborg", "coompanion")
    anna_code = team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")
    sara_code = team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg")
    anna, sara = laptops("anna"), laptops("sara")
    anna.team.join(team_server.url, anna_code)
    sara.team.join(team_server.url, sara_code)
    return anna, sara


def _enterprise(laptop: Laptop, name: str, orgnr: str = "", **fields: Any) -> str:
    data = EnterpriseInput(name=name, municipality="Hudiksvall", orgnr=orgnr, **fields)
    return str(laptop.context.enterprise_records.create(data))


def _edit(laptop: Laptop, enterprise_id: str, **changes: Any) -> None:
    records = laptop.context.enterprise_records
    records.update(enterprise_id, dataclasses.replace(records.get_input(enterprise_id), **changes))


def _value(laptop: Laptop, model: Any, record_id: str, column: str) -> Any:
    with laptop.database.session_factory() as session:
        query = select(getattr(model, column)).where(model.id == record_id).execution_options(include_deleted=True)
        return session.scalar(query)


def _count(laptop: Laptop, model: Any, **where: Any) -> int:
    with laptop.database.session_factory() as session:
        query = select(func.count()).select_from(model).filter_by(**where)
        return int(session.scalar(query) or 0)


def test_capture_covers_every_synchronised_table_and_not_what_was_pulled(team_server: Server, laptops) -> None:
    """After joining, every shared table has its triggers; a local edit is noted, a pulled row is not."""
    anna, sara = _pair(team_server, laptops)
    with anna.database.engine.connect() as conn:
        assert capture.missing(conn) == []
        assert len(capture.installed(conn)) == 3 * len(protocol.synced_tables())
    enterprise = _enterprise(anna, "Kaffe Bönan ek. för.")
    with anna.database.engine.connect() as conn:
        noted = conn.execute(select(sync_dirty.c.col).where(sync_dirty.c.row_id == enterprise)).scalars().all()
    assert noted == ["*"]
    anna.team.sync()
    sara.team.sync()
    assert _value(sara, Enterprise, enterprise, "name") == "Kaffe Bönan ek. för."
    with sara.database.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sync_dirty)).scalar() == 0


def test_different_fields_edited_offline_on_two_laptops_are_both_kept(team_server: Server, laptops) -> None:
    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Cykelköket ek. för.", phone="026-10 00 00")
    anna.team.sync()
    sara.team.sync()
    _edit(anna, enterprise, phone="070-111 11 11")  # both offline now
    _edit(sara, enterprise, email="info@cykelkoket.se")
    for laptop in (anna, sara, anna, sara):
        laptop.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, enterprise, "phone") == "070-111 11 11"
        assert _value(laptop, Enterprise, enterprise, "email") == "info@cykelkoket.se"
    assert anna.team.status().conflicts == sara.team.status().conflicts == 0


def test_the_same_field_edited_on_two_laptops_is_a_conflict_that_a_person_decides(team_server: Server, laptops) -> None:
    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Second hand Ås ek. för.")
    anna.team.sync()
    sara.team.sync()
    _edit(anna, enterprise, notes="Styrelsen vill ha stöd i upphandling.")
    _edit(sara, enterprise, notes="Ny verksamhetsledare från mars.")
    first = anna.team.sync()
    second = sara.team.sync()
    anna.team.sync()
    assert first.conflicts == 0 and second.conflicts == 1
    # the server kept the first value; the second is in the conflict, with who changed what
    (conflict,) = sara.team.conflicts()
    assert (conflict["tbl"], conflict["row_id"], conflict["field"]) == ("enterprise", enterprise, "notes")
    assert conflict["kept"] == "Styrelsen vill ha stöd i upphandling."
    assert conflict["other"] == "Ny verksamhetsledare från mars."
    assert conflict["kept_by"]["name"] == "Anna Andersson" and conflict["other_by"]["name"] == "Sara Svensson"
    assert [c["id"] for c in anna.team.conflicts()] == [conflict["id"]]  # it reaches both people involved
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, enterprise, "notes") == "Styrelsen vill ha stöd i upphandling."

    decided = "Ny verksamhetsledare från mars; vill ha stöd i upphandling."
    sara.team.resolve(conflict["id"], decided)
    anna.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, enterprise, "notes") == decided
        assert laptop.team.conflicts() == []


def test_an_edit_of_a_record_deleted_elsewhere_is_a_conflict_not_a_lost_edit(team_server: Server, laptops) -> None:
    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Hunddagis i Ås AB")
    anna.team.sync()
    sara.team.sync()
    sara.context.enterprise_records.delete(enterprise)
    _edit(anna, enterprise, phone="070-222 22 22")
    sara.team.sync()
    result = anna.team.sync()
    assert result.conflicts == 1
    (conflict,) = anna.team.conflicts()
    assert (conflict["kind"], conflict["field"], conflict["other"]) == ("deleted", "phone", "070-222 22 22")
    anna.team.resolve(conflict["id"], "070-222 22 22")  # keep the edit: the record comes back
    sara.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, enterprise, "deleted_at") is None
        assert _value(laptop, Enterprise, enterprise, "phone") == "070-222 22 22"


def test_the_same_enterprise_registered_on_two_laptops_ends_as_one(team_server: Server, laptops) -> None:
    """Same organisationsnummer: the second is merged into the first, its contact person re-pointed."""
    anna, sara = _pair(team_server, laptops)
    first = _enterprise(anna, "Kaffe Bönan ek. för.", orgnr="769600-1234", phone="026-12 34 56")
    second = _enterprise(sara, "Kaffebönan", orgnr="769600-1234", email="hej@bonan.se")
    sara.context.contact_persons.create(ContactPersonInput(name="Lisa Handledare", role="handledare"), second)
    anna.team.sync()
    result = sara.team.sync()
    anna.team.sync()
    for laptop in (anna, sara):
        assert _count(laptop, Enterprise, orgnr="769600-1234") == 1
        assert _value(laptop, Enterprise, first, "email") == "hej@bonan.se"  # an empty field is filled
        assert _value(laptop, ContactPerson, _only_contact(laptop), "enterprise_id") == first
    assert _value(sara, Enterprise, second, "name") is None  # the loser's id is gone from the laptop
    assert result.conflicts == 1  # the names differ: kept "Kaffe Bönan ek. för.", "Kaffebönan" in the conflict
    (conflict,) = sara.team.conflicts()
    assert (conflict["field"], conflict["kept"], conflict["other"]) == ("name", "Kaffe Bönan ek. för.", "Kaffebönan")


def test_a_field_emptied_on_purpose_is_not_filled_by_a_duplicate(team_server: Server, laptops) -> None:
    """A duplicate fills the fields nobody has touched since the record was made, but a field
    someone emptied after is a decision: the duplicate's value becomes a conflict."""
    anna, sara = _pair(team_server, laptops)
    first = _enterprise(anna, "Kaffe Bönan ek. för.", orgnr="769600-1234", phone="026-12 34 56")
    anna.team.sync()
    _edit(anna, first, phone="")  # the number was wrong: emptied
    anna.team.sync()
    _enterprise(sara, "Kaffe Bönan ek. för.", orgnr="769600-1234", phone="026-99 99 99", email="hej@bonan.se")
    assert sara.team.sync().conflicts == 1
    anna.team.sync()
    assert _value(anna, Enterprise, first, "phone") == ""
    assert _value(anna, Enterprise, first, "email") == "hej@bonan.se"
    (conflict,) = sara.team.conflicts()
    assert (conflict["field"], conflict["kept"], conflict["other"]) == ("phone", "", "026-99 99 99")
    assert conflict["kept_by"]["name"] == "Anna Andersson"


def _only_contact(laptop: Laptop) -> str:
    with laptop.database.session_factory() as session:
        (found,) = session.scalars(select(ContactPerson.id)).all()
        return str(found)


def test_a_batch_whose_answer_was_lost_is_applied_once(team_server: Server, laptops) -> None:
    """Killed after the server committed, before the answer was applied: the same batch goes again."""
    anna, sara = _pair(team_server, laptops)
    anna.team.sync()
    _enterprise(anna, "Verkstan ek. för.", orgnr="769611-0001")
    with anna.database.session_factory.begin() as session:
        batch = outbox.take_batch(session.connection(), rows=True)
    assert batch is not None
    team = anna.team.team()
    assert team is not None
    with TeamClient(team_server.url, anna.team._token(team)) as client:
        client.push(batch.body)  # the server applies it; this laptop "dies" before writing the answer
    with anna.database.session_factory.begin() as session:
        assert outbox.take_batch(session.connection()) == batch  # still waiting, same id
    anna.team.sync()
    sara.team.sync()
    assert _count(sara, Enterprise, orgnr="769611-0001") == 1
    with anna.database.engine.connect() as conn:
        assert outbox.pending_count(conn) == 0


def test_a_revoked_device_is_refused_at_once(team_server: Server, laptops) -> None:
    from asfdesk.server.accounts import list_devices, revoke_device
    from asfdesk.server.database import owner_engine

    anna, _sara = _pair(team_server, laptops)
    anna.team.sync()
    engine = owner_engine(team_server.pg)
    try:
        device = next(d for d in list_devices(engine) if d["user"] == "Anna Andersson")
        revoke_device(engine, device["id"])
    finally:
        engine.dispose()
    _enterprise(anna, "Efter spärren AB")
    with pytest.raises(TeamError, match=r"inte .*ansluten") as refused:
        anna.team.sync()
    assert refused.value.status == 401
    assert anna.team.status().waiting == 1  # nothing typed is lost: it waits here


def test_an_older_client_is_told_to_update(team_server: Server) -> None:
    import httpx

    answer = httpx.get(f"{team_server.url}/v1/me", headers={"X-Asfdesk-Protocol": "0"})
    assert answer.status_code == 426
    assert "Uppdatera asfdesk" in answer.json()["detail"]


def test_plain_http_is_refused_for_a_server_elsewhere() -> None:
    with pytest.raises(TeamError, match="https://"):
        TeamClient("http://asf.example.se")


def test_rows_are_filtered_by_postgresql_itself(team_server: Server, laptops) -> None:
    """Connected as the API role, plain SELECTs return only what each user's policies allow."""
    from asfdesk.server.database import api_engine

    team_server.org("AME Hudiksvall", "ame")
    anna, _sara = _pair(team_server, laptops)
    own = _enterprise(anna, "Annas företag ek. för.")
    anna.team.sync()
    bo_code = team_server.user("Bo Rådgivare", "radgivare", "AME Hudiksvall")
    bo = laptops("bo")
    bo.team.join(team_server.url, bo_code)
    assert _value(bo, Enterprise, own, "name") is None  # another organisation's enterprise never reaches him
    engine = api_engine(team_server.pg)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM enterprise")).scalar() == 0  # nobody set: nothing
            ame = conn.execute(text("SELECT organisation_id FROM team_account WHERE name = 'Bo Rådgivare'")).scalar()
            conn.execute(
                text("SELECT set_config('asfdesk.role', 'radgivare', true), set_config('asfdesk.org', :o, true)"),
                {"o": ame},
            )
            assert conn.execute(text("SELECT count(*) FROM enterprise WHERE id = :i"), {"i": own}).scalar() == 0
        with engine.begin() as conn:
            conn.execute(text("SELECT set_config('asfdesk.role', 'samordnare', true)"))
            assert conn.execute(text("SELECT count(*) FROM enterprise WHERE id = :i"), {"i": own}).scalar() == 1
            role = conn.execute(
                text("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            assert role is False
    finally:
        engine.dispose()


def test_hostile_pushes_get_a_reason_and_change_nothing_else(team_server: Server, laptops) -> None:
    """Unknown tables and fields, values of the wrong kind, records of no one's: each change is
    refused with its reason, the rest of the batch goes in; malformed and oversized requests are
    refused whole."""
    import httpx

    anna, _sara = _pair(team_server, laptops)
    anna.team.sync()
    team = anna.team.team()
    assert team is not None
    token = anna.team._token(team)
    headers = {"Authorization": f"Bearer {token}", "X-Asfdesk-Protocol": "1"}
    made = _enterprise(anna, "Giltigt AB")
    with anna.database.engine.connect() as conn:
        row = conn.execute(select(Enterprise.__table__).where(Enterprise.id == made)).one()._mapping
    good = {"t": "enterprise", "id": made, "new": True, "fields": protocol.encode_row("enterprise", row)}
    changes = [
        {"t": "team_secret", "id": "x", "new": True, "fields": {"value": "stöld"}},
        {"t": "enterprise", "id": "22222222-2222-4222-8222-222222222222", "new": True, "fields": {"name; DROP": 1}},
        {
            "t": "enterprise",
            "id": "33333333-3333-4333-8333-333333333333",
            "new": True,
            "fields": {"employees": "många"},
        },
        {"t": "enterprise", "id": "44444444-4444-4444-8444-444444444444", "fields": {"name": "Finns inte"}},
        good,
    ]
    answer = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-1", "changes": changes})
    assert answer.status_code == 200
    reasons = {r["id"]: r["reason"] for r in answer.json()["refused"]}
    assert reasons["x"].startswith("okänd tabell")
    assert reasons["22222222-2222-4222-8222-222222222222"].startswith("okända fält")
    assert "not an integer" in reasons["33333333-3333-4333-8333-333333333333"]
    assert reasons["44444444-4444-4444-8444-444444444444"] == "posten finns inte på servern"
    assert [a[1] for a in answer.json()["accepted"]] == [good["id"]]
    too_long = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "b" * 37, "changes": []})
    assert too_long.status_code == 422
    huge = httpx.post(
        f"{team_server.url}/v1/push",
        headers={**headers, "Content-Type": "application/json"},
        content=b"[" * (65 * 2**20),
    )
    assert huge.status_code == 413
    streamed = httpx.post(  # a body without its length (chunked) is not read either
        f"{team_server.url}/v1/push",
        headers={**headers, "Content-Type": "application/json"},
        content=iter([b'{"batch": "b", ', b'"changes": []}']),
    )
    assert streamed.status_code == 411 and streamed.json()["detail"] == "Längden på förfrågan saknas."
    garbage = httpx.post(
        f"{team_server.url}/v1/push", headers={**headers, "Content-Type": "application/json"}, content=b"{"
    )
    assert garbage.status_code == 422
    nobody = httpx.post(
        f"{team_server.url}/v1/push",
        headers={**headers, "Authorization": "Bearer fel"},
        json={"batch": "b-2", "changes": [good]},
    )
    assert nobody.status_code == 401
    sara_view = laptops("sara2")
    del sara_view
    anna.team.sync()
    assert _count(anna, Enterprise, name="Giltigt AB") == 1


def test_a_push_that_claims_too_much_or_breaks_an_identity_is_refused_with_a_reason(
    team_server: Server, laptops
) -> None:
    """An edit based on a number the server never handed out (it would pass as knowing every later
    change: no conflict could be found), an organisationsnummer or personnummer no laptop form
    would take, a required field emptied: each refused, with a reason in Swedish, nothing stored."""
    import httpx

    anna, sara = _pair(team_server, laptops)
    shared = _enterprise(anna, "Delat AB", phone="026-11 11 11")
    anna.team.sync()
    sara.team.sync()
    _edit(sara, shared, phone="026-22 22 22")
    sara.team.sync()
    team = anna.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {anna.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    new = "55555555-5555-4555-8555-555555555555"
    changes = [
        {"t": "enterprise", "id": shared, "base": 2**62, "fields": {"phone": "000"}},
        {"t": "enterprise", "id": new, "new": True, "fields": {"name": "Fel AB", "orgnr": "123"}},
        {"t": "enterprise", "id": shared, "base": 1, "fields": {"name": None}},
    ]
    answer = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-x", "changes": changes})
    assert answer.status_code == 200
    refused = [(r["id"], r["reason"]) for r in answer.json()["refused"]]
    assert refused[0] == (shared, "versionen finns inte på servern")
    assert refused[1][0] == new and "tio siffror" in refused[1][1]
    assert refused[2] == (shared, "name får inte vara tomt")
    too_far = httpx.post(
        f"{team_server.url}/v1/push",
        headers=headers,
        json={"batch": "b-y", "changes": [{**changes[0], "base": 2**70}]},
    )
    assert too_far.status_code == 422
    person = {"t": "participant", "id": new, "new": True, "fields": {"code": "X-1", "personnummer": "19121212-1213"}}
    answer = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-z", "changes": [person]})
    ((_id, reason),) = [(r["id"], r["reason"]) for r in answer.json()["refused"]]
    assert "ontrollsiffr" in reason or "personnummer" in reason.lower()
    with psycopg.connect(team_server.pg) as conn:
        assert conn.execute("SELECT phone, name FROM enterprise WHERE id = %s", [shared]).fetchone() == (
            "026-22 22 22",
            "Delat AB",
        )
        assert conn.execute("SELECT count(*) FROM enterprise WHERE id = %s", [new]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 0


def test_records_leaving_someones_scope_leave_their_laptop(team_server: Server, laptops) -> None:
    """A participant referred elsewhere disappears from the first handläggare's laptop at the next
    sync, with the placement and the enterprise he saw only through it; he never sees notes of
    handledarstöd."""
    from asfdesk.domain.inputs import ParticipantInput, PlacementInput, SupportContactInput
    from asfdesk.storage.models import Organisation, Participant, Placement, SupportContact

    team_server.org("Coompanion Gävleborg", "coompanion")
    team_server.org("AME Hudiksvall", "ame")
    team_server.org("Arbetsförmedlingen", "af")
    sara, hanna = laptops("sara"), laptops("hanna")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.team.sync()
    with sara.database.session_factory() as session:
        orgs = dict(session.execute(select(Organisation.name, Organisation.id)).all())
    enterprise = _enterprise(sara, "Placeringsföretaget ek. för.")
    person = sara.context.participants.create(
        ParticipantInput(code="D26-100", gender="kvinna", referring_organisation_id=orgs["AME Hudiksvall"])
    )
    placement = sara.context.placements.create(
        PlacementInput(participant_id=person, start_date=date(2026, 9, 1)), enterprise
    )
    sara.context.support_contacts.create(
        SupportContactInput(contact_date=date(2026, 10, 1), notes="Styrelsens ekonomi"), enterprise
    )
    sara.team.sync()
    hanna.team.join(team_server.url, team_server.user("Hanna Handläggare", "handlaggare", "AME Hudiksvall"))
    hanna.team.sync()
    assert _value(hanna, Participant, person, "code") == "D26-100"
    assert _value(hanna, Placement, placement, "participant_id") == person
    assert _value(hanna, Enterprise, enterprise, "name") == "Placeringsföretaget ek. för."
    assert _count(hanna, SupportContact) == 0  # handledarstöd is not a handläggare's

    records = sara.context.participants
    records.update(
        person, dataclasses.replace(records.get_input(person), referring_organisation_id=orgs["Arbetsförmedlingen"])
    )
    sara.team.sync()
    hanna.team.sync()
    assert _value(hanna, Participant, person, "code") is None
    assert _value(hanna, Placement, placement, "id") is None
    assert _value(hanna, Enterprise, enterprise, "id") is None
    assert _value(sara, Participant, person, "code") == "D26-100"  # the samordnare still sees it


def test_joining_leaves_the_laptops_own_records_as_they_were(team_server: Server, laptops) -> None:
    """What a laptop sent and gets back unchanged is not written again: its 'last changed' stays,
    and a sync with nothing new receives nothing."""
    team_server.org("Coompanion Gävleborg", "coompanion")
    anna = laptops("anna")
    enterprise = _enterprise(anna, "Gammalt företag ek. för.")
    before = (_value(anna, Enterprise, enterprise, "updated_at"), _value(anna, Enterprise, enterprise, "version"))
    anna.team.join(team_server.url, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    first = anna.team.sync()
    assert (
        first.sent == 1 and first.received >= 2
    )  # her enterprise (the catalogue is no news); the server's org and staff
    assert (
        _value(anna, Enterprise, enterprise, "updated_at"),
        _value(anna, Enterprise, enterprise, "version"),
    ) == before
    assert anna.team.sync().line() == "skickade 0, tog emot 0, konflikter 0"


def test_a_join_passes_its_own_records_in_one_page(team_server: Server, laptops, monkeypatch) -> None:
    """The records a laptop has just sent are not sent back, and the page limit counts only what
    travels: after a join's push the pull is one page, however many records it passed."""
    team_server.org("Coompanion Gävleborg", "coompanion")
    anna = laptops("anna")
    for n in range(30):
        _enterprise(anna, f"Företag {n}")
    anna.team.join(team_server.url, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    anna.team.page = 20
    asked: list[int] = []
    fetch = TeamClient.fetch_pull

    def counted(self: TeamClient, after: int, limit: int, held: Any = None) -> Any:
        asked.append(after)
        return fetch(self, after, limit, held)

    monkeypatch.setattr(TeamClient, "fetch_pull", counted)
    result = anna.team.sync()
    # 30 of her own passed, the server's organisation, staff and module catalogue received: one page
    assert result.sent == 30 and result.received < 20 and len(asked) == 1
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.team.page = 20
    asked.clear()
    assert sara.team.sync().received >= 30 and len(asked) >= 3  # for another laptop they travel, 20 a page
    assert _count(sara, Enterprise) == 30


def test_participants_made_offline_on_two_laptops_get_codes_of_their_own(team_server: Server, laptops) -> None:
    """The code a form suggests carries the device's letters in a team, so two laptops that each
    register a new participant offline do not make one person of two (the same code means the same
    participant on the server); a laptop that joined before devices had numbers gets its own."""
    import dataclasses

    from asfdesk.sync.apply import get_state, set_state

    anna, sara = _pair(team_server, laptops)
    with sara.database.engine.begin() as conn:  # as joined before devices had numbers
        team = get_state(conn, "team")
        set_state(conn, "team", {**team, "me": {k: v for k, v in team["me"].items() if k != "number"}})
    sara.team.sync()
    anna.team.sync()
    made = []
    for laptop in (anna, sara):
        service = laptop.context.participants
        made.append(service.create(dataclasses.replace(service.new_input(), gender="kvinna")))
    codes = [_value(laptop, Participant, pid, "code") for laptop, pid in zip((anna, sara), made, strict=True)]
    year = f"{date.today():%y}"
    assert codes[0] != codes[1] and all(c.startswith(f"D{year}-") and c.endswith("001") for c in codes)
    for laptop in (anna, sara, anna):
        laptop.team.sync()
    # two people on the server, both seen by the samordnare (a rådgivare sees only those placed with her)
    assert sorted(_value(sara, Participant, pid, "code") for pid in made) == sorted(codes)
    with psycopg.connect(team_server.pg) as conn:
        on_server = conn.execute("SELECT code FROM participant ORDER BY code").fetchall()
    assert [c for (c,) in on_server] == sorted(codes)
    second = anna.context.participants.new_input().code
    assert second == codes[0][:-3] + "002"


def test_a_conflict_shows_what_holds_now_and_names_the_records_it_refers_to(team_server: Server, laptops) -> None:
    """Two advisors set for one contact: the conflict names the staff, not their ids. When the field
    changes again after the conflict, the conflict shows the value that holds now, and keeping it
    keeps that value (it does not bring back the one the server kept at the time)."""
    from asfdesk.domain.inputs import SupportContactInput
    from asfdesk.services.team_conflicts import ConflictDescriber
    from asfdesk.storage.models import Staff, SupportContact

    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Kafé Linnéa")
    contacts = anna.context.support_contacts
    contact = contacts.create(SupportContactInput(contact_date=date.today(), minutes=60), enterprise)
    anna.team.sync()
    sara.team.sync()
    with sara.database.session_factory() as session:
        staff = {s.name: s.id for s in session.scalars(select(Staff))}
    for laptop, advisor in ((anna, "Anna Andersson"), (sara, "Sara Svensson")):
        service = laptop.context.support_contacts
        service.update(contact, dataclasses.replace(service.get_input(contact), advisor_id=staff[advisor]))
    anna.team.sync()
    assert sara.team.sync().conflicts == 1
    describe = ConflictDescriber(sara.database.session_factory)
    (row,) = describe.rows(sara.team.conflicts())
    assert (row.field_label, row.kept_text, row.other_text) == ("Rådgivare", "Anna Andersson", "Sara Svensson")
    contacts.update(contact, dataclasses.replace(contacts.get_input(contact), advisor_id=None))  # Anna again
    anna.team.sync()
    sara.team.sync()
    (row,) = describe.rows(sara.team.conflicts())
    assert row.kept is None and row.kept_text == "(tomt)"  # what holds now, not Anna's of the time
    sara.team.resolve(row.id, row.kept)  # the window's "Behåll nuvarande"
    anna.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, SupportContact, contact, "advisor_id") is None
    assert sara.team.conflicts() == []


def test_participants_made_before_joining_are_not_taken_for_each_other(team_server: Server, laptops) -> None:
    """Two people who used asfdesk alone both have a participant D<yy>-001 — two different people.
    Joining gives each laptop's own codes its device's letters before they reach the team, so the
    server does not merge them; the change is in each laptop's audit log, and the preview does not
    count them as already in the team."""
    from asfdesk.domain.inputs import ParticipantInput
    from asfdesk.storage.models import AuditEntry

    team_server.org("Coompanion Gävleborg", "coompanion")
    made = {}
    for name, gender in (("anna", "kvinna"), ("sara", "man")):
        laptop = laptops(name)
        service = laptop.context.participants
        code = service.new_input().code
        assert code == f"D{date.today():%y}-001"  # alone: the plain code
        made[name] = (laptop, service.create(ParticipantInput(code=code, gender=gender)))
    kept = made["anna"][0].context.participants.create(ParticipantInput(code="AME-2026-7", gender="kvinna"))
    anna, sara = made["anna"][0], made["sara"][0]
    anna.team.join(team_server.url, team_server.user("Anna Andersson", "samordnare", "Coompanion Gävleborg"))
    anna.team.sync()
    sara_code = team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg")
    assert sara.team.preview(team_server.url, sara_code).participants_known == 0
    sara.team.join(team_server.url, sara_code)
    sara.team.sync()
    anna.team.sync()
    codes = {name: _value(laptop, Participant, pid, "code") for name, (laptop, pid) in made.items()}
    assert codes["anna"] != codes["sara"] and all(c.endswith("001") for c in codes.values())
    assert _value(anna, Participant, kept, "code") == "AME-2026-7"  # a code from elsewhere is left as it is
    with psycopg.connect(team_server.pg) as conn:
        on_server = sorted(r[0] for r in conn.execute("SELECT gender FROM participant").fetchall())
    assert on_server == ["kvinna", "kvinna", "man"]
    with anna.database.session_factory() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.record_id == made["anna"][1])).all()
    assert [(e.action, e.fields) for e in logged][-1] == ("update", ["code"])


def _audit_on_server(team_server: Server, record_id: str) -> tuple[list[tuple[str, list[str]]], int]:
    with psycopg.connect(team_server.pg) as conn:
        rows = conn.execute(
            "SELECT action, fields FROM audit_log WHERE record_id = %s ORDER BY at", (record_id,)
        ).fetchall()
        pushes = conn.execute("SELECT count(*) FROM server_audit WHERE action = 'audit push'").fetchone()
    return [(str(action), list(fields)) for action, fields in rows], int(pushes[0] if pushes else 0)


def _logged_edit(team_server: Server, laptops: Any) -> tuple[Laptop, str]:
    """A joined laptop with an enterprise made and edited since its last sync (two audit entries)."""
    anna, _sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Loggat AB")
    _edit(anna, enterprise, phone="070-555 55 55")
    return anna, enterprise


def _counting_audit_requests(monkeypatch: Any) -> list[int]:
    sent: list[int] = []
    real = TeamClient.audit

    def counted(self: TeamClient, entries: list[dict[str, Any]]) -> dict[str, Any]:
        sent.append(len(entries))
        return real(self, entries)

    monkeypatch.setattr(TeamClient, "audit", counted)
    return sent


def test_the_laptops_audit_log_reaches_the_server_once_with_its_changes(
    team_server: Server, laptops, monkeypatch
) -> None:
    anna, enterprise = _logged_edit(team_server, laptops)
    requests = _counting_audit_requests(monkeypatch)
    anna.team.sync()
    anna.team.sync()  # nothing new: nothing sent twice
    rows, pushes = _audit_on_server(team_server, enterprise)
    assert [r[0] for r in rows] == ["create", "update"]
    assert rows[1][1] == ["phone"]
    assert pushes == 1
    assert requests == []  # they went with the push of the changes, not in a request of their own


def test_an_older_server_that_drops_audit_entries_from_a_push_gets_them_on_their_own(
    team_server: Server, laptops, monkeypatch
) -> None:
    anna, enterprise = _logged_edit(team_server, laptops)
    real_push = TeamClient.push

    def older_server(self: TeamClient, batch: str) -> dict[str, Any]:  # knows no "audit" field
        answer = real_push(self, {key: value for key, value in json.loads(batch).items() if key != "audit"})
        return {key: value for key, value in answer.items() if key != "audit"}

    monkeypatch.setattr(TeamClient, "push", older_server)
    requests = _counting_audit_requests(monkeypatch)
    anna.team.sync()
    anna.team.sync()
    rows, pushes = _audit_on_server(team_server, enterprise)
    assert [r[0] for r in rows] == ["create", "update"]
    assert pushes == 1 and len(requests) == 1


def test_a_record_removed_on_two_laptops_is_no_conflict(team_server: Server, laptops) -> None:
    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Nedlagt AB")
    anna.team.sync()
    sara.team.sync()
    anna.context.enterprise_records.delete(enterprise)
    sara.context.enterprise_records.delete(enterprise)
    assert anna.team.sync().conflicts == 0
    assert sara.team.sync().conflicts == 0
    assert _value(anna, Enterprise, enterprise, "deleted_at") is not None
    assert _value(sara, Enterprise, enterprise, "deleted_at") is not None


def test_many_new_records_go_in_together_and_each_refusal_or_twin_is_still_its_own(
    team_server: Server, laptops
) -> None:
    """A first push of many new records: those the server may take go in, a few outside the sender's
    scope are refused one by one with their reason, and twins (an organisationsnummer the team has,
    or one sent twice in the same batch) are merged, not doubled."""
    import uuid

    import httpx

    team_server.org("Coompanion Gävleborg", "coompanion")
    team_server.org("Coompanion Dalarna", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    hidden = _enterprise(sara, "Gävle Café", orgnr="556677-8899")
    sara.team.sync()
    dan = laptops("dan")
    dan.team.join(team_server.url, team_server.user("Dan Dalare", "radgivare", "Coompanion Dalarna"))
    dan.team.sync()
    own = _enterprise(dan, "Falu Snickeri")
    for number in range(40):
        dan.context.contact_persons.create(ContactPersonInput(name=f"Handledare {number}"), own)
    with dan.database.engine.connect() as conn:
        enterprise = conn.execute(select(Enterprise.__table__).where(Enterprise.id == own)).one()._mapping
        contacts = [r._mapping for r in conn.execute(select(ContactPerson.__table__))]
    fields = protocol.encode_row("enterprise", enterprise)
    twins = [str(uuid.uuid4()) for _ in range(3)]
    borlange = {**fields, "name": "Borlänge Bygg", "orgnr": "769600-1234"}
    gavle = {**fields, "name": "Gävle Café", "orgnr": "556677-8899"}
    changes = [
        {"t": "enterprise", "id": own, "new": True, "fields": fields},
        {"t": "enterprise", "id": twins[0], "new": True, "fields": borlange},
        {"t": "enterprise", "id": twins[1], "new": True, "fields": borlange},
        {"t": "enterprise", "id": twins[2], "new": True, "fields": gavle},
    ]
    outside = {str(c["id"]) for c in contacts[:3]}
    for contact in contacts:
        row = protocol.encode_row("contact_person", contact)
        if str(contact["id"]) in outside:
            row["enterprise_id"] = hidden  # an enterprise Dalarna does not support
        changes.append({"t": "contact_person", "id": str(contact["id"]), "new": True, "fields": row})
    team = dan.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {dan.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    answer = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "first", "changes": changes})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {r["id"]: r["reason"] for r in body["refused"]} == {i: "utanför din behörighet" for i in outside}
    accepted = {a[1] for a in body["accepted"]}
    assert {str(c["id"]) for c in contacts} - outside <= accepted
    assert body["remap"]["enterprise"] == {twins[1]: twins[0], twins[2]: hidden}
    with psycopg.connect(team_server.pg) as conn:
        conn.execute("SET row_security = off")
        orgnrs = [r[0] for r in conn.execute("SELECT orgnr FROM enterprise WHERE orgnr <> '' ORDER BY orgnr")]
        held = conn.execute("SELECT count(*) FROM contact_person WHERE enterprise_id = %s", (own,)).fetchone()
    assert orgnrs == ["556677-8899", "769600-1234"]
    assert held is not None and held[0] == 37


def test_a_laptop_is_not_sent_back_what_it_sent_but_gets_a_decision_it_made(team_server: Server, laptops) -> None:
    """A record whose latest change is all this laptop's own is not pulled back (it holds it); a
    conflict it decides in favour of its own value reaches it all the same."""
    anna, sara = _pair(team_server, laptops)
    made = _enterprise(sara, "Återbruket i Hudik", orgnr="556677-8899")
    sara.team.sync()
    anna.team.sync()
    team = sara.team.team()
    assert team is not None
    with TeamClient(team["url"], sara.team._token(team), schema=sara.team._schema) as client:
        own = [c["id"] for c in client.pull(0, 1000)["changes"] if c["t"] == "enterprise"]
    with TeamClient(team["url"], anna.team._token(anna.team.team() or {}), schema=anna.team._schema) as client:
        others = [c["id"] for c in client.pull(0, 1000)["changes"] if c["t"] == "enterprise"]
    assert made not in own and made in others

    _edit(anna, made, notes="Anna: styrelsemöte i maj.")
    anna.team.sync()
    _edit(sara, made, notes="Sara: årsmöte i april.")
    assert sara.team.sync().conflicts == 1
    assert _value(sara, Enterprise, made, "notes") == "Anna: styrelsemöte i maj."  # the server's value
    (conflict,) = sara.team.conflicts()
    sara.team.resolve(conflict["id"], conflict["other"])  # Sara keeps her own
    anna.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, made, "notes") == "Sara: årsmöte i april."


def test_a_look_before_joining_needs_a_valid_code_and_leaves_it_unused(team_server: Server, laptops) -> None:
    import httpx

    team_server.org("Coompanion Gävleborg", "coompanion")
    code = team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")
    headers = {"X-Asfdesk-Protocol": str(protocol.PROTOCOL)}
    url = f"{team_server.url}/v1/preview"
    wrong = httpx.post(url, headers=headers, json={"code": "AAAA-BBBB-CCCC-DDDD", "orgnrs": ["556036-0793"]})
    assert wrong.status_code == 403 and wrong.json()["detail"] == "Koden gäller inte. Be samordnaren om en ny."
    huge = httpx.post(url, headers=headers, json={"code": code, "codes": ["x"] * 50_001})
    assert huge.status_code in (413, 422)
    odd = httpx.post(url, headers=headers, json={"code": code, "orgnrs": ["", "ö" * 5000, "'; DROP TABLE x"]})
    assert odd.status_code == 200 and odd.json()["enterprise"] == 0
    laptop = laptops("anna")
    assert laptop.team.preview(team_server.url, code).me["name"] == "Anna Andersson"
    assert laptop.team.join(team_server.url, code)["me"]["name"] == "Anna Andersson"  # still unused
    with pytest.raises(TeamError, match="Koden gäller inte"):
        laptops("again").team.preview(team_server.url, code)  # used now


def test_leaving_the_team_keeps_a_copy_only_where_the_role_may_keep_one(team_server: Server, laptops) -> None:
    """A rådgivare who leaves keeps her records as a single-user database; a handläggare's laptop
    keeps nothing the team sent (drafts and Papperskorg included), and the server still has it all."""
    from asfdesk.domain.inputs import ParticipantInput, PlacementInput
    from asfdesk.storage.models import AuditEntry, Organisation, Participant, Placement

    team_server.org("Coompanion Gävleborg", "coompanion")
    team_server.org("AME Hudiksvall", "ame")
    anna, hanna = laptops("anna"), laptops("hanna")
    anna.team.join(team_server.url, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    hanna.team.join(team_server.url, team_server.user("Hanna Handläggare", "handlaggare", "AME Hudiksvall"))
    hanna.team.sync()
    with hanna.database.session_factory() as session:
        ame = session.scalar(select(Organisation.id).where(Organisation.name == "AME Hudiksvall"))
    enterprise = _enterprise(hanna, "Placeringsföretaget ek. för.")
    person = hanna.context.participants.create(ParticipantInput(code="D26-200", referring_organisation_id=ame))
    hanna.context.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 9, 1)), enterprise)
    other = hanna.context.participants.create(ParticipantInput(code="D26-201", referring_organisation_id=ame))
    hanna.context.participants.delete(other)  # in the Papperskorg, with its label
    hanna.team.sync()
    anna_enterprise = _enterprise(anna, "Annas Kafé ek. för.")
    anna.team.sync()

    removed = hanna.team.leave("Hanna Handläggare")
    assert removed > 0 and hanna.team.team() is None
    for model in (Enterprise, Participant, Placement):
        assert _count(hanna, model) == 0, model.__tablename__
    with hanna.database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM trash_entry")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM form_draft")).scalar() == 0
        assert capture.installed(conn) == []
    with hanna.database.session_factory() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.actor) == ("leave_team", "Hanna Handläggare")
    assert hanna.context.audit.verify(hanna.database.path).ok  # the chain holds across the removal

    assert anna.team.leave() == 0  # a rådgivare keeps her copy
    assert _value(anna, Enterprise, anna_enterprise, "name") == "Annas Kafé ek. för."
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.team.sync()
    assert _value(sara, Participant, person, "code") == "D26-200"  # the team still has it


def test_a_laptop_that_joins_again_does_not_conflict_with_its_own_earlier_writes(team_server: Server, laptops) -> None:
    """Anna's laptop is revoked while she types offline; she leaves, joins again with a new code for
    her own account, and what she typed is sent as hers: no conflict with herself."""
    from asfdesk.server.accounts import add_device, list_devices, revoke_device
    from asfdesk.server.database import owner_engine

    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Återkomsten ek. för.", orgnr="769600-2000", notes="Första besöket")
    anna.team.sync()
    _edit(anna, enterprise, notes="Andra besöket: styrelsen vill ha en affärsplan")  # sent: her old device's write
    anna.team.sync()
    engine = owner_engine(team_server.pg)
    try:
        device = next(d for d in list_devices(engine) if d["user"] == "Anna Andersson")
        revoke_device(engine, device["id"])
        code = add_device(engine, "Anna Andersson")
    finally:
        engine.dispose()
    _edit(anna, enterprise, notes="Tredje besöket, skrivet offline")
    with pytest.raises(TeamError):
        anna.team.sync()
    anna.team.leave()
    anna.team.join(team_server.url, code)
    anna.team.sync()
    assert anna.team.status().conflicts == 0
    assert _value(anna, Enterprise, enterprise, "notes") == "Tredje besöket, skrivet offline"
    sara.team.sync()
    assert _value(sara, Enterprise, enterprise, "notes") == "Tredje besöket, skrivet offline"


def test_joining_the_same_team_again_sends_what_was_edited_not_every_stale_field(team_server: Server, laptops) -> None:
    """Anna leaves with her copy; while she is out, Sara and Anna's own other laptop change the
    enterprise, and Anna changes one field in her copy. Joining again sends her one edit: the
    others' later values are neither overwritten by her copy's old ones nor turned into conflicts."""
    from asfdesk.server.accounts import add_device
    from asfdesk.server.database import owner_engine

    anna, sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Tillbaka ek. för.", orgnr="769600-2109", notes="Första besöket", phone="0650-1")
    anna.team.sync()
    sara.team.sync()
    engine = owner_engine(team_server.pg)
    try:
        second, again = add_device(engine, "Anna Andersson"), add_device(engine, "Anna Andersson")
    finally:
        engine.dispose()
    assert anna.team.leave() == 0  # a rådgivare keeps her copy
    _edit(sara, enterprise, notes="Sara: styrelsen har bytt ordförande")
    sara.team.sync()
    other = laptops("anna-jobbdator")  # Anna's own other laptop changes the phone number
    other.team.join(team_server.url, second)
    other.team.sync()
    _edit(other, enterprise, phone="0650-22 22 22")
    other.team.sync()
    _edit(anna, enterprise, email="styrelsen@tillbaka.example")  # her copy, out of the team
    anna.team.join(team_server.url, again)
    anna.team.sync()
    assert anna.team.status().conflicts == 0
    sara.team.sync()
    for laptop in (anna, sara):
        assert _value(laptop, Enterprise, enterprise, "notes") == "Sara: styrelsen har bytt ordförande"
        assert _value(laptop, Enterprise, enterprise, "phone") == "0650-22 22 22"
        assert _value(laptop, Enterprise, enterprise, "email") == "styrelsen@tillbaka.example"
    assert sara.team.status().conflicts == 0


def test_joining_another_team_sends_the_kept_copy_as_new(team_server: Server, laptops, tmp_path) -> None:
    """What a kept copy knew of its old team means nothing to another server: every record is new there."""
    anna, _sara = _pair(team_server, laptops)
    enterprise = _enterprise(anna, "Flyttar ek. för.", orgnr="769600-2117")
    anna.team.sync()
    anna.team.leave()
    with anna.database.engine.begin() as conn:  # as if it had come from a server elsewhere
        conn.exec_driver_sql(
            """UPDATE sync_state SET value = '{"url": "https://annat-team.example"}' WHERE key = 'left'"""
        )
    from asfdesk.server.accounts import add_device
    from asfdesk.server.database import owner_engine

    engine = owner_engine(team_server.pg)
    try:
        code = add_device(engine, "Anna Andersson")
    finally:
        engine.dispose()
    anna.team.join(team_server.url, code)
    with anna.database.engine.connect() as conn:
        new = conn.exec_driver_sql(
            "SELECT count(*) FROM sync_dirty WHERE tbl = 'enterprise' AND row_id = ? AND col = '*'", (enterprise,)
        ).scalar()
        known = conn.exec_driver_sql("SELECT count(*) FROM sync_row_state").scalar()
    assert new == 1 and known == 0


def test_what_the_team_already_had_is_counted_as_merged_not_as_sent(team_server: Server, laptops) -> None:
    """Sara's database holds, besides the module catalogue every database starts with, an enterprise
    the team has (same organisationsnummer) and one it has not: joining sends one and merges one."""
    anna, sara = _pair(team_server, laptops)
    _enterprise(anna, "Kafé Gemensam ek. för.", orgnr="769600-2125")
    anna.team.sync()
    _enterprise(sara, "Kafé Gemensam", orgnr="769600-2125")
    _enterprise(sara, "Helt nytt ek. för.")
    first = sara.team.sync()
    assert (first.sent, first.merged) == (1, 1) and first.received > 0
    assert first.line().startswith("skickade 1, ") and first.line().endswith(", konflikter 1")  # the names differ
    assert first.lines() == ["1 företag fanns redan i teamet och slogs ihop med teamets", first.line()]
    again = sara.team.sync()
    assert (again.sent, again.merged) == (0, 0)  # counted once
    assert again.conflicts == 1  # the two names differ: kept for a decision


def _parent_edited_after_its_children(anna: Laptop, name: str, persons: int, notes: str) -> str:
    """An enterprise with contact persons, sent; then its notes edited and sent: its latest change
    comes after theirs, so a pull sends it ahead with their pages."""
    enterprise = _enterprise(anna, name)
    for n in range(persons):
        anna.context.contact_persons.create(ContactPersonInput(name=f"Person {n}"), enterprise)
    anna.team.sync()
    _edit(anna, enterprise, notes=notes)
    anna.team.sync()
    return enterprise


def _sync_in_pages_of_two(laptop: Laptop, monkeypatch: Any, after_each: Any = None) -> list[list[str]]:
    """Sync, pulling two records a page; the tables of each page written, `after_each(pages)` after it."""
    from asfdesk.sync import team as team_module

    laptop.team.page = 2
    real_apply = team_module.apply_page
    pages: list[list[str]] = []

    def recorded(conn: Any, page: dict[str, Any]) -> Any:
        pages.append([c["t"] for c in page["changes"]])
        applied = real_apply(conn, page)
        if after_each is not None:
            after_each(pages)
        return applied

    monkeypatch.setattr(team_module, "apply_page", recorded)
    laptop.team.sync()
    return pages


def test_a_busy_parent_sent_with_many_pages_ends_at_its_newest_version(
    team_server: Server, laptops, monkeypatch
) -> None:
    """An enterprise edited after its contact persons comes along with every page of them; an edit
    made on another laptop while the pages come is not lost among the copies already held."""
    anna, sara = _pair(team_server, laptops)
    enterprise = _parent_edited_after_its_children(anna, "Föräldraföretaget ek. för.", 8, "redigerad efter")

    def rename_once_it_came(pages: list[list[str]]) -> None:
        if sum(kinds.count("enterprise") for kinds in pages) == 1 and "enterprise" in pages[-1]:
            # it has come once, along with its first contact persons: now Anna renames it
            _edit(anna, enterprise, name="Nytt namn ek. för.")
            anna.team.sync()

    pages = _sync_in_pages_of_two(sara, monkeypatch, rename_once_it_came)
    assert sum(kinds.count("enterprise") for kinds in pages) >= 2  # sent ahead, then anew once renamed
    assert _value(sara, Enterprise, enterprise, "name") == "Nytt namn ek. för."
    assert _value(sara, Enterprise, enterprise, "notes") == "redigerad efter"
    assert _count(sara, ContactPerson, enterprise_id=enterprise) == 8


def test_a_parent_sent_ahead_is_not_sent_again_with_every_page(team_server: Server, laptops, monkeypatch) -> None:
    """The laptop says what it holds: an enterprise edited after its twelve contact persons comes
    once ahead of them (and once more at most, for the page already asked for), not with each page."""
    anna, sara = _pair(team_server, laptops)
    enterprise = _parent_edited_after_its_children(anna, "Ett företag med många ek. för.", 12, "ändrad sist")
    pages = _sync_in_pages_of_two(sara, monkeypatch)
    with_persons = [kinds for kinds in pages if "contact_person" in kinds]
    assert len(with_persons) >= 6
    assert sum(kinds.count("enterprise") for kinds in pages) <= 2
    assert _value(sara, Enterprise, enterprise, "notes") == "ändrad sist"
    assert _count(sara, ContactPerson, enterprise_id=enterprise) == 12


def test_a_server_that_does_not_take_held_records_is_pulled_from_as_before(
    team_server: Server, laptops, monkeypatch
) -> None:
    """An older server answers 405 to a pull that says what is held: the laptop asks the old way."""
    anna, sara = _pair(team_server, laptops)
    enterprise = _parent_edited_after_its_children(anna, "Gammal server ek. för.", 6, "sist")
    asked: list[str] = []
    real_fetch = TeamClient.fetch

    def older_server(self: TeamClient, method: str, path: str, **kwargs: Any) -> Any:
        if path == "/v1/pull":
            asked.append(method)
            if method == "POST":
                raise TeamError("Method Not Allowed", 405)
        return real_fetch(self, method, path, **kwargs)

    monkeypatch.setattr(TeamClient, "fetch", older_server)
    sara.team.page = 2
    sara.team.sync()
    assert asked.count("POST") == 1 and asked.count("GET") >= 4  # asked once, then the old way
    assert _value(sara, Enterprise, enterprise, "notes") == "sist"
    assert _count(sara, ContactPerson, enterprise_id=enterprise) == 6


def test_a_page_of_only_the_laptops_own_records_does_not_end_the_pull(
    team_server: Server, laptops, monkeypatch
) -> None:
    """The laptop's own records come back as nothing (it holds them): a page made of them still says
    that more follows, and what others saved after them arrives in the same sync."""
    from asfdesk.sync import team as team_module

    anna, sara = _pair(team_server, laptops)
    sara.team.sync()
    mine = [_enterprise(sara, f"Saras företag {n} ek. för.") for n in range(2)]
    real_pull = team_module._Steps.pull_all

    def others_save_meanwhile(steps: Any) -> Any:  # after Sara's push, before her pull
        monkeypatch.setattr(team_module._Steps, "pull_all", real_pull)
        for n in range(2):
            _enterprise(anna, f"Annas företag {n} ek. för.")
        anna.team.sync()
        return real_pull(steps)

    monkeypatch.setattr(team_module._Steps, "pull_all", others_save_meanwhile)
    sara.team.page = 2
    sara.team.sync()
    with sara.database.session_factory() as session:
        names = set(session.scalars(select(Enterprise.name)))
    assert {"Annas företag 0 ek. för.", "Annas företag 1 ek. för."} <= names
    assert all(_value(sara, Enterprise, m, "id") == m for m in mine)


def test_a_pull_that_says_what_is_held_refuses_what_it_cannot_read(team_server: Server, laptops) -> None:
    """POST /v1/pull: a wrong kind of value, an id too long, too many held records, no device: refused
    whole; held records of unknown tables or ids change nothing but what is sent."""
    import httpx

    anna, _sara = _pair(team_server, laptops)
    anna.team.sync()
    team = anna.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {anna.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    url = f"{team_server.url}/v1/pull"
    for body in (
        {"after": -1},
        {"after": 0, "limit": 0},
        {"after": 0, "held": [["enterprise", "x" * 37, 1]]},
        {"after": 0, "held": [["enterprise", "id", "många"]]},
        {"after": 0, "held": [["enterprise", "id"]]},
        {"after": 0, "held": [["t", "i", 1]] * 200_001},
    ):
        assert httpx.post(url, headers=headers, json=body, timeout=60).status_code == 422, str(body)[:80]
    assert httpx.post(url, headers={**headers, "Authorization": "Bearer fel"}, json={"after": 0}).status_code == 401
    plain = httpx.post(url, headers=headers, json={"after": 0, "limit": 50}).json()
    odd = httpx.post(
        url, headers=headers, json={"after": 0, "limit": 50, "held": [["team_secret", "x", 9], ["okänd", "y", 1]]}
    ).json()
    assert odd["changes"] == plain["changes"] and odd["next"] == plain["next"]


def test_a_new_placement_offers_its_participant_again_to_others_but_not_back_to_its_maker(
    team_server: Server, laptops
) -> None:
    """A placement changes who may see its participant and enterprise, so both are offered to every
    laptop again; the laptop that made all three holds them as they are and is not sent them back
    (a first join of a whole database would otherwise receive most of it again)."""
    from asfdesk.domain.inputs import ParticipantInput, PlacementInput
    from asfdesk.storage.models import Organisation
    from asfdesk.sync.apply import get_state

    _anna, sara = _pair(team_server, laptops)
    maja = laptops("maja")
    maja.team.join(team_server.url, team_server.user("Maja Samordnare", "samordnare", "Coompanion Gävleborg"))
    sara.team.sync()
    with sara.database.session_factory() as session:
        org = session.scalar(select(Organisation.id).where(Organisation.name == "Coompanion Gävleborg"))
    enterprise = _enterprise(sara, "Placeringsföretaget ek. för.")
    person = str(
        sara.context.participants.create(ParticipantInput(code="D26-500", gender="man", referring_organisation_id=org))
    )
    sara.team.sync()
    maja.team.sync()

    def cursor(laptop: Laptop) -> int:
        with laptop.database.engine.connect() as conn:
            return int(get_state(conn, "cursor", 0))

    before = {"sara": cursor(sara), "maja": cursor(maja)}
    sara.context.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 9, 1)), enterprise)
    sara.team.sync()

    def pulled(laptop: Laptop, after: int) -> set[str]:
        team = laptop.team.team()
        assert team is not None
        with TeamClient(team["url"], laptop.team._token(team), schema=laptop.team._schema) as client:
            return {c["id"] for c in client.pull(after, 1000)["changes"]}

    assert {person, enterprise} <= pulled(maja, before["maja"])
    assert not {person, enterprise} & pulled(sara, before["sara"])
    assert not {person, enterprise} & pulled(sara, 0)

    _edit(maja, enterprise, notes="Maja: nytt avtal.")  # another device's write: Sara no longer holds it whole
    maja.team.sync()
    assert enterprise in pulled(sara, before["sara"])
    sara.team.sync()
    assert _value(sara, Enterprise, enterprise, "notes") == "Maja: nytt avtal."


def _server_schema_back_to(pg: str, revision: str) -> None:
    """The server's own tables taken back to `revision` by their migrations' downgrades."""
    from alembic import command
    from alembic.config import Config

    from asfdesk.server.database import SERVER_MIGRATIONS, owner_engine

    engine = owner_engine(pg)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(SERVER_MIGRATIONS))
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_an_older_server_on_a_database_a_newer_one_migrated_stops_with_one_line(team_server: Server) -> None:
    import subprocess
    import sys

    with psycopg.connect(team_server.pg) as conn:
        conn.execute("UPDATE asfdesk_server_version SET version_num = 's9999'")  # a later release's
    done = subprocess.run(
        [sys.executable, "-m", "asfdesk.server", "run", "--pg", team_server.pg, "--port", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "nyare asfdesk-server" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_server_with_made_stamps_taken_back_a_release_keeps_every_fields_stamp(team_server: Server, laptops) -> None:
    """Records made by a push keep one stamp for all their fields; the release before kept one per
    field. Taken back, every field has its stamp again, and an edit made since keeps its own."""
    anna, sara = _pair(team_server, laptops)
    made = _enterprise(sara, "Saras företag ek. för.")
    sara.team.sync()
    anna.team.sync()
    _edit(anna, made, notes="Anna var här.")
    anna.team.sync()
    with psycopg.connect(team_server.pg) as conn:
        before = conn.execute("SELECT fields, made_seq FROM sync_row WHERE row_id = %s", [made]).fetchone()
    assert before[1] is not None and set(before[0]) == {"notes"}
    _server_schema_back_to(team_server.pg, "s0003")
    with psycopg.connect(team_server.pg) as conn:
        (fields,) = conn.execute("SELECT fields FROM sync_row WHERE row_id = %s", [made]).fetchone()
    assert set(fields) == set(protocol.data_columns("enterprise"))
    assert fields["name"] == [before[1], fields["name"][1]] and fields["notes"] == before[0]["notes"]
    assert fields["name"][1] != fields["notes"][1]  # made by Sara's laptop, the notes by Anna's


def test_a_server_upgraded_from_before_whole_copies_were_kept_still_knows_each_laptops_own(
    team_server: Server, laptops
) -> None:
    """The migration that adds the columns fills them from the field stamps: a record all of whose
    fields one laptop wrote last is its own (not sent back), one two laptops wrote is nobody's."""
    from asfdesk.server.database import prepare

    anna, sara = _pair(team_server, laptops)
    hers = _enterprise(sara, "Saras företag ek. för.")
    shared = _enterprise(sara, "Gemensamma företaget ek. för.")
    sara.team.sync()
    anna.team.sync()
    _edit(anna, shared, notes="Anna var här.")
    anna.team.sync()
    _server_schema_back_to(team_server.pg, "s0002")  # as a server of that release left it
    prepare(team_server.pg)
    with psycopg.connect(team_server.pg) as conn:
        whole = dict(conn.execute("SELECT row_id, whole_device FROM sync_row WHERE tbl = 'enterprise'").fetchall())
    team = sara.team.team()
    assert team is not None
    with TeamClient(team["url"], sara.team._token(team), schema=sara.team._schema) as client:
        sent_back = {c["id"] for c in client.pull(0, 1000)["changes"]}
    assert whole[hers] is not None and whole[shared] is None
    assert hers not in sent_back and shared in sent_back


def test_a_sync_broken_while_the_next_batch_was_taken_sends_both_in_order_next_time(
    team_server: Server, laptops, monkeypatch
) -> None:
    """The next batch is taken while the server applies the one before. The connection breaks on
    the second (an enterprise): the third (its contact person) is already taken; both wait, and the
    next sync sends them in the order taken, with nothing lost and nothing twice."""
    anna, sara = _pair(team_server, laptops)
    anna.team.sync()
    monkeypatch.setattr(outbox, "BATCH_ROWS", 1)
    made = [_enterprise(anna, f"Företag {n} ek. för.") for n in range(2)]
    anna.context.contact_persons.create(ContactPersonInput(name="Kim Handledare"), made[1])
    real_push, calls = TeamClient.push, []

    def breaks_on_the_second(self: TeamClient, batch: str) -> dict[str, Any]:
        calls.append(json.loads(batch)["batch"])
        if len(calls) == 2:
            raise TeamError("Teamservern svarar inte.")
        return real_push(self, batch)

    monkeypatch.setattr(TeamClient, "push", breaks_on_the_second)
    with pytest.raises(TeamError):
        anna.team.sync()
    with anna.database.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sync_outgoing)).scalar() == 2
        assert outbox.pending_count(conn) == 2
    monkeypatch.setattr(TeamClient, "push", real_push)
    anna.team.sync()
    sara.team.sync()
    assert sorted(_value(sara, Enterprise, m, "name") for m in made) == [f"Företag {n} ek. för." for n in range(2)]
    assert _count(sara, ContactPerson, enterprise_id=made[1]) == 1
    assert not anna.team.refused()
    with anna.database.engine.connect() as conn:
        assert outbox.pending_count(conn) == 0


def _edit_person(laptop: Laptop, person: str, **changes: Any) -> None:
    records = laptop.context.contact_persons
    records.update(person, dataclasses.replace(records.get_input(person), **changes))


def test_a_days_edits_go_in_together_and_a_conflict_or_refusal_is_still_its_own(team_server: Server, laptops) -> None:
    """Many edits in one batch: those nobody else touched go in together, field by field; the one
    field someone else changed meanwhile is a conflict while the record's other edit stands; an
    edit of a record outside the sender's scope is refused with its reason. The fields' stamps are
    kept as one by one: an edit based on the version before them is a conflict in turn."""
    import httpx

    team_server.org("Coompanion Gävleborg", "coompanion")
    team_server.org("Coompanion Dalarna", "coompanion")
    sara, dan = laptops("sara"), laptops("dan")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    dan.team.join(team_server.url, team_server.user("Dan Dalare", "radgivare", "Coompanion Dalarna"))
    hidden = _enterprise(sara, "Gävle Café")
    hidden_person = str(sara.context.contact_persons.create(ContactPersonInput(name="Gävle handledare"), hidden))
    own = _enterprise(dan, "Falu Snickeri")
    people = [str(dan.context.contact_persons.create(ContactPersonInput(name=f"H {n}"), own)) for n in range(8)]
    for laptop in (sara, dan, sara):
        laptop.team.sync()
    _edit_person(sara, people[0], notes="Sara: ringer i morgon.")
    sara.team.sync()
    for n, person in enumerate(people):  # Dan has not synced since: his base is before Sara's edit
        _edit_person(dan, person, notes=f"Dan {n}", **({"phone": "070-1234567"} if n == 0 else {}))
    assert dan.team.sync().conflicts == 1
    (conflict,) = dan.team.conflicts()
    assert (conflict["row_id"], conflict["field"]) == (people[0], "notes")
    sara.team.sync()
    assert [_value(sara, ContactPerson, p, "notes") for p in people[1:]] == [f"Dan {n}" for n in range(1, 8)]
    assert _value(sara, ContactPerson, people[0], "notes") == "Sara: ringer i morgon."
    assert _value(sara, ContactPerson, people[0], "phone") == "070-1234567"

    team = dan.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {dan.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    changes = [{"t": "contact_person", "id": p, "base": 0, "fields": {"role": "ordförande"}} for p in people[1:4]]
    changes.append({"t": "contact_person", "id": hidden_person, "base": 0, "fields": {"role": "ordförande"}})
    body = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "roles", "changes": changes}).json()
    assert body["refused"] == [{"t": "contact_person", "id": hidden_person, "reason": "utanför din behörighet"}]
    assert {a[1] for a in body["accepted"]} == set(people[1:4])

    # Sara's copy is from before Dan's role edits: she had his notes when she typed, not his roles
    _edit_person(sara, people[1], notes="Sara igen")
    _edit_person(sara, people[2], role="sekreterare")
    sara.team.sync()
    about = {(c["row_id"], c["field"]) for c in sara.team.conflicts()}
    assert (people[2], "role") in about and not {(people[1], "notes"), (people[1], "role")} & about
    assert _value(sara, ContactPerson, people[2], "role") == "ordförande"  # kept until someone decides
    dan.team.sync()
    assert _value(dan, ContactPerson, people[1], "notes") == "Sara igen"


def test_hostile_edits_in_one_batch_are_each_refused_and_the_good_ones_go_in(team_server: Server, laptops) -> None:
    """Edits that would go in together: one of the wrong kind, one of a field that does not exist,
    one of a record the server never had, one too long — each refused with its reason, beside two
    good edits that go in."""
    import httpx

    anna, sara = _pair(team_server, laptops)
    made = _enterprise(anna, "Giltigt AB")
    people = [str(anna.context.contact_persons.create(ContactPersonInput(name=f"P {n}"), made)) for n in range(5)]
    anna.team.sync()
    team = anna.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {anna.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    edit = {"t": "contact_person", "base": 0}
    changes = [
        {**edit, "id": people[0], "fields": {"notes": "bra"}},
        {**edit, "id": people[1], "fields": {"notes": 17}},
        {**edit, "id": people[2], "fields": {"lösenord": "x"}},
        {**edit, "id": "finns-inte", "fields": {"notes": "x"}},
        {**edit, "id": people[3], "fields": {"name": "x" * 5000}},
        {**edit, "id": people[4], "fields": {"notes": "också bra"}},
    ]
    answer = httpx.post(f"{team_server.url}/v1/push", headers=headers, json={"batch": "mix", "changes": changes})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {r["id"] for r in body["refused"]} == {people[1], people[2], "finns-inte", people[3]}
    assert all(r["reason"] for r in body["refused"])
    assert {a[1] for a in body["accepted"]} == {people[0], people[4]}
    sara.team.sync()
    assert [_value(sara, ContactPerson, p, "notes") for p in (people[0], people[4])] == ["bra", "också bra"]
    assert _value(sara, ContactPerson, people[3], "name") == "P 3"


def test_audit_entries_in_a_push_are_checked_and_stored_once(team_server: Server, laptops) -> None:
    """The push's new `audit` field: a malformed entry refuses the request whole (nothing of the
    batch goes in), an entry in a strange script is kept as written, and a batch sent twice stores
    its entries once."""
    import httpx

    anna, _sara = _pair(team_server, laptops)
    anna.team.sync()
    team = anna.team.team()
    assert team is not None
    headers = {"Authorization": f"Bearer {anna.team._token(team)}", "X-Asfdesk-Protocol": "1"}
    entry = {
        "id": "a-1",
        "at": "2026-12-05T10:00:00",
        "actor": "Anna ÅÄÖ \u202e\U0001f600",
        "action": "update",
        "kind": "enterprise",
        "record_id": "r-1",
        "fields": ["name"],
    }
    bad = [
        {**entry, "at": "inte ett datum"},
        {**entry, "actor": "x" * 201},
        {**entry, "fields": ["f"] * 201},
        {key: value for key, value in entry.items() if key != "id"},
    ]
    for wrong in bad:
        refused = httpx.post(
            f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-bad", "changes": [], "audit": [wrong]}
        )
        assert refused.status_code == 422
    too_many = httpx.post(
        f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-many", "changes": [], "audit": [entry] * 5001}
    )
    assert too_many.status_code == 422
    for _again in range(2):
        answer = httpx.post(
            f"{team_server.url}/v1/push", headers=headers, json={"batch": "b-ok", "changes": [], "audit": [entry]}
        )
        assert answer.status_code == 200 and answer.json()["audit"] == 1
    with psycopg.connect(team_server.pg) as conn:
        stored = conn.execute("SELECT actor, fields FROM audit_log WHERE id = 'a-1'").fetchall()
        pushes = conn.execute("SELECT count(*) FROM sync_push WHERE batch_id LIKE 'b-%'").fetchone()
    assert stored == [(entry["actor"], ["name"])]
    assert pushes == (1,)  # the refused ones left no batch behind
