"""Arguments out of range, a full disk and a closed pipe: one line and a non-zero exit, nothing half-done."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from asfdesk.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_PIPE_CLOSED, EXIT_PROBLEM, EXIT_USAGE, run
from asfdesk.storage.audit_chain import head_file


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["demo", "--today", "0001-01-01"], "mellan 1900 och 2100"),
        (["demo", "--today", "2101-01-01"], "mellan 1900 och 2100"),
        (["gallring", "--years", "100000000000000000000"], "från 1 till 100"),
        (["gallring", "--years", "-5", "--apply"], "från 1 till 100"),
        (["gallring", "--years", "0"], "från 1 till 100"),
        (["gallring", "--years", "två"], "inget heltal"),
        (["report", "all", "--workers", "0", "--out-dir", "ut"], "från 1 till 32"),
    ],
    ids=["today-year-1", "today-2101", "years-huge", "years-negative", "years-zero", "years-word", "workers-zero"],
)
def test_an_argument_out_of_range_is_one_line_and_a_usage_exit(
    demo_db: Path, tmp_path: Path, capsys, argv, expected
) -> None:
    before = demo_db.read_bytes()
    with pytest.raises(SystemExit) as stopped:
        run(["--db", str(demo_db), *argv])
    err = capsys.readouterr().err
    assert stopped.value.code == EXIT_USAGE and expected in err and err.count("\n") == 1
    assert demo_db.read_bytes() == before and not (tmp_path / "ut").exists()


def test_retention_itself_refuses_less_than_a_year(ctx) -> None:
    """The rule is the service's, not only the command line's: 0 years would take today's leavers."""
    with pytest.raises(ValueError, match="minst ett år"):
        ctx.retention.preview(years=0)
    assert ctx.retention.preview(years=1) is not None


def test_a_municipality_without_enterprises_is_refused_with_near_names(demo_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "period.pdf"
    code, _out, err = _cli(
        capsys, "--db", str(demo_db), "report", "period", "--municipality", "Hudikvall", "-o", str(out)
    )
    assert code == EXIT_PROBLEM and "Menade du Hudiksvall?" in err and err.count("\n") == 1 and not out.exists()
    code, _out, err = _cli(capsys, "--db", str(demo_db), "report", "period", "--municipality", "Kiruna", "-o", str(out))
    assert code == EXIT_PROBLEM and "Kommuner med företag: " in err and "Gävle" in err and not out.exists()
    code, _out, _err = _cli(
        capsys, "--db", str(demo_db), "report", "period", "--municipality", "hudiksvall", "-o", str(out)
    )
    assert code == EXIT_OK and out.is_file()


def test_an_enterprise_is_found_by_a_unique_part_of_its_name(demo_db: Path, tmp_path: Path, capsys) -> None:
    with sqlite3.connect(demo_db) as connection:
        names = [n for (n,) in connection.execute("SELECT name FROM enterprise WHERE deleted_at IS NULL")]
    unique = next(
        word
        for name in names
        for word in name.split()
        if len(word) > 4 and sum(word.casefold() in n.casefold() for n in names) == 1
    )
    out = tmp_path / "e.pdf"
    code, _printed, err = _cli(capsys, "--db", str(demo_db), "report", "enterprise", unique.lower(), "-o", str(out))
    assert code == EXIT_OK and out.is_file(), err
    shared = "ek. för."
    many = [n for n in names if shared in n]
    code, _printed, err = _cli(
        capsys, "--db", str(demo_db), "report", "enterprise", shared, "-o", str(tmp_path / "x.pdf")
    )
    assert code == EXIT_PROBLEM and f"passar {len(many)} företag" in err and "Ange organisationsnumret" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_closed_pipe_ends_quietly(demo_db: Path, tmp_path: Path) -> None:
    """`asfdesk … | head`: the reader went away; no 'Broken pipe' message, the shell's SIGPIPE code."""
    process = subprocess.Popen(
        [sys.executable, "-m", "asfdesk", "--db", str(demo_db), "report", "all", "--out-dir", str(tmp_path / "ut")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as head does once it has its lines
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == EXIT_PIPE_CLOSED and err == ""


@pytest.mark.parametrize("stop", ["ctrl-c", "kill"])
def test_stopping_report_all_ends_in_one_line_and_leaves_nothing_running(
    demo_db: Path, tmp_path: Path, stop: str
) -> None:
    """Ctrl-C (reaching the whole process group) or a stop signal to the command: the summaries being
    written are finished, nothing more is started, no worker goes on writing, no partial file."""
    import os
    import signal
    import time

    out = tmp_path / "ut"
    process = subprocess.Popen(
        [sys.executable, "-m", "asfdesk", "--db", str(demo_db), "report", "all", "--out-dir", str(out), "--combined"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.05)
    if stop == "ctrl-c":
        os.killpg(process.pid, signal.SIGINT)
    else:
        os.kill(process.pid, signal.SIGTERM)
    _out, err = process.communicate(timeout=120)
    written = sorted(p.name for p in out.iterdir())
    time.sleep(2)  # an orphaned worker would go on writing
    assert sorted(p.name for p in out.iterdir()) == written
    assert process.returncode == EXIT_INTERRUPTED, err
    assert err.decode().count("\n") == 1 and "avbrutet" in err.decode()
    assert written and all(name.endswith(".pdf") and (out / name).stat().st_size > 0 for name in written)
    assert not any(name.startswith("Stödsammanfattningar_") for name in written)  # no combined file of a part


# -- a disk that fills up --------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB file system (tmpfs): SQLite, reportlab and the exports meet a real ENOSPC."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave: int) -> None:
    free = shutil.disk_usage(disk).free
    with (disk / "fyllnad").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def _database_on(disk: Path, demo_db: Path) -> Path:
    target = disk / "asf.db"
    shutil.copyfile(demo_db, target)
    return target


def _healthy(capsys, database: Path) -> None:
    code, out, err = _cli(capsys, "--db", str(database), "check")
    assert code == EXIT_OK and "obruten" in out and "frisk" in out, out + err


def _stray(disk: Path) -> list[str]:
    return sorted(
        p.name for p in disk.rglob("*") if p.name.endswith((".part", ".tmp", ".demo")) or p.name.startswith(".")
    )


def test_a_full_disk_during_import_keeps_the_database_as_it_was(
    small_disk: Path, demo_db: Path, tmp_path: Path, capsys
) -> None:
    database = _database_on(small_disk, demo_db)
    with sqlite3.connect(database) as connection:
        before = connection.execute("SELECT count(*) FROM enterprise").fetchone()[0]
    source = tmp_path / "stor.csv"
    source.write_text("Namn;Kommun;Anteckningar\n" + "".join(f"Bolag {i};Gävle;{'x' * 300}\n" for i in range(20_000)))
    _fill(small_disk, 400_000)
    code, _out, err = _cli(capsys, "--db", str(database), "import", str(source), "--kind", "enterprises")
    assert code == EXIT_PROBLEM and "Disken är full" in err and "skadad" not in err and err.count("\n") == 1
    (small_disk / "fyllnad").unlink()
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM enterprise").fetchone()[0] == before
    _healthy(capsys, database)
    assert _stray(small_disk) == []


def test_a_dry_run_import_leaves_the_audit_chain_whole(demo_db: Path, tmp_path: Path, capsys) -> None:
    """A trial import writes audit entries it rolls back: the head kept beside the file must not count them."""
    source = tmp_path / "lista.csv"
    source.write_text("Namn;Kommun\nProv AB;Gävle\nProv två AB;Luleå\n", encoding="utf-8")
    _cli(capsys, "--db", str(demo_db), "report", "period", "-o", str(tmp_path / "p.pdf"))  # a commit: the head exists
    assert head_file(demo_db).is_file()
    code, _out, _err = _cli(capsys, "--db", str(demo_db), "import", str(source), "--kind", "enterprises", "--dry-run")
    assert code == EXIT_OK
    _healthy(capsys, demo_db)


@pytest.mark.parametrize(
    ("argv", "output"),
    [
        (["backup", "-o", "{disk}/kopia.db"], "kopia.db"),
        (["export-all", "-o", "{disk}/export"], "export"),
        (["report", "all", "--out-dir", "{disk}/rapporter", "--workers", "1"], None),
    ],
    ids=["backup", "export-all", "report-all"],
)
def test_a_full_disk_while_writing_output_is_one_line_and_no_partial_file(
    small_disk: Path, demo_db: Path, capsys, argv, output
) -> None:
    database = _database_on(small_disk, demo_db)
    _fill(small_disk, 150_000)
    args = [a.replace("{disk}", str(small_disk)) for a in argv]
    code, _out, err = _cli(capsys, "--db", str(database), *args)
    assert code == EXIT_PROBLEM and "Disken är full" in err and "skadad" not in err, err
    assert err.count("\n") == 1
    if output == "kopia.db":  # the copy is named, not the healthy database it was made from
        assert "säkerhetskopian" in err and "kopia.db" in err and str(database) not in err, err
    if output:
        assert not (small_disk / output).exists()
    else:
        written = list((small_disk / "rapporter").glob("*.pdf"))
        assert f"({len(written)} av " in err  # what was written is whole, and said
    assert _stray(small_disk) == []
    (small_disk / "fyllnad").unlink()
    _healthy(capsys, database)


def test_a_full_disk_during_demo_leaves_no_database(small_disk: Path, capsys) -> None:
    _fill(small_disk, 200_000)
    target = small_disk / "demo.db"
    code, _out, err = _cli(capsys, "demo", "--db", str(target))
    assert code == EXIT_PROBLEM and "Disken är full" in err and err.count("\n") == 1
    assert not target.exists() and _stray(small_disk) == []
    assert sorted(p.name for p in small_disk.iterdir()) in (["fyllnad"], ["demo.db.lock", "fyllnad"])
    assert os.stat(small_disk / "fyllnad").st_size > 0


def test_a_damaged_database_is_named_so_in_swedish(demo_db: Path, tmp_path: Path, capsys) -> None:
    """The reason SQLite gives is put in Swedish words too: no 'database disk image is malformed'."""
    from asfdesk.cli import run

    damaged = tmp_path / "trasig.db"
    data = bytearray(demo_db.read_bytes())
    data[4096 : 4096 * 40] = b"\xff" * (4096 * 39)  # pages overwritten, the header intact
    damaged.write_bytes(bytes(data))
    code = run(["--db", str(damaged), "calendar", "-o", str(tmp_path / "k.ics")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "skadad" in err, err
    assert "malformed" not in err and "not a database" not in err


def test_export_all_into_folders_that_do_not_exist_says_it_made_them(demo_db: Path, tmp_path: Path, capsys) -> None:
    from asfdesk.cli import run

    target = tmp_path / "ny" / "djupare" / "export"
    assert run(["--db", str(demo_db), "export-all", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Mappen {tmp_path / 'ny'} fanns inte och har skapats." in out
    assert (target / "manifest.json").is_file()
    assert run(["--db", str(demo_db), "export-all", "-o", str(tmp_path / "ny" / "igen")]) == 0
    assert "fanns inte" not in capsys.readouterr().out


@pytest.mark.parametrize("elsewhere", [False, True], ids=["database-on-that-disk", "database-elsewhere"])
def test_report_all_on_a_disk_with_no_room_leaves_no_empty_folder(
    small_disk: Path, demo_db: Path, capsys, elsewhere: bool
) -> None:
    database = demo_db if elsewhere else _database_on(small_disk, demo_db)
    _fill(small_disk, 4_000)
    out = small_disk / "rapporter"
    code, _out, err = _cli(capsys, "--db", str(database), "report", "all", "--out-dir", str(out), "--workers", "1")
    assert code == EXIT_PROBLEM and "Disken är full" in err and err.count("\n") == 1, err
    assert not out.exists() or any(out.iterdir())  # nothing written: no folder made for nothing
    (small_disk / "fyllnad").unlink()
