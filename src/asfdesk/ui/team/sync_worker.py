"""One piece of team work (join, sync, a decision) in a thread, so the window never waits for the network."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from asfdesk.sync.errors import TeamError, UntrustedCertificate
from asfdesk.sync.team import SyncCancelled, SyncProgress

log = logging.getLogger(__name__)

UNTRUSTED = -1  # failed's status when the server's certificate is not trusted here

Job = Callable[[Callable[[SyncProgress], None], Callable[[], bool]], Any]


class SyncWorker(QThread):
    """Runs `job(progress, cancelled)`; exactly one of done, failed or cancelled follows, in the window's thread."""

    progress = Signal(object)  # SyncProgress
    done = Signal(object)  # what the job returned
    failed = Signal(str, int)  # one line for the user; the HTTP status, 0 when the server did not answer
    cancelled = Signal()

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._job(self.progress.emit, self._stop.is_set)
        except SyncCancelled:
            self.cancelled.emit()
        except UntrustedCertificate as exc:
            self.failed.emit(str(exc), UNTRUSTED)
        except TeamError as exc:
            self.failed.emit(str(exc), exc.status or 0)
        except Exception as exc:  # never lost in the thread: said in the window, logged in full here
            log.exception("Team work failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}", 0)
        else:
            self.done.emit(result)
