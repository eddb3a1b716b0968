"""Att göra and the early warnings as one snapshot, computed in the window or in a thread.

At start-up and after every saved change the snapshot is computed off the UI thread: on a large
database the warnings read every running placement and take about a second, during which the
window stays responsive (a save returns at once). Each request takes a new generation
(`PlanningWiring.generation`); a snapshot from an older one than the window's is dropped, so the
last change's picture is the one that stays.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from asfdesk.services.todo_queries import LOOK_AHEAD_DAYS

if TYPE_CHECKING:
    from asfdesk.context import AppContext
    from asfdesk.domain.warnings import EarlyWarning
    from asfdesk.services.todo_queries import TodoItem
    from asfdesk.ui.main_window import MainWindow


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TodoSnapshot:
    warnings: list[EarlyWarning]
    staff_choices: list[tuple[str, str]]
    asked_staff_id: str  # the staff member Att göra was asked for
    staff_id: str  # that one if still known, else "" (everyone)
    items: list[TodoItem]


def todo_snapshot(
    context: AppContext,
    staff_id: str,
    warnings: Sequence[EarlyWarning] | None = None,
    look_ahead_days: int = LOOK_AHEAD_DAYS,
) -> TodoSnapshot:
    """What Att göra shows for `staff_id` (due within `look_ahead_days`, or late); the warnings are
    read unless given. Plain reads, own sessions."""
    found = list(context.warnings.warnings() if warnings is None else warnings)
    choices = context.todo.staff_choices()
    chosen = staff_id if any(sid == staff_id for sid, _label in choices) else ""
    items = context.todo.items(staff_id=chosen or None, warnings=found, look_ahead_days=look_ahead_days)
    conflicts = context.team.conflicts()
    if conflicts:  # team mode: what waits for this user's decision comes first
        from asfdesk.services.team_conflicts import ConflictDescriber

        items = ConflictDescriber(context.database.session_factory).todo_items(conflicts, date.today()) + items
    return TodoSnapshot(found, choices, staff_id, chosen, items)


class TodoWorker(QThread):
    """Computes a snapshot in its own thread; the result arrives in the window's thread."""

    computed = Signal(object)  # TodoSnapshot
    failed = Signal(str)
    audit_checked = Signal(str)  # what is wrong with the audit log's chain, "" when it holds

    def __init__(
        self, context: AppContext, staff_id: str, look_ahead_days: int, parent: Any = None, verify_audit: bool = True
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._staff_id = staff_id
        self._look_ahead_days = look_ahead_days
        self._verify_audit = verify_audit

    def run(self) -> None:
        with self._context.reading():  # never holding the write lock a save in the window needs
            self._compute()

    def _compute(self) -> None:
        try:
            snapshot = todo_snapshot(self._context, self._staff_id, look_ahead_days=self._look_ahead_days)
        except Exception as exc:  # reported in the window, which then fills itself; never lost in the thread
            self.failed.emit(str(exc))
        else:
            self.computed.emit(snapshot)
        if not self._verify_audit:
            return
        try:  # the audit log's hash chain, read whole, off the UI thread as well
            report = self._context.audit.verify(self._context.database.path)
        except Exception as exc:
            log.warning("The audit log could not be verified: %s", exc)
        else:
            self.audit_checked.emit(report.problem)


class TodoFill:
    """Fills the window's Att göra and warnings from a TodoWorker, once, after the first paint."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._workers: list[TodoWorker] = []

    def start(self, after_change: bool = False) -> None:
        """Compute Att göra and the warnings in a thread. At start-up (once) the audit log's chain is
        checked as well and `filled` follows; `after_change` is the refresh after a saved edit."""
        w = self.window
        if after_change:
            w.planning.generation += 1  # what an earlier thread computes no longer counts
        generation = w.planning.generation
        worker = TodoWorker(w.context, w.stored_staff_id(), w.look_ahead_days(), w, verify_audit=not after_change)
        worker.computed.connect(lambda snapshot: self._computed(snapshot, generation, after_change))
        worker.failed.connect(lambda message: self._failed(message, after_change))
        worker.audit_checked.connect(self.window.show_audit_problem)
        worker.finished.connect(lambda: self._ended(worker))
        self._workers.append(worker)
        worker.start()

    @property
    def running(self) -> bool:
        return any(worker.isRunning() for worker in self._workers)

    def wait(self) -> None:
        """Before the database is closed or changed: the threads reading it finish first."""
        for worker in list(self._workers):
            worker.wait()

    def _ended(self, worker: TodoWorker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
            worker.deleteLater()

    def _computed(self, snapshot: TodoSnapshot, generation: int, after_change: bool) -> None:
        w = self.window
        if generation == w.planning.generation:  # else the window has refreshed since, with newer data
            w.planning.warnings = snapshot.warnings
            if snapshot.asked_staff_id == w.stored_staff_id():
                w.show_todo(snapshot)
            else:  # another staff member was chosen meanwhile
                w.refresh_todo()
            if enterprise_id := w.current_enterprise_id():
                w.planning.show_warnings(enterprise_id)  # its other tabs were filled just before
            w.todo_refreshed.emit()
        if not after_change:
            w.filled.emit()

    def _failed(self, message: str, after_change: bool) -> None:
        log.warning("Att göra could not be computed in the background: %s", message)
        try:
            self.window.refresh_todo_and_warnings()  # in the window, where a problem is reported like any other
            self.window.todo_refreshed.emit()
        finally:
            if not after_change:
                self.window.filled.emit()
