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
    sync = sub.add_parser("sync", help="skicka och ta emot ändringar från teamservern")
    sync.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)


def _service(context: Any) -> Any:
    from asfdesk.storage.migrate import head_revision
    from asfdesk.sync.team import TeamService

    return TeamService(context.database, schema=head_revision())


def team(args: argparse.Namespace, paths: AppPaths, database: Path, keys: Any) -> int:
    from asfdesk.context import open_context
    from asfdesk.sync.client import TeamError

    context = open_context(paths, database, keys=keys, read_only=args.team_action == "status")
    try:
        service = _service(context)
        if args.team_action == "status":
            state = service.status()
            if not state.joined:
                print("Databasen är inte ansluten till något team (asfdesk team join URL KOD).")
                return EXIT_OK
            print(f"Team: {state.url}")
            print(f"Du: {state.name} ({state.role}, {state.organisation})")
            print(f"Väntar på att skickas: {state.waiting}")
            print(f"Konflikter att avgöra: {state.conflicts}")
            return EXIT_OK
        try:
            team_info = service.join(args.url, args.code, args.ca)
            me = team_info["me"]
            print(f"Ansluten till {team_info['url']} som {me['name']} ({me['role']}, {me['organisation']}).")
            result = service.sync()
        except TeamError as exc:
            print(f"asfdesk: {exc}", file=sys.stderr)
            return EXIT_PROBLEM
        print(result.line())
        return EXIT_OK
    finally:
        context.close()


def sync(args: argparse.Namespace, paths: AppPaths, database: Path, keys: Any) -> int:
    from asfdesk.context import open_context
    from asfdesk.sync.client import TeamError

    context = open_context(paths, database, keys=keys)
    try:
        service = _service(context)
        try:
            service.ensure_capture()
            result = service.sync()
        except TeamError as exc:
            print(f"asfdesk: {exc}", file=sys.stderr)
            return EXIT_PROBLEM
        print(result.line())
        return EXIT_OK
    finally:
        context.close()
