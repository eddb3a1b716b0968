"""Platskatalog, vacant-place search, starting a placement from a place, warnings and goals — through the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from asfdesk.domain.warnings import WarningRule
from asfdesk.services.todo_queries import TodoKind
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.models.row_table_model import ROW_ROLE

from .typing_helpers import type_text


def _save(dialog: FormDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _select_row(table, predicate) -> None:  # type: ignore[no-untyped-def]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if predicate(model.index(r, 0).data(ROW_ROLE)))
    table.selectRow(row)


def test_search_vacant_places_and_start_a_placement_there(qtbot, window: MainWindow, dialogs) -> None:
    """Narrow the vacant places to a kommun and a measure, start a placement on one: it is filled by one more."""
    window.show_view("places")
    view = window.vacant_view
    everywhere = view.model.rowCount()
    assert everywhere > 5
    view.municipality.setCurrentIndex(view.municipality.findData("Sandviken"))
    view.measure.setCurrentIndex(view.measure.findData("arbetstraning"))
    rows = view.model.rows()
    assert [(r.enterprise, r.title) for r in rows] == [("Tvätt & Textil Sandviken ek. för.", "Tvätteri")]
    assert rows[0].vacant == 1 and "1 lediga platser hos 1 företag" in view.summary.text()
    view.measure.setCurrentIndex(view.measure.findData("daglig_verksamhet"))
    assert view.model.rowCount() == 0  # the laundry does not take daily activities
    view.measure.setCurrentIndex(view.measure.findData("arbetstraning"))
    view.table.selectRow(0)
    participant = window.context.participants.choices()[0][0]

    def placement(dialog: FormDialog) -> None:
        place = dialog.editors["place_id"].widget
        assert place.currentText().startswith("Tvätteri (1 av 4 lediga)")
        assert dialog.editors["measure_type"].widget.currentData() == "arbetstraning"
        combo = dialog.editors["participant_id"].widget
        combo.setCurrentIndex(combo.findData(participant))
        type_text(qtbot, dialog.editors["hours_per_week"].widget, "25")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(placement)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0  # the last vacant place in Sandviken is taken now
    sandviken = next(r for r in window.list_view.model.rows() if r.name.startswith("Tvätt & Textil"))
    (laundry,) = window.context.place_catalogue.places_of(sandviken.id)
    assert (laundry.filled, laundry.vacant) == (4, 0)


def test_new_place_in_the_enterprise_tab_shows_as_vacant(qtbot, window: MainWindow, dialogs) -> None:
    tab = window.detail_view.places
    window.detail_view.tabs.setCurrentWidget(tab)
    before = tab.places_model.rowCount()

    def place(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["title"].widget, "Trädgård")
        type_text(qtbot, dialog.editors["business_line"].widget, "trädgårdsskötsel")
        capacity = dialog.editors["capacity"].widget
        capacity.selectAll()
        type_text(qtbot, capacity, "2")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(place)
    qtbot.mouseClick(tab.places.new_button, Qt.MouseButton.LeftButton)
    assert tab.places_model.rowCount() == before + 1
    garden = next(r for r in tab.places_model.rows() if r.title == "Trädgård")
    assert (garden.capacity, garden.filled, garden.vacant) == (2, 0, 2)
    window.show_view("places")
    view = window.vacant_view
    view.business_line.setCurrentIndex(view.business_line.findData("trädgårdsskötsel"))
    assert [r.title for r in view.model.rows()] == ["Trädgård"]


def test_warnings_show_in_att_gora_with_why_and_on_the_enterprise(
    qtbot, make_window, demo_db: Path, tmp_path: Path, monkeypatch
) -> None:
    window: MainWindow = make_window(demo_db, tmp_path / "w.ini")
    window.show_view("todo")
    warnings = [i for i in window.todo_view.model.rows() if i.kind is TodoKind.WARNING]
    assert {i.warning.rule for i in warnings if i.warning} == set(WarningRule)  # the demo makes every rule fire
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    todo = window.todo_view
    _select_row(todo.table, lambda item: item.kind is TodoKind.WARNING and item.warning.rule is WarningRule.NO_CONTACT)
    assert todo.why_button.isEnabled()
    qtbot.mouseClick(todo.why_button, Qt.MouseButton.LeftButton)
    assert "Senaste handledarstödet var" in shown[0] and "6 veckor" in shown[0]
    qtbot.keyClick(todo.table, Qt.Key.Key_Return)  # opens the enterprise where the warning lives
    assert window.current_view() == "enterprises"
    assert window.detail_view.title.text() == "Tvätt & Textil Sandviken ek. för."
    panel = window.detail_view.overview.warnings
    assert window.detail_view.tabs.currentWidget() is window.detail_view.support  # where the cause is
    assert not panel.isHidden() and panel.model.rowCount() >= 7


def test_a_warning_goes_when_its_cause_is_dealt_with(qtbot, window: MainWindow, dialogs) -> None:
    """Logging a contact with the enterprise nobody has visited removes 'Ingen kontakt på länge'."""
    sandviken = next(r for r in window.list_view.model.rows() if r.name.startswith("Tvätt & Textil"))
    window.list_view.select(sandviken.id)
    rules = {w.rule for w in window.detail_view.overview.warnings.model.rows()}
    assert WarningRule.NO_CONTACT in rules

    def contact(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["notes"].widget, "Besök om beläggningen.")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(contact)
    with qtbot.waitSignal(window.todo_refreshed, timeout=20000):  # the warnings follow from a thread
        window.log_contact()
    rules = {w.rule for w in window.detail_view.overview.warnings.model.rows()}
    assert WarningRule.NO_CONTACT not in rules and WarningRule.REVENUE_DEPENDENCY in rules


def test_occupancy_dialog_exports_the_month_by_month_figures(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from asfdesk.ui.dialogs.occupancy_dialog import OccupancyDialog

    sandviken = next(r for r in window.list_view.model.rows() if r.name.startswith("Tvätt & Textil"))
    window.list_view.select(sandviken.id)
    (agreement,) = window.detail_view.overview.agreements_model.rows()
    data = window.context.occupancy.occupancy(agreement.id)
    dialog = OccupancyDialog(data, tmp_path, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(data.months) > 12
    dialog.export_to(tmp_path / "b.xlsx")
    book = load_workbook(tmp_path / "b.xlsx")
    months = list(book["Per månad"].iter_rows(min_row=4, values_only=True))
    assert months[-1][0] == "Summa" and months[-1][4] == float(data.payable_kr)
    assert round(sum(row[4] for row in months[:-1]), 2) == float(data.payable_kr)  # to the öre


def test_goals_view_lists_the_goals_with_their_status(qtbot, window: MainWindow) -> None:
    window.show_view("goals")
    view = window.goals_view
    statuses = {r.assessment.status.value for r in view.model.rows()}
    assert view.model.rowCount() == 5 and statuses == {"gron", "gul", "rod"}
    project = view.project.findText("Vägar till arbete (ESF+)")
    view.project.setCurrentIndex(project)
    assert [r.scope_label for r in view.model.rows()] == ["projekt: Vägar till arbete"]


def test_new_goal_through_the_form_and_printed(qtbot, window: MainWindow, dialogs, tmp_path: Path) -> None:
    """A goal entered in the Måluppföljning view gets its status at once and is in the printed PDF."""
    import pypdfium2

    window.show_view("goals")
    view = window.goals_view

    def goal(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["title"].widget, "Minst tre företag får handledarstöd.")
        indicator = dialog.editors["indicator"].widget
        indicator.setCurrentIndex(indicator.findData("foretag_med_stod"))
        type_text(qtbot, dialog.editors["target"].widget, "3")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(goal)
    qtbot.mouseClick(view.section.new_button, Qt.MouseButton.LeftButton)
    row = next(r for r in view.model.rows() if r.title.startswith("Minst tre"))
    assert row.outcome.total >= 3 and row.assessment.status.value == "gron"
    printed: list[Path] = []
    window.report_actions.after_pdf = printed.append
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    document = pypdfium2.PdfDocument(str(printed[0]))
    text = "\n".join(document[i].get_textpage().get_text_bounded() for i in range(len(document)))
    document.close()
    assert "Minst tre företag får handledarstöd." in text and "Måluppföljning" in text


def test_occupancy_opens_from_the_agreements_section(qtbot, window: MainWindow, monkeypatch) -> None:
    from asfdesk.ui.dialogs.occupancy_dialog import OccupancyDialog

    opened: list[OccupancyDialog] = []
    monkeypatch.setattr(OccupancyDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    sandviken = next(r for r in window.list_view.model.rows() if r.name.startswith("Tvätt & Textil"))
    window.list_view.select(sandviken.id)
    overview = window.detail_view.overview
    assert not overview.occupancy_button.isEnabled()  # nothing selected yet
    overview.agreements_table.selectRow(0)
    qtbot.mouseClick(overview.occupancy_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].data.title == "Arbetsträning Sandviken"
    assert opened[0].model.rowCount() > 12
