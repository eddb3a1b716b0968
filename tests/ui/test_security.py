"""Encryption from the window, and opening an encrypted database at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from asfdesk.config import AppPaths
from asfdesk.storage.encryption import encrypt_database
from asfdesk.storage.errors import Problem
from asfdesk.storage.keys import KeyResolver
from asfdesk.ui.app import WayOut, start_window
from asfdesk.ui.main_window import MainWindow

PASSPHRASE = "korvbröd med senap"


def test_encrypt_from_the_menu_with_a_passphrase(qtbot, window: MainWindow) -> None:
    """With no keyring, Kryptera databasen asks for a passphrase; afterwards the file is unreadable without it."""
    path = window.context.database.path
    rows = window.list_view.model.rowCount()
    window.security_actions.ask_new_passphrase = lambda: PASSPHRASE
    assert window.security_actions.encrypt()
    assert window.context.database.encrypted and "krypterad" in window.db_label.text()
    assert window.list_view.model.rowCount() == rows
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_encrypted_database_at_start_asks_again_after_a_wrong_passphrase(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path
) -> None:
    """A mistyped passphrase is reported; 'Försök igen' asks again and the right one opens the window."""
    encrypt_database(demo_db, paths.backup_dir, KeyResolver(), PASSPHRASE)
    typed = iter(["fel", PASSPHRASE])
    problems: list[Problem] = []
    window = start_window(
        paths,
        db_path=demo_db,
        ask=lambda e, _b: problems.append(e.problem) or WayOut("retry", e.path),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        keys=KeyResolver(ask_passphrase=lambda _p, _w: next(typed)),
    )
    assert window is not None
    qtbot.addWidget(window)
    assert problems == [Problem.WRONG_KEY]
    assert window.context.database.encrypted and window.list_view.model.rowCount() == 15


def test_gallring_dialog_previews_and_anonymises(qtbot, window: MainWindow) -> None:
    """The Gallring dialog lists who is due and, after a yes, anonymises them; the list then empties."""
    from asfdesk.ui.dialogs.retention_dialog import RetentionDialog

    dialog = RetentionDialog(window.context.retention, window)
    qtbot.addWidget(dialog)
    dialog.years.setValue(1)
    due = dialog.model.rowCount()
    assert due > 0 and dialog.apply_button.isEnabled()
    dialog.confirm = lambda count: count == due
    dialog.apply_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()


def test_erasure_from_the_menu_asks_first(qtbot, window: MainWindow, monkeypatch) -> None:
    """Radera deltagare på begäran names the person, warns it cannot be undone, and only then deletes."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    ctx = window.context
    label = ctx.participants.choices()[0][1]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (label, True))
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text) or QMessageBox.StandardButton.Cancel
    )
    before = len(ctx.participants.choices())
    assert not window.admin_actions.erase_participant()
    assert label in warnings[0] and "kan inte ångras" in warnings[0] and len(ctx.participants.choices()) == before
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    assert window.admin_actions.erase_participant()
    assert len(ctx.participants.choices()) == before - 1


def test_lock_now_hides_the_window_until_unlocked(qtbot, window: MainWindow) -> None:
    """Ctrl+Shift+L covers the window; a wrong answer keeps it locked; the user name unlocks it."""
    import getpass

    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    lock = window.session_lock
    assert lock.locked and not window.menuBar().isEnabled()
    lock.screen.secret.setText("fel")
    assert not lock.try_unlock() and lock.locked and "stämmer inte" in lock.screen.error.text()
    lock.screen.secret.setText(getpass.getuser())
    assert lock.try_unlock() and not lock.locked and window.menuBar().isEnabled()


def test_idle_lock_follows_the_setting(qtbot, window: MainWindow) -> None:
    """With a lock time set, the window locks by itself when the timer runs out."""
    from asfdesk.services.settings import LOCK_MINUTES

    window.context.settings.set(LOCK_MINUTES, 5)
    window.session_lock.configure(window.context.settings.get(LOCK_MINUTES))
    assert window.session_lock.timer.isActive() and window.session_lock.timer.interval() == 5 * 60 * 1000
    window.session_lock.timer.timeout.emit()  # five idle minutes, without waiting for them
    assert window.session_lock.locked
