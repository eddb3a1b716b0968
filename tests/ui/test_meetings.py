"""Meetings through the Möten tab: the trepartssamtal template, people from the list, action items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from asfdesk.domain.meetings import agenda_template
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _save(dialog: FormDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_three_party_meeting_with_template_people_and_action_items(qtbot, window: MainWindow, dialogs) -> None:
    """'Nytt trepartssamtal…' starts from its agenda; people come from the list; decisions and items are saved."""
    tab = window.detail_view.meetings
    before = tab.model.rowCount()
    state: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        state["agenda"] = dialog.editors["agenda"].widget.toPlainText()
        people = dialog.editors["attendees"].widget
        state["offered"] = [people.suggest.itemText(i) for i in range(people.suggest.count())]
        participant = next(i for i in range(people.suggest.count()) if "Deltagare" in people.suggest.itemText(i))
        people.suggest.activated.emit(participant)  # as when the user picks from the list
        people.suggest.activated.emit(1)
        type_text(qtbot, dialog.editors["decisions"].widget, "Förläng tre månader")
        items = dialog.editors["action_items"].widget
        qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
        items.table.item(0, 0).setText("Skicka närvarorapport")
        items.table.item(0, 1).setText("Handläggaren")
        items.table.item(0, 2).setText("+14")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(fill)
    qtbot.mouseClick(tab.three_party_button, Qt.MouseButton.LeftButton)
    assert state["agenda"] == agenda_template("trepartssamtal") and "drivkrafter" in str(state["agenda"])
    assert tab.model.rowCount() == before + 1
    meeting = next(
        m for m in tab.model.rows() if m.kind_label == "Trepartssamtal" and m.decisions == ["Förläng tre månader"]
    )
    assert len(meeting.attendees) == 2 and any(a.role == "Deltagare" for a in meeting.attendees)
    assert [(i.description, i.owner) for i in meeting.action_items] == [("Skicka närvarorapport", "Handläggaren")]


def test_changing_kind_swaps_an_untouched_agenda_but_keeps_a_written_one(qtbot, window: MainWindow, dialogs) -> None:
    """Switching to Styrelsemöte replaces the template agenda; text the user wrote is never overwritten."""
    state: dict[str, str] = {}

    def fill(dialog: FormDialog) -> None:
        kind = dialog.editors["kind"].widget
        agenda = dialog.editors["agenda"].widget
        kind.setCurrentIndex(kind.findData("styrelsemote"))
        state["swapped"] = agenda.toPlainText()
        agenda.setPlainText("Egen dagordning")
        kind.setCurrentIndex(kind.findData("natverkstraff"))
        state["kept"] = agenda.toPlainText()
        dialog.done(0)

    dialogs.append(fill)
    window.meeting_actions.new_meeting(window.current_enterprise_id())
    assert state == {"swapped": agenda_template("styrelsemote"), "kept": "Egen dagordning"}


def test_ticking_off_an_action_item_and_undo(qtbot, window: MainWindow) -> None:
    """'Markera klar' dates the selected action item today; Ctrl+Z opens it again."""
    tab = window.detail_view.meetings
    window.detail_view.tabs.setCurrentWidget(tab)
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        if any(i.is_open for i in tab.actions_model.rows()):
            break
    meeting_id = tab.section.current_id()
    open_row = next(r for r, item in enumerate(tab.actions_model.rows()) if item.is_open)
    description = tab.actions_model.row_at(open_row).description
    tab.actions_table.selectRow(open_row)
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.section.current_id() == meeting_id
    item = next(i for i in tab.actions_model.rows() if i.description == description)
    assert item.done_date is not None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    item = next(i for i in tab.actions_model.rows() if i.description == description)
    assert item.done_date is None


def test_an_overdue_action_item_is_marked_in_the_meetings_table(qtbot, window: MainWindow) -> None:
    """An open item past its last day says 'försenad' in red, as in Att göra; one not yet due says 'öppen'."""
    from datetime import date

    from PySide6.QtGui import QBrush

    from asfdesk.ui.views.todo_view import OVERDUE

    tab = window.detail_view.meetings
    window.detail_view.tabs.setCurrentWidget(tab)
    seen: dict[str, tuple[str, object]] = {}
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        model = tab.actions_model
        for r, item in enumerate(model.rows()):
            if item.is_open and item.due_date is not None:
                kind = "late" if item.due_date < date.today() else "ahead"
                shown = model.index(r, 3)
                seen[kind] = (shown.data(), shown.data(Qt.ItemDataRole.ForegroundRole))
    assert "late" in seen, "the demo has an overdue action item"
    text, brush = seen["late"]
    assert text == "försenad" and isinstance(brush, QBrush) and brush.color() == OVERDUE
    if "ahead" in seen:
        assert seen["ahead"][0] == "öppen" and seen["ahead"][1] is None
