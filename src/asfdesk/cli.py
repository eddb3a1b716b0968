"""Command line: `asfdesk [--db PATH] [--demo]` starts the window; subcommands work headless.

Every failure the user can cause prints one line to stderr and exits non-zero; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from asfdesk import __version__, team_cli
from asfdesk.cli_words import Parser, day, swedish_argparse, whole_number
from asfdesk.config import AppPaths
from asfdesk.storage.errors import DatabaseOpenError, Problem, in_swedish
from asfdesk.storage.keys import KeyResolver

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from asfdesk.services.report_queries import ReportQueries

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for a program whose reader went away
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped with Ctrl-C


def build_parser() -> argparse.ArgumentParser:
    db_help = "databasfil (standard: asfdesk.db i programmets datamapp)"
    parser = Parser(prog="asfdesk", description="Stöd till arbetsintegrerande sociala företag (ASF) – offline.")
    parser.add_argument(
        "--version", action="version", version=f"asfdesk {__version__}", help="visa programmets version och avsluta"
    )
    parser.add_argument("--db", type=Path, help=db_help)
    parser.add_argument("--demo", action="store_true", help="öppna demodatabasen (skapas vid behov)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="skapa en databas med realistiska demodata")
    demo.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="målfil (standard: demo.db i datamappen)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö; samma frö ger samma data (standard: 1)")
    demo.add_argument("--today", type=day, help="referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
    demo.add_argument("--force", action="store_true", help="ersätt en befintlig fil (en kopia sparas först)")
    demo.add_argument(
        "--encrypt",
        action="store_true",
        help=f"kryptera demodatabasen (nyckelring, annars lösenord från {PASSPHRASE_ENV} eller terminalen)",
    )

    encrypt = sub.add_parser("encrypt", help="kryptera en okrypterad databas (och dess säkerhetskopior)")
    encrypt.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    encrypt.add_argument("--passphrase", action="store_true", help="använd lösenord även om det finns en nyckelring")
    rekey = sub.add_parser("rekey", help="byt nyckel (eller lösenord) för en krypterad databas")
    rekey.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    rekey.add_argument("--passphrase", action="store_true", help="lås med ett nytt lösenord i stället för nyckelringen")

    check = sub.add_parser("check", help="kontrollera en databas: integritet och schemaversion")
    check.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)

    backup = sub.add_parser("backup", help="gör en verifierad säkerhetskopia (även medan programmet körs)")
    backup.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    backup.add_argument("-o", "--output", type=Path, help="målfil (standard: en ny fil i mappen backups)")

    restore = sub.add_parser("restore", help="återställ databasen från en säkerhetskopia")
    restore.add_argument("file", type=Path, help="säkerhetskopian att återställa från")
    restore.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    restore.add_argument("--yes", action="store_true", help="fråga inte om bekräftelse")

    _report_parser(sub, db_help)

    importing = sub.add_parser("import", help="läs in företag eller deltagare från Excel eller CSV")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--kind",
        choices=["enterprises", "contact_persons", "participants", "placements", "revenue"],
        required=True,
        help="vad listan innehåller: företag, kontaktpersoner, deltagare, placeringar eller intäkter",
    )
    importing.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    importing.add_argument("--mapping", help='kolumn → fält som JSON, t.ex. {"Företagsnamn": "name"}')
    importing.add_argument("--dry-run", action="store_true", help="kontrollera utan att spara")
    importing.add_argument("--rejected", type=Path, help="skriv avvisade rader med skäl till denna XLSX")

    calendar = sub.add_parser("calendar", help="möten och uppföljningar som .ics för Outlook och Thunderbird")
    calendar.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    calendar.add_argument("-o", "--output", type=Path, required=True, help="kalenderfilen att skriva (.ics)")
    calendar.add_argument(
        "--pseudonyms", action="store_true", help="namnge deltagaren (koden) i uppföljningarna; annars bara företaget"
    )

    retention = sub.add_parser("gallring", help="visa (eller genomför) anonymisering av gamla deltagaruppgifter")
    retention.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    retention.add_argument(
        "--years",
        type=whole_number(1, 100),
        help="år efter sista avslutade placering, 1–100 (standard: inställningen, 2)",
    )
    retention.add_argument("--apply", action="store_true", help="anonymisera (annars visas bara vilka som berörs)")
    subject = sub.add_parser("registerutdrag", help="allt som finns om en deltagare, som PDF (.pdf) eller JSON")
    subject.add_argument("code", help="deltagarens kod, t.ex. D26-014")
    subject.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    subject.add_argument("-o", "--output", type=Path, required=True, help="filen att skriva (.pdf eller .json)")

    export = sub.add_parser("export-all", help="exportera alla tabeller som CSV och JSON med manifest")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    export.add_argument("-o", "--output", type=Path, required=True, help="mapp att skriva till")
    team_cli.add_parsers(sub, db_help)
    return parser


PASSPHRASE_ENV = "ASFDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ASFDESK_NEW_PASSPHRASE"


def _cli_passphrase(path: Path, why: str) -> str | None:
    """From ASFDESK_PASSPHRASE, else asked at the terminal (never echoed); None without either."""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(f"{why} Lösenord för {path.name}: ")
    return None


def _keys() -> KeyResolver:
    return KeyResolver(ask_passphrase=_cli_passphrase)


def run(argv: Sequence[str] | None = None) -> int:
    with swedish_argparse():
        args = build_parser().parse_args(argv)
    paths = AppPaths.resolve()
    try:
        handler = COMMANDS.get(args.command)
        if handler is not None:
            _stop_signal_interrupts()
            _refuse_protected_outputs(args, paths)
            return handler(args, paths)
    except KeyboardInterrupt:  # Ctrl-C or a stop signal: each write is a transaction, each file whole or absent
        print("asfdesk: avbrutet; det som hann sparas är helt, resten gjordes inte.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except DatabaseOpenError as exc:
        print(f"asfdesk: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except ValueError as exc:  # a report asked for the impossible: unknown enterprise, period backwards
        print(f"asfdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:  # `asfdesk … | head`: the reader has what it wanted; end as quietly as SIGPIPE would
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return EXIT_PIPE_CLOSED
    except OSError as exc:
        reason = in_swedish(exc.strerror or str(exc))
        print(f"asfdesk: {reason}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:
        if (problem := _database_problem(args, paths, exc)) is None:
            raise
        print(f"asfdesk: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    from asfdesk.startup_gc import hold_collection

    hold_collection()  # released once the window is filled (MainWindow.filled)
    from asfdesk.ui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(paths, db_path=args.db, demo=args.demo)


def _stop_signal_interrupts() -> None:
    """A stop signal (SIGTERM, as from `kill` or a service manager) ends a command as Ctrl-C does:
    through the same clean-up, not mid-write."""
    import signal

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def _database_problem(args: argparse.Namespace, paths: AppPaths, exc: Exception) -> str | None:
    """One line for a database error that reached the top (busy past the timeout, read-only, full disk).

    The error that surfaces can be a consequence ("no such savepoint" once SQLite rolled back a
    transaction the disk could not hold): the chain of causes is searched for the reason.
    """
    from sqlalchemy.exc import DBAPIError

    from asfdesk.storage.connect import DB_ERRORS
    from asfdesk.storage.errors import Problem, causes
    from asfdesk.storage.probe import sqlite_error

    database = (getattr(args, "db", None) or paths.default_db).expanduser().resolve()
    found: list[DatabaseOpenError] = []
    for current in causes(exc):
        underlying = current.orig if isinstance(current, DBAPIError) else current
        if isinstance(underlying, DB_ERRORS):
            found.append(sqlite_error(database, underlying))
    if not found:
        return None
    return next((f for f in found if f.problem is not Problem.CORRUPT), found[0]).message


# The format each command writes to its -o file, by the file's suffix.
OUTPUT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "report": (".pdf",),
    "report period": (".pdf", ".xlsx"),  # the period report is also written as an Excel workbook
    "calendar": (".ics",),
    "registerutdrag": (".pdf", ".json"),
    "backup": (".db",),
}


def _refuse_protected_outputs(args: argparse.Namespace, paths: AppPaths) -> None:
    """No output may replace the database, its companions or a backup; a file's suffix names its format."""
    from asfdesk.storage.output_files import OutputRefusedError, refuse_protected

    database: Path = (args.db if args.db else paths.default_db).expanduser().resolve()
    databases = [database, paths.demo_db]
    if args.command == "backup" and args.output:
        target = refuse_protected(args.output, suffixes=OUTPUT_SUFFIXES["backup"], databases=databases)
        if target.exists() and target.parent.resolve() == paths.backup_dir.resolve():
            raise OutputRefusedError(f"{target.name} är redan en säkerhetskopia; välj ett nytt filnamn.")
        return
    for name in ("output", "rejected"):
        if getattr(args, name, None) is None:
            continue
        if args.command == "export-all":
            refuse_protected(args.output, backup_dir=paths.backup_dir, folder=True, databases=databases)
        else:
            kind = f"report {args.report_kind}" if args.command == "report" else args.command
            suffixes = (
                (".xlsx",) if name == "rejected" else OUTPUT_SUFFIXES.get(kind, OUTPUT_SUFFIXES.get(args.command, ()))
            )
            refuse_protected(getattr(args, name), backup_dir=paths.backup_dir, suffixes=suffixes, databases=databases)
    if getattr(args, "out_dir", None) is not None:
        refuse_protected(args.out_dir, backup_dir=paths.backup_dir, folder=True, databases=databases)


def _demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.demo.database import create_demo_database

    target: Path = args.db if args.db else paths.demo_db
    if not args.db:
        paths.ensure()
    keys = _keys()
    summary = create_demo_database(
        target, backup_dir=paths.backup_dir, seed=args.seed, today=args.today, force=args.force, keys=keys
    )
    if args.encrypt:
        from asfdesk.storage.encryption import encrypt_database
        from asfdesk.storage.keys import sidecar

        passphrase = None if keys.store.available() else _new_passphrase(target)
        done = encrypt_database(target.expanduser().resolve(), paths.backup_dir, keys, passphrase)
        done.kept.unlink(missing_ok=True)  # a copy of fictional demo data is not worth keeping
        sidecar(done.kept).unlink(missing_ok=True)
        print("Demodatabasen är krypterad" + (" med lösenord." if passphrase else " (nyckel i nyckelringen)."))
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
    report = check_database(target, _keys())
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
    print(f"Kryptering:    {report.encryption}")
    print(f"Innehåll:      {contents}")
    print(f"Ändringslogg:  {report.audit.describe()}")
    if report.healthy:
        print("Resultat:      databasen är frisk och har senaste schemat.")
        return EXIT_OK
    if not report.integrity_ok:
        reason = "integritetskontrollen misslyckades"
    elif not report.audit.ok:
        reason = f"ändringsloggen är bruten ({report.audit.problem})"
    else:
        reason = "schemat är inte det senaste"
    print(f"Resultat:      PROBLEM – {reason}.")
    return EXIT_PROBLEM


def _database(args: argparse.Namespace, paths: AppPaths, may_create: bool = False) -> Path:
    """The database the command works on; with `may_create`, a file that does not exist yet is
    made (empty, at the current schema) instead of refused."""
    from asfdesk.storage.keys import read_key_info
    from asfdesk.storage.probe import probe_file

    target: Path = (args.db if args.db else paths.default_db).expanduser().resolve()
    # An encrypted file has no SQLite header: its key file says so, and the key opens it later.
    probe_file(target, must_exist=not may_create, encrypted=read_key_info(target) is not None)
    return target


def _backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.backup import backup_name, make_verified_backup
    from asfdesk.storage.health import check_database

    source = _database(args, paths)
    keys = _keys()
    check_database(source, keys)  # refuse to copy a damaged or foreign file under a reassuring name
    if args.output:
        destination: Path = args.output.expanduser().resolve()
    else:
        paths.ensure()
        destination = paths.backup_dir / backup_name(source, "manuell")
    info = make_verified_backup(source, destination, keys)
    print(f"Säkerhetskopia sparad och verifierad: {destination}")
    print(f"Innehåll: {info.describe()}")
    return EXIT_OK


def _restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.backup import restore_database, verify_backup
    from asfdesk.storage.instance_lock import DatabaseLock

    source: Path = args.file.expanduser().resolve()
    target: Path = (args.db if args.db else paths.default_db).expanduser().resolve()
    keys = _keys()
    info = verify_backup(source, keys)
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
        safety = restore_database(source, target, paths.backup_dir, keys)
    finally:
        lock.release()
    print(f"Återställd: {target}" + (f" (den tidigare databasen sparades som {safety})" if safety else ""))
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.export import export_all
    from asfdesk.storage.health import check_database

    source = _database(args, paths)
    keys = _keys()
    check_database(source, keys)
    _log(source, paths, keys, "export", "database")  # before anything leaves the database
    target = args.output.expanduser().resolve()
    missing = next((p for p in reversed(target.parents) if not p.exists()), None)
    manifest = export_all(source, target, keys)
    if missing is not None:
        print(f"Mappen {missing} fanns inte och har skapats.")
    print(f"Exporterat till {manifest.parent} (förteckning i {manifest.name}). Exporten innehåller personuppgifter.")
    return EXIT_OK


def _report_parser(sub: argparse._SubParsersAction[Parser], db_help: str) -> None:
    report = sub.add_parser("report", help="skriv ut rapporter som PDF")
    kinds = report.add_subparsers(dest="report_kind", metavar="RAPPORT", required=True)

    def common(parser: argparse.ArgumentParser, period: bool = True) -> None:
        parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
        if period:
            parser.add_argument("--from", dest="start", type=day, help="periodens första dag (standard: 1 jan)")
            parser.add_argument("--to", dest="end", type=day, help="periodens sista dag (standard: 31 dec)")
            parser.add_argument(
                "--audience",
                choices=["styrelse", "handlaggare", "finansiar"],
                help="mottagare, påverkar vad som visas (standard: finansiar för period, annars styrelse)",
            )
            parser.add_argument("--referrer", help="handläggarversionen: remitterande organisation (namn)")
            parser.add_argument("--project", help="bara det som är märkt med detta projekt (namn)")

    enterprise = kinds.add_parser("enterprise", help="stödsammanfattning för ett företag")
    enterprise.add_argument("enterprise", help="organisationsnummer eller exakt namn")
    common(enterprise)
    enterprise.add_argument("-o", "--output", type=Path, required=True, help="PDF-filen att skriva")
    meeting = kinds.add_parser("meeting", help="mötesanteckningar")
    meeting.add_argument("meeting_id")
    common(meeting, period=False)
    meeting.add_argument("-o", "--output", type=Path, required=True, help="PDF-filen att skriva")
    period = kinds.add_parser("period", help="periodrapport för finansiärer")
    common(period)
    period.add_argument("--municipality", help="bara företag i denna kommun")
    period.add_argument("-o", "--output", type=Path, required=True, help="filen att skriva (.pdf eller .xlsx)")
    every = kinds.add_parser("all", help="stödsammanfattning för varje företag med aktivitet under perioden")
    common(every)
    every.add_argument("--out-dir", type=Path, required=True, help="mapp att skriva en PDF per företag i")
    every.add_argument(
        "--workers",
        type=whole_number(1, 32),
        default=max(1, min(2, os.cpu_count() or 1)),
        help="antal PDF:er som skapas samtidigt (standard: 2)",
    )
    every.add_argument("--combined", action="store_true", help="även en sammanslagen PDF")


def _report(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.domain.reporting import Audience, Period
    from asfdesk.services import report_service as reports
    from asfdesk.services.report_queries import ReportQueries, require_referrer_only_for_case_officer
    from asfdesk.storage.engine import Database
    from asfdesk.storage.migrate import open_database

    source = _database(args, paths)
    keys = _keys()
    open_database(source, backup_dir=paths.backup_dir, keys=keys).close()  # bring the schema up to date first
    key = keys.key_for(source)
    database = Database.on_file(source, read_only=True, key=key)
    try:
        factory = database.session_factory
        if args.report_kind == "meeting":
            ReportQueries(factory).meeting_summary(args.meeting_id)  # an unknown id is refused before the log
            _log(source, paths, keys, "print", "meeting", args.meeting_id)
            target = reports.meeting_summary_pdf(factory, args.meeting_id, args.output)
            print(f"Mötesanteckningar sparade: {target}")
            return EXIT_OK
        this_year = Period.year_of(date.today())
        period = Period(args.start or this_year.start, args.end or this_year.end)
        default = "finansiar" if args.report_kind == "period" else "styrelse"
        audience = Audience.from_code(args.audience or default)
        queries = ReportQueries(factory)
        referrer = _referrer_id(queries, args.referrer) if args.referrer else None
        require_referrer_only_for_case_officer(audience, referrer)  # before anything is logged or written
        project = _project_id(factory, args.project) if args.project else None
        if args.report_kind == "enterprise":
            enterprise_id = queries.find_enterprise(args.enterprise)
            _log(source, paths, keys, "print", "enterprise", enterprise_id)
            target = reports.support_summary_pdf(
                factory, enterprise_id, period, args.output, audience, referrer, project
            )
            print(f"Stödsammanfattning sparad: {target}")
        elif args.report_kind == "period":
            municipality = queries.find_municipality(args.municipality) if args.municipality else None
            _log(source, paths, keys, "export" if args.output.suffix.lower() == ".xlsx" else "print", "period_report")
            target = reports.period_report_pdf(
                factory, period, args.output, audience, municipality, None, referrer, project
            )
            print(f"Periodrapport sparad: {target}")
        else:
            _log(source, paths, keys, "print", "support_summaries")
            made_here = not args.out_dir.exists()
            try:
                result = reports.summaries_for_all(
                    source,
                    factory,
                    period,
                    args.out_dir,
                    audience,
                    workers=args.workers,
                    combine=args.combined,
                    key=key,
                    project_id=project,
                    referrer_id=referrer,
                    progress=lambda done, total, name: print(f"[{done}/{total}] {name}", flush=True),
                )
            except BaseException:
                if made_here and args.out_dir.is_dir() and not any(args.out_dir.iterdir()):
                    args.out_dir.rmdir()  # a folder this command made and filled with nothing: not left behind
                raise
            print(f"{len(result.written)} stödsammanfattningar sparade i {args.out_dir}")
            if result.combined is not None:
                print(f"Sammanslagen: {result.combined}")
        return EXIT_OK
    finally:
        database.close()


def _project_id(factory: sessionmaker[Session], name: str) -> str:
    from asfdesk.services.project_service import ProjectService
    from asfdesk.services.report_queries import ReportError
    from asfdesk.services.trash_service import TrashService

    service = ProjectService(factory, TrashService(factory))
    hits = [pid for pid, label in service.choices() if label.casefold().startswith(name.casefold())]
    if len(hits) != 1:
        raise ReportError(f"'{name}' passar {len(hits)} projekt; ange projektets namn som i Projekt och finansiärer.")
    return hits[0]


def _referrer_id(queries: ReportQueries, name: str) -> str:
    from asfdesk.services.report_queries import ReportError

    hits = [rid for rid, label in queries.referrers() if label.casefold() == name.casefold()]
    if not hits:
        raise ReportError(f"Ingen remitterande organisation heter '{name}'.")
    return hits[0]


def _new_passphrase(path: Path) -> str:
    """A passphrase for a database about to be encrypted when there is no keyring."""
    passphrase = _cli_passphrase(path, "Ingen nyckelring finns; databasen låses med lösenord.")
    if not passphrase:
        raise DatabaseOpenError(
            Problem.KEY_MISSING,
            path,
            f"Ingen nyckelring finns: ange ett lösenord i {PASSPHRASE_ENV} eller i terminalen.",
        )
    return passphrase


def _encryption(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.storage.encryption import change_key, encrypt_database
    from asfdesk.storage.instance_lock import DatabaseLock

    target = _database(args, paths)
    keys = _keys()
    lock = DatabaseLock(target)
    if not lock.acquire():
        print(f"asfdesk: {target} är öppen i asfdesk. Stäng programmet och försök igen.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        paths.ensure()
        use_passphrase = args.passphrase or not keys.store.available()
        if args.command == "encrypt":
            from asfdesk.storage.migrate import open_database

            open_database(target, backup_dir=paths.backup_dir, keys=keys).close()  # current schema, healthy file
            done = encrypt_database(target, paths.backup_dir, keys, _new_passphrase(target) if use_passphrase else None)
            copies = "1 säkerhetskopia" if done.backups_encrypted == 1 else f"{done.backups_encrypted} säkerhetskopior"
            print(
                f"Krypterad: {target}. {copies} av den (också kopian från före krypteringen, {done.kept.name}) "
                "är krypterade med samma nyckel; ingen okrypterad kopia finns kvar."
            )
        else:
            keys.key_for(target)  # the current key, before it is replaced
            if use_passphrase:
                new = os.environ.get(NEW_PASSPHRASE_ENV) or (
                    getpass.getpass("Nytt lösenord: ") if sys.stdin.isatty() else None
                )
                if not new:
                    print("asfdesk: inget nytt lösenord angavs.", file=sys.stderr)
                    return EXIT_PROBLEM
                change_key(target, paths.backup_dir, keys, new)
            else:
                change_key(target, paths.backup_dir, keys)
            print(f"Ny nyckel för {target}.")
    finally:
        lock.release()
    return EXIT_OK


def _log(source: Path, paths: AppPaths, keys: KeyResolver, action: str, kind: str, record_id: str = "") -> None:
    """Put a command-line export or print in the database's audit log, like the window does.

    Written before the output: a database that is busy for longer than the busy timeout stops
    the command (one line, nothing written). A read-only file cannot take the entry; the output
    is made all the same and one line says it was not logged.
    """
    from sqlalchemy.exc import OperationalError

    from asfdesk.services.audit import AuditTrail
    from asfdesk.storage.connect import DB_ERRORS
    from asfdesk.storage.migrate import open_database
    from asfdesk.storage.probe import sqlite_error

    not_logged = f"asfdesk: {source.name} är skrivskyddad, så detta loggas inte i ändringsloggen."
    if not (os.access(source, os.W_OK) and os.access(source.parent, os.W_OK)):
        print(not_logged, file=sys.stderr)
        return
    database = open_database(source, backup_dir=paths.backup_dir, keys=keys)
    try:
        AuditTrail(database.session_factory).record(action, kind, record_id)
    except OperationalError as exc:
        problem = sqlite_error(source, exc.orig if isinstance(exc.orig, DB_ERRORS) else exc)
        if problem.problem is Problem.READ_ONLY:
            print(not_logged, file=sys.stderr)
            return
        raise problem from exc
    finally:
        database.close()


def _privacy(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.context import open_context
    from asfdesk.services.errors import RecordNotFoundError

    context = open_context(paths, _database(args, paths), keys=_keys())
    try:
        if args.command == "registerutdrag":
            try:
                participant = context.retention.find_participant(args.code)
            except RecordNotFoundError:
                print(f"asfdesk: ingen deltagare har koden {args.code}.", file=sys.stderr)
                return EXIT_PROBLEM
            target = context.retention.write_subject_access(participant, args.output)
            print(f"Registerutdrag sparat: {target} (innehåller personuppgifter).")
            return EXIT_OK
        from asfdesk.services.settings import RETENTION_YEARS

        candidates = context.retention.preview(args.years or context.settings.get(RETENTION_YEARS))
        for c in candidates:
            print(f"{c.code}\tsista placering slutade {c.last_end.isoformat()}")
        if args.apply and candidates:
            count = context.retention.anonymise([c.participant_id for c in candidates])
            print(f"{count} deltagare anonymiserade. Statistiken (kön, födelseår, utfall) finns kvar.")
        else:
            print(f"{len(candidates)} deltagare skulle anonymiseras" + (" (lägg till --apply)." if candidates else "."))
        return EXIT_OK
    finally:
        context.close()


def _calendar(args: argparse.Namespace, paths: AppPaths) -> int:
    from asfdesk.services.calendar_export import CalendarExport
    from asfdesk.storage.engine import Database

    source = _database(args, paths)
    keys = _keys()
    _log(source, paths, keys, "export", "calendar")
    database = Database.on_file(source, read_only=True, key=keys.key_for(source))
    try:
        count = CalendarExport(database.session_factory).write(args.output, pseudonyms=args.pseudonyms)
    finally:
        database.close()
    print(f"{count} händelser sparade i {args.output}. Importera filen i Outlook eller Thunderbird.")
    return EXIT_OK


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    import json

    from asfdesk.context import open_context
    from asfdesk.services.import_kinds import KINDS
    from asfdesk.services.importer import write_rejected
    from asfdesk.services.sheet_reader import SheetError

    if not args.file.is_file():
        what = "är en mapp, ingen fil" if args.file.is_dir() else "finns inte"
        print(f"asfdesk: {args.file} {what}.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        mapping = json.loads(args.mapping) if args.mapping else None
    except ValueError:
        mapping = False
    fields = sorted(set(KINDS[args.kind].aliases.values()))
    if mapping is False or (
        mapping is not None
        and not (isinstance(mapping, dict) and all(isinstance(k, str) and v in fields for k, v in mapping.items()))
    ):
        print(
            'asfdesk: --mapping ska vara JSON {"kolumn": "fält"}, t.ex. {"Namn": "name"}; '
            f"fält: {', '.join(fields)}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    target = _database(args, paths, may_create=True)
    fresh = not target.exists()
    context = open_context(paths, target, keys=_keys())
    try:
        result = context.importer().run(args.file, args.kind, mapping, args.dry_run)
    except SheetError as exc:
        failure: SheetError | None = exc
    else:
        failure = None
    finally:
        context.close()
    if fresh and (failure is not None or args.dry_run):
        from asfdesk.storage.backup import remove_new_database

        remove_new_database(target)  # the database made for this import goes with it: nothing is left behind
    if failure is not None:
        print(f"asfdesk: {args.file.name}: {failure}", file=sys.stderr)
        return EXIT_PROBLEM
    if fresh and not args.dry_run:
        print(f"Ny databas: {target} (okrypterad; kryptera den med asfdesk encrypt --db …)")
    verb, changed = ("skulle skapas", "skulle uppdateras") if args.dry_run else ("skapade", "uppdaterade")
    print(f"Kolumner: {', '.join(f'{k} → {v}' for k, v in result.mapping.items())}")
    print(
        f"{result.created} {verb}, {result.updated} {changed}, {result.unchanged} oförändrade, "
        f"{len(result.rejected)} avvisade."
    )
    for problem in result.rejected[:20]:
        print(f"  rad {problem.row}: {'; '.join(problem.reasons)}")
    if args.rejected and result.rejected:
        print(f"Avvisade rader: {write_rejected(result, args.rejected)}")
    return EXIT_OK if not result.rejected else EXIT_PROBLEM


def _team(args: argparse.Namespace, paths: AppPaths) -> int:
    handler = team_cli.sync if args.command == "sync" else team_cli.team
    joining = args.command == "team" and args.team_action == "join"  # a new laptop starts with an empty file
    return handler(args, paths, _database(args, paths, may_create=joining), _keys())


Handler = Callable[[argparse.Namespace, AppPaths], int]
COMMANDS: dict[str, Handler] = {
    "demo": _demo,
    "check": _check,
    "encrypt": _encryption,
    "rekey": _encryption,
    "backup": _backup,
    "restore": _restore,
    "export-all": _export,
    "report": _report,
    "import": _import,
    "calendar": _calendar,
    "gallring": _privacy,
    "registerutdrag": _privacy,
    "team": _team,
    "sync": _team,
}
