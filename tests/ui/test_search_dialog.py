"""Global search from the keyboard: Ctrl+K, type, Enter opens the hit where it lives."""

from __future__ import annotations

from PySide6.QtCore import Qt

from asfdesk.ui.main_window import MainWindow

from .conftest import LOAD_TIMEOUT_MS
from .typing_helpers import type_text


def test_ctrl_k_type_and_enter_opens_the_contact_person(qtbot, window: MainWindow) -> None:
    """Searching a contact person's name and pressing Enter shows their enterprise with the person selected."""
    target = window.list_view.visible_rows()[3]
    person = window.context.enterprises.get_detail(target.id).contacts[0]
    window.show_view("todo")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.query, person.name)
    qtbot.waitUntil(lambda: bool(dialog.hits()), timeout=LOAD_TIMEOUT_MS)
    assert any(h.record_id == person.id for h in dialog.hits())
    first = dialog.hits()[0]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_view() == "enterprises"
    assert window.current_enterprise_id() == first.enterprise_id
    if first.kind == "contact_person":
        assert window.detail_view.overview.contacts_section.current_id() == first.record_id


def test_results_are_grouped_and_arrow_down_selects(qtbot, window: MainWindow) -> None:
    """A common word gives groups with counts; Down moves from the field into the first hit."""
    window.open_search()
    dialog = window._search_dialog
    type_text(qtbot, dialog.query, "styrelse")
    dialog.run_search()
    groups = [dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())]
    assert any(g.startswith("Handledarstöd (") for g in groups) and any(g.startswith("Möten (") for g in groups)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentItem() is not None and dialog.results.currentItem().parent() is not None
    type_text(qtbot, dialog.query, "xyzzy")
    dialog.run_search()
    assert dialog.status.text() == "Inga träffar."


def test_each_hit_shows_readable_context_with_the_words_found_in_bold(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.open_search()
    dialog = window._search_dialog
    type_text(qtbot, dialog.query, "café")  # a business line, stored with its é escaped
    dialog.run_search()
    enterprises = next(
        dialog.results.topLevelItem(i)
        for i in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(i).text(0).startswith("Företag (")
    )
    hit = enterprises.child(0)
    context = dialog.results.itemWidget(hit, 2)
    assert isinstance(context, QLabel)
    assert "<b>café</b>" in context.text().casefold()
    shown = hit.toolTip(2)
    assert "café" in shown.casefold() and not any(mark in shown for mark in ("[", "]", '"', "\\u", "\x02"))
