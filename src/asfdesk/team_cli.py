"""The command line of team mode: `team join`, `team status` and `sync` (decision 0016).

asfdesk [--db PATH] team join URL CODE [--ca FILE]
asfdesk [--db PATH] team status
asfdesk [--db PATH] sync          # last line: "skickade N, tog emot M, konflikter K"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from asfdesk.config import AppPaths

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parsers(sub: Any, db_help: str) -> None:
    team = sub.add_parser("team", help="arbeta i team: anslut till en teamserver, visa läget")
    actions = team.add_subparsers(dest="team_action", required=True, metavar="ÅTGÄRD")
    join = actions.add_parser("join", help="anslut databasen till ett team med en engångskod")
    join.add_argument("url", help="teamserverns adress, t.ex. https://asf.example.se")
    join.add_argument("code", help="engångskoden från samordnaren")
    join.add_argument("--ca", type=Path, help="CA-certifikat (PEM) om servern inte har ett allmänt betrott certifikat")
    join.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    status = actions.add_parser("status", help="vem du är i teamet, vad som väntar, konflikter")
    status.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    conflicts = actions.add_parser("conflicts", help="konflikter att avgöra (och ändringar servern inte tog emot)")
    conflicts.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    resolve = actions.add_parser("resolve", help="avgör en konflikt: behåll det ena värdet, det andra eller ett nytt")
    resolve.add_argument("id", help="konfliktens id (de första tecknen räcker), från asfdesk team conflicts")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=["kept", "other"], help="kept: värdet servern behöll; other: det andra")
    choice.add_argument("--value", help="ett nytt värde (text; tal och datum som de skrivs i listan)")
    resolve.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    leave = actions.add_parser("leave", help="lämna teamet: databasen blir en vanlig egen databas igen")
    leave.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    sync = sub.add_parser("sync", help="skicka och ta emot ändringar från teamservern")
    sync.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)


def _service(context: Any) -> Any:
    from asfdesk.storage.probe import head_revision
    from asfdesk.sync.team import TeamService

    return TeamService(context.database, schema=head_revision())


def team(args: argparse.Namespace, paths: AppPaths, database: Path, keys: Any) -> int:
    from asfdesk.context import open_context
    from asfdesk.sync.errors import TeamError

    action = args.team_action
    fresh, failed = action == "join" and not database.exists(), False
    context = open_context(paths, database, keys=keys, read_only=action in ("status", "conflicts"))
    try:
        service = _service(context)
        if action == "status":
            return _status(service)
        if action == "conflicts":
            return _conflicts(service, context.database.session_factory)
        if action == "resolve":
            args.session_factory = context.database.session_factory
        try:
            return ACTIONS[action](service, args)
        except TeamError as exc:
            print(f"asfdesk: {exc}", file=sys.stderr)
            failed = True
            return EXIT_PROBLEM
    finally:
        context.close()
        if fresh and failed:
            from asfdesk.storage.backup import remove_new_database

            remove_new_database(database)  # a join that did not happen leaves no new file behind


def _status(service: Any) -> int:
    state = service.status()
    if not state.joined:
        print("Databasen är inte ansluten till något team (asfdesk team join URL KOD).")
        return EXIT_OK
    print(f"Team: {state.url}")
    print(f"Du: {state.name} ({_role(state.role)}, {state.organisation})")
    if state.revoked:
        print(
            f"Datorn är spärrad från teamet (servern sa nej {state.revoked}): lämna teamet (asfdesk team leave; "
            "allt i databasen finns kvar) och anslut igen med en ny kod från samordnaren."
        )
    print(f"Väntar på att skickas: {state.waiting}")
    print(f"Konflikter att avgöra: {state.conflicts}" + (" (asfdesk team conflicts)" if state.conflicts else ""))
    if state.refused:
        print(f"Ändringar servern inte tog emot: {state.refused} (de finns kvar här; asfdesk team conflicts)")
    return EXIT_OK


def _conflicts(service: Any, session_factory: Any) -> int:
    """Each conflict as the window shows it: the record by name, the field by label, coded values
    by their labels, who wrote what and when; the id's first characters for `team resolve`."""
    from asfdesk.services.team_conflicts import ConflictDescriber

    found = ConflictDescriber(session_factory).rows(service.conflicts())
    if not found:
        print("Inga konflikter att avgöra.")
    for c in found:
        where = f" ({c.enterprise})" if c.enterprise and c.enterprise != c.record_label else ""
        what = "ändrades här men togs bort av någon annan" if c.deleted else "ändrades av två personer"
        print(f"{c.id[:8]}  {c.kind_label} {c.record_label}{where}: {c.field_label} {what}")
        print(f"    gäller nu (--keep kept):  {c.kept_text}  ({c.kept_by})")
        at = f", {c.other_at:%Y-%m-%d %H:%M}" if c.other_at else ""
        print(f"    det andra (--keep other): {c.other_text}  ({c.other_by}{at})")
    refused = service.refused()
    if refused:
        print(f"Ändringar servern inte tog emot ({len(refused)}; uppgifterna finns kvar på den här datorn):")
        for r in refused[:50]:
            print(f"    {r['tbl']} {r['row_id'][:8]}: {r['reason']}")
    return EXIT_OK


def _role(code: str) -> str:
    from asfdesk.domain.vocab import StaffRole

    return StaffRole.label_of(code).lower()


def _shown(value: Any) -> str:
    from asfdesk.services.team_conflicts import shown

    return shown(value)


def _join(service: Any, args: argparse.Namespace) -> int:
    team_info = service.join(args.url, args.code, args.ca)
    me = team_info["me"]
    print(f"Ansluten till {team_info['url']} som {me['name']} ({_role(me['role'])}, {me['organisation']}).")
    print("\n".join(service.sync().lines()))
    return EXIT_OK


def _resolve(service: Any, args: argparse.Namespace) -> int:
    from asfdesk.services.team_conflicts import ConflictDescriber
    from asfdesk.sync.errors import TeamError

    matches = [c for c in service.conflicts() if c["id"].startswith(args.id.strip())]
    if len(matches) != 1:
        raise TeamError(f"Ingen entydig konflikt börjar med {args.id!r} (asfdesk team conflicts).")
    conflict = matches[0]
    (row,) = ConflictDescriber(args.session_factory).rows([conflict])
    value = args.value
    if args.keep:  # as listed: "kept" is the value that holds now, someone may have changed it since
        value = row.kept if args.keep == "kept" else row.other
    service.resolve(conflict["id"], value)
    print(f"Avgjord: {row.kind_label} {row.record_label}: {row.field_label} = {_shown(row.label(value))}")
    return EXIT_OK


def _leave(service: Any, _args: argparse.Namespace) -> int:
    removed = service.leave()
    if removed:
        print(
            f"Databasen har lämnat teamet; {removed} poster togs bort från datorn (rollen får inte behålla en kopia)."
        )
    else:
        print(
            "Databasen har lämnat teamet. Allt den innehåller finns kvar här; ändringar som inte hunnit skickas "
            "skickas om den ansluts till samma team igen."
        )
    return EXIT_OK


ACTIONS = {"join": _join, "resolve": _resolve, "leave": _leave}


def sync(args: argparse.Namespace, paths: AppPaths, database: Path, keys: Any) -> int:
    from asfdesk.context import open_context
    from asfdesk.sync.errors import TeamError

    context = open_context(paths, database, keys=keys)
    try:
        service = _service(context)
        try:
            service.ensure_capture()
            result = service.sync()
        except TeamError as exc:
            joined = service.team() is not None
            kept = (
                " Ändringarna finns kvar här och skickas vid nästa synkronisering."
                if joined and exc.status is None
                else ""
            )
            print(f"asfdesk: {exc}{kept}", file=sys.stderr)
            return EXIT_PROBLEM
        print("\n".join(result.lines()))
        return EXIT_OK
    finally:
        context.close()
