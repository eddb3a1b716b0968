"""Logging handledarstöd from the keyboard, and moving modules on the board with single keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text

NOTE = "Gick igenom styrelsens protokoll och nästa stämma."


def test_quick_entry_with_keys_only(qtbot, window: MainWindow, dialogs) -> None:
    """Ctrl+L, t (telefon), Tab, 30, Tab, the note, Ctrl+Enter: the contact is logged in eight keys plus the note.

    Eight keys and one line of text is well inside the 15 seconds an advisor has at the kitchen table.
    """
    scripts = dialogs
    enterprise = window.current_enterprise_id()
    before = window.detail_view.support.model.rowCount()
    keys: list[str] = ["Ctrl+L"]

    def press(dialog: FormDialog, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, name: str = "") -> None:
        keys.append(name or Qt.Key(key).name)
        qtbot.keyClick(dialog.focusWidget(), key, modifier)

    def enter(dialog: FormDialog) -> None:
        assert dialog.focusWidget() is dialog.editors["form"].widget  # the cursor starts on Form
        press(dialog, Qt.Key.Key_T, name="t")
        press(dialog, Qt.Key.Key_Tab)
        press(dialog, Qt.Key.Key_3, name="3")
        press(dialog, Qt.Key.Key_0, name="0")
        press(dialog, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), NOTE)
        press(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, "Ctrl+Enter")

    scripts.append(enter)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert len(keys) <= 8
    detail = window.context.enterprises.get_detail(enterprise)
    assert len(detail.support_contacts) == before + 1
    logged = next(c for c in detail.support_contacts if c.notes == NOTE)
    assert (logged.contact_date, logged.form_label, logged.minutes) == (date.today(), "Telefon", 30)
    assert logged.advisor  # the last-used advisor was filled in
    assert window.detail_view.support.model.rowCount() == before + 1


def test_next_step_and_modules_from_the_dialog(qtbot, window: MainWindow, dialogs) -> None:
    """Modules are ticked with the space bar and a next step gets a date; both show in the log."""
    scripts = dialogs

    def enter(dialog: FormDialog) -> None:
        modules = dialog.editors["module_ids"].widget
        modules.setFocus()
        modules.setCurrentRow(2)
        qtbot.keyClick(modules, Qt.Key.Key_Space)
        line = dialog.editors["next_step"].widget
        type_text(qtbot, line, "Skicka mall för verksamhetsplan")
        type_text(qtbot, dialog.editors["next_step_date"].widget, "+7")
        type_text(qtbot, dialog.editors["notes"].widget, "Styrelsemöte")
        qtbot.keyClick(line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    scripts.append(enter)
    window.log_contact()
    contacts = window.context.enterprises.get_detail(window.current_enterprise_id()).support_contacts
    contact = next(c for c in contacts if c.notes == "Styrelsemöte")
    assert contact.modules == ["Styrelsearbete"]
    assert contact.next_step == "Skicka mall för verksamhetsplan"
    assert (contact.next_step_date - date.today()).days == 7


def _select_module(window: MainWindow, name: str) -> int:
    table = window.detail_view.modules.table
    names = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    row = names.index(name)
    table.selectRow(row)
    table.setFocus()
    return row


def _status(window: MainWindow, row: int) -> str:
    return window.detail_view.modules.table.model().index(row, 2).data()


def test_module_status_with_one_key_and_undo(qtbot, window: MainWindow) -> None:
    """On the board, 3 marks a module Klar (dated today), 2 Pågår, Space steps on, and Ctrl+Z steps back."""
    window.detail_view.tabs.setCurrentWidget(window.detail_view.modules)
    table = window.detail_view.modules.table
    for enterprise in window.list_view.visible_rows():  # one with a module not yet started
        window.list_view.select(enterprise.id)
        statuses = [table.model().index(r, 2).data() for r in range(table.model().rowCount())]
        if "Ej påbörjad" in statuses:
            break
    name = table.model().index(statuses.index("Ej påbörjad"), 1).data()
    row = _select_module(window, name)
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert _status(window, row) == "Klar"
    assert table.model().index(row, 3).data() == date.today().isoformat()
    assert table.model().index(row, 4).data() == date.today().isoformat()
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert _status(window, row) == "Pågår" and table.model().index(row, 4).data() == ""
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _status(window, row) == "Klar"
    for expected in ("Pågår", "Klar", "Ej påbörjad"):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert _status(window, row) == expected
    assert table.model().index(row, 3).data() == ""


def test_module_edit_dialog_enters_hours_by_hand(qtbot, window: MainWindow, dialogs) -> None:
    """Enter opens the module; hours typed there replace the derived sum and are marked as entered."""
    scripts = dialogs
    window.detail_view.tabs.setCurrentWidget(window.detail_view.modules)
    row = _select_module(window, "Profil")

    def enter(dialog: FormDialog) -> None:
        hours = dialog.editors["hours_used"].widget
        hours.selectAll()
        type_text(qtbot, hours, "7,5")
        qtbot.keyClick(hours, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    scripts.append(enter)
    qtbot.keyClick(window.detail_view.modules.table, Qt.Key.Key_Return)
    assert window.detail_view.modules.table.model().index(row, 6).data() == "7,5 *"
