"""Restoring a backup or encrypting from the window while Att göra is being worked out in its thread:
the file is replaced only once nothing holds it, and nothing keeps the old one open afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.storage.models import Enterprise
from asfdesk.ui.main_window import MainWindow
from tests.helpers.open_files import LISTED, open_files_named

pytestmark = pytest.mark.skipif(not LISTED, reason="lists open files through /proc")


def _enterprises(window: MainWindow) -> int:
    with window.context.database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(Enterprise)) or 0)


def test_a_restore_while_att_gora_is_worked_out_leaves_the_old_file_open_nowhere(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    database = window.context.database.path
    backup = tmp_path / "kopia.db"
    window.context.care.backup_to(backup)
    held = _enterprises(window)
    window.context.enterprise_records.create(EnterpriseInput(name="Efter kopian AB", municipality="Gävle"))
    window.todo_fill.start(after_change=True)  # what every save starts
    assert window.backup_actions.restore(chosen=backup)
    assert [f for f in open_files_named(database.name) if "(deleted)" in f] == []
    assert _enterprises(window) == held  # the backup's records, not the replaced file's
    made = window.context.enterprise_records.create(EnterpriseInput(name="Efter återställningen", municipality="Ore"))
    window.close()
    assert open_files_named(database.name) == []
    reopened = window.opener(database)
    try:
        assert reopened.enterprise_records.get_input(made).name == "Efter återställningen"
    finally:
        reopened.close()


def test_encrypting_while_att_gora_is_worked_out_keeps_no_plain_file_open(qtbot, window: MainWindow) -> None:
    database = window.context.database.path
    held = _enterprises(window)
    window.todo_fill.start(after_change=True)
    window.security_actions.ask_new_passphrase = lambda: "korvbröd med senap"
    assert window.security_actions.encrypt()
    assert [f for f in open_files_named(database.name) if "(deleted)" in f] == []  # the plain one is gone
    assert window.context.database.encrypted and _enterprises(window) == held
