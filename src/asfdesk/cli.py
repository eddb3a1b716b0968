"""Command line: `asfdesk [--db PATH] [--demo]` starts the window; subcommands work headless.

Every failure the user can cause prints one line to stderr and exits non-zero; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from asfdesk import __version__
from asfdesk.config import AppPaths
from asfdesk.storage.errors import DatabaseOpenError

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    db_help = "databasfil (standard: asfdesk.db i programmets datamapp)"
    parser = argparse.ArgumentParser(
        prog="asfdesk", description="Stöd till arbetsintegrerande sociala företag (ASF) – offline."
    )
    parser.add_argument("--version", action="version", version=f"asfdesk {__version__}")
    parser.add_argument("--db", type=Path, help=db_help)
    parser.add_argument("--demo", action="store_true", help="öppna demodatabasen (skapas vid behov)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="skapa en databas med realistiska demodata")
    demo.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="målfil (standard: demo.db i datamappen)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö; samma frö ger samma data (standard: 1)")
    demo.add_argument("--today", type=date.fromisoformat, help="referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
    demo.add_argument("--force", action="store_true", help="ersätt en befintlig fil (en kopia sparas först)")

    check = sub.add_parser("check", help="kontrollera en databas: integritet och schemaversion")
    check.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve()
    try:
        if args.command == "demo":
            return _demo(args, paths)
        if args.command == "check":
            return _check(args, paths)
    except DatabaseOpenError as exc:
        print(f"asfdesk: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"asfdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_PROBLEM
    from asfdesk.ui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(paths, db_path=args.db, demo=args.demo)


def _demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.demo.database import create_demo_database

    target: Path = args.db if args.db else paths.demo_db
    if not args.db:
        paths.ensure()
    summary = create_demo_database(
        target, backup_dir=paths.backup_dir, seed=args.seed, today=args.today, force=args.force
    )
    c = summary.counts
    print(
        f"Demodata skapad i {target.expanduser().resolve()}: {c.get('enterprise', 0)} företag, "
        f"{c.get('participant', 0)} deltagare, {c.get('placement', 0)} placeringar, "
        f"{c.get('support_contact', 0)} handledarstödskontakter, {c.get('meeting', 0)} möten."
    )
    return EXIT_OK


def _check(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.health import check_database

    target: Path = args.db if args.db else paths.default_db
    report = check_database(target)
    contents = ", ".join(f"{n} {label}" for label, n in report.counts.items()) or "inga tabeller"
    if report.revision is None:
        schema = "saknas (tom databas)"
    elif report.at_head:
        schema = f"{report.revision} (senaste)"
    else:
        schema = f"{report.revision} (senaste är {report.head}; uppgraderas när asfdesk öppnar filen)"
    print(f"Databas:       {report.path}")
    print(f"Integritet:    {report.integrity}")
    print(f"Schemaversion: {schema}")
    print(f"Journalläge:   {report.journal_mode}")
    print(f"Innehåll:      {contents}")
    if report.healthy:
        print("Resultat:      databasen är frisk och har senaste schemat.")
        return EXIT_OK
    reason = "integritetskontrollen misslyckades" if not report.integrity_ok else "schemat är inte det senaste"
    print(f"Resultat:      PROBLEM – {reason}.")
    return EXIT_PROBLEM
