"""Hjälp → Användarhandbok and Kortkommandon, and the restart a language change offers."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QMessageBox

from asfdesk.resource_files import user_guide
from asfdesk.ui import app
from asfdesk.ui.dialogs.help_dialog import guide_markdown
from asfdesk.ui.main_window import MainWindow


def _help_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjälp")
    return next(a for a in help_menu.actions() if a.text() == text)


def test_f1_opens_the_guide_beside_the_window_and_finds_words_in_it(qtbot, window: MainWindow) -> None:
    window.show()
    assert _help_action(window, "&Användarhandbok").shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    _help_action(window, "&Användarhandbok").trigger()
    guide = window.guide_dialog
    assert guide is not None and guide.isVisible() and not guide.isModal()
    text = guide.browser.toPlainText()
    assert "Att göra" in text and "Arbeta i team" in text  # the whole guide, headings included
    # its pictures are there (read from beside the guide), none shown as a broken link
    picture = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("screenshots/att-gora.png"))
    assert isinstance(picture, QImage | QPixmap | QByteArray) and picture
    guide.resize(700, 600)
    qtbot.wait(20)
    assert guide.browser.horizontalScrollBar().maximum() == 0  # the pictures fit the text's width
    qtbot.keyClicks(guide.search, "Konflikter")
    assert guide.browser.textCursor().selectedText().casefold() == "konflikter"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() != first  # Enter: the next place
    guide.search.clear()
    qtbot.keyClicks(guide.search, "finnsintenågonstans")
    assert "fee2e2" in guide.search.styleSheet()  # nothing found is shown, not silently ignored
    _help_action(window, "&Användarhandbok").trigger()
    assert window.guide_dialog is guide  # one guide window, brought forward again


def test_a_missing_picture_shows_its_caption_instead(tmp_path: Path) -> None:
    (tmp_path / "guide.md").write_text("# Rubrik\n\n![Att göra](saknas.png) text\n", encoding="utf-8")
    assert guide_markdown(tmp_path / "guide.md") == "# Rubrik\n\n*[Att göra]* text\n"
    found = user_guide()
    assert found is not None and "![Att göra](screenshots/att-gora.png)" in guide_markdown(found)


def test_the_keyboard_table_lists_the_keys_that_work_and_filters(qtbot, window: MainWindow) -> None:
    _help_action(window, "&Kortkommandon").trigger()
    table = window.shortcuts_dialog
    assert table is not None
    rows = {(s.command, s.keys) for s in table.visible()}
    assert ("Sök i allt", "Ctrl+K, Ctrl+F") in rows
    assert ("Deltagare", "Alt+7") in rows and ("Kortkommandon", "Ctrl+/") in rows
    # every key in the table is one that a menu command of the window really has
    menu_keys = {
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(type(_help_action(window, "&Kortkommandon")))
        for s in a.shortcuts()
    }
    from_menus = [s for s in table.rows if s.menu.split(" → ")[0] in {"Arkiv", "Redigera", "Visa", "Hjälp"}]
    assert from_menus and all(set(s.keys.split(", ")) <= menu_keys for s in from_menus)
    qtbot.keyClicks(table.filter, "alt+7")
    assert [s.command for s in table.visible()] == ["Deltagare"]
    table.filter.clear()
    assert len(table.visible()) == len(table.rows)


def test_a_language_change_restarts_on_request_and_the_new_program_opens_the_same_file(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    def restart_now(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Starta om nu").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restart_now)
    window.show()
    database = window.context.database.path
    window.settings_actions.offer_restart()
    assert window.restart_requested and not window.isVisible()
    command = app.restart_command(database)
    assert command[-2:] == ["--db", str(database)]
    # the command starts this very program (asked for its version instead of a window)
    ran = subprocess.run([*command[:-2], "--version"], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0 and ran.stdout.startswith("asfdesk ")
