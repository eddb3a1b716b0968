"""Starting the window on a database that cannot be opened: a way out, never a traceback."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from asfdesk.config import AppPaths
from asfdesk.startup_gc import hold_collection
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.ui.app import WayOut, start_window


def test_unusable_database_offers_a_way_out_and_quitting_changes_nothing(
    qtbot, paths: AppPaths, tmp_path: Path
) -> None:
    """A non-database file is explained to the user; choosing to quit leaves the file as it was."""
    bad = tmp_path / "budget.db"
    bad.write_bytes(b"PK\x03\x04 not a database")
    asked: list[DatabaseOpenError] = []

    def quit_choice(error: DatabaseOpenError, _backups: Path) -> WayOut:
        asked.append(error)
        return WayOut.quit()

    window = start_window(paths, db_path=bad, ask=quit_choice)
    assert window is None
    assert asked and asked[0].problem is Problem.NOT_SQLITE and str(bad) in asked[0].message
    assert bad.read_bytes() == b"PK\x03\x04 not a database"


def test_unusable_database_then_demo_opens_the_demo(qtbot, paths: AppPaths, tmp_path: Path) -> None:
    """Choosing 'Öppna demodata' after the error opens the window on the demo database."""
    bad = tmp_path / "folder.db"
    bad.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(paths, db_path=bad, ask=lambda _e, _b: WayOut("demo"), settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.is_demo
    assert window.list_view.proxy.rowCount() > 10


def test_unusable_database_then_another_file(qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path) -> None:
    """Choosing another file after the error opens that file."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(
        paths, db_path=tmp_path / "no" / "such.db", ask=lambda _e, _b: WayOut("open", demo_db), settings=settings
    )
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.database.path == demo_db.resolve()


def _random_bytes(path: Path, _demo: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[:8192] + b"\x00" * 4096 + data[12288:40960])


def _future_schema(path: Path, demo: Path) -> None:
    import sqlite3
    from contextlib import closing

    path.write_bytes(demo.read_bytes())
    with closing(sqlite3.connect(path)) as conn:  # closed, so the change is in the main file
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


@pytest.mark.parametrize(
    ("make", "problem", "words"),
    [
        (_random_bytes, Problem.NOT_SQLITE, "inte en SQLite-databas"),
        (_truncated, Problem.CORRUPT, "skadad"),
        (lambda p, _d: p.touch(), Problem.EMPTY_FILE, "tom (0 byte)"),
        (lambda p, _d: p.write_text("Namn;Kommun\n"), Problem.NOT_SQLITE, "inte en SQLite-databas"),
        (_future_schema, Problem.NEWER_SCHEMA, "nyare version"),
    ],
    ids=["random-bytes", "truncated", "zero-length", "text-renamed-db", "future-schema"],
)
def test_broken_files_at_start_up_get_a_message_and_stay_untouched(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path, make, problem, words
) -> None:
    """Each kind of broken file is explained at start; quitting leaves it exactly as it was."""
    target = tmp_path / "broken.db"
    make(target, demo_db)
    before = target.read_bytes()
    asked: list[DatabaseOpenError] = []
    window = start_window(paths, db_path=target, ask=lambda e, _b: asked.append(e) or WayOut.quit())
    assert window is None
    assert asked[0].problem is problem and words in asked[0].message
    assert target.read_bytes() == before


def test_broken_database_can_be_restored_from_a_backup_at_start(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path
) -> None:
    """'Återställ säkerhetskopia' at start replaces the broken file with the chosen copy and opens it."""
    from asfdesk.storage.backup import make_verified_backup

    copy = make_verified_backup(demo_db, paths.backup_dir / "kopia.db").path
    target = tmp_path / "broken.db"
    _truncated(target, demo_db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(paths, db_path=target, ask=lambda _e, _b: WayOut("restore", copy), settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.database.path == target.resolve()
    assert window.list_view.model.rowCount() > 10
    assert any("skadad" in p.name or "fore-aterstallning" in p.name for p in paths.backup_dir.iterdir())


def test_second_instance_opens_read_only_and_refuses_edits(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the database open elsewhere, the user is told; read-only shows the data and blocks changes."""
    from asfdesk.context import open_context

    first = open_context(paths, demo_db)
    asked: list[DatabaseOpenError] = []
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = start_window(
        paths, db_path=demo_db, ask=lambda e, _b: asked.append(e) or WayOut("read_only", e.path), settings=settings
    )
    assert window is not None
    qtbot.addWidget(window)
    assert asked[0].problem is Problem.IN_USE
    assert window.read_only_banner.isVisible() and window.context.read_only
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    window.show_view("enterprises")
    assert window.enterprise_actions.new_enterprise() is None
    assert told and "skrivskyddat" in told[0]
    assert not any(a.isEnabled() for a in window.edit_actions)
    first.close()


def test_the_real_start_up_dialog_explains_and_quits(qtbot, paths: AppPaths, tmp_path: Path) -> None:
    """The message box the user sees names the problem and offers restore, another file, demo data and quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    target = tmp_path / "anteckningar.db"
    target.write_text("Möte med styrelsen")
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.findChildren(QPushButton)]
        next(b for b in box.findChildren(QPushButton) if b.text() == "Avsluta").click()

    QTimer.singleShot(0, answer)
    assert start_window(paths, db_path=target) is None
    assert "inte en SQLite-databas" in str(seen["text"])
    assert {"Återställ säkerhetskopia…", "Öppna annan fil…", "Öppna demodata", "Avsluta"} <= set(seen["buttons"])
    assert target.read_text() == "Möte med styrelsen"


def test_collection_held_at_start_up_resumes_once_the_window_is_filled(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path
) -> None:
    """The garbage collector paused for start-up runs again as soon as the window has filled in."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    hold_collection()
    try:
        window = start_window(paths, db_path=demo_db, settings=settings)
        assert window is not None
        qtbot.addWidget(window)
        assert not gc.isenabled()
        with qtbot.waitSignal(window.filled, timeout=10000):
            pass
        assert gc.isenabled()
        assert window.todo_loaded and window.detail_view.title.text()  # what was left for after the paint
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
        gc.enable()
