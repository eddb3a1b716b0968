"""At start-up the window checks the audit log's chain and says, without stopping work, when it is broken."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from asfdesk.context import open_context
from asfdesk.domain.inputs import ParticipantInput

from .conftest import LOAD_TIMEOUT_MS


def test_a_healthy_log_is_not_mentioned(qtbot, make_window, demo_db: Path, tmp_path: Path) -> None:
    window = make_window(demo_db, tmp_path / "s.ini")
    qtbot.waitUntil(lambda: window.audit_problem is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.audit_problem == "" and window.audit_box is None


def test_a_broken_log_is_said_once_and_work_goes_on(qtbot, make_window, demo_db: Path, paths, tmp_path: Path) -> None:
    ctx = open_context(paths, demo_db)
    ctx.participants.create(ParticipantInput(code="LOGG-1"))
    ctx.participants.create(ParticipantInput(code="LOGG-2"))
    ctx.close()
    with closing(sqlite3.connect(demo_db, isolation_level=None)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'ingen' WHERE seq = 1")
    window = make_window(demo_db, tmp_path / "s.ini")
    qtbot.waitUntil(lambda: window.audit_problem is not None, timeout=LOAD_TIMEOUT_MS)
    assert "post 1" in window.audit_problem
    assert "Ändringsloggen är bruten" in window.statusBar().currentMessage()
    assert window.audit_box is not None and window.audit_box.isVisible() and not window.audit_box.isModal()
    window.audit_box.close()
    assert window.list_view.model.rowCount() > 0  # the window works as ever
