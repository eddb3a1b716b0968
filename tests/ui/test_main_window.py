"""The main window on demo data, driven as a user would: typing, choosing, clicking, shortcuts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from asfdesk.domain.collation import swedish_key
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _table_column(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opens_on_demo_data_with_first_enterprise_shown(window: MainWindow, demo_db: Path) -> None:
    """All enterprises are listed, the first is selected and its detail is on screen."""
    with sqlite3.connect(demo_db) as conn:
        total = conn.execute("SELECT count(*) FROM enterprise").fetchone()[0]
    assert window.list_view.proxy.rowCount() == total
    assert window.count_label.text() == f"Visar {total} av {total} företag"
    assert window.stack.currentWidget() is window.detail_view
    first = window.list_view.visible_rows()[0]
    assert first.name in window.detail_view.title.text()
    assert demo_db.name in window.windowTitle()


def test_search_box_filters_the_list(qtbot, window: MainWindow) -> None:
    """Typing in the search box keeps only the matching enterprises; clearing brings all back."""
    total = window.list_view.proxy.rowCount()
    qtbot.keyClicks(window.list_view.search, "hunddagis")
    names = [r.name for r in window.list_view.visible_rows()]
    assert names == ["Tassarnas Hunddagis ek. för."]
    assert window.count_label.text() == f"Visar 1 av {total} företag"
    window.list_view.search.clear()
    assert window.list_view.proxy.rowCount() == total


def test_search_matches_several_words_in_any_field(qtbot, window: MainWindow) -> None:
    """Words match name, municipality and business line together: 'luleå secondhand'."""
    type_text(qtbot, window.list_view.search, "luleå secondhand")
    rows = window.list_view.visible_rows()
    assert [r.name for r in rows] == ["Möbelverkstan Luleå ek. för."]


def test_nothing_matches_shows_a_message_instead_of_stale_detail(qtbot, window: MainWindow) -> None:
    """When the filter hides everything, the detail area says so instead of showing the old enterprise."""
    qtbot.keyClicks(window.list_view.search, "finns-inte-alls")
    assert window.list_view.proxy.rowCount() == 0
    assert window.stack.currentWidget() is window.welcome
    assert "Inga företag" in window.welcome.message.text()


def test_municipality_and_status_filters(window: MainWindow) -> None:
    """Choosing a municipality and a status narrows the list to exactly those enterprises."""
    combo = window.list_view.municipality
    combo.setCurrentIndex(combo.findData("Luleå"))
    rows = window.list_view.visible_rows()
    assert len(rows) == 2 and {r.municipality for r in rows} == {"Luleå"}
    status = window.list_view.status
    status.setCurrentIndex(status.findData("uppstart"))
    assert [r.name for r in window.list_view.visible_rows()] == ["Språkcaféet i Luleå"]
    combo.setCurrentIndex(0)
    assert {r.status for r in window.list_view.visible_rows()} == {"uppstart"}


def test_clicking_a_header_sorts_in_swedish_order(qtbot, window: MainWindow) -> None:
    """Clicking the Kommun header sorts by municipality, Å Ä Ö last; clicking again reverses."""
    header = window.list_view.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    municipalities = _table_column(window.list_view.table, 1)
    ascending = sorted(municipalities, key=swedish_key)
    assert municipalities in (ascending, ascending[::-1])
    assert {municipalities[0], municipalities[-1]} == {ascending[0], ascending[-1]}
    assert "Östersund" in (municipalities[0], municipalities[-1])


def test_sorting_keeps_the_selected_enterprise_selected(qtbot, window: MainWindow) -> None:
    """Sorting reorders the rows, not the user's choice: the same enterprise stays selected and shown."""
    table = window.list_view.table
    row = _table_column(table, 0).index("Möbelverkstan Luleå ek. för.")
    _click_row(qtbot, table, row)
    chosen = window.current_enterprise_id()
    header = table.horizontalHeader()
    for column in (1, 1, 2):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        assert window.current_enterprise_id() == chosen
        selected = table.selectionModel().selectedRows()
        assert len(selected) == 1 and selected[0].data() == "Möbelverkstan Luleå ek. för."


def test_selecting_an_enterprise_fills_every_tab(qtbot, window: MainWindow, demo_db: Path) -> None:
    """Clicking an enterprise shows its own facts, contact persons, modules, contacts, placements and meetings."""
    table = window.list_view.table
    names = _table_column(table, 0)
    row = names.index("Möbelverkstan Luleå ek. för.")
    _click_row(qtbot, table, row)
    detail = window.detail_view
    assert "Möbelverkstan Luleå" in detail.title.text()
    with sqlite3.connect(demo_db) as conn:
        eid, orgnr = conn.execute(
            "SELECT id, orgnr FROM enterprise WHERE name = 'Möbelverkstan Luleå ek. för.'"
        ).fetchone()

        def q(sql: str) -> list[tuple]:
            return conn.execute(sql, (eid,)).fetchall()

        persons = {r[0] for r in q("SELECT name FROM contact_person WHERE enterprise_id = ?")}
        contact_dates = sorted((r[0] for r in q("SELECT contact_date FROM support_contact WHERE enterprise_id = ?")),
                               reverse=True)  # fmt: skip
        codes = {r[0] for r in q("SELECT p.code FROM placement pl JOIN participant p ON p.id = pl.participant_id "
                                 "WHERE pl.enterprise_id = ?")}  # fmt: skip
        meetings = len(q("SELECT id FROM meeting WHERE enterprise_id = ?"))
    assert detail.overview.fact_text("orgnr") == orgnr
    assert set(_table_column(detail.overview.contacts_table, 0)) == persons
    assert detail.modules.model.rowCount() == 11
    assert _table_column(detail.modules.table, 1)[0] == "Kooperation och ASF"
    assert _table_column(detail.support.table, 0) == contact_dates
    assert set(_table_column(detail.placements.table, 0)) == codes
    assert detail.meetings.model.rowCount() == meetings


def test_placements_show_pseudonyms_only(window: MainWindow, demo_db: Path) -> None:
    """Placements show the participant's code, and the summary splits women and men."""
    detail = window.detail_view
    shown = _table_column(detail.placements.table, 0)
    assert shown and all(code.startswith("D") for code in shown)
    summary = detail.placements.summary.text()
    assert ("kvinna" in summary or "kvinnor" in summary) and ("män" in summary or " man" in summary)


def test_selecting_a_meeting_shows_its_action_items(qtbot, window: MainWindow) -> None:
    """Clicking a held meeting shows its agenda, decisions and action items."""
    meetings = window.detail_view.meetings
    window.detail_view.tabs.setCurrentWidget(meetings)
    statuses = _table_column(meetings.table, 2)
    row = statuses.index("Genomfört")
    _click_row(qtbot, meetings.table, row)
    meeting = meetings.table.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert meetings.actions_model.rowCount() == len(meeting.action_items) > 0
    assert "Dagordning" in meetings.details.toPlainText()
    assert meeting.decisions[0] in meetings.details.toPlainText()


def test_ctrl_shift_f_filters_the_list_and_ctrl_3_opens_handledarstod(qtbot, window: MainWindow) -> None:
    """Keyboard: Ctrl+Shift+F puts the cursor in the list filter, Ctrl+3 shows the Handledarstöd tab."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.detail_view.tabs.currentWidget() is window.detail_view.support
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.list_view.search.hasFocus()


def test_last_selection_and_layout_are_restored(make_window, demo_db: Path, tmp_path: Path) -> None:
    """Closing and reopening the window brings back the enterprise that was selected."""
    settings = tmp_path / "restore.ini"
    first = make_window(demo_db, settings)
    target = first.list_view.visible_rows()[4]
    first.list_view.select(target.id)
    first.close()
    second = make_window(demo_db, settings)
    assert second.list_view.current_id() == target.id
    assert target.name in second.detail_view.title.text()


def test_empty_database_offers_demo_data(qtbot, make_window, tmp_path: Path) -> None:
    """A new, empty database shows a welcome page; its button opens the demo database."""
    window = make_window(tmp_path / "empty.db", tmp_path / "s.ini")
    assert window.stack.currentWidget() is window.welcome
    assert "Databasen är tom" in window.welcome.message.text()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.context.is_demo
    assert window.list_view.proxy.rowCount() > 10
    assert "(demodata)" in window.windowTitle()


def test_opening_a_bad_file_keeps_the_current_database(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing a file that is not a database shows a warning and leaves the open database in place."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    bad = tmp_path / "anteckningar.txt"
    bad.write_text("inte en databas")
    before = window.context.database.path
    assert window.switch_to(bad) is False
    assert warnings and "inte en SQLite-databas" in warnings[0]
    assert window.context.database.path == before
    assert window.list_view.proxy.rowCount() > 0


def test_column_widths_are_remembered(qtbot, make_window, demo_db: Path, tmp_path: Path) -> None:
    """A column the user widens keeps its width in the next session."""
    first = make_window(demo_db, tmp_path / "s.ini")
    header = first.list_view.table.horizontalHeader()
    fitted = header.sectionSize(1)
    edge = QPoint(header.sectionViewportPosition(1) + fitted - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    widened = header.sectionSize(1)
    assert widened > fitted + 40
    qtbot.waitUntil(lambda: not first.list_view.table._save_timer.isActive())
    first.close()
    second = make_window(demo_db, tmp_path / "s.ini")
    assert second.list_view.table.horizontalHeader().sectionSize(1) == widened


def test_widths_the_user_did_not_choose_are_not_remembered(qtbot, make_window, demo_db: Path, tmp_path: Path) -> None:
    """A column that changed width only because the window was laid out is fitted again next time."""
    first = make_window(demo_db, tmp_path / "s.ini")
    table = first.detail_view.overview.agreements_section.table
    table.horizontalHeader().resizeSection(0, 40)  # as layout does, with no mouse on the header
    qtbot.wait(400)
    first.close()
    second = make_window(demo_db, tmp_path / "s.ini")
    assert second.detail_view.overview.agreements_section.table.horizontalHeader().sectionSize(0) > 40


def test_tab_lists_filter_as_you_type(qtbot, window: MainWindow) -> None:
    """The filter field under a tab's list keeps only rows containing the text, in any column."""
    section = window.detail_view.support.section
    total = section.table.model().rowCount()
    word = "Telefon"
    type_text(qtbot, section.filter, word)
    shown = section.table.model().rowCount()
    assert 0 < shown < total
    assert all(section.table.model().index(r, 1).data() == word for r in range(shown))


def test_list_export_to_excel_keeps_filter_order_and_types(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Exporting the filtered enterprise list writes what is shown, with dates as dates and numbers as numbers."""
    import datetime

    from openpyxl import load_workbook

    from asfdesk.ui.table_export import export_table

    window.list_view.status.setCurrentIndex(window.list_view.status.findData("etablerad"))
    shown = [r.name for r in window.list_view.visible_rows()]
    path = export_table(window.list_view.table.model(), tmp_path / "lista.xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Namn", "Kommun", "Status")
    assert [r[0] for r in rows[1:]] == shown
    assert all(isinstance(r[5], int) for r in rows[1:])  # Pågående placeringar
    assert any(isinstance(r[7], datetime.datetime) for r in rows[1:])  # Senaste kontakt as a date cell
    csv_path = export_table(window.list_view.table.model(), tmp_path / "lista.csv")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Namn;Kommun;Status")


def test_list_export_writes_formula_like_names_as_text(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """A name that begins with = or @ is a name in the exported workbook and CSV, not a formula."""
    import csv

    from openpyxl import load_workbook

    from asfdesk.domain.inputs import EnterpriseInput
    from asfdesk.ui.table_export import export_table

    names = ['=HYPERLINK("http://x.example";"Klicka")', "@SUM(A1:A3)"]
    for name in names:
        window.context.enterprise_records.create(EnterpriseInput(name=name, municipality="Gävle"))
    window.list_view.set_rows(window.context.enterprises.list_enterprises())
    window.list_view.clear_filters()
    book = load_workbook(export_table(window.list_view.table.model(), tmp_path / "lista.xlsx"))
    cells = {c.value: c.data_type for row in book.active.iter_rows() for c in row if c.value in names}
    assert cells == {names[0]: "s", names[1]: "s"}
    with export_table(window.list_view.table.model(), tmp_path / "lista.csv").open(encoding="utf-8-sig") as handle:
        first_cells = {row[0] for row in csv.reader(handle, delimiter=";")}
    assert {"'" + n for n in names} <= first_cells and not set(names) & first_cells
