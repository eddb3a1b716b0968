"""Deltagare (Alt+7): the participant register and a participant's page, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from asfdesk.storage.models import Participant, Placement
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _open(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.current_view() == "participants"


def test_alt_7_lists_every_participant_and_search_and_status_narrow_it(qtbot, window: MainWindow) -> None:
    _open(qtbot, window)
    view = window.participants_view
    with window.context.database.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Participant))
        ongoing = session.scalar(
            select(func.count(func.distinct(Placement.participant_id))).where(Placement.status == "pagaende")
        )
    rows = view.visible_rows()
    assert len(rows) == total and view.count.text() == f"{total} deltagare"
    assert [r.code for r in rows] == sorted((r.code for r in rows), key=str.casefold)

    view.status.setCurrentIndex(view.status.findData("pagaende"))
    assert len(view.visible_rows()) == ongoing and all(r.status == "Pågående" for r in view.visible_rows())
    assert view.count.text() == f"{ongoing} deltagare av {total}"

    view.status.setCurrentIndex(0)
    wanted = rows[len(rows) // 2]
    view.search.clear()
    type_text(qtbot, view.search, wanted.code)
    assert [r.code for r in view.visible_rows()] == [wanted.code]
    type_text(qtbot, view.search, "ingen sådan kod")
    assert view.visible_rows() == [] and view.count.text() == f"0 deltagare av {total}"


def test_a_participants_page_shows_placements_and_enter_edits_the_participant(qtbot, window: MainWindow) -> None:
    from tests.helpers.windows import run_dialogs_in

    _open(qtbot, window)
    view = window.participants_view
    with window.context.database.session_factory() as session:
        busiest = session.execute(
            select(Placement.participant_id, func.count())
            .group_by(Placement.participant_id)
            .order_by(func.count().desc(), Placement.participant_id)
            .limit(1)
        ).one()
    assert view.select(busiest[0])
    assert view.placements.rowCount() == busiest[1] >= 1
    row = view.visible_rows()[view.table.currentIndex().row()]
    assert row.code in view.page_title.text()

    scripts = run_dialogs_in(window, qtbot)

    def rename(dialog: FormDialog) -> None:
        assert dialog.windowTitle() == f"Redigera deltagare – {row.code}"  # names whom it edits
        code = dialog.editors["code"].widget
        code.selectAll()
        type_text(qtbot, code, "D-NYKOD-1")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    scripts.append(rename)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not scripts
    assert view.current_id() == busiest[0]  # the same participant, now under the new code
    assert "D-NYKOD-1" in [r.code for r in view.visible_rows()]

    first = view.placements_table.model().index(0, 0)
    enterprise = first.data()
    view.placements_table.doubleClicked.emit(first)  # a placement opens its enterprise
    assert window.current_view() == "enterprises" and window.detail_view.title.text() == enterprise
