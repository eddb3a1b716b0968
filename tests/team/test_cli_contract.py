"""The command lines of team mode, as a coordinator and two advisors would type them (real processes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from asfdesk.server import cluster

from .conftest import start_server

SERVER = [sys.executable, "-m", "asfdesk.server"]
LAPTOP = [sys.executable, "-m", "asfdesk"]


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment, check=False)


@pytest.fixture
def local_dir() -> Path:
    parent = Path(tempfile.mkdtemp(prefix="asfdesk-team-"))
    os.chmod(parent, 0o711)
    yield parent / "server"
    if (parent / "server").exists():
        cluster.stop(parent / "server")
    shutil.rmtree(parent, ignore_errors=True)


def test_the_team_commands_end_to_end(local_dir: Path, tmp_path: Path) -> None:
    """init --local, org add, user add (code on the last line), run; two laptops join, work offline,
    sync and converge; a conflict is recorded, not lost; bad input gets one line and exit 1."""
    done = _run([*SERVER, "init", "--local", str(local_dir)])
    assert done.returncode == 0, done.stderr
    assert not cluster.is_running(local_dir)  # init leaves nothing running
    again = _run([*SERVER, "init", "--local", str(local_dir)])
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "redan en asfdesk-server" in again.stderr
    assert f"run --local {local_dir.resolve()}" in again.stderr  # and how to start it, the folder in full

    assert (
        _run(
            [*SERVER, "org", "add", "Coompanion Gävleborg", "--kind", "coompanion", "--local", str(local_dir)]
        ).returncode
        == 0
    )
    codes = []
    for name in ("Anna Andersson", "Bertil Berg"):
        added = _run(
            [
                *SERVER,
                "user",
                "add",
                name,
                "--role",
                "radgivare",
                "--org",
                "Coompanion Gävleborg",
                "--local",
                str(local_dir),
            ]
        )
        assert added.returncode == 0, added.stderr
        codes.append(added.stdout.strip().splitlines()[-1])
    assert not cluster.is_running(local_dir)  # the commands stop what they started
    unknown = _run(
        [*SERVER, "user", "add", "X", "--role", "radgivare", "--org", "Finns inte", "--local", str(local_dir)]
    )
    assert unknown.returncode == 1 and "Okänd organisation" in unknown.stderr

    server = start_server(cluster.read_config(local_dir.resolve()).url(), tmp_path, local=local_dir)
    try:
        a, b = tmp_path / "anna.db", tmp_path / "bertil.db"
        assert _run([*LAPTOP, "demo", "--db", str(a), "--seed", "5"]).returncode == 0
        joined = _run([*LAPTOP, "--db", str(a), "team", "join", server.url, codes[0]])
        assert joined.returncode == 0, joined.stderr
        assert joined.stdout.strip().splitlines()[-1].startswith("skickade ")
        # the demo's own Coompanion Gävleborg is the team's: said as what it is
        assert "1 organisation fanns redan i teamet och slogs ihop med teamets" in joined.stdout
        joined = _run([*LAPTOP, "--db", str(b), "team", "join", server.url, codes[1]])  # a new, empty database
        assert joined.returncode == 0, joined.stderr
        reused = _run([*LAPTOP, "--db", str(tmp_path / "c.db"), "team", "join", server.url, codes[1]])
        assert reused.returncode == 1 and "Koden gäller inte" in reused.stderr
        assert sorted(p.name for p in tmp_path.glob("c.db*")) == []  # a join that failed leaves no file

        enterprise = _first_enterprise(b)
        _set(a, enterprise, "notes", "Anna: styrelsemöte i maj")
        _set(b, enterprise, "notes", "Bertil: ny kassör")
        _set(b, enterprise, "phone", "070-333 33 33")
        first = _run([*LAPTOP, "--db", str(a), "sync"])
        second = _run([*LAPTOP, "--db", str(b), "sync"])
        third = _run([*LAPTOP, "--db", str(a), "sync"])
        assert first.returncode == second.returncode == third.returncode == 0
        assert second.stdout.strip().splitlines()[-1].endswith("konflikter 1")
        for laptop in (a, b):
            assert _get(laptop, enterprise, "notes") == "Anna: styrelsemöte i maj"
            assert _get(laptop, enterprise, "phone") == "070-333 33 33"
        status = _run([*LAPTOP, "--db", str(b), "team", "status"])
        assert "Bertil Berg (rådgivare, Coompanion Gävleborg)" in status.stdout
        assert "Konflikter att avgöra: 1" in status.stdout
        listed = _run([*LAPTOP, "--db", str(b), "team", "conflicts"])
        assert "gäller nu (--keep kept):  Anna: styrelsemöte i maj  (Anna Andersson)" in listed.stdout
        assert "det andra (--keep other): Bertil: ny kassör  (Bertil Berg" in listed.stdout
        first_line = listed.stdout.splitlines()[0]  # the record by name, the field by label, no table names
        assert "företag" in first_line and "Anteckningar" in first_line and "enterprise" not in first_line
        conflict = listed.stdout.split()[0]
        decided = _run([*LAPTOP, "--db", str(b), "team", "resolve", conflict, "--keep", "other"])
        assert decided.returncode == 0, decided.stderr
        assert decided.stdout.startswith("Avgjord: företag ") and "Anteckningar = Bertil: ny kassör" in decided.stdout
        assert _run([*LAPTOP, "--db", str(a), "sync"]).stdout.strip().endswith("konflikter 0")
        for laptop in (a, b):
            assert _get(laptop, enterprise, "notes") == "Bertil: ny kassör"
        refused_here = _run([*LAPTOP, "--db", str(a), "team", "status"]).stdout
        assert "Konflikter att avgöra: 0" in refused_here and "Ändringar servern inte tog emot:" in refused_here

        listed = _run([*SERVER, "device", "list", "--local", str(local_dir)])
        bertil = next(line.split()[0] for line in listed.stdout.splitlines() if "Bertil Berg" in line)
        short = _run([*SERVER, "device", "revoke", "abc", "--local", str(local_dir)])
        assert short.returncode == 1 and "fyra första tecken" in short.stderr
        for wildcard in ("%%%%", "____"):  # read as characters, not as a pattern matching every id
            none = _run([*SERVER, "device", "revoke", wildcard, "--local", str(local_dir)])
            assert none.returncode == 1 and "Ingen enhet har id" in none.stderr
        revoked = _run([*SERVER, "device", "revoke", bertil[:8], "--local", str(local_dir)])  # as the list is read
        assert revoked.returncode == 0 and revoked.stdout.strip() == f"Enheten {bertil} är spärrad."
        twice = _run([*SERVER, "device", "revoke", bertil, "--local", str(local_dir)])
        assert twice.returncode == 1 and "redan spärrad" in twice.stderr
        refused = _run([*LAPTOP, "--db", str(b), "sync"])
        assert (
            refused.returncode == 1 and refused.stderr.count("\n") == 1 and "inte (längre) ansluten" in refused.stderr
        )
        told = _run([*LAPTOP, "--db", str(b), "team", "status"]).stdout  # not only the sync that was refused
        assert "Datorn är spärrad från teamet" in told and "asfdesk team leave" in told
        left = _run([*LAPTOP, "--db", str(b), "team", "leave"])  # a rådgivare keeps a copy
        assert left.returncode == 0 and "skickas om den ansluts till samma team igen" in left.stdout
    finally:
        server.stop()
    assert not cluster.is_running(local_dir)  # run --local stops the cluster it started
    offline = _run([*LAPTOP, "--db", str(a), "sync"])
    assert offline.returncode == 1 and "svarar inte" in offline.stderr and "Traceback" not in offline.stderr


def _first_enterprise(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return str(
            conn.execute("SELECT id FROM enterprise WHERE deleted_at IS NULL ORDER BY name LIMIT 1").fetchone()[0]
        )


def _set(db: Path, enterprise: str, column: str, value: str) -> None:
    """An edit as any writer would make it (the capture triggers note it, whoever writes)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute(f"UPDATE enterprise SET {column} = ?, version = version + 1 WHERE id = ?", (value, enterprise))


def _get(db: Path, enterprise: str, column: str) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return str(conn.execute(f"SELECT {column} FROM enterprise WHERE id = ?", (enterprise,)).fetchone()[0])
