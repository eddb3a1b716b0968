"""Background sync for the window: after changes, every few minutes and on F9; never while typing waits.

One sync at a time runs in a SyncWorker. A request while one runs is remembered and made right
after. Records that arrive are shown at once (the window reloads, keeping the selection); a
failing server costs nothing typed: changes wait in the database and go with the next sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from asfdesk.domain.vocab import StaffRole
from asfdesk.sync.team import UNAUTHORISED, SyncProgress, SyncResult
from asfdesk.ui.team.role_notes import apply_role
from asfdesk.ui.team.status_text import TeamLine, team_line
from asfdesk.ui.team.sync_worker import Job, SyncWorker

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000  # a sync every five minutes while the server can be reached
AFTER_CHANGE_MS = 3000  # …and this long after the last change, so a burst of edits goes as one
AT_START_MS = 1500  # the first one once the window is up


def identity(name: str, role: str, organisation: str) -> str:
    """'Anna Andersson (rådgivare, Coompanion Gävleborg)'."""
    return f"{name} ({StaffRole.label_of(role).lower()}, {organisation})"


class TeamSync(QObject):
    state_changed = Signal()  # the status line changed (a dialog showing conflicts reads them again)
    synced = Signal(object)  # SyncResult of a sync that went through

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.joined = False
        self.line = TeamLine()
        self.identity = ""  # "Anna Andersson (radgivare, Coompanion Gävleborg)"
        self.name = ""
        self.role = ""
        self.label = QLabel()
        self.label.setObjectName("teamStatus")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.hide()
        self._worker: SyncWorker | None = None
        self._again = False
        self._next: list[Callable[[], None]] = []
        self._periodic = QTimer(self)
        self._periodic.setInterval(PERIOD_MS)
        self._periodic.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync_now)
        self.clock: Callable[[], datetime] = datetime.now  # replaceable in tests

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Read the open database's team state; sync soon when it belongs to a team."""
        status = self.window.context.team.status()
        self.joined = status.joined
        self.line = TeamLine(waiting=status.waiting, conflicts=status.conflicts, revoked=bool(status.revoked))
        self.name = status.name
        self.role = status.role if status.joined else ""
        apply_role(self.window, self.role)
        self.identity = identity(status.name, status.role, status.organisation) if status.joined else ""
        self.label.setVisible(status.joined)
        self._show()
        if not status.joined or self.window.context.read_only:
            self._periodic.stop()
            self._soon.stop()
            return
        self.window.context.audit.actor = status.name  # the account, not whoever "Visa för" shows
        self._periodic.start()
        self._soon.start(AT_START_MS)

    def stop(self) -> None:
        """Before the database is closed or changed: a running sync stops after its current step."""
        self._periodic.stop()
        self._soon.stop()
        self._again = False
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def cancel(self) -> None:
        """Stop the running sync after its current step (what is done stays done)."""
        if self._worker is not None:
            self._worker.cancel()

    @property
    def running(self) -> bool:
        return self._worker is not None

    # -- requests --------------------------------------------------------------------------
    def changed(self) -> None:
        """Something was saved here: count it as waiting and send it shortly."""
        if not self.joined:
            return
        self.refresh_counts()
        if not self.line.revoked:
            self._soon.start(AFTER_CHANGE_MS)

    def sync_now(self) -> None:
        if not self.joined or self.window.context.read_only:
            return
        if self._worker is not None:
            self._again = True
            return
        team = self.window.context.team
        self.run(lambda progress, cancelled: team.sync(progress, cancelled), self._synced)

    def run(
        self, job: Job, on_done: Callable[[Any], None], on_failed: Callable[[str, int], None] | None = None
    ) -> bool:
        """Start `job` unless team work is already running (False then). Failures go to
        `on_failed` when given, else they set the status line (offline, revoked, refused)."""
        if self._worker is not None:
            return False
        self._soon.stop()
        worker = SyncWorker(job, self)
        worker.progress.connect(self._progress)
        worker.done.connect(on_done)
        worker.done.connect(lambda _result: self._ended())
        worker.failed.connect(on_failed or self._failed)
        if on_failed is not None:
            worker.failed.connect(lambda _message, _status: self._ended())
        worker.cancelled.connect(self._ended)
        worker.finished.connect(self._finished)
        self._worker = worker
        self.line = replace(self.line, running=SyncProgress("", 0, 0))
        self._show()
        worker.start()
        return True

    # -- results ---------------------------------------------------------------------------
    def _progress(self, progress: SyncProgress) -> None:
        self.line = replace(self.line, running=progress)
        self._show()

    def _synced(self, result: SyncResult) -> None:
        self.line = replace(self.line, last_synced=self.clock(), offline=False, revoked=False, problem="")
        if result.received or result.removed:
            self.window.reload()  # what arrived is shown at once, the selection kept
        if result.removed:
            one = self.tr("1 post finns inte längre hos dig (borttagen, eller utanför det du har behörighet till).")
            many = self.tr("%1 poster finns inte längre hos dig (borttagna, eller utanför det du har behörighet till).")
            text = one if result.removed == 1 else many.replace("%1", str(result.removed))
            self.window.statusBar().showMessage(text, 15000)
        self.synced.emit(result)

    def _failed(self, message: str, status: int) -> None:
        log.info("Team sync did not go through: %s (%s)", message, status)
        if status == 0:
            self.line = replace(self.line, offline=True, problem="")
        elif status == UNAUTHORISED:
            self.line = replace(self.line, revoked=True)
            self._periodic.stop()
            self.window.statusBar().showMessage(message, 15000)
        else:
            self.line = replace(self.line, offline=False, problem=message)
        self._ended()

    def _ended(self) -> None:
        self.line = replace(self.line, running=None)
        self.refresh_counts()

    def then(self, step: Callable[[], None]) -> None:
        """Run `step` once the team work now running has ended (at once when none runs)."""
        if self._worker is None:
            step()
        else:
            self._next.append(step)

    def _finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None
        self._show()  # no longer running: what waited for that (buttons, dialogs) may go on
        steps, self._next = self._next, []
        for step in steps:
            step()
        if self._again:
            self._again = False
            self.sync_now()

    def refresh_counts(self) -> None:
        if not self.joined:
            self._show()
            return
        status = self.window.context.team.status()
        conflicts_changed = status.conflicts != self.line.conflicts
        self.line = replace(self.line, waiting=status.waiting, conflicts=status.conflicts)
        self._show()
        if conflicts_changed and self.window.todo_loaded:
            self.window.refresh_todo()  # conflicts are items of Att göra too

    def _show(self) -> None:
        who = self.identity.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.label.setText((f"{who} · " if who else "") + team_line(self.line, self.clock()))
        self.label.setToolTip(self.identity)
        self.state_changed.emit()
