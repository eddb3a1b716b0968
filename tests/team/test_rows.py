"""New records sent as rows (a join's way of sending what a laptop holds), and pushes sent before
the answer to the one before: what the server takes, what it refuses and why, in which order."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import select, text

from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Enterprise
from asfdesk.sync import capture, outbox, protocol
from asfdesk.sync.client import TeamClient, TeamError
from tests.team.conftest import Laptop, Server
from tests.team.test_sync import _enterprise, _pair

COLUMNS = list(protocol.data_columns("enterprise"))
PERSON = list(protocol.data_columns("contact_person"))


def _person(enterprise: str, name: str) -> list[Any]:
    """A contact person as a row of the push."""
    values = {c: "" for c in PERSON} | {"enterprise_id": enterprise, "name": name, "created_at": "2026-12-05T10:00:00"}
    return [str(uuid.uuid4()), *({**values, "training_date": None, "deleted_at": None}[c] for c in PERSON)]


def _headers(laptop: Laptop) -> dict[str, str]:
    team = laptop.team.team()
    assert team is not None
    return {"Authorization": f"Bearer {laptop.team._token(team)}", protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL)}


def _row(laptop: Laptop, record_id: str, **values: Any) -> list[Any]:
    """A record of this laptop as a row of the push, with other values where given."""
    with laptop.database.engine.connect() as conn:
        found = conn.execute(select(Enterprise.__table__).where(Enterprise.id == record_id)).one()._mapping
    fields = {**protocol.encode_row("enterprise", found), **values}
    return [str(uuid.uuid4()), *(fields[c] for c in COLUMNS)]


def _push(server: Server, laptop: Laptop, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{server.url}/v1/push", headers=_headers(laptop), json=body, timeout=60)


def _on_server(server: Server, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(server.pg) as conn:
        conn.execute("SET row_security = off")
        return conn.execute(query).fetchall()


def test_rows_of_the_wrong_kind_are_refused_each_with_its_reason_and_the_rest_go_in(
    team_server: Server, laptops
) -> None:
    _anna, sara = _pair(team_server, laptops)
    sara.team.sync()
    model = _enterprise(sara, "Mall ek. för.")  # not sent: a source of well-formed values
    good = [_row(sara, model, name=f"Rad {n} ek. för.") for n in range(3)]
    wrong_kind = _row(sara, model, employees="många")
    too_long = _row(sara, model, name="x" * 5000)
    bad_orgnr = _row(sara, model, orgnr="123")
    short = [str(uuid.uuid4()), *good[0][1:5]]
    long_id = ["x" * 37, *good[0][1:]]
    block = {"t": "enterprise", "columns": COLUMNS, "values": [*good, wrong_kind, too_long, bad_orgnr, short, long_id]}
    answer = _push(team_server, sara, {"batch": "rows-1", "changes": [], "rows": [block]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    made = {row_id for _t, _first, ids in body["made"] for row_id in ids}
    assert made == {row[0] for row in good}
    reasons = {r["id"]: r["reason"] for r in body["refused"]}
    assert "not an integer" in reasons[wrong_kind[0]]
    assert "longer than" in reasons[too_long[0]]
    assert reasons[bad_orgnr[0]]  # the form's message for an organisationsnummer
    assert reasons[short[0]] == "ogiltig post"
    assert reasons[("x" * 37)[:36]] == "ogiltig post"
    names = {name for (name,) in _on_server(team_server, "SELECT name FROM enterprise")}
    assert names == {f"Rad {n} ek. för." for n in range(3)}
    # numbered in a run: the laptop that sent them knows each record's number
    numbers = dict(_on_server(team_server, "SELECT row_id, seq FROM sync_row WHERE tbl = 'enterprise'"))
    for _t, first, ids in body["made"]:
        assert [numbers[i] for i in ids] == list(range(first, first + len(ids)))


def test_values_postgresql_would_not_take_as_they_are_go_one_by_one(team_server: Server, laptops) -> None:
    """Of the right kind for Python, not for PostgreSQL's COPY: each is refused with its reason or
    converted, as a change would be, and the well-formed rows beside them still go in together."""
    _anna, sara = _pair(team_server, laptops)
    sara.team.sync()
    model = _enterprise(sara, "Mall ek. för.")
    good = [_row(sara, model, name=f"Rad {n} ek. för.") for n in range(2)]
    huge = _row(sara, model, employees=3_000_000_000)
    nul = _row(sara, model, name="Noll\x00tecken")
    week_date = _row(sara, model, start_grant_date="2026-W49-6")
    not_lines = _row(sara, model, business_lines=5)
    with_offset = _row(sara, model, name="Med tidszon", created_at="2026-12-05T10:00:00+02:00")
    hostile = [huge, nul, week_date, not_lines, with_offset]
    block = {"t": "enterprise", "columns": COLUMNS, "values": [*good, *hostile]}
    answer = _push(team_server, sara, {"batch": "rows-pg", "changes": [], "rows": [block]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {i for _t, _f, ids in body["made"] for i in ids} == {row[0] for row in good}
    reasons = {r["id"]: r["reason"] for r in body["refused"]}
    assert reasons[huge[0]] == "ogiltigt värde"
    assert reasons[nul[0]] == "ogiltiga tecken"
    assert "not text" in reasons[not_lines[0]]
    assert {a[1] for a in body["accepted"]} == {week_date[0], with_offset[0]}  # converted one by one
    assert _on_server(team_server, f"SELECT start_grant_date FROM enterprise WHERE id = '{week_date[0]}'")[0][0]


def test_a_block_that_is_not_one_is_refused_without_a_traceback(team_server: Server, laptops) -> None:
    _anna, sara = _pair(team_server, laptops)
    sara.team.sync()
    model = _enterprise(sara, "Mall ek. för.")
    row = _row(sara, model)
    cases = [
        {"t": "enterprise", "columns": [*COLUMNS, "name"], "values": [[*row, "x"], [*row, "y"]]},  # twice
        {"t": "enterprise", "columns": ["name; DROP TABLE enterprise"], "values": [["a", "b"], ["c", "d"]]},
        {"t": "team_secret", "columns": ["value"], "values": [["s-1", "stöld"], ["s-2", "stöld"]]},
    ]
    answer = _push(team_server, sara, {"batch": "rows-2", "changes": [], "rows": cases})
    assert answer.status_code == 200, answer.text
    reasons = [r["reason"] for r in answer.json()["refused"]]
    assert reasons.count("ett fält finns två gånger") == 2
    assert sum(r.startswith("okända fält") for r in reasons) == 2
    assert sum(r.startswith("okänd tabell") for r in reasons) == 2
    assert answer.json()["made"] == []
    too_many = {"t": "enterprise", "columns": COLUMNS, "values": [row] * 5001}
    refused = _push(team_server, sara, {"batch": "rows-3", "changes": [], "rows": [too_many]})
    assert refused.status_code == 422 and "5000" in refused.json()["detail"]
    not_rows = _push(team_server, sara, {"batch": "rows-4", "changes": [], "rows": [{"t": "enterprise", "values": 5}]})
    assert not_rows.status_code == 422 and isinstance(not_rows.json()["detail"], str)


def test_rows_with_a_key_the_team_holds_are_merged_and_references_follow(team_server: Server, laptops) -> None:
    anna, sara = _pair(team_server, laptops)
    kept = _enterprise(sara, "Verkstan ek. för.", orgnr="769611-0001")
    sara.team.sync()
    anna.team.sync()
    model = _enterprise(anna, "Mall ek. för.")
    twin, other = _row(anna, model, orgnr="769611-0001"), _row(anna, model, name="Nytt ek. för.")
    twice = _row(anna, model, name="Tvilling", orgnr="769611-0001")  # the same key twice in one block
    block = {"t": "enterprise", "columns": COLUMNS, "values": [twin, other, twice]}
    answer = _push(team_server, anna, {"batch": "rows-5", "changes": [], "rows": [block]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["remap"]["enterprise"] == {twin[0]: kept, twice[0]: kept}
    assert {i for _t, _f, ids in body["made"] for i in ids} | {a[1] for a in body["accepted"]} >= {other[0]}
    assert _on_server(team_server, "SELECT count(*) FROM enterprise WHERE orgnr = '769611-0001'") == [(1,)]
    # a later block's people at the merged record's old id land on the record kept
    rows = [_person(twin[0], f"Kim {n}") for n in range(2)]
    block = {"t": "contact_person", "columns": PERSON, "values": rows}
    answer = _push(team_server, anna, {"batch": "rows-6", "changes": [], "rows": [block]})
    assert answer.status_code == 200 and not answer.json()["refused"], answer.text
    found = _on_server(team_server, "SELECT DISTINCT enterprise_id FROM contact_person")
    assert found == [(kept,)]


def test_a_row_outside_the_senders_scope_is_refused_and_the_others_go_in(team_server: Server, laptops) -> None:
    anna, _sara = _pair(team_server, laptops)
    team_server.org("AME Hudiksvall", "ame")
    hans = laptops("hans")
    hans.team.join(team_server.url, team_server.user("Hans Handläggare", "handlaggare", "AME Hudiksvall"))
    theirs = _enterprise(hans, "Deras ek. för.")
    hans.team.sync()
    mine = _enterprise(anna, "Mitt ek. för.")
    anna.team.sync()
    columns = list(protocol.data_columns("support_contact"))
    base = {c: None for c in columns} | {
        "contact_date": "2026-12-01",
        "form": "besök",
        "minutes": 60,
        "notes": "",
        "next_step": "",
        "created_at": "2026-12-01T10:00:00",
    }
    rows = [[str(uuid.uuid4()), *((base | {"enterprise_id": e})[c] for c in columns)] for e in (mine, mine, theirs)]
    block = {"t": "support_contact", "columns": columns, "values": rows}
    answer = _push(team_server, anna, {"batch": "rows-7", "changes": [], "rows": [block]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {r["id"]: r["reason"] for r in body["refused"]} == {rows[2][0]: "utanför din behörighet"}
    accepted = {a[1] for a in body["accepted"]} | {i for _t, _f, ids in body["made"] for i in ids}
    assert accepted == {rows[0][0], rows[1][0]}


def test_a_push_sent_before_the_answer_to_the_one_before_is_applied_after_it(team_server: Server, laptops) -> None:
    """The second of two pushes (people at enterprises the first makes) reaches the server first:
    it waits for the first, and both go in without a refusal."""
    _anna, sara = _pair(team_server, laptops)
    sara.team.sync()
    model = _enterprise(sara, "Mall ek. för.")
    enterprises = [_row(sara, model, name=f"Företag {n}") for n in range(2)]
    people = [_person(e[0], "Kim") for e in enterprises]
    first = {"batch": "first", "changes": [], "rows": [{"t": "enterprise", "columns": COLUMNS, "values": enterprises}]}
    second = {
        "batch": "second",
        "after": "first",
        "changes": [],
        "rows": [{"t": "contact_person", "columns": PERSON, "values": people}],
    }
    answers: dict[str, httpx.Response] = {}
    early = threading.Thread(target=lambda: answers.setdefault("second", _push(team_server, sara, second)))
    early.start()
    early.join(0.5)
    assert early.is_alive()  # waiting for the first
    answers["first"] = _push(team_server, sara, first)
    early.join(30)
    assert answers["first"].status_code == 200 and answers["second"].status_code == 200
    assert not answers["second"].json()["refused"]
    assert {i for _t, _f, ids in answers["second"].json()["made"] for i in ids} == {p[0] for p in people}
    # sent again, each gets the answer it had
    again = _push(team_server, sara, second)
    assert again.json()["made"] == answers["second"].json()["made"]


def _batches(database: Any, rows: bool) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record as a join would send it (taken, then undone), its values read back as the server reads them."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    with database.engine.connect() as conn, conn.begin() as work:
        capture.install(conn)
        for table in protocol.synced_tables():
            every = f"SELECT '{table.name}', id, '*', 0 FROM \"{table.name}\""
            conn.execute(text(f"INSERT INTO sync_dirty (tbl, row_id, col, base_seq) {every}"))
        while (batch := outbox.take_batch(conn, rows=rows)) is not None:
            body = json.loads(batch.body)
            for change in body["changes"]:
                found[(change["t"], change["id"])] = {
                    c: protocol.decode(change["t"], c, v) for c, v in change["fields"].items()
                }
            for block in body.get("rows", []):
                for row in block["values"]:
                    found[(block["t"], row[0])] = {
                        c: protocol.decode(block["t"], c, v) for c, v in zip(block["columns"], row[1:], strict=True)
                    }
            outbox.done(conn, batch.id)
        work.rollback()
    return found


def test_records_sent_as_rows_carry_the_same_values_as_changes(demo_db: Path, tmp_path: Path) -> None:
    database = open_database(demo_db, backup_dir=tmp_path / "backups")
    try:
        as_changes, as_rows = _batches(database, rows=False), _batches(database, rows=True)
    finally:
        database.close()
    assert len(as_rows) > 1000 and as_rows.keys() == as_changes.keys()
    differing = [key for key in as_rows if as_rows[key] != as_changes[key]]
    assert differing == []
    kinds = {type(v) for values in as_rows.values() for v in values.values()}
    assert {bool, int, str} <= kinds  # booleans, numbers and text all travelled


def test_a_laptop_keeps_rows_a_server_did_not_take(team_server: Server, laptops, monkeypatch) -> None:
    """A server that says it takes rows but answers without them (an older one put back): the sync
    says so, and the next sends the records as changes."""
    anna, sara = _pair(team_server, laptops)
    anna.team.sync()
    made = [_enterprise(anna, f"Företag {n} ek. för.") for n in range(3)]
    real_push = TeamClient.push

    def drops_rows(self: TeamClient, batch: str) -> dict[str, Any]:
        body = {k: v for k, v in json.loads(batch).items() if k not in ("rows", "after")}
        return {k: v for k, v in real_push(self, body).items() if k != "made"}

    monkeypatch.setattr(TeamClient, "push", drops_rows)
    with pytest.raises(TeamError, match="skickas igen"):
        anna.team.sync()
    monkeypatch.setattr(TeamClient, "push", real_push)
    anna.team.sync()
    sara.team.sync()
    with sara.database.session_factory() as session:
        held = set(session.scalars(select(Enterprise.id).where(Enterprise.id.in_(made))))
    assert held == set(made)
