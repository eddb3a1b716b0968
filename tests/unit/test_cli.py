"""Command line: `demo`, `check` and `--version`; every user error is one line, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from asfdesk import __version__
from asfdesk.cli import EXIT_OK, EXIT_PROBLEM, run
from asfdesk.storage.probe import head_revision


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check_reports_a_healthy_database_at_head(tmp_path: Path, capsys) -> None:
    """`asfdesk demo --db X && asfdesk --db X check` says the database is healthy and at the head revision."""
    db = tmp_path / "x.db"
    code, out, _ = _run(capsys, "demo", "--db", str(db), "--seed", "3")
    assert code == EXIT_OK and "15 företag" in out
    code, out, err = _run(capsys, "--db", str(db), "check")
    assert code == EXIT_OK, err
    assert "Integritet:    ok" in out
    assert f"{head_revision()} (senaste)" in out
    assert "Journalläge:   wal" in out
    assert "frisk" in out


def test_check_accepts_db_after_the_subcommand(demo_db: Path, capsys) -> None:
    """`asfdesk check --db X` works as well as `asfdesk --db X check`."""
    code, out, _ = _run(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_OK and str(demo_db) in out


def _corrupt(path: Path, demo_db: Path) -> Path:
    data = demo_db.read_bytes()
    path.write_bytes(data[:8192] + b"\x00" * 4096 + data[12288:40960])
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p, _d: p.write_text("hej") and p, "inte en SQLite-databas"),
        (lambda p, d: _corrupt(p, d), "skadad"),
        (lambda p, _d: p.mkdir() or p, "är en mapp"),
        (lambda p, _d: p.parent / "saknas.db", "finns inte"),
    ],
    ids=["text-file", "corrupt", "directory", "missing"],
)
def test_check_on_bad_files_prints_one_clear_line(tmp_path: Path, demo_db: Path, capsys, make, expected) -> None:
    """A bad file gives exit code 1 and one line on stderr naming the problem."""
    target = make(tmp_path / "bad.db", demo_db)
    code, _out, err = _run(capsys, "check", "--db", str(target))
    assert code == EXIT_PROBLEM
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_check_on_a_foreign_sqlite_file(tmp_path: Path, capsys) -> None:
    """Another program's SQLite file is named as not an asfdesk database."""
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    code, _out, err = _run(capsys, "check", "--db", str(other))
    assert code == EXIT_PROBLEM and "inte en asfdesk-databas" in err


def test_check_on_a_newer_schema(demo_db: Path, capsys) -> None:
    """A database from a newer asfdesk asks the user to update the program."""
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abc123'")
    code, _out, err = _run(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_PROBLEM and "nyare version" in err and "abc123" in err


def test_demo_without_db_writes_to_the_data_folder(isolated_data_dir: Path, capsys) -> None:
    """`asfdesk demo` with no path creates demo.db in the (here: isolated) data folder."""
    code, out, _ = _run(capsys, "demo")
    assert code == EXIT_OK
    assert (isolated_data_dir / "demo.db").is_file()
    assert str(isolated_data_dir / "demo.db") in out


def test_real_process_version_and_error_have_no_traceback(tmp_path: Path) -> None:
    """Through the real entry point: --version prints the version; a bad --db exits 1 with one line."""
    version = subprocess.run(
        [sys.executable, "-m", "asfdesk", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.returncode == 0 and version.stdout.strip() == f"asfdesk {__version__}"
    bad = subprocess.run(
        [sys.executable, "-m", "asfdesk", "--db", str(tmp_path), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == EXIT_PROBLEM
    assert bad.stderr.strip() == f"asfdesk: {tmp_path} är en mapp, inte en databasfil."


def test_backup_restore_and_export_from_the_command_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    """`backup -o` writes a verified copy; `restore --yes` brings it back; `export-all` writes the tables."""
    copy = tmp_path / "copy.db"
    code, out, _ = _run(capsys, "--db", str(demo_db), "backup", "-o", str(copy))
    assert code == EXIT_OK and "verifierad" in out and copy.is_file()
    with sqlite3.connect(demo_db) as conn:
        conn.execute("DELETE FROM action_item")
    code, out, _ = _run(capsys, "--db", str(demo_db), "restore", str(copy), "--yes")
    assert code == EXIT_OK and "Återställd" in out
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM action_item").fetchone()[0] > 0
    code, out, _ = _run(capsys, "--db", str(demo_db), "export-all", "-o", str(tmp_path / "ut"))
    assert code == EXIT_OK and (tmp_path / "ut" / "manifest.json").is_file()


def test_restore_refuses_a_bad_copy_and_an_open_database(demo_db: Path, tmp_path: Path, paths, capsys) -> None:
    """A damaged copy is not restored; neither is a database another window has open."""
    from asfdesk.context import open_context

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"inte en databas")
    code, _out, err = _run(capsys, "--db", str(demo_db), "restore", str(bad), "--yes")
    assert code == EXIT_PROBLEM and "kan inte återställas" in err
    good = tmp_path / "good.db"
    _run(capsys, "--db", str(demo_db), "backup", "-o", str(good))
    window = open_context(paths, demo_db)
    code, _out, err = _run(capsys, "--db", str(demo_db), "restore", str(good), "--yes")
    window.close()
    assert code == EXIT_PROBLEM and "öppen i asfdesk" in err


def test_report_commands(demo_db: Path, tmp_path: Path, capsys) -> None:
    """`report enterprise|period|all` write PDFs; an unknown enterprise or a backwards period is one clear line."""
    with sqlite3.connect(demo_db) as conn:
        orgnr = conn.execute("SELECT orgnr FROM enterprise WHERE orgnr != '' LIMIT 1").fetchone()[0]
    code, _out, _ = _run(capsys, "report", "enterprise", orgnr, "--db", str(demo_db), "-o", str(tmp_path / "e.pdf"))
    assert code == EXIT_OK and (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    code, _out, err = _run(
        capsys, "report", "enterprise", "Inget sådant AB", "--db", str(demo_db), "-o", str(tmp_path / "x.pdf")
    )
    assert code == EXIT_PROBLEM and err.count("\n") == 1 and "Inget företag" in err
    code, _out, err = _run(
        capsys,
        "report",
        "period",
        "--from",
        "2026-12-01",
        "--to",
        "2026-01-01",
        "--db",
        str(demo_db),
        "-o",
        str(tmp_path / "p.pdf"),
    )
    assert code == EXIT_PROBLEM and "före dess början" in err and not (tmp_path / "p.pdf").exists()
    code, _out, _ = _run(
        capsys, "report", "all", "--db", str(demo_db), "--out-dir", str(tmp_path / "alla"), "--workers", "2"
    )
    assert code == EXIT_OK and len(list((tmp_path / "alla").glob("*.pdf"))) > 5


def test_encrypted_demo_and_check_from_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:
    """`demo --encrypt` with a passphrase in the environment; `check` opens it and says it is encrypted."""
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "ett långt lösenord")
    db = tmp_path / "krypt.db"
    code, out, _ = _run(capsys, "demo", "--db", str(db), "--encrypt")
    assert code == EXIT_OK and "krypterad med lösenord" in out
    assert not db.read_bytes().startswith(b"SQLite format 3")
    code, out, _ = _run(capsys, "--db", str(db), "check")
    assert code == EXIT_OK and "krypterad (SQLCipher)" in out
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "fel")
    code, _out, err = _run(capsys, "--db", str(db), "check")
    assert code == EXIT_PROBLEM and "stämmer inte" in err


def test_import_from_the_command_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    """`asfdesk import FILE --kind enterprises` reports what it did and writes the rejected rows when asked."""
    source = tmp_path / "lista.csv"
    source.write_text("Namn;Kommun;Orgnr\nNya Verkstan;Boden;\nTrasig;Luleå;123\n", encoding="utf-8")
    code, out, _ = _run(
        capsys,
        "import",
        str(source),
        "--kind",
        "enterprises",
        "--db",
        str(demo_db),
        "--rejected",
        str(tmp_path / "a.xlsx"),
    )
    assert code == EXIT_PROBLEM and "1 skapade, 0 uppdaterade, 0 oförändrade, 1 avvisade" in out and "rad 3" in out
    assert (tmp_path / "a.xlsx").is_file()


def test_every_subcommand_has_a_handler() -> None:
    """No command the help offers falls through to starting the window."""
    from asfdesk.cli import COMMANDS, build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(subparsers.choices) == set(COMMANDS)


def test_report_for_one_project_from_the_command_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    """`--project` narrows a report to what is tagged with the project; an unknown project is one clear line."""
    import pypdfium2

    out = tmp_path / "p.pdf"
    code, _out, _ = _run(capsys, "report", "period", "--project", "Vägar", "--db", str(demo_db), "-o", str(out))
    assert code == EXIT_OK
    document = pypdfium2.PdfDocument(str(out))
    text = document[0].get_textpage().get_text_bounded()
    document.close()
    assert "projekt Vägar till arbete (ESF+)" in text
    code, _out, err = _run(capsys, "report", "period", "--project", "Okänt", "--db", str(demo_db), "-o", str(out))
    assert code == EXIT_PROBLEM and err.count("\n") == 1 and "0 projekt" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["import", "x.csv"], "det här saknas: --kind"),
        (["report", "period", "--from", "2026-13-01", "-o", "q.pdf"], "'2026-13-01' är inget datum"),
        (["report", "period", "--audience", "x", "-o", "q.pdf"], "går inte att välja"),
        (["--nonsense"], "okända argument"),
    ],
)
def test_argument_mistakes_are_one_swedish_line(capsys, argv: list[str], expected: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert err.count("\n") == 1 and expected in err and "--help" in err
    assert "usage" not in err and "error" not in err


def test_help_is_in_swedish(capsys) -> None:
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: asfdesk") and "visa den här hjälpen" in out and "options" not in out


def test_every_option_of_every_command_says_what_it_is_for() -> None:
    """`--help` explains each option (no bare `--out-dir OUT_DIR`), in every subcommand."""
    import argparse

    from asfdesk.cli import build_parser

    bare: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, f"{path} {name}")
            elif action.option_strings and not action.help and not isinstance(action, argparse._HelpAction):
                bare.append(f"{path} {'/'.join(action.option_strings)}")

    walk(build_parser(), "asfdesk")
    assert bare == []
