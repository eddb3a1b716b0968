"""A PostgreSQL cluster of the team server's own, in a folder: for a pilot on one machine and for tests.

`init --local DIR` makes it with Debian's (or any) PostgreSQL binaries: initdb into DIR/pgdata,
listening on 127.0.0.1 only (no Unix socket), password authentication, an owner role with a
random password written to DIR/server.json (readable by its owner only). PostgreSQL refuses to
run as root, so under root the cluster runs as the `postgres` system user and DIR is handed to it.
"""

from __future__ import annotations

import glob
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

CONFIG_NAME = "server.json"
OWNER = "asfdesk_owner"
DATABASE = "asfdesk"


class ClusterError(Exception):
    """One line for the user: what went wrong with the local cluster."""


class AlreadySetUp(ClusterError):
    """`init` into a folder that already holds a server's cluster."""


@dataclass(frozen=True)
class LocalConfig:
    port: int
    password: str
    database: str = DATABASE
    owner: str = OWNER

    def url(self) -> str:
        return f"postgresql://{self.owner}:{self.password}@127.0.0.1:{self.port}/{self.database}"


def bin_dir() -> Path:
    """The folder of initdb and pg_ctl: PATH first, else the newest under /usr/lib/postgresql."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    raise ClusterError(
        "PostgreSQL saknas på datorn (initdb hittades inte). Installera den: sudo apt install postgresql"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _hand_over(folder: Path) -> None:
    """Under root, the cluster's folder belongs to the postgres user (PostgreSQL will not run as root)."""
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")


def _run(command: list[str], what: str) -> str:
    try:
        done = subprocess.run(_as_cluster_user(command), capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ClusterError(f"{what} misslyckades: {exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ClusterError(f"{what} misslyckades: {detail[-1] if detail else done.returncode}")
    return done.stdout


def config_path(folder: Path) -> Path:
    return folder / CONFIG_NAME


def read_config(folder: Path) -> LocalConfig:
    try:
        data = json.loads(config_path(folder).read_text(encoding="utf-8"))
        return LocalConfig(**data)
    except FileNotFoundError as exc:
        raise ClusterError(
            f"{folder} är ingen asfdesk-server (kör först: asfdesk-server init --local {folder})"
        ) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise ClusterError(f"{config_path(folder)} kunde inte läsas: {exc}") from exc


def init(folder: Path, port: int | None = None) -> LocalConfig:
    """Make a new cluster in `folder` (which must be empty or missing) and start it."""
    folder = folder.resolve()
    if folder.exists() and any(folder.iterdir()):
        if config_path(folder).exists():
            raise AlreadySetUp(f"{folder} har redan en asfdesk-server.")
        raise ClusterError(f"{folder} är inte tom. Välj en ny mapp för serverns databas.")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    _hand_over(folder)
    config = LocalConfig(port=port or free_port(), password=secrets.token_urlsafe(24))
    password_file = folder / ".pw"
    password_file.write_text(config.password, encoding="utf-8")
    os.chmod(password_file, 0o600)
    _hand_over(password_file)
    try:
        _run(
            [
                str(bin_dir() / "initdb"),
                "-D", str(folder / "pgdata"),
                "-U", config.owner,
                "--auth=scram-sha-256",
                f"--pwfile={password_file}",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
            "initdb",
        )  # fmt: skip
    finally:
        password_file.unlink(missing_ok=True)
    _write_config(folder, config)
    start(folder)
    _create_database(config)
    return config


def _write_config(folder: Path, config: LocalConfig) -> None:
    target = config_path(folder)
    staging = target.with_suffix(".tmp")
    staging.write_text(json.dumps(asdict(config), indent=2), encoding="utf-8")
    os.chmod(staging, 0o600)
    os.replace(staging, target)


def _create_database(config: LocalConfig) -> None:
    import psycopg

    admin = config.url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (config.database,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{config.database}" OWNER "{config.owner}"')


def is_running(folder: Path) -> bool:
    pid_file = folder / "pgdata" / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError, OSError):
        return False
    return True


def start(folder: Path) -> None:
    folder = folder.resolve()
    config = read_config(folder)
    if is_running(folder):
        return
    options = f"-c listen_addresses=127.0.0.1 -p {config.port} -c unix_socket_directories=''"
    _run(
        [str(bin_dir() / "pg_ctl"), "-D", str(folder / "pgdata"), "-l", str(folder / "postgres.log"),
         "-o", options, "-w", "-t", "60", "start"],
        "Att starta PostgreSQL",
    )  # fmt: skip
    _wait_for(config.port)


def stop(folder: Path) -> None:
    folder = folder.resolve()
    if not is_running(folder):
        return
    _run([str(bin_dir() / "pg_ctl"), "-D", str(folder / "pgdata"), "-m", "fast", "-w", "stop"], "Att stoppa PostgreSQL")


def _wait_for(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise ClusterError(f"PostgreSQL svarar inte på port {port}")
