"""Creating, editing and deleting enterprises and their contact persons through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _save_button(dialog: FormDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _save_with_keyboard(qtbot, dialog: FormDialog) -> None:
    """Ctrl+Enter where the cursor is, as the user presses it."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _type(qtbot, dialog: FormDialog, field: str, text: str) -> None:
    widget = dialog.editors[field].widget
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.setFocus()
    type_text(qtbot, target, text)


def test_new_enterprise_with_keyboard_only(qtbot, window: MainWindow, dialogs) -> None:
    """Ctrl+N, type name, orgnr and kommun, Ctrl+Enter: the enterprise is saved, listed and selected."""
    scripts = dialogs

    def fill(dialog: FormDialog) -> None:
        assert not _save_button(dialog).isEnabled()  # nothing entered yet
        _type(qtbot, dialog, "name", "Tvätteriet i Piteå ek. för.")
        _type(qtbot, dialog, "orgnr", "5560360793")
        _type(qtbot, dialog, "municipality", "Piteå")
        _save_with_keyboard(qtbot, dialog)

    scripts.append(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.detail_view.title.text() == "Tvätteriet i Piteå ek. för."
    assert window.detail_view.overview.fact_text("orgnr") == "556036-0793"
    assert "Tvätteriet i Piteå ek. för." in [r.name for r in window.list_view.visible_rows()]
    assert window.statusBar().currentMessage() == "Sparat: Nytt företag"  # said without a box to close


def test_wrong_orgnr_shows_inline_message_and_blocks_save(qtbot, window: MainWindow, dialogs) -> None:
    """A mistyped organisationsnummer is explained next to the field and Spara stays disabled until fixed."""
    scripts = dialogs
    observed: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        _type(qtbot, dialog, "name", "Testföretaget")
        _type(qtbot, dialog, "municipality", "Boden")
        _type(qtbot, dialog, "orgnr", "556036-0794")
        observed["error"] = dialog.error_labels["orgnr"].text()
        observed["visible"] = dialog.error_labels["orgnr"].isVisible() and bool(dialog.error_labels["orgnr"].text())
        observed["save_enabled"] = _save_button(dialog).isEnabled()
        orgnr = dialog.editors["orgnr"].widget
        orgnr.selectAll()
        qtbot.keyClicks(orgnr, "556036-0793")
        observed["fixed_enabled"] = _save_button(dialog).isEnabled()
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    scripts.append(fill)
    window.new_enterprise()
    assert "Kontrollsiffran" in str(observed["error"]) and observed["visible"]
    assert observed["save_enabled"] is False and observed["fixed_enabled"] is True
    assert window.detail_view.title.text() == "Testföretaget"


def test_duplicate_orgnr_keeps_the_dialog_open_with_the_reason(qtbot, window: MainWindow, dialogs) -> None:
    """The service's refusal (orgnr already used) appears on the field; nothing is saved."""
    scripts = dialogs
    existing = next(r for r in window.list_view.visible_rows() if r.orgnr)
    before = window.list_view.model.rowCount()
    state: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        _type(qtbot, dialog, "name", "Dubbletten")
        _type(qtbot, dialog, "municipality", "Boden")
        _type(qtbot, dialog, "orgnr", existing.orgnr)
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        state["open"] = dialog.isVisible()
        state["error"] = dialog.error_labels["orgnr"].text()
        dialog.done(0)  # give up without the discard question

    scripts.append(fill)
    window.new_enterprise()
    assert state["open"] is True and existing.name in str(state["error"])
    assert window.list_view.model.rowCount() == before


def test_edit_enterprise_then_undo_and_redo(qtbot, window: MainWindow, dialogs) -> None:
    """Editing the status is saved; Ctrl+Z puts the old value back and Ctrl+Shift+Z the new one."""
    scripts = dialogs
    eid = window.current_enterprise_id()
    old_status = window.detail_view.overview.fact_text("status")

    def change(dialog: FormDialog) -> None:
        combo = dialog.editors["status"].widget
        combo.setCurrentIndex(combo.findData("vilande"))
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    scripts.append(change)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.detail_view.overview.fact_text("status") == "Vilande"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.detail_view.overview.fact_text("status") == old_status
    assert window.current_enterprise_id() == eid
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.detail_view.overview.fact_text("status") == "Vilande"


def test_delete_enterprise_asks_first_then_undo_restores(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting asks, naming what goes with it; the enterprise disappears; Ctrl+Z brings it back with its tabs."""
    row = max(window.list_view.visible_rows(), key=lambda r: r.active_placements)
    window.list_view.select(row.id)
    placements = window.detail_view.placements.model.rowCount()
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delete_enterprise()
    assert row.name in questions[0] and "placering" in questions[0]
    assert row.id not in {r.id for r in window.list_view.visible_rows()}
    said = window.statusBar().currentMessage()
    assert said.startswith("Borttaget: ") and row.name in said and said.endswith("Ctrl+Z ångrar.")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.id in {r.id for r in window.list_view.visible_rows()}
    window.list_view.select(row.id)
    assert window.detail_view.placements.model.rowCount() == placements


def test_declining_the_question_deletes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Answering No leaves the enterprise where it was."""
    before = window.list_view.model.rowCount()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    window.delete_enterprise()
    assert window.list_view.model.rowCount() == before


def test_contact_person_new_edit_delete_and_papperskorg(
    qtbot, window: MainWindow, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Contact persons are added, edited with a double-click, deleted with Delete and restored from the Papperskorg."""
    scripts = dialogs
    section = window.detail_view.overview.contacts_section
    before = window.detail_view.overview.contacts_model.rowCount()

    def add(dialog: FormDialog) -> None:
        _type(qtbot, dialog, "name", "Nora Nyström")
        _type(qtbot, dialog, "training_date", "2026-03-02")
        _save_with_keyboard(qtbot, dialog)

    scripts.append(add)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    names = [section.table.model().index(r, 0).data() for r in range(section.table.model().rowCount())]
    assert "Nora Nyström" in names and len(names) == before + 1

    row = names.index("Nora Nyström")
    section.table.selectRow(row)

    def rename(dialog: FormDialog) -> None:
        line = dialog.editors["name"].widget
        line.selectAll()
        type_text(qtbot, line, "Nora Nyström-Berg")
        _save_with_keyboard(qtbot, dialog)

    scripts.append(rename)
    rect = section.table.visualRect(section.table.model().index(row, 0))
    # A real double-click starts with a press; QTest's double-click event alone has none.
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    names = [section.table.model().index(r, 0).data() for r in range(section.table.model().rowCount())]
    assert "Nora Nyström-Berg" in names

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    section.table.selectRow(names.index("Nora Nyström-Berg"))
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert window.detail_view.overview.contacts_model.rowCount() == before

    from asfdesk.ui.dialogs.trash_dialog import TrashDialog

    trash = TrashDialog(window.context.trash, window)
    qtbot.addWidget(trash)
    trash.restored.connect(window._on_record_changed)
    assert trash.model.row_at(0).label == "Nora Nyström-Berg"
    enterprise_column = next(
        c for c in range(trash.model.columnCount()) if trash.model.headerData(c, Qt.Orientation.Horizontal) == "Företag"
    )
    shown = trash.model.index(0, enterprise_column).data()
    assert shown and shown == window.context.enterprise_records.get_input(window.current_enterprise_id()).name
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert window.detail_view.overview.contacts_model.rowCount() == before + 1
    assert trash.empty.isVisible() or trash.model.rowCount() == 0


def test_new_agreement_with_buyer_period_and_price(qtbot, window: MainWindow, dialogs) -> None:
    """An agreement is entered with its type, buyer, period and price, and listed under Avtal och köp."""
    overview = window.detail_view.overview
    before = overview.agreements_model.rowCount()

    def fill(dialog: FormDialog) -> None:
        kind = dialog.editors["agreement_type"].widget
        kind.setCurrentIndex(kind.findData("iop"))
        buyer = dialog.editors["buyer_organisation_id"].widget
        buyer.setCurrentIndex(1)
        _type(qtbot, dialog, "title", "IOP arbetsträning 2027–2029")
        _type(qtbot, dialog, "start_date", "2027-01-01")
        _type(qtbot, dialog, "end_date", "2026-12-31")
        assert "sluta innan" in dialog.error_labels["end_date"].text()
        dialog.editors["end_date"].widget.clear()
        _type(qtbot, dialog, "end_date", "2029-12-31")
        _type(qtbot, dialog, "price_per_place_month_kr", "6 000")
        _save_with_keyboard(qtbot, dialog)

    dialogs.append(fill)
    qtbot.mouseClick(overview.agreements_section.new_button, Qt.MouseButton.LeftButton)
    assert overview.agreements_model.rowCount() == before + 1
    row = next(r for r in overview.agreements_model.rows() if r.title == "IOP arbetsträning 2027–2029")
    assert row.type_label.startswith("IOP") and row.price_per_place_month_kr == 6000 and row.buyer
