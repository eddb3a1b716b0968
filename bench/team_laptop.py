"""One laptop of the team benchmarks, in a process of its own (its memory and time are its own).

python -m bench.team_laptop sync DB DATA URL [CODE]   join with CODE if given, then sync; prints JSON
python -m bench.team_laptop work DB DATA URL CODE ENTERPRISE ROUNDS EDITS
    join and sync, then ROUNDS times: EDITS edits of the notes of ENTERPRISE's contact persons,
    print "edited", wait for a line on stdin (every laptop has edited), sync, print "synced" and,
    before the next round's edits, wait for a line on stdin (every laptop has synced: on this one
    machine a laptop's edits would otherwise take the processor from the others' syncs, which real
    laptops do not); prints JSON with each sync's seconds and the last note written to each contact
    person, then waits for a line on stdin before it closes (a laptop closing is no part of another's sync)
"""

from __future__ import annotations

import dataclasses
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asfdesk.config import AppPaths
from asfdesk.context import AppContext, open_context
from asfdesk.storage.models import ContactPerson
from asfdesk.storage.probe import head_revision
from asfdesk.sync.client import TeamClient
from asfdesk.sync.team import TeamService


def _laptop(database: Path, data: Path) -> tuple[AppContext, TeamService]:
    paths = AppPaths.resolve(data)
    paths.ensure()
    context = open_context(paths, database)
    return context, TeamService(context.database, schema=head_revision())


def _rss_mb() -> float:
    """This process's peak resident memory. Linux keeps `ru_maxrss` across exec, so a laptop
    started by a large benchmark process would report that process's size (the full dataset's
    first sync read 1,184 MB so, its own peak being about 206 MB); VmHWM is this program's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sync(database: Path, data: Path, url: str, code: str | None) -> dict[str, float]:
    context, team = _laptop(database, data)
    try:
        if code:
            team.join(url, code)
        started = time.perf_counter()
        result = team.sync()
        return {
            "seconds": time.perf_counter() - started,
            "sent": result.sent,
            "received": result.received,
            "rss_mb": _rss_mb(),
        }
    finally:
        context.close()


def work(database: Path, data: Path, url: str, code: str, enterprise: str, rounds: int, edits: int) -> None:
    context, team = _laptop(database, data)
    try:
        team.join(url, code)
        team.sync()
        service = context.contact_persons
        with context.database.session_factory() as session:
            contacts = list(session.scalars(select(ContactPerson.id).where(ContactPerson.enterprise_id == enterprise)))
        seconds: list[float] = []
        waiting: list[float] = []  # of each sync, the time spent waiting for the server's answers
        answered = _time_server_answers()
        last: dict[str, str] = {}
        for round_ in range(rounds):
            if round_:
                sys.stdin.readline()  # every laptop has synced the round before
            for edit in range(edits):
                record_id = contacts[edit % len(contacts)]
                note = f"runda {round_ + 1}, ändring {edit + 1}"
                service.update(record_id, dataclasses.replace(service.get_input(record_id), notes=note))
                last[record_id] = note
            print("edited", flush=True)
            sys.stdin.readline()
            started, before = time.perf_counter(), answered[0]
            team.sync()
            seconds.append(time.perf_counter() - started)
            waiting.append(answered[0] - before)
            print("synced", flush=True)
        print(json.dumps({"seconds": seconds, "waiting": waiting, "last": last}), flush=True)
        sys.stdin.readline()
    finally:
        context.close()


def _time_server_answers() -> list[float]:
    """Count the seconds this process spends in HTTP requests to the team server (a running total)."""
    total = [0.0]
    request = TeamClient.fetch

    def timed(self: TeamClient, method: str, path: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return request(self, method, path, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    TeamClient.fetch = timed  # type: ignore[method-assign]
    return total


def main(argv: list[str]) -> int:
    if argv[0] == "sync":
        print(json.dumps(sync(Path(argv[1]), Path(argv[2]), argv[3], argv[4] if len(argv) > 4 else None)))
    elif argv[0] == "work":
        database, data, url, code, enterprise = Path(argv[1]), Path(argv[2]), argv[3], argv[4], argv[5]
        work(database, data, url, code, enterprise, int(argv[6]), int(argv[7]))
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
