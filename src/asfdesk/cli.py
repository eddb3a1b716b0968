"""Command line: `asfdesk [--db PATH] [--demo]` starts the window; subcommands work headless.

Every failure the user can cause prints one line to stderr and exits non-zero; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime
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

    backup = sub.add_parser("backup", help="gör en verifierad säkerhetskopia (även medan programmet körs)")
    backup.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    backup.add_argument("-o", "--output", type=Path, help="målfil (standard: en ny fil i mappen backups)")

    restore = sub.add_parser("restore", help="återställ databasen från en säkerhetskopia")
    restore.add_argument("file", type=Path, help="säkerhetskopian att återställa från")
    restore.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    restore.add_argument("--yes", action="store_true", help="fråga inte om bekräftelse")

    export = sub.add_parser("export-all", help="exportera alla tabeller som CSV och JSON med manifest")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    export.add_argument("-o", "--output", type=Path, required=True, help="mapp att skriva till")
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve()
    try:
        if args.command == "demo":
            return _demo(args, paths)
        if args.command == "check":
            return _check(args, paths)
        if args.command == "backup":
            return _backup(args, paths)
        if args.command == "restore":
            return _restore(args, paths)
        if args.command == "export-all":
            return _export(args, paths)
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


def _database(args: argparse.Namespace, paths: AppPaths) -> Path:
    from asfdesk.storage.migrate import probe_file

    target: Path = (args.db if args.db else paths.default_db).expanduser().resolve()
    probe_file(target, must_exist=True)
    return target


def _backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.backup import make_verified_backup
    from asfdesk.storage.health import check_database

    source = _database(args, paths)
    check_database(source)  # refuse to copy a damaged or foreign file under a reassuring name
    if args.output:
        destination: Path = args.output.expanduser().resolve()
    else:
        paths.ensure()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = paths.backup_dir / f"{source.stem}-{stamp}-manuell.db"
    info = make_verified_backup(source, destination)
    print(f"Säkerhetskopia sparad och verifierad: {destination}")
    print(f"Innehåll: {info.describe()}")
    return EXIT_OK


def _restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.backup import restore_database, verify_backup
    from asfdesk.storage.instance_lock import DatabaseLock

    source: Path = args.file.expanduser().resolve()
    target: Path = (args.db if args.db else paths.default_db).expanduser().resolve()
    info = verify_backup(source)
    if not info.ok:
        print(f"asfdesk: {source} kan inte återställas: {info.problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Säkerhetskopia: {source}")
    print(f"Innehåll: {info.describe()}")
    if not args.yes:
        if not sys.stdin.isatty():
            print("asfdesk: bekräfta med --yes (ingen terminal att fråga i).", file=sys.stderr)
            return EXIT_USAGE
        answer = input(f"Ersätta {target} med kopian? Nuvarande databas sparas först. [j/N] ")
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            print("Avbrutet – inget ändrat.")
            return EXIT_PROBLEM
    lock = DatabaseLock(target)
    if not lock.acquire():
        print(f"asfdesk: {target} är öppen i asfdesk. Stäng programmet och försök igen.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        paths.ensure()
        safety = restore_database(source, target, paths.backup_dir)
    finally:
        lock.release()
    print(f"Återställd: {target}" + (f" (den tidigare databasen sparades som {safety})" if safety else ""))
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.export import export_all
    from asfdesk.storage.health import check_database

    source = _database(args, paths)
    check_database(source)
    manifest = export_all(source, args.output.expanduser().resolve())
    print(f"Exporterat till {manifest.parent} (förteckning i {manifest.name}). Exporten innehåller personuppgifter.")
    return EXIT_OK
