"""The English UI: every label, button, menu, header and list value from our code is translated."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from asfdesk import i18n
from asfdesk.resource_files import resources_dir
from asfdesk.ui.language import install_language
from asfdesk.ui.main_window import MainWindow

SWEDISH_LETTERS = re.compile("[åäöÅÄÖ]")


def _clean(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip().rstrip(":").strip()


def swedish_only_strings() -> set[str]:
    """Our source strings whose English differs: seeing one of these in English is a miss."""
    root = ET.parse(resources_dir() / "translations" / "asfdesk_en.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        if _clean(source) and _clean(source) != _clean(message.findtext("translation") or ""):
            found.add(_clean(source))
    return found


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of the words our code puts on screen: never the user's data."""
    yield "title", root.windowTitle()
    for menu in root.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            yield "action", action.text()
    for button in root.findChildren(QAbstractButton):
        yield "button", button.text()
    for box in root.findChildren(QGroupBox):
        yield "group", box.title()
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield "tab", tabs.tabText(i)
    for line in root.findChildren(QLineEdit):
        yield "placeholder", line.placeholderText()
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for column in range(_columns(model)):
            yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def value_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Texts that mix our words with data: labels, list cells, combo items."""
    for label in root.findChildren(QLabel):
        yield "label", label.text()
    for combo in root.findChildren(QComboBox):
        for i in range(combo.count()):
            yield "combo", combo.itemText(i)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 60)):
            for column in range(_columns(model)):
                yield "cell", str(model.index(row, column).data() or "")


def walk(window: MainWindow, qtbot) -> Iterator[QWidget]:
    """The main views as a user goes through them: Att göra, an enterprise's every tab (one with
    warnings, places and revenue), Rapporter, every contact, vacant places and goals."""
    window.show_view("todo")
    yield window
    window.show_view("enterprises")
    troubled = next(r for r in window.list_view.visible_rows() if r.name.startswith("Tvätt & Textil"))
    window.list_view.select(troubled.id)
    tabs = window.detail_view.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        yield window
    window.show_view("reports")
    yield window
    window.show_view("contacts")
    yield window
    window.show_view("places")
    yield window
    window.show_view("goals")
    yield window


def data_names(database: Path) -> set[str]:
    """Organisations' names are data even where one equals a label ("Arbetsförmedlingen")."""
    with sqlite3.connect(database) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM organisation")}


def misses(window: MainWindow, qtbot) -> set[str]:
    swedish = swedish_only_strings() - data_names(window.context.database.path)
    found = set()
    for shown in walk(window, qtbot):
        for where, text in chrome_texts(shown):
            if _clean(text) in swedish or SWEDISH_LETTERS.search(_clean(text)):
                found.add(f"{where}: {text!r}")
        for where, text in value_texts(shown):
            if _clean(text) in swedish:
                found.add(f"{where}: {text!r}")
    return found


@pytest.fixture
def english():
    install_language(i18n.ENGLISH)
    yield
    install_language(i18n.SWEDISH)


def test_the_check_finds_swedish_in_the_swedish_ui(make_window, demo_db: Path, tmp_path: Path, qtbot) -> None:
    window = make_window(demo_db, tmp_path / "settings.ini")
    found = misses(window, qtbot)
    assert any(text.startswith("action: '&Arkiv") or "Företag" in text for text in found)
    assert len(found) > 50


def test_english_ui_has_no_swedish_only_labels(english, make_window, demo_db: Path, tmp_path: Path, qtbot) -> None:
    window = make_window(demo_db, tmp_path / "settings.ini")
    assert window.menuBar().actions()[0].text() == "&File"
    assert misses(window, qtbot) == set()


def test_english_numbers_and_money(english) -> None:
    from asfdesk.domain.formatting import format_kr, format_number

    assert format_number(1234.5, 1) == "1,234.5"
    assert format_kr(6000) == "SEK\u00a06,000"
    install_language(i18n.SWEDISH)
    assert format_number(1234.5, 1) == "1\u00a0234,5"
    assert format_kr(6000) == "6\u00a0000\u00a0kr"
