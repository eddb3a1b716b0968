"""asfdesk-server: set up and run a team server, manage its organisations, users and devices.

    asfdesk-server init --local DIR [--port N] | --pg URL
    asfdesk-server run  (--local DIR | --pg URL) [--host H] [--port N] [--cert F --key F] [--workers N]
    asfdesk-server org add NAME --kind KIND  (--local DIR | --pg URL)
    asfdesk-server user add NAME --role ROLE --org NAME  (…)     # last line: the enrolment code
    asfdesk-server device list | device add USER | device revoke ID  (…)

Every failure is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shutil
import signal
import socket
import ssl
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from asfdesk.cli_words import Parser, swedish_argparse
from asfdesk.server import accounts, cluster
from asfdesk.server.database import ServerDatabaseError, owner_engine, prepare

URL_ENV = "ASFDESK_SERVER_PG"  # how `run` hands the database to its worker processes
DEFAULT_PORT = 8765


def _database_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--local", type=Path, metavar="DIR", help="serverns egen PostgreSQL i mappen DIR")
    where.add_argument("--pg", metavar="URL", help="en befintlig PostgreSQL (postgresql://ägare:lösen@värd/databas)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="asfdesk-server", description="Teamserver för asfdesk.")
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser("init", help="skapa serverns databas")
    _database_options(init)
    init.add_argument("--port", type=int, help="PostgreSQL-port för --local (annars en ledig)")

    run = commands.add_parser("run", help="starta servern")
    _database_options(run)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=DEFAULT_PORT)
    run.add_argument("--cert", type=Path, help="TLS-certifikat (PEM)")
    run.add_argument("--key", type=Path, help="TLS-nyckel (PEM)")
    run.add_argument("--workers", type=int, default=1)

    org = commands.add_parser("org", help="organisationer").add_subparsers(dest="action", required=True)
    org_add = org.add_parser("add")
    org_add.add_argument("name")
    org_add.add_argument("--kind", required=True, choices=accounts.ORGANISATION_KINDS)
    _database_options(org_add)

    user = commands.add_parser("user", help="användare").add_subparsers(dest="action", required=True)
    user_add = user.add_parser("add")
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True, choices=accounts.ROLES)
    user_add.add_argument("--org", required=True)
    _database_options(user_add)

    device = commands.add_parser("device", help="enheter").add_subparsers(dest="action", required=True)
    device_list = device.add_parser("list")
    _database_options(device_list)
    device_add = device.add_parser("add")
    device_add.add_argument("user")
    _database_options(device_add)
    device_revoke = device.add_parser("revoke")
    device_revoke.add_argument("id")
    _database_options(device_revoke)
    return parser


@contextmanager
def _owner(args: argparse.Namespace) -> Iterator[Engine]:
    """The owner's engine on the server's database; a local cluster this command had to start is
    stopped again afterwards (a running server's is left alone)."""
    started = False
    if args.local is not None:
        folder = args.local.resolve()
        config = cluster.read_config(folder)
        started = not cluster.is_running(folder)
        cluster.start(folder)
        url = config.url()
    else:
        url = str(args.pg)
    engine = owner_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
        if started:
            cluster.stop(args.local.resolve())


def typed() -> str:
    """This program as it can be typed: its name where PATH finds this very program, else its
    whole path (an install in a clone's .venv is not on PATH)."""
    here = Path(sys.argv[0])
    if here.name != "asfdesk-server":  # python -m asfdesk.server
        return "asfdesk-server"
    found = shutil.which("asfdesk-server")
    if found is not None and Path(found).resolve() == here.resolve():
        return "asfdesk-server"
    return str(here.resolve())


def _init(args: argparse.Namespace) -> int:
    if args.local is not None:
        folder = args.local.resolve()
        try:
            config = cluster.init(folder, args.port)
        except cluster.AlreadySetUp as exc:
            raise cluster.ClusterError(f"{exc} Starta den med: {typed()} run --local {folder}") from exc
        try:
            prepare(config.url())
        finally:
            cluster.stop(folder)
        print(f"Teamservern är klar i {folder}. Starta den med: {typed()} run --local {folder}")
        return 0
    prepare(args.pg)
    print(f"Teamservern är klar. Starta den med: {typed()} run --pg {args.pg}")
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _fingerprint(certificate: Path) -> str:
    """SHA-256 of the server's certificate (the first in the file), as laptops show it at join."""
    import hashlib

    text = certificate.read_text(encoding="ascii", errors="replace")
    end = "-----END CERTIFICATE-----"
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(text[: text.index(end) + len(end)])).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _run(args: argparse.Namespace) -> int:
    import uvicorn

    if (args.cert is None) != (args.key is None):
        raise SystemExit("asfdesk-server: ange både --cert och --key.")
    if args.cert is None and not _is_loopback(args.host):
        raise SystemExit(
            "asfdesk-server: utan --cert/--key lyssnar servern bara på 127.0.0.1 "
            "(eller ställ den bakom en omvänd proxy med HTTPS)."
        )
    for path in (args.cert, args.key):
        if path is not None and not path.is_file():
            raise SystemExit(f"asfdesk-server: {path} finns inte.")
    if not 1 <= args.workers <= 64 or not 1 <= args.port <= 65535:
        raise SystemExit("asfdesk-server: --workers 1–64 och --port 1–65535.")
    _check_certificate(args.cert, args.key)
    _check_port(args.host, args.port)
    started_here = args.local is not None and not cluster.is_running(args.local.resolve())
    if args.local is not None:
        cluster.start(args.local.resolve())
        url = cluster.read_config(args.local.resolve()).url()
    else:
        url = str(args.pg)
    # uvicorn shuts down on SIGTERM and then raises the signal again: end as a normal exit, so the
    # cluster this command started is stopped below.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    listening = False
    try:
        prepare(url)
        os.environ[URL_ENV] = url
        scheme = "https" if args.cert else "http"
        print(f"asfdesk-server lyssnar på {scheme}://{args.host}:{args.port}", flush=True)
        listening = True
        if args.cert is not None:  # what each laptop compares when it first meets this certificate
            print(f"Certifikatets fingeravtryck (SHA-256): {_fingerprint(args.cert)}", flush=True)
        uvicorn.run(
            "asfdesk.server.asgi:app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            ssl_certfile=str(args.cert) if args.cert else None,
            ssl_keyfile=str(args.key) if args.key else None,
            log_level="warning",
        )
    finally:
        if started_here:
            cluster.stop(args.local)
        if listening:
            print("asfdesk-server har stoppats" + (" (och dess PostgreSQL)." if started_here else "."), flush=True)
    return 0


def _check_certificate(cert: Path | None, key: Path | None) -> None:
    """A certificate and key that do not load are one line now, not a traceback once serving starts."""
    if cert is None or key is None:
        return
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(str(cert), str(key))
    except (ssl.SSLError, OSError) as exc:
        raise SystemExit(
            f"asfdesk-server: certifikatet {cert} eller nyckeln {key} kan inte läsas ({exc.strerror or exc})."
        ) from exc


def _check_port(host: str, port: int) -> None:
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise SystemExit(
            f"asfdesk-server: kan inte lyssna på {host}:{port} ({exc.strerror or exc}; används porten redan?)."
        ) from exc


def _exit_on_signal(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


def _org(args: argparse.Namespace) -> int:
    with _owner(args) as engine:
        accounts.add_organisation(engine, args.name, args.kind)
    print(f"Organisationen {args.name.strip()} är tillagd.")
    return 0


def _user(args: argparse.Namespace) -> int:
    with _owner(args) as engine:
        _account, code = accounts.add_user(engine, args.name, args.role, args.org)
    print(
        f"{args.name.strip()} ({args.role}, {args.org}) är tillagd. Engångskod för första datorn (giltig i 14 dagar):"
    )
    print(code)
    return 0


def _device(args: argparse.Namespace) -> int:
    with _owner(args) as engine:
        if args.action == "list":
            for d in accounts.list_devices(engine):
                state = "spärrad" if d["revoked_at"] else ("ansluten" if d["enrolled_at"] else "väntar på kod")
                seen = d["last_seen_at"].strftime("%Y-%m-%d %H:%M") if d["last_seen_at"] else "–"
                print(f"{d['id']}  {d['user']} ({d['role']})  {d['name'] or '–'}  {state}  senast {seen}")
        elif args.action == "add":
            code = accounts.add_device(engine, args.user)
            print(f"Engångskod för nästa dator åt {args.user} (giltig i 14 dagar):")
            print(code)
        else:
            print(f"Enheten {accounts.revoke_device(engine, args.id)} är spärrad.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _init,
    "run": _run,
    "org": _org,
    "user": _user,
    "device": _device,
}


def main(argv: list[str] | None = None) -> int:
    with swedish_argparse():
        args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (cluster.ClusterError, ServerDatabaseError, accounts.AccountError) as exc:
        print(f"asfdesk-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
