"""Att göra as the start view: what is due, for whom, and opening an item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from asfdesk.services.todo_queries import TodoKind
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.models.row_table_model import ROW_ROLE


def test_starts_on_att_gora_with_counts_in_the_sidebar(make_window, demo_db: Path, tmp_path: Path) -> None:
    """A new window opens on Att göra; the sidebar counts what is due and how much is late."""
    window: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    assert window.current_view() == "todo"
    assert window.todo_view.who_hint.isVisible()  # first start: asks who the user is
    items = window.todo_view.visible_items()
    assert items, "the demo data has due follow-ups"
    overdue = sum(1 for i in items if i.overdue)
    expected = f"Att göra ({len(items)}, {overdue} sena)" if overdue else f"Att göra ({len(items)})"
    assert window.nav.item(0).text() == expected
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_choosing_a_staff_member_narrows_the_list_and_is_remembered(make_window, demo_db: Path, tmp_path: Path) -> None:
    """Picking oneself in 'Visa för' shows only one's own items, and the choice survives a restart."""
    window: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    everyone = len(window.todo_view.visible_items())
    combo = window.todo_view.staff
    counts = {}
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        counts[combo.itemData(index)] = len(window.todo_view.visible_items())
    chosen = max(counts, key=lambda k: counts[k])
    assert 0 < counts[chosen] < everyone
    combo.setCurrentIndex(combo.findData(chosen))
    window.close()
    again: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    assert again.todo_view.staff.currentData() == chosen
    assert len(again.todo_view.visible_items()) == counts[chosen]


def test_enter_on_an_item_opens_its_record(qtbot, make_window, demo_db: Path, tmp_path: Path) -> None:
    """Enter on a follow-up goes to the enterprise's Placeringar tab with that placement selected."""
    window: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    kind = window.todo_view.kind
    kind.setCurrentIndex(kind.findData(TodoKind.FOLLOW_UP.value))
    item = window.todo_view.visible_items()[0]
    table = window.todo_view.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_view() == "enterprises"
    assert window.current_enterprise_id() == item.enterprise_id
    assert window.detail_view.tabs.currentWidget() is window.detail_view.placements
    assert window.detail_view.placements.section.current_id() == item.record_id


def test_sidebar_names_every_view_in_swedish(make_window, demo_db: Path, tmp_path: Path) -> None:
    """The sidebar reads Att göra, Företag and Rapporter (with counts where they apply)."""
    window: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[0].startswith("Att göra (") and texts[1] == "Företag (15)" and texts[2] == "Rapporter"


def test_the_look_ahead_the_user_sets_shows_what_comes_later_and_is_remembered(
    qtbot, make_window, demo_db, tmp_path
) -> None:
    window = make_window(demo_db, tmp_path / "look.ini")
    window.show_view("todo")
    view = window.todo_view
    assert view.look_ahead.value() == 7
    week = view.visible_items()
    dated = (TodoKind.FOLLOW_UP, TodoKind.ACTION_ITEM, TodoKind.NEXT_STEP)  # (an ending shows 14 days ahead)
    assert all(i.days_left <= 7 for i in week if i.kind in dated)
    view.look_ahead.setValue(60)
    qtbot.waitUntil(lambda: len(view.visible_items()) > len(week), timeout=5000)
    later = [i for i in view.visible_items() if i.kind in dated and 7 < i.days_left <= 60]
    assert later  # a follow-up in two weeks is no longer invisible
    assert "försenade" in view.summary.text()
    window.close()
    again = make_window(demo_db, tmp_path / "look.ini")
    assert again.todo_view.look_ahead.value() == 60
    assert any(i.kind in dated and i.days_left > 7 for i in again.todo_view.visible_items())


def test_an_action_item_is_marked_done_moved_and_given_away_from_its_row_and_undone(
    qtbot, make_window, demo_db, tmp_path
) -> None:
    from datetime import date, timedelta

    window = make_window(demo_db, tmp_path / "act.ini")
    window.show_view("todo")
    view = window.todo_view
    view.look_ahead.setValue(365)
    qtbot.waitUntil(lambda: window.look_ahead_days() == 365, timeout=5000)  # a year ahead: the moved item stays

    def choose(part_id: str) -> None:
        for row in range(view.proxy.rowCount()):
            if view.proxy.index(row, 0).data(ROW_ROLE).part_id == part_id:
                view.table.selectRow(row)
                return
        raise AssertionError(part_id)

    item = next(i for i in view.visible_items() if i.can_finish)
    names = [a.text() for a in view.table.actions()]
    assert names[:4] == ["Öppna (Enter)", "Markera klar", "Skjut upp…", "Ny ansvarig…"]
    assert names[-1].startswith("Exportera")

    later = date.today() + timedelta(days=40)
    window.todo_actions.ask_date = lambda _item: later
    choose(item.part_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    moved = next(i for i in view.visible_items() if i.part_id == item.part_id)
    assert moved.due == later and not moved.overdue
    assert window.statusBar().currentMessage().startswith(f"Uppskjutet till {later.isoformat()}")

    window.todo_actions.ask_owner = lambda _item: "Karin Kassör"
    choose(item.part_id)
    view.reassign_action.trigger()
    given = next(i for i in view.visible_items() if i.part_id == item.part_id)
    assert given.detail.startswith("Karin Kassör, från möte")

    choose(item.part_id)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert all(i.part_id != item.part_id for i in view.visible_items())  # done: off the list
    window.undo_stack.undo()
    assert any(i.part_id == item.part_id for i in view.visible_items())  # Ctrl+Z brings it back


def test_rows_that_are_not_an_action_items_own_cannot_be_finished_or_moved(make_window, demo_db, tmp_path) -> None:
    window = make_window(demo_db, tmp_path / "no.ini")
    view = window.todo_view
    follow_up = next(i for i in view.visible_items() if i.kind == TodoKind.FOLLOW_UP)
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(ROW_ROLE) is follow_up:
            view.table.selectRow(row)
    assert view.open_action.isEnabled()
    assert not view.finish_action.isEnabled() and not view.move_action.isEnabled()
    assert not view.reassign_action.isEnabled()


def test_the_person_at_the_computer_is_asked_once_and_is_the_actor_mine_and_the_advisor(
    qtbot, make_window, demo_db: Path, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from asfdesk.storage.models import Staff
    from tests.helpers.windows import run_dialogs_in

    window: MainWindow = make_window(demo_db, tmp_path / "p.ini")
    view = window.todo_view
    assert view.who_hint.isVisible()
    with window.context.database.session_factory() as session:
        advisor = session.execute(select(Staff.id, Staff.name).where(Staff.role == "radgivare").limit(1)).one()
    view.profile.setCurrentIndex(view.profile.findData(advisor.id))
    qtbot.mouseClick(view.profile_button, Qt.MouseButton.LeftButton)
    assert not view.who_hint.isVisible()
    assert view.staff.currentData() == advisor.id  # "mine" by default
    assert window.context.audit.actor == advisor.name  # the audit log names the person, not "Visa för"
    view.staff.setCurrentIndex(0)  # "Visa för" is a filter only
    assert window.context.audit.actor == advisor.name

    other = next(r for r in window.list_view.visible_rows())
    window.list_view.select(other.id)
    scripts = run_dialogs_in(window, qtbot)
    seen: list[str] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.editors["advisor_id"].widget.currentData())
        dialog.reject()

    scripts.append(look)
    window.log_contact()
    assert seen == [advisor.id]  # a new contact's advisor is the person at the computer
    window.close()
    again: MainWindow = make_window(demo_db, tmp_path / "p.ini")
    assert not again.todo_view.who_hint.isVisible()  # asked once
    assert again.context.audit.actor == advisor.name


def test_when_is_said_in_whole_words_with_the_right_number(make_window, demo_db: Path, tmp_path: Path) -> None:
    """'om 3 dagar', 'i dag', '1 dag sen', 'sedan 40 dagar': one way of saying it, singular for one."""
    import re

    window: MainWindow = make_window(demo_db, tmp_path / "s.ini")
    model = window.todo_view.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "När")
    for row in range(model.rowCount()):
        item = model.index(row, 0).data(ROW_ROLE)
        text = model.index(row, column).data()
        days = item.days_left
        if item.warning is not None:
            expected = "sedan 1 dag" if -days == 1 else f"sedan {max(0, -days)} dagar"
        elif days < 0:
            expected = "1 dag sen" if days == -1 else f"{-days} dagar sen"
        else:
            expected = {0: "i dag", 1: "om 1 dag"}.get(days, f"om {days} dagar")
        assert text == expected
        assert not re.search(r"\d d\b", text)  # never the abbreviation


def test_the_snooze_and_owner_questions_name_the_item_and_answer_what_was_chosen(qtbot, window: MainWindow) -> None:
    """The real small dialogs behind Skjut upp… and Ny ansvarig…: OK gives the chosen day or name,
    Cancel gives nothing."""
    from datetime import date, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLabel

    from asfdesk.services.todo_queries import TodoItem

    item = TodoItem(TodoKind.ACTION_ITEM, date.today(), "Boka lokal", "", "", "", "m1", date.today())
    seen: list[str] = []

    def answer(ok: bool, fill) -> None:  # type: ignore[no-untyped-def]
        def run() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
            seen.append(" / ".join([dialog.windowTitle(), *(lab.text() for lab in dialog.findChildren(QLabel))]))
            fill(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            role = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
            buttons.button(role).click()

        QTimer.singleShot(0, run)

    answer(True, lambda d: None)
    assert window.todo_actions._ask_date(item) == date.today() + timedelta(days=7)  # a week on, as offered
    assert seen[-1].startswith("Skjut upp / Boka lokal")
    answer(True, lambda d: d.findChild(QDateEdit).setDate(d.findChild(QDateEdit).date().addDays(3)))
    assert window.todo_actions._ask_date(item) == date.today() + timedelta(days=10)
    answer(False, lambda d: None)
    assert window.todo_actions._ask_date(item) is None
    answer(True, lambda d: d.findChild(QComboBox).setCurrentText("  Karin Kassör "))
    assert window.todo_actions._ask_owner(item) == "Karin Kassör"
    assert seen[-1].startswith("Ny ansvarig / Boka lokal")
    answer(False, lambda d: d.findChild(QComboBox).setCurrentText("Någon"))
    assert window.todo_actions._ask_owner(item) is None
