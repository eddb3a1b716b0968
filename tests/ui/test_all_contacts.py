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
