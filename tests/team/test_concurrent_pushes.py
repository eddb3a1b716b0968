"""Pushes from many laptops at the same moment: applied side by side, numbered in commit order,
no duplicates by natural key, and a deadlock between two of them tried again, not refused."""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import Any

import psycopg
from stdnum import luhn

from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.server.register import PROVISIONAL
from asfdesk.sync.local_state import sync_row_state

from .conftest import Server

LAPTOPS = 4
SHARED = 120  # enterprises every laptop registers, by the same organisationsnummer


def _orgnr(n: int) -> str:
    body = f"5566{n:05d}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def _all_at_once(work: list[Any]) -> list[Any]:
    """Run each callable in its own thread, started together; their results (an error re-raised)."""
    start = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = work[n]()
        except BaseException as exc:
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def test_laptops_sending_the_same_enterprises_at_once_end_with_one_of_each(team_server: Server, laptops) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    team = []
    for n in range(LAPTOPS):
        laptop = laptops(f"r{n}")
        laptop.team.join(team_server.url, team_server.user(f"Rådgivare {n}", "samordnare", "Coompanion Gävleborg"))
        for k in range(SHARED):
            laptop.context.enterprise_records.create(
                EnterpriseInput(name=f"Företag {k} (från {n})", municipality="Gävle", orgnr=_orgnr(k))
            )
        team.append(laptop)

    results = _all_at_once([laptop.team.sync for laptop in team])
    assert sum(r.merged for r in results) == SHARED * (LAPTOPS - 1)  # every later copy merged into the first
    for laptop in team:  # twice: the second round brings what the others sent meanwhile
        laptop.team.sync()
    for laptop in team:
        laptop.team.sync()

    with psycopg.connect(team_server.pg) as conn:
        per_orgnr = conn.execute(
            "SELECT orgnr, count(*) FROM enterprise WHERE deleted_at IS NULL GROUP BY orgnr"
        ).fetchall()
        assert sorted(per_orgnr) == sorted((_orgnr(k), 1) for k in range(SHARED))
        seqs = [s for (s,) in conn.execute("SELECT seq FROM sync_row")]
        counter = conn.execute("SELECT seq FROM sync_counter").fetchone()[0]
        stamps = conn.execute(
            "SELECT count(*) FROM sync_row WHERE made_seq > %s OR EXISTS"
            " (SELECT 1 FROM jsonb_each(fields) AS f WHERE (f.value->>0)::bigint > %s)",
            [counter, counter],
        ).fetchone()[0]
    # every number real, each record its own, none above the counter (pulls go by it)
    assert len(set(seqs)) == len(seqs) and max(seqs) <= counter < PROVISIONAL and stamps == 0
    names = []
    for laptop in team:
        with laptop.database.engine.connect() as conn:
            held = [s for (s,) in conn.execute(sync_row_state.select().with_only_columns(sync_row_state.c.seq))]
        assert held and max(held) <= counter
        names.append(sorted((e.orgnr, e.name) for e in laptop.context.enterprises.list_enterprises()))
    assert all(n == names[0] for n in names) and len(names[0]) == SHARED


def _waiting_for_a_lock(pg: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    with psycopg.connect(pg, autocommit=True) as conn:
        while time.monotonic() < deadline:
            found = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).fetchone()[0]
            if found:
                return
            time.sleep(0.05)
    raise AssertionError("the push never waited for the locked record")


def test_a_push_the_database_chose_to_give_way_in_a_deadlock_is_tried_again(team_server: Server, laptops) -> None:
    """Another transaction holds the record the push edits, then waits for the push: PostgreSQL
    breaks the deadlock by failing one of the two. The push's is tried again from the start, and
    the edit is applied once, not reported as refused."""
    team_server.org("Coompanion Gävleborg", "coompanion")
    anna = laptops("anna")
    anna.team.join(team_server.url, team_server.user("Anna Andersson", "samordnare", "Coompanion Gävleborg"))
    records = anna.context.enterprise_records
    made = str(records.create(EnterpriseInput(name="Kafé Linnéa", municipality="Hudiksvall")))
    anna.team.sync()
    data = records.get_input(made)
    records.update(made, dataclasses.replace(data, phone="0650-123 45"))
    device = anna.team.team()["me"]["device"]

    # as the cluster's owner (a superuser): it waits longer than the server's transactions before
    # looking for a deadlock, so the push's transaction is the one that finds it and gives way
    with psycopg.connect(team_server.pg) as other:
        other.execute("SET deadlock_timeout = '20s'")
        other.execute("SELECT 1 FROM sync_row WHERE tbl = 'enterprise' AND row_id = %s FOR UPDATE", [made])
        outcome: dict[str, Any] = {}
        pushing = threading.Thread(target=lambda: outcome.update(result=anna.team.sync()))
        pushing.start()
        _waiting_for_a_lock(team_server.pg)
        # the lock the push took first (a batch of its device at a time): granted only once the
        # push's transaction has given way
        other.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [f"push {device}"])
        other.commit()
        pushing.join(timeout=120)
    result = outcome["result"]
    assert result.sent == 1 and result.conflicts == 0
    with psycopg.connect(team_server.pg) as conn:
        phone = conn.execute("SELECT phone FROM enterprise WHERE id = %s", [made]).fetchone()[0]
        pushes = conn.execute("SELECT answer FROM sync_push").fetchall()
    assert phone == "0650-123 45"
    assert pushes and all(not answer["refused"] for (answer,) in pushes)
