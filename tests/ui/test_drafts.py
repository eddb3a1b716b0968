"""Unsaved input in an open form survives a crash and is offered back next time."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .conftest import LOAD_TIMEOUT_MS
from .typing_helpers import type_text


def test_draft_is_offered_after_a_crash_and_removed_once_saved(
    qtbot, window: MainWindow, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing writes a draft; if the program dies, reopening the form offers it; saving clears it."""
    store = window.editor.drafts
    assert store is not None

    def type_then_crash(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["name"].widget, "Vera Väntan")
        type_text(qtbot, dialog.editors["phone"].widget, "070-123 45 67")
        qtbot.waitUntil(lambda: bool(store.pending()), timeout=LOAD_TIMEOUT_MS)  # written to disk shortly after typing
        dialog.hide()  # the process dies here: neither saved nor cancelled

    dialogs.append(type_then_crash)
    window.enterprise_actions.new_contact_person(window.current_enterprise_id())
    assert len(store.pending()) == 1

    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: offered.append(text) or QMessageBox.StandardButton.Yes
    )
    state: dict[str, str] = {}

    def reopen(dialog: FormDialog) -> None:
        state["name"] = dialog.editors["name"].widget.text()
        state["phone"] = dialog.editors["phone"].widget.text()
        qtbot.keyClick(dialog.editors["name"].widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    dialogs.append(reopen)
    window.enterprise_actions.new_contact_person(window.current_enterprise_id())
    assert offered and "utkast" in offered[0]
    assert state == {"name": "Vera Väntan", "phone": "070-123 45 67"}
    assert store.pending() == []
    assert "Vera Väntan" in [r.name for r in window.detail_view.overview.contacts_model.rows()]


def test_declined_draft_is_thrown_away(qtbot, window: MainWindow, dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saying no to the draft starts an empty form and removes the draft."""
    store = window.editor.drafts
    assert store is not None

    def crash(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["name"].widget, "Utkast")
        dialog.save_draft()
        dialog.hide()

    dialogs.append(crash)
    window.enterprise_actions.new_contact_person(window.current_enterprise_id())
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    seen: dict[str, str] = {}

    def look(dialog: FormDialog) -> None:
        seen["name"] = dialog.editors["name"].widget.text()
        dialog.done(0)

    dialogs.append(look)
    window.enterprise_actions.new_contact_person(window.current_enterprise_id())
    assert seen == {"name": ""} and store.pending() == []


def test_a_draft_follows_typing_that_never_pauses(qtbot, window: MainWindow, dialogs) -> None:
    """Typing on without a pause still writes the draft, at most two seconds behind the keys."""
    store = window.editor.drafts
    assert store is not None
    seen: dict[str, str] = {}

    def type_without_pause(dialog: FormDialog) -> None:
        widget = dialog.editors["notes"].widget
        widget.setFocus()
        typed = ""
        started = time.monotonic()
        while time.monotonic() - started < 3.0:  # a key every 50 ms, never a pause of a second
            qtbot.keyClicks(widget, "x")
            typed += "x"
            qtbot.wait(50)
        found = store.load(store.pending()[0], type(dialog.current()[0])) if store.pending() else None
        seen["typed"], seen["draft"] = typed, found[1].notes if found else ""
        dialog.hide()

    dialogs.append(type_without_pause)
    window.log_contact()
    # About 20 keys a second: two seconds behind is at most ~40 keys short of what was typed.
    assert seen["draft"] and seen["typed"].startswith(seen["draft"])
    assert len(seen["typed"]) - len(seen["draft"]) <= 40


def test_drafts_of_an_encrypted_database_never_reach_the_disk_in_clear(
    qtbot, paths, demo_db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note typed into an open form of an encrypted database is kept as a draft, but no file shows it."""
    from PySide6.QtCore import QSettings

    from asfdesk.storage.encryption import encrypt_database
    from asfdesk.storage.keys import KeyResolver
    from asfdesk.ui.app import start_window

    from .conftest import run_dialogs_in

    secret = "Personnummer 19760412-5551 och hemliga anteckningar"
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), "smörgåstårta")
    for plain in paths.backup_dir.glob("*"):  # the copy encrypt kept is not what this test is about
        plain.unlink()
    window = start_window(
        paths,
        db_path=demo_db,
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        keys=KeyResolver(ask_passphrase=lambda _p, _w: "smörgåstårta"),
    )
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.todo_loaded, timeout=LOAD_TIMEOUT_MS)
    window.show_view("enterprises")
    store = window.editor.drafts
    assert store is not None
    scripts = run_dialogs_in(window, qtbot)

    def type_then_crash(dialog: FormDialog) -> None:
        dialog.editors["notes"].widget.setFocus()
        qtbot.keyClicks(dialog.editors["notes"].widget, secret)
        qtbot.waitUntil(lambda: bool(store.pending()), timeout=LOAD_TIMEOUT_MS)
        dialog.hide()

    scripts.append(type_then_crash)
    window.log_contact()
    assert store.pending()
    needle = secret.encode("utf-8")
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path
            assert b"hemliga" not in path.read_bytes(), path


def test_drafts_left_as_files_by_an_earlier_version_move_into_the_database(window: MainWindow) -> None:
    import json

    folder = window.context.paths.drafts_dir / "gammal"
    folder.mkdir(parents=True)
    (folder / "contact_person-ny-x.json").write_text(
        json.dumps({"saved_at": "2026-11-30T10:00:00", "data": {"name": "Från fil"}}), encoding="utf-8"
    )
    store = window.editor.drafts
    assert store is not None
    assert store.adopt_files(folder) == 1
    assert "contact_person-ny-x" in store.pending() and not folder.exists()
