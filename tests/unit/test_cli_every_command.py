"""Every subcommand works on an encrypted database (passphrase or keyring) exactly as on a plain one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from asfdesk.cli import COMMANDS, EXIT_OK, EXIT_PROBLEM, run
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.keys import KeyResolver

from .test_encryption import MemoryKeyring, memory_keyring  # noqa: F401  (a fixture)

PASSPHRASE = "kaffe och kanelbullar 2026"


def _ids(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return {
            "orgnr": conn.execute("SELECT orgnr FROM enterprise ORDER BY name LIMIT 1").fetchone()[0],
            "meeting": conn.execute("SELECT id FROM meeting ORDER BY id LIMIT 1").fetchone()[0],
            "code": conn.execute("SELECT code FROM participant ORDER BY code LIMIT 1").fetchone()[0],
        }


# name → argv after `--db DB` ({out} is a fresh output folder, {..} the ids of the demo data)
INVOCATIONS: dict[str, list[str]] = {
    "check": ["check"],
    "backup": ["backup", "-o", "{out}/kopia.db"],
    "restore": ["restore", "{out}/kopia.db", "--yes"],
    "export-all": ["export-all", "-o", "{out}/export"],
    "report enterprise": ["report", "enterprise", "{orgnr}", "-o", "{out}/sammanfattning.pdf"],
    "report meeting": ["report", "meeting", "{meeting}", "-o", "{out}/mote.pdf"],
    "report period": ["report", "period", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "{out}/period.pdf"],
    "report all": ["report", "all", "--from", "2026-01-01", "--to", "2026-12-31", "--out-dir", "{out}/alla"],
    "import": ["import", "{out}/lista.csv", "--kind", "enterprises"],
    "calendar": ["calendar", "-o", "{out}/kalender.ics"],
    "gallring": ["gallring"],
    "registerutdrag": ["registerutdrag", "{code}", "-o", "{out}/utdrag.json"],
    "demo": ["demo", "--force", "--seed", "4"],
    "encrypt": ["encrypt"],
    "rekey": ["rekey"],
    "team status": ["team", "status"],
    "sync": ["sync"],  # not in a team: refused in one line (joining is tested against a real server)
}


def test_the_table_names_every_subcommand() -> None:
    assert {name.split()[0] for name in INVOCATIONS} == set(COMMANDS)


@pytest.fixture(params=["plain", "passphrase", "keyring"])
def database(request, demo_db: Path, paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    mode = request.param
    if mode == "keyring":
        request.getfixturevalue("memory_keyring")
    monkeypatch.setenv("ASFDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASFDESK_NEW_PASSPHRASE", PASSPHRASE + " nytt")
    if mode != "plain":
        encrypt_database(demo_db, paths.backup_dir, KeyResolver(), PASSPHRASE if mode == "passphrase" else None)
    return mode, demo_db


@pytest.mark.parametrize("name", list(INVOCATIONS))
def test_every_subcommand_on_every_kind_of_database(
    name: str, database: tuple[str, Path], demo_template: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    mode, db = database
    out = tmp_path / "ut"
    out.mkdir()
    sheet = "Namn;Organisationsnummer;Kommun\nBönan ek. för.;556677-8899;Hudiksvall\n"
    (out / "lista.csv").write_text(sheet, encoding="utf-8")
    shutil.copyfile(demo_template, out / "kopia.db")  # restore reads it; backup overwrites it first where it runs
    if name == "restore":
        assert run(["--db", str(db), "backup", "-o", str(out / "kopia.db")]) == EXIT_OK
    values = {"out": str(out), **_ids(demo_template)}
    argv = ["--db", str(db), *(part.format(**values) for part in INVOCATIONS[name])]
    capsys.readouterr()
    code = run(argv)
    _, err = capsys.readouterr()
    if name == "encrypt" and mode != "plain":
        assert code == EXIT_PROBLEM and "redan krypterad" in err
    elif name == "rekey" and mode == "plain":
        assert code == EXIT_PROBLEM and "inte krypterad" in err
    elif name == "sync":
        assert code == EXIT_PROBLEM and "inte ansluten till något team" in err
    else:
        assert code == EXIT_OK, err
        assert err == ""
    if name == "rekey" and mode == "passphrase":
        monkeypatch.setenv("ASFDESK_PASSPHRASE", PASSPHRASE + " nytt")
    # Whatever the command did, the database still opens with its key and is healthy.
    assert run(["--db", str(db), "check"]) == EXIT_OK, capsys.readouterr().err
