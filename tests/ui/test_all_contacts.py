"""Handledarstöd – alla kontakter: a windowed list, sorted in the database, opening the enterprise."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.models.windowed_model import PAGE_SIZE, PAGES_KEPT


def _contact_dates(window: MainWindow) -> list[str]:
    with sqlite3.connect(window.context.database.path) as db:
        return sorted(
            row[0]
            for row in db.execute(
                "SELECT c.contact_date FROM support_contact c JOIN enterprise e ON e.id = c.enterprise_id "
                "WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL"
            )
        )


def test_every_contact_newest_first_then_sorted_by_a_header_click(qtbot, window: MainWindow) -> None:
    view = window.contacts_view
    assert not view.loaded  # nothing read before the list is looked at
    window.show_view("contacts")
    dates = _contact_dates(window)
    model = view.model
    assert model.rowCount() == len(dates) > PAGE_SIZE
    assert model.index(0, 0).data() == dates[-1] and model.index(len(dates) - 1, 0).data() == dates[0]
    assert view.count.text().startswith(f"{len(dates):,}".replace(",", "\u00a0"))
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2),
    )
    assert model.index(0, 0).data() == dates[0]  # the same column again: oldest first


def test_scrolling_the_whole_list_keeps_only_a_few_pages(qtbot, window: MainWindow) -> None:
    window.show_view("contacts")
    view = window.contacts_view
    for row in range(0, view.model.rowCount(), PAGE_SIZE // 2):
        view.table.scrollTo(view.model.index(row, 0))
        QApplication.processEvents()
    view.table.scrollToBottom()
    QApplication.processEvents()
    assert 0 < view.model.pages_held <= PAGES_KEPT
    last = view.model.index(view.model.rowCount() - 1, 1)
    assert last.data()  # the enterprise's name, read for the last page


def test_double_click_opens_the_contacts_enterprise(qtbot, window: MainWindow) -> None:
    window.show_view("contacts")
    view = window.contacts_view
    index: QModelIndex = view.model.index(3, 1)
    enterprise = index.data()
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view() == "enterprises"
    assert window.context.enterprises.get_detail(window.current_enterprise_id()).facts.name == enterprise


def _expected(window: MainWindow, where: str, *params: object) -> set[str]:
    with sqlite3.connect(window.context.database.path) as db:
        return {
            row[0]
            for row in db.execute(
                "SELECT c.id FROM support_contact c JOIN enterprise e ON e.id = c.enterprise_id "
                "LEFT JOIN staff s ON s.id = c.advisor_id "
                f"WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND {where}",
                params,
            )
        }


def _shown(view) -> set[str]:  # type: ignore[no-untyped-def]
    return {view.model.row_at(r).contact_id for r in range(view.model.rowCount())}


def test_the_list_filters_by_words_advisor_and_period(qtbot, window: MainWindow) -> None:
    from datetime import date, timedelta

    window.show_view("contacts")
    view = window.contacts_view
    everything = view.model.rowCount()
    name = view.model.index(0, 1).data()
    word = name.split()[0]
    # a word of the enterprise's name, typed in another case (Swedish letters folded too)
    qtbot.keyClicks(view.filter_text, word.upper())
    qtbot.waitUntil(lambda: view.model.rowCount() < everything)
    folded = word.casefold()
    names = {n for n in _names(window) if folded in n.casefold()}
    assert _shown(view) == _expected(window, f"e.name IN ({','.join('?' * len(names))})", *names) | _expected(
        window, "(lower(c.notes) LIKE ? OR lower(s.name) LIKE ?)", f"%{folded}%", f"%{folded}%"
    )
    assert view.count.text().endswith("matchar filtret.")
    view.filter_text.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == everything)
    # one advisor, and only the last 30 days
    advisor_row = 1
    view.advisor.setCurrentIndex(advisor_row)
    advisor_id = view.advisor.itemData(advisor_row)
    assert _shown(view) == _expected(window, "c.advisor_id = ?", advisor_id)
    view.since.setCurrentIndex(view.since.findData(30))
    since = (date.today() - timedelta(days=30)).isoformat()
    assert _shown(view) == _expected(window, "c.advisor_id = ? AND c.contact_date >= ?", advisor_id, since)
    # nothing matches: an empty list that says so, and % or _ are letters, not wildcards
    qtbot.keyClicks(view.filter_text, "100%_")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.count.text() == "0 kontakter matchar filtret."


def _names(window: MainWindow) -> set[str]:
    with sqlite3.connect(window.context.database.path) as db:
        return {row[0] for row in db.execute("SELECT name FROM enterprise WHERE deleted_at IS NULL")}
