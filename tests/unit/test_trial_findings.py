"""What a new user found when trying the command line: each now gives the expected result."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_OK, EXIT_PROBLEM, run
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.keys import KeyResolver, read_key_info


def _audit_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_encrypting_leaves_nothing_beside_the_database(demo_db: Path, paths) -> None:
    before = {p.name for p in demo_db.parent.iterdir()}
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), "långt lösenord")
    after = {p.name for p in demo_db.parent.iterdir()}
    assert not [name for name in after - before if name.startswith(".")], after - before


def test_the_period_report_is_made_as_xlsx_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "period.xlsx"
    assert run(["--db", str(demo_db), "report", "period", "-o", str(target)]) == EXIT_OK
    assert target.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    "argv",
    [["report", "period", "-o", "{out}/p.pdf"], ["calendar", "-o", "{out}/k.ics"]],
)
def test_every_print_and_export_from_the_command_line_is_logged(demo_db: Path, tmp_path: Path, argv) -> None:
    before = _audit_count(demo_db)
    assert run(["--db", str(demo_db), *(a.format(out=tmp_path) for a in argv)]) == EXIT_OK
    assert _audit_count(demo_db) == before + 1


def test_check_on_an_empty_file_says_it_is_empty(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "tom.db"
    empty.write_bytes(b"")
    assert run(["--db", str(empty), "check"]) == EXIT_PROBLEM
    captured = capsys.readouterr()
    assert "är tom (0 byte)" in captured.err and "Integritet" not in captured.out


def test_an_export_of_everything_is_readable_by_its_owner_only(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "allt"
    assert run(["--db", str(demo_db), "export-all", "-o", str(out)]) == EXIT_OK
    assert out.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in out.iterdir())


def test_a_backup_is_never_written_to_as_a_database(demo_db: Path, paths, tmp_path: Path, capsys) -> None:
    assert run(["--db", str(demo_db), "backup"]) == EXIT_OK
    copy = next(paths.backup_dir.glob("*.db"))
    before = copy.read_bytes()
    sheet = tmp_path / "lista.csv"
    sheet.write_text("Namn;Organisationsnummer;Kommun\nBönan ek. för.;556677-8899;Hudiksvall\n", encoding="utf-8")
    capsys.readouterr()
    assert run(["--db", str(copy), "import", str(sheet), "--kind", "enterprises"]) == EXIT_PROBLEM
    assert "är en säkerhetskopia" in capsys.readouterr().err
    assert copy.read_bytes() == before
    assert sorted(p.suffix for p in paths.backup_dir.iterdir()) == [".db"]
    assert run(["--db", str(copy), "report", "period", "-o", str(tmp_path / "p.pdf")]) == EXIT_OK  # reading is fine


def test_restoring_a_plain_backup_keeps_the_database_encrypted(
    demo_db: Path, demo_template: Path, paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), "rätt lösenord")
    info = read_key_info(demo_db)
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "rätt lösenord")
    assert run(["--db", str(demo_db), "restore", str(demo_template), "--yes"]) == EXIT_OK
    assert not demo_db.read_bytes().startswith(b"SQLite format 3")
    assert read_key_info(demo_db) == info
    assert run(["--db", str(demo_db), "check"]) == EXIT_OK


def test_each_rekey_gives_a_key_id_of_its_own(demo_db: Path, paths, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), "första")
    seen = [read_key_info(demo_db)]
    for old, new in (("första", "andra"), ("andra", "tredje")):
        monkeypatch.setenv("ASFDESK_PASSPHRASE", old)
        monkeypatch.setenv("ASFDESK_NEW_PASSPHRASE", new)
        assert run(["--db", str(demo_db), "rekey", "--passphrase"]) == EXIT_OK
        seen.append(read_key_info(demo_db))
    ids = [info.key_id for info in seen if info is not None]
    assert len(set(ids)) == 3 and all(len(i) == 36 for i in ids)  # plain UUIDs, no growing suffix
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "tredje")
    assert run(["--db", str(demo_db), "check"]) == EXIT_OK
