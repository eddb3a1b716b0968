"""Handlingsplaner (Alt+8): the municipalities' action plans listed, filtered, added to, and reached
from each enterprise of the municipality."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _alt8(window: MainWindow):  # type: ignore[no-untyped-def]
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Visa")
    return next(a for a in view_menu.actions() if a.text() == "&Handlingsplaner")


def test_the_plans_are_listed_filtered_and_a_new_activity_is_added(qtbot, window: MainWindow, dialogs) -> None:
    view = window.action_plan_view
    assert _alt8(window).shortcut().toString() == "Alt+8"
    _alt8(window).trigger()
    assert window.current_view() == "action_plans"
    demo = window.context.action_plans.rows(only_open=True)
    assert view.model.rowCount() == len(demo) > 0
    assert view.summary.text().endswith(f"{len(demo)} kvar att göra.")
    view.show_done.setChecked(True)  # the finished ones too
    assert view.model.rowCount() == len(window.context.action_plans.rows())
    view.municipality.setCurrentIndex(view.municipality.findData("Luleå"))
    assert {view.model.row_at(r).municipality for r in range(view.model.rowCount())} == {"Luleå"}

    def fill(dialog: FormDialog) -> None:
        assert dialog.editors["municipality"].widget.currentText() == "Luleå"  # the filter's municipality
        assert dialog.editors["plan"].widget.currentText().startswith("Handlingsplan")  # its one plan
        type_text(qtbot, dialog.editors["activity"].widget, "Kartlägga lokaler för nya ASF")
        type_text(qtbot, dialog.editors["main_responsible"].widget, "Fastighetskontoret")
        type_text(qtbot, dialog.editors["timeframe"].widget, "Q2 2027")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    before = view.model.rowCount()
    dialogs.append(fill)
    qtbot.mouseClick(view.section.new_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == before + 1
    added = next(
        view.model.row_at(r) for r in range(view.model.rowCount()) if "Kartlägga" in view.model.row_at(r).activity
    )
    assert (added.municipality, added.main_responsible, added.timeframe, added.status_label) == (
        "Luleå",
        "Fastighetskontoret",
        "Q2 2027",
        "Ej påbörjad",
    )


def test_an_enterprise_of_the_municipality_links_to_its_plan(qtbot, window: MainWindow) -> None:
    lulea = next(r for r in window.context.enterprises.list_enterprises() if r.municipality == "Luleå")
    window.show_view("enterprises")
    window.list_view.select(lulea.id)
    link = window.detail_view.overview.action_plan_link
    plan = window.context.action_plans.rows("Luleå")
    left = sum(1 for r in plan if r.open)
    assert not link.isHidden()
    assert f"{left} aktiviteter kvar av {len(plan)}" in link.text()
    link.linkActivated.emit("plan")
    assert window.current_view() == "action_plans"
    assert window.action_plan_view.chosen_municipality() == "Luleå"
    other = next(r for r in window.context.enterprises.list_enterprises() if r.municipality != "Luleå")
    window.show_view("enterprises")
    window.list_view.select(other.id)
    assert link.isHidden()  # no plan there: nothing to say


def test_a_projects_plan_is_shown_and_its_meeting_opened(qtbot, window: MainWindow, dialogs, monkeypatch) -> None:
    from asfdesk.ui.dialogs.projects_dialog import ProjectsDialog

    project = next(p for p in window.context.projects.rows() if p.name == "ASF Gävleborg – handledarstöd")
    # Projekt och finansiärer → Handlingsplan, on the project chosen in the list
    shown: list[ProjectsDialog] = []

    def pick_and_show(dialog: ProjectsDialog) -> int:
        shown.append(dialog)
        assert dialog.section.select_id(project.id)
        button = next(b for b in dialog.findChildren(type(dialog.section.new_button)) if b.text() == "Handlingsplan")
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(ProjectsDialog, "exec", pick_and_show)
    window.planning.show_projects()
    assert shown and window.current_view() == "action_plans"
    view = window.action_plan_view
    assert view.chosen_project() == project.id and view.chosen_municipality() is None
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert rows and {(r.municipality, r.project) for r in rows} == {("Hudiksvall", project.name)}
    assert view.open_meeting.isEnabled() is False  # nothing chosen yet

    decided = next(r for r in rows if r.meeting)
    view.section.select_id(decided.id)
    assert view.open_meeting.isEnabled()
    titles: list[str] = []

    def look(dialog: FormDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    dialogs.append(look)
    qtbot.mouseClick(view.open_meeting, Qt.MouseButton.LeftButton)
    assert titles and decided.meeting in titles[0]

    # a new activity in the project's view belongs to the project (and its one municipality)
    def fill(dialog: FormDialog) -> None:
        assert dialog.editors["municipality"].widget.currentText() == "Hudiksvall"
        assert dialog.editors["project_id"].get() == (project.id, None)
        type_text(qtbot, dialog.editors["activity"].widget, "Studiebesök hos ASF i grannkommunen")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    dialogs.append(fill)
    qtbot.mouseClick(view.section.new_button, Qt.MouseButton.LeftButton)
    assert "Studiebesök hos ASF i grannkommunen" in {
        view.model.row_at(r).activity for r in range(view.model.rowCount())
    }
    view.project.setCurrentIndex(0)  # Alla
    assert view.model.rowCount() > len(rows) + 1
