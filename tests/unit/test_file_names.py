"""Any file name the operating system allows opens that file and no other (SQLite URIs are escaped)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_OK, run
from asfdesk.storage.migrate import open_database

NAMES = [
    "med mellanslag.db",
    "räksmörgås ÅÄÖ.db",
    "hash#q.db",
    "fråga?mode=memory.db",
    "procent%41%2e.db",
    "och&immutable=1.db",
    "rad\nbrytning.db",
]


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_database_with_an_odd_name_is_that_file(tmp_path: Path, demo_db: Path, name: str) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    target = folder / name
    shutil.copyfile(demo_db, target)
    database = open_database(target, backup_dir=tmp_path / "backups")
    try:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE marker (x)")
    finally:
        database.close()
    # The marker went into the named file, and nothing else appeared beside it but SQLite's own files.
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'marker'").fetchone() == (1,)
    assert _files(folder) <= {name, f"{name}-wal", f"{name}-shm"}


@pytest.mark.parametrize("name", ["hash#q.db", "fråga?x=1.db", "procent%20.db", "a&b c.db"])
def test_the_command_line_imports_into_the_named_file(tmp_path: Path, capsys, name: str) -> None:
    folder = tmp_path / "cli"
    folder.mkdir()
    target = folder / name
    assert run(["demo", "--db", str(target), "--seed", "2"]) == EXIT_OK
    sheet = tmp_path / "list.csv"
    sheet.write_text("Namn;Organisationsnummer;Kommun\nNya Bönan ek. för.;556677-8899;Hudiksvall\n", encoding="utf-8")
    code = run(["--db", str(target), "import", str(sheet), "--kind", "enterprises"])
    out = capsys.readouterr().out
    assert code == EXIT_OK and "1 skapade" in out
    assert _files(folder) <= {name, f"{name}-wal", f"{name}-shm", f"{name}.lock", f"{name}.asfdesk-audit.json"}
    with sqlite3.connect(target) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM enterprise")}
    assert "Nya Bönan ek. för." in names
    assert run(["--db", str(target), "check"]) == EXIT_OK
