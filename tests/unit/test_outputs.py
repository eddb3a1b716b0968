"""Output never replaces what the user did not name as output, and is written whole or not at all."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_OK, EXIT_PROBLEM, run
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.instance_lock import DatabaseLock
from asfdesk.storage.keys import KeyResolver, sidecar


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _orgnr(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT orgnr FROM enterprise ORDER BY name LIMIT 1").fetchone()[0]


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in folder.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", ".lock", ".asfdesk-key.json", ".asfdesk-audit.json"])
def test_a_report_is_never_written_over_the_database_or_its_files(demo_db: Path, paths, capsys, companion: str) -> None:
    target = Path(f"{demo_db}{companion}")
    if not target.exists():
        target.write_text("{}", encoding="utf-8")
    before = _folder_state(demo_db.parent)
    for argv in (
        ["report", "enterprise", _orgnr(demo_db), "-o", str(target)],
        ["report", "period", "-o", str(target)],
        ["calendar", "-o", str(target)],
        ["registerutdrag", "D26-001", "-o", str(target)],
    ):
        code = run(["--db", str(demo_db), *argv])
        err = capsys.readouterr().err
        assert code == EXIT_PROBLEM, argv
        assert err.count("\n") == 1 and "välj en annan fil" in err, err
    assert _folder_state(demo_db.parent) == before


def test_outputs_into_the_backup_folder_are_refused(demo_db: Path, paths, capsys) -> None:
    assert run(["--db", str(demo_db), "backup"]) == EXIT_OK
    existing = next(paths.backup_dir.glob("*.db"))
    before = _digest(existing)
    for argv in (
        ["report", "period", "-o", str(existing.with_suffix(".pdf"))],
        ["export-all", "-o", str(paths.backup_dir)],
        ["backup", "-o", str(existing)],
        ["report", "all", "--out-dir", str(paths.backup_dir / "pdf")],
    ):
        assert run(["--db", str(demo_db), *argv]) == EXIT_PROBLEM, argv
        assert "säkerhetskopi" in capsys.readouterr().err
    assert _digest(existing) == before
    assert sorted(p.suffix for p in paths.backup_dir.iterdir()) == [".db"]


@pytest.mark.parametrize(
    ("argv", "suffix"),
    [
        (["report", "period"], ".docx"),
        (["calendar"], ".pdf"),
        (["registerutdrag", "D26-001"], ".txt"),
        (["backup"], ".pdf"),
    ],
)
def test_an_output_whose_name_is_not_its_format_is_refused(
    demo_db: Path, paths, tmp_path: Path, capsys, argv: list[str], suffix: str
) -> None:
    target = tmp_path / f"ut{suffix}"
    assert run(["--db", str(demo_db), *argv, "-o", str(target)]) == EXIT_PROBLEM
    assert "ska sluta på" in capsys.readouterr().err
    assert not target.exists()


def test_a_failing_write_leaves_no_partial_file_and_one_line(
    demo_db: Path, paths, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up half-way through a PDF: no file (not even an empty one), one line, exit 1."""
    from reportlab.platypus import SimpleDocTemplate

    def full_disk(self, *_a, **_k) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SimpleDocTemplate, "build", full_disk)
    target = tmp_path / "rapport.pdf"
    previous = tmp_path / "förra.pdf"
    previous.write_bytes(b"%PDF old")
    for out in (target, previous):
        code = run(["--db", str(demo_db), "report", "enterprise", _orgnr(demo_db), "-o", str(out)])
        err = capsys.readouterr().err
        assert code == EXIT_PROBLEM
        assert err.count("\n") == 1 and "Disken är full" in err
    assert not target.exists()
    assert previous.read_bytes() == b"%PDF old"  # the old file is left as it was
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_output_under_a_file_or_with_too_long_a_name_is_one_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    """A folder named where a file lies, or a name longer than the disk allows: one line, exit 1, nothing written."""
    out = tmp_path / "ut"
    out.mkdir()
    (out / "fil").write_text("a file, not a folder")
    cases = [
        (["report", "period", "-o", str(out / "fil" / "rapport.pdf")], "är en fil, inte en mapp"),
        (["report", "period", "-o", str(out / ("x" * 300 + ".pdf"))], "för långt"),
        (["report", "all", "--out-dir", str(out / "fil" / "alla")], f"{out / 'fil'} är en fil"),
        (["calendar", "-o", str(out / "fil" / "k.ics")], "är en fil, inte en mapp"),
        (["export-all", "-o", str(out / "fil" / "export")], f"{out / 'fil'} är en fil, inte en mapp"),
        (["export-all", "-o", str(out / "fil" / "a" / "export")], f"{out / 'fil'} är en fil."),
    ]
    for argv, said in cases:
        code = run(["--db", str(demo_db), *argv])
        err = capsys.readouterr().err
        assert code == EXIT_PROBLEM, argv
        assert err.count("\n") == 1 and said in err and "Traceback" not in err, (argv, err)
    assert sorted(p.name for p in out.iterdir()) == ["fil"]


def test_a_failing_export_leaves_no_half_folder(
    demo_db: Path, paths, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asfdesk.storage.export as export

    real = export._sha256
    calls = {"n": 0}

    def fail_later(path: Path) -> str:
        calls["n"] += 1
        if calls["n"] > 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path)

    monkeypatch.setattr(export, "_sha256", fail_later)
    out = tmp_path / "export"
    assert run(["--db", str(demo_db), "export-all", "-o", str(out)]) == EXIT_PROBLEM
    assert "Disken är full" in capsys.readouterr().err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_with_a_wrong_passphrase_touches_nothing(
    demo_db: Path, demo_template: Path, paths, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain backup onto an encrypted database, with the wrong passphrase: refused, file and key file kept."""
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), "rätt lösenord")
    plain_backup = tmp_path / "gammal.db"
    shutil.copyfile(demo_template, plain_backup)
    before, key_file = _digest(demo_db), sidecar(demo_db).read_text(encoding="utf-8")
    backups_before = sorted(p.name for p in paths.backup_dir.iterdir())
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "fel lösenord")
    code = run(["--db", str(demo_db), "restore", str(plain_backup), "--yes"])
    err = capsys.readouterr().err
    assert code == EXIT_PROBLEM and "inget har ändrats" in err and err.count("\n") == 1
    assert _digest(demo_db) == before
    assert sidecar(demo_db).read_text(encoding="utf-8") == key_file
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == backups_before
    monkeypatch.setenv("ASFDESK_PASSPHRASE", "rätt lösenord")
    assert run(["--db", str(demo_db), "restore", str(plain_backup), "--yes"]) == EXIT_OK


def test_demo_force_waits_for_no_one_and_replaces_nothing_in_use(demo_db: Path, paths, capsys) -> None:
    """While an import (or a window) holds the database, `demo --force` refuses and every row stays."""
    with sqlite3.connect(demo_db) as conn:
        count = conn.execute("SELECT count(*) FROM enterprise").fetchone()[0]
    holder = DatabaseLock(demo_db)
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        assert holder.acquire()
        held.set()
        done.wait(30)
        holder.release()

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert held.wait(10)
        code = run(["demo", "--db", str(demo_db), "--force"])
    finally:
        done.set()
        thread.join()
    assert code == EXIT_PROBLEM and "används just nu" in capsys.readouterr().err
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == count


def test_a_report_on_a_read_only_database_is_made_and_says_it_was_not_logged(
    demo_db: Path, paths, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def read_only(path, mode, *a, **k) -> bool:  # root ignores file modes; this is what a user meets
        if mode == os.W_OK and Path(path).resolve() in (demo_db.resolve(), demo_db.parent.resolve()):
            return False
        return real_access(path, mode, *a, **k)

    monkeypatch.setattr(os, "access", read_only)
    target = tmp_path / "ut" / "rapport.pdf"
    target.parent.mkdir()
    code = run(["--db", str(demo_db), "report", "enterprise", _orgnr(demo_db), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == EXIT_OK and target.stat().st_size > 1000
    assert err.count("\n") == 1 and "skrivskyddad" in err


def test_a_report_while_another_process_holds_the_write_lock_says_busy(
    demo_db: Path, paths, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asfdesk.storage.engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    writer = sqlite3.connect(demo_db, isolation_level=None, timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    target = tmp_path / "rapport.pdf"
    try:
        code = run(["--db", str(demo_db), "report", "enterprise", _orgnr(demo_db), "-o", str(target)])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    err = capsys.readouterr().err
    assert code == EXIT_PROBLEM and err.count("\n") == 1 and "låst" in err
    assert not target.exists()
    # Once the writer is done, the same command succeeds.
    assert run(["--db", str(demo_db), "report", "enterprise", _orgnr(demo_db), "-o", str(target)]) == EXIT_OK


@pytest.mark.skipif(
    not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv")),
    reason="needs root's setpriv to take away the right to write (root otherwise ignores file modes)",
)
def test_reading_commands_work_on_a_database_in_a_folder_nobody_may_write_to(demo_db: Path, tmp_path: Path) -> None:
    """File 444 in a folder 555, as a user without write rights meets it: SQLite cannot keep its
    -shm file there, so the file is read as it is; `check`, a report and a backup work."""
    import stat
    import subprocess
    import sys

    folder = tmp_path / "las"
    folder.mkdir()
    database = folder / "x.db"
    shutil.copyfile(demo_db, database)
    database.chmod(0o444)
    folder.chmod(0o555)
    before = sorted(p.name for p in folder.iterdir())
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    unprivileged = ["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override", sys.executable, "-m"]
    try:
        for argv in (
            ["check"],
            ["report", "period", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "p.pdf")],
            ["backup", "-o", str(tmp_path / "kopia.db")],
        ):
            done = subprocess.run(
                [*unprivileged, "asfdesk", "--db", str(database), *argv],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, (argv, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr
    finally:
        folder.chmod(stat.S_IRWXU)
    assert (tmp_path / "p.pdf").stat().st_size > 1000 and (tmp_path / "kopia.db").stat().st_size > 0
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing left beside it


def test_report_all_says_where_the_combined_file_is(demo_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "alla"
    assert run(["--db", str(demo_db), "report", "all", "--out-dir", str(out), "--combined"]) == EXIT_OK
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("Sammanslagen: ")
    combined = Path(last.removeprefix("Sammanslagen: "))
    assert combined.parent == out and combined.name.startswith("Stödsammanfattningar_")
    assert combined.read_bytes().startswith(b"%PDF")
