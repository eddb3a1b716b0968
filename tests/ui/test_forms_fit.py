"""Every form opens at a size where its labels and fields fit, keeps its layout still when a
message appears, and opens again at the size the user gave it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLabel, QMessageBox

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow
from tests.helpers.windows import run_dialogs_in

Opener = Callable[[MainWindow], object]


def _enterprise(w: MainWindow) -> str:
    return w.current_enterprise_id()


def _module(w: MainWindow) -> tuple[str, str]:
    detail = w.context.enterprises.get_detail(_enterprise(w))
    module = detail.modules[0]
    return module.module_id, module.name


def _placement(w: MainWindow) -> str:
    return next(r.id for r in w.detail_view.placements.model.rows() if r.status == "pagaende")


FORMS: dict[str, Opener] = {
    "Nytt företag": lambda w: w.enterprise_actions.new_enterprise(),
    "Redigera företag": lambda w: w.enterprise_actions.edit_enterprise(_enterprise(w)),
    "Ny kontaktperson": lambda w: w.enterprise_actions.new_contact_person(_enterprise(w)),
    "Nytt avtal": lambda w: w.enterprise_actions.new_agreement(_enterprise(w)),
    "Logga handledarstöd": lambda w: w.support_actions.log_contact(_enterprise(w)),
    "Modul": lambda w: w.support_actions.edit_module(_enterprise(w), *_module(w)),
    "Ny deltagare": lambda w: w.placement_actions.new_participant(),
    "Ny placering": lambda w: w.placement_actions.new_placement(_enterprise(w)),
    "Avsluta placering": lambda w: w.placement_actions.end_placement(_placement(w)),
    "Nytt möte": lambda w: w.meeting_actions.new_meeting(_enterprise(w)),
    "Ny plats": lambda w: w.planning_actions.new_place(_enterprise(w)),
    "Intäkter": lambda w: w.planning_actions.new_revenue(_enterprise(w)),
    "Nytt projekt": lambda w: w.planning_actions.new_project(),
    "Nytt mål": lambda w: w.planning_actions.new_goal(),
    "Skriv ut sammanfattning": lambda w: w.report_actions.enterprise_summary(_enterprise(w), "Företaget"),
    "Inställningar": lambda w: w.settings_actions.show_settings(),
    "Ny aktivitet i handlingsplanen": lambda w: w.action_plan_actions.new_activity("Luleå"),
}


def _open(window: MainWindow, qtbot, opener: Opener, script: Callable[[FormDialog], None]) -> None:  # type: ignore[no-untyped-def]
    scripts = run_dialogs_in(window, qtbot)
    scripts.append(script)
    window.report_actions.exec_dialog = window.editor.exec_dialog
    opener(window)
    assert not scripts, "the form did not open"


def _cut_widgets(dialog: FormDialog) -> list[str]:
    """Labels and combo boxes of the form narrower than their text needs."""
    host = dialog._form_host
    cut = []
    for label in host.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text() and label.width() < label.sizeHint().width():
            cut.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    for combo in host.findChildren(QComboBox):
        if combo.isVisible() and combo.width() < combo.minimumSizeHint().width():
            cut.append(f"combo {combo.currentText()!r}: {combo.width()} < {combo.minimumSizeHint().width()}")
    return cut


def _close(dialog: FormDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    dialog.reject()


@pytest.mark.parametrize("name", list(FORMS))
def test_every_form_fits_stays_still_and_remembers_its_size(qtbot, window: MainWindow, monkeypatch, name: str) -> None:
    seen: dict[str, object] = {}

    def look(dialog: FormDialog) -> None:
        qtbot.wait(20)  # the layout as the user first sees it
        host, viewport = dialog._form_host, dialog._scroll.viewport()
        seen["fits"] = host.sizeHint().width() <= viewport.width()
        seen["cut"] = _cut_widgets(dialog)
        save: QAbstractButton = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        fields = list(dialog.editors.values())
        before = (save.mapTo(dialog, QPoint(0, 0)), fields[-1].widget.mapTo(dialog, QPoint(0, 0)))
        dialog._touched.update(dialog.editors)  # every message that applies is shown now
        for label in dialog.error_labels.values():
            label.setText("Ett meddelande som visas under fältet.")
            label.show()
        qtbot.wait(10)
        after = (save.mapTo(dialog, QPoint(0, 0)), fields[-1].widget.mapTo(dialog, QPoint(0, 0)))
        seen["still"] = before == after or (before, after)
        dialog.resize(dialog.width() + 37, dialog.height() + 23)
        seen["chosen"] = dialog.size()
        _close(dialog, monkeypatch)

    _open(window, qtbot, FORMS[name], look)
    assert seen["fits"], f"{name}: the fields are wider than the dialog"
    assert seen["cut"] == [], f"{name}: {seen['cut']}"
    assert seen["still"] is True, f"{name}: showing messages moved the fields or the buttons {seen['still']}"

    def again(dialog: FormDialog) -> None:
        seen["reopened"] = dialog.size()
        _close(dialog, monkeypatch)

    _open(window, qtbot, FORMS[name], again)
    assert seen["reopened"] == seen["chosen"], f"{name}: the size the user chose was not kept"


def test_a_remembered_size_never_cuts_the_fields(qtbot, window: MainWindow, monkeypatch) -> None:
    seen: dict[str, QSize] = {}

    def shrink(dialog: FormDialog) -> None:
        dialog.resize(200, 200)
        _close(dialog, monkeypatch)

    def look(dialog: FormDialog) -> None:
        seen["size"], seen["fit"] = dialog.size(), dialog.fitting_size()
        _close(dialog, monkeypatch)

    _open(window, qtbot, FORMS["Ny placering"], shrink)
    _open(window, qtbot, FORMS["Ny placering"], look)
    assert seen["size"].width() >= seen["fit"].width()


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_field_the_form_requires_is_marked_with_a_star(window: MainWindow, qtbot, form: str) -> None:
    """A field left empty that the form will not save without has ' *' on its label from the start."""
    found: dict[str, list[str]] = {}

    def look(dialog: FormDialog) -> None:
        _data, errors = dialog.current()
        found["unmarked"] = [
            name
            for name, editor in dialog.editors.items()
            if name in errors and editor.is_empty() and not editor.spec.required
        ]
        dialog.done(0)

    _open(window, qtbot, FORMS[form], look)
    assert found["unmarked"] == []
