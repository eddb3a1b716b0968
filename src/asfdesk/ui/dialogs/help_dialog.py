"""Hjälp → Användarhandbok (the bundled guide, searchable) and Kortkommandon (read from the menus).

The keyboard table is made from the window's own actions, so it lists exactly the shortcuts that
work, in the display language, and cannot go stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def guide_markdown(path: Path) -> str:
    """The guide's text, each picture that is missing replaced by its caption (so nothing shows broken)."""
    text = path.read_text(encoding="utf-8")

    def keep_or_caption(match: re.Match[str]) -> str:
        return match.group(0) if (path.parent / match.group(2)).is_file() else f"*[{match.group(1)}]*"

    return IMAGE.sub(keep_or_caption, text)


class UserGuideDialog(QDialog):
    """The guide in a window of its own, beside the work: searchable (Ctrl+F, Enter for the next hit)."""

    def __init__(self, guide: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("Användarhandbok"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("guideFind")
        self.search.setPlaceholderText(self.tr("Sök i handboken (Ctrl+F, Enter för nästa)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _text: self.find_next(from_start=True))
        layout.addWidget(self.search)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #9a3412;")
        layout.addWidget(self.missing)
        self.missing.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # web links go to the browser, nothing replaces the guide
        self.browser.anchorClicked.connect(self._open_link)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self._folder = guide.parent if guide is not None else Path()
        if guide is None:
            self.missing.setText(self.tr("Handboken finns inte i den här installationen."))
            self.missing.show()
        else:
            self.browser.setSearchPaths([str(guide.parent)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
            self.browser.setMarkdown(guide_markdown(guide))
            self._fit_pictures()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_pictures()

    def _fit_pictures(self) -> None:
        """Screenshots as wide as the text, never wider (no sideways scrolling), sharp when smaller."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 40)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image.isValid():
                    natural = QImageReader(str(self._folder / image.name())).size()
                    width = min(natural.width(), room) if natural.isValid() else room
                    if natural.isValid() and abs(image.width() - width) > 1:
                        image.setWidth(width)
                        image.setHeight(natural.height() * width / natural.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                fragments += 1
            block = block.next()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place the search text occurs (wrapping to the top); False when nowhere."""
        text = self.search.text()
        if not text:
            return False
        if from_start:
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.search.setStyleSheet("" if found else "background: #fee2e2;")
        return found


@dataclass(frozen=True)
class Shortcut:
    menu: str
    command: str
    keys: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def menu_shortcuts(menu_bar: QMenuBar) -> list[Shortcut]:
    """Every command in the menus that has a key, in menu order, with all its keys."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {_plain(action.text())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
                )
                if keys:
                    found.append(Shortcut(path, _plain(action.text()), keys))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return found


class ShortcutsDialog(QDialog):
    """Hjälp → Kortkommandon: the keys of every menu command, plus those of the forms, filterable."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Kortkommandon"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutFilter")
        self.filter.setPlaceholderText(self.tr("Filtrera (kommando eller tangent)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        in_forms = [
            Shortcut(self.tr("Formulär"), self.tr("Spara"), "Ctrl+Enter"),
            Shortcut(self.tr("Formulär"), self.tr("Nästa fält"), "Tab, Enter"),
            Shortcut(self.tr("Formulär"), self.tr("Stäng (frågar om osparade ändringar)"), "Esc"),
            Shortcut(self.tr("Tabeller på företaget"), self.tr("Öppna raden"), "Enter, F2"),
            Shortcut(self.tr("Tabeller på företaget"), self.tr("Ta bort raden (till papperskorgen)"), "Delete"),
        ]
        self.rows = menu_shortcuts(menu_bar) + in_forms
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Meny"), self.tr("Kommando"), self.tr("Tangenter")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, shortcut in enumerate(self.rows):
            for column, text in enumerate((shortcut.menu, shortcut.command, shortcut.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, shortcut in enumerate(self.rows):
            haystack = f"{shortcut.menu} {shortcut.command} {shortcut.keys}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def visible(self) -> list[Shortcut]:
        return [s for row, s in enumerate(self.rows) if not self.table.isRowHidden(row)]


def remember_geometry(dialog: QDialog, settings: QSettings, key: str) -> None:
    """Open where and as large as last time; remember the size when it closes."""
    saved = settings.value(f"{key}/geometry")
    if saved:
        dialog.restoreGeometry(saved)
    dialog.finished.connect(lambda _result: settings.setValue(f"{key}/geometry", dialog.saveGeometry()))
