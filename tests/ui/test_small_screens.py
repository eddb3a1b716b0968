"""On a common laptop (1366×768) and a projector (1024×700) every view stays usable: the enterprise
list shows a useful number of rows, nothing is squeezed into its neighbour, no section is empty."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.widgets.table_view import STRETCH_FLOOR


def _rect(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _full_rows(table: QTableView) -> int:
    return table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_every_view_is_usable_on_a_small_screen(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    QApplication.processEvents()
    window.show_view("enterprises")
    QApplication.processEvents()
    assert _full_rows(window.list_view.table) >= 5  # the list is still a list
    detail = window.detail_view
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = detail.tabs.currentWidget()
        assert page.height() >= 150, detail.tabs.tabText(index)  # no zero-height section
    detail.tabs.setCurrentWidget(detail.overview)
    QApplication.processEvents()
    facts = [label for label in detail.overview.findChildren(QLabel) if label.objectName().startswith("fact_")]
    rects = sorted((_rect(label, window) for label in facts), key=lambda r: r.top())
    assert len(rects) == 10
    for upper, lower in pairwise(rects):
        assert upper.bottom() < lower.top(), "fact rows drawn over each other"
    for label in facts:  # each fact has the height its text needs at its width
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
    for table in (detail.overview.contacts_section.table, detail.overview.agreements_section.table):
        assert _full_rows(table) >= 3
    window.show_view("todo")
    QApplication.processEvents()
    assert _full_rows(window.todo_view.table) >= 8


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_action_plans_fit_without_scrolling_sideways(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    """Handlingsplaner: the columns beside the activity give way, the activity keeps room to be read."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    window.show_view("action_plans")
    view = window.action_plan_view
    view.show_done.setChecked(True)
    QApplication.processEvents()
    table = view.section.table
    assert view.model.rowCount() > 0
    assert not table.horizontalScrollBar().isVisible(), "the table scrolls sideways"
    assert table.columnWidth(2) >= STRETCH_FLOOR  # Aktivitet keeps room to be read
    window.resize(1800, 900)  # and on a large screen the columns take their room again
    qtbot.waitUntil(lambda: window.size().width() == 1800)
    QApplication.processEvents()
    assert table.columnWidth(3) > 70
