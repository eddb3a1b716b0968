"""Att göra filled from a thread after the first paint: newer data wins, a failure still fills it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from asfdesk.config import AppPaths
from asfdesk.domain.inputs import SupportContactInput
from asfdesk.domain.warnings import WarningRule
from asfdesk.services.todo_queries import TodoKind
from asfdesk.ui import todo_fill
from asfdesk.ui.app import open_context
from asfdesk.ui.main_window import MainWindow


def _shown_window(qtbot, paths: AppPaths, db: Path, settings_file: Path) -> MainWindow:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(open_context(paths, db), lambda p: open_context(paths, p), settings)
    qtbot.addWidget(window)
    return window


def test_att_gora_arrives_from_the_thread_with_its_warnings(qtbot, paths: AppPaths, demo_db: Path, tmp_path) -> None:
    """The list shows first; Att göra, its warnings and the enterprise's warnings follow from the thread."""
    window = _shown_window(qtbot, paths, demo_db, tmp_path / "s.ini")
    assert not window.todo_loaded and window.todo_view.summary.text() == "Läser in…"
    with qtbot.waitSignal(window.filled, timeout=20000):
        window.show()
    items = window.todo_view.visible_items()
    assert any(i.kind is TodoKind.WARNING for i in items)
    # The demo data is made so that every warning rule fires; each reaches the window from the thread.
    assert {w.rule for w in window.planning.warnings} == set(WarningRule)
    assert window.nav.item(0).text().startswith(f"Att göra ({len(items)}")


def test_a_refresh_made_meanwhile_is_not_overwritten_by_the_older_snapshot(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path
) -> None:
    """A contact logged while the thread was still reading stays visible when the thread's result arrives."""
    window = _shown_window(qtbot, paths, demo_db, tmp_path / "s.ini")
    with qtbot.waitSignal(window.filled, timeout=20000):
        window.show()
    stale = todo_fill.todo_snapshot(window.context, "")  # what a thread read before the change
    generation = window.planning.generation
    enterprise = window.list_view.current_id()
    window.context.support_contacts.create(
        SupportContactInput(
            contact_date=date.today(),
            notes="Besök",
            next_step="Ring styrelsen om budgeten",
            next_step_date=date.today() + timedelta(days=2),
        ),
        enterprise,
    )
    window.refresh_todo_and_warnings()  # the window's own refresh after the edit
    fresh = [i.title for i in window.todo_view.model.rows()]
    assert "Ring styrelsen om budgeten" in fresh and "Ring styrelsen om budgeten" not in [i.title for i in stale.items]
    window.todo_fill._computed(stale, generation, after_change=False)  # the older result arrives late
    assert [i.title for i in window.todo_view.model.rows()] == fresh


def test_a_failure_in_the_thread_is_filled_in_the_window_instead(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    """If the thread cannot read, Att göra is still filled (by the window itself) and start-up completes."""

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(todo_fill, "todo_snapshot", broken)  # the thread's; the window's own fill is untouched
    window = _shown_window(qtbot, paths, demo_db, tmp_path / "s.ini")
    with qtbot.waitSignal(window.filled, timeout=20000):
        window.show()
    assert "disk I/O error" in caplog.text
    assert window.todo_loaded and window.todo_view.visible_items()


def test_a_window_closed_before_its_first_fill_starts_no_thread(qtbot, paths, demo_db, tmp_path) -> None:
    """Closing the window before Att göra's thread was due must not start it afterwards: Qt would then
    destroy a running thread with the window and abort the whole process."""
    from PySide6.QtCore import QSettings

    from asfdesk.ui.app import open_context
    from asfdesk.ui.main_window import FILL_TODO_AFTER_MS, MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_context(paths, demo_db), lambda p: open_context(paths, p), settings)
    qtbot.addWidget(window)
    started: list[bool] = []
    real_start = window.todo_fill.start
    window.todo_fill.start = lambda **kw: started.append(True) or real_start(**kw)  # type: ignore[method-assign]
    window.show()
    window.close()  # at once, before the timer that starts the thread fires
    qtbot.wait(FILL_TODO_AFTER_MS * 4)
    assert started == [] and not window.todo_fill.running


def test_after_a_save_att_gora_and_the_warnings_follow_from_a_thread_the_last_change_winning(
    qtbot, paths: AppPaths, demo_db: Path, tmp_path: Path
) -> None:
    """Two quick saves on an enterprise: the window is updated at once (list row, page), Att göra and
    the warnings arrive from a thread, and what stays is the picture after the second save."""
    window = _shown_window(qtbot, paths, demo_db, tmp_path / "s.ini")
    with qtbot.waitSignal(window.filled, timeout=20000):
        window.show()
    window.show_view("enterprises")
    enterprise, before = next(
        (r.id, r.last_contact) for r in window.list_view.model.rows() if r.last_contact != date.today()
    )
    assert window.list_view.select(enterprise)
    steps = []
    for text in ("Ring styrelsen om budgeten", "Boka studiebesök hos Kafé Linnea"):
        record = window.context.support_contacts.create(
            SupportContactInput(
                contact_date=date.today(),
                notes="Besök",
                next_step=text,
                next_step_date=date.today() + timedelta(days=2),
            ),
            enterprise,
        )
        if len(steps) == 1:  # the second save: its picture is the one that arrives and stays
            with qtbot.waitSignal(window.todo_refreshed, timeout=20000):
                window.editor.changed.emit("support_contact", record)
        else:
            window.editor.changed.emit("support_contact", record)
        steps.append(text)
    # at once: the enterprise's row and page
    row = next(r for r in window.list_view.model.rows() if r.id == enterprise)
    assert row.last_contact == date.today() != before
    assert window.detail_view.support.model.rowCount() == len(
        window.context.enterprises.get_detail(enterprise).support_contacts
    )
    titles = [i.title for i in window.todo_view.model.rows()]
    assert all(step in titles for step in steps), titles[:8]  # the last thread's picture holds both
