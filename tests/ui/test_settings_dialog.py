"""The settings dialog: the database's settings and this computer's preferences, saved and used."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox

from asfdesk.domain.reporting import DefaultPeriod
from asfdesk.preferences import load_preferences
from asfdesk.services.settings import DEFAULT_PERIOD, FOLLOW_UP_DAYS, default_period
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow
from tests.ui.conftest import run_dialogs_in
from tests.ui.typing_helpers import type_text


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_settings_change_language_period_follow_up_and_data_folder(
    qtbot, make_window, demo_db: Path, paths, tmp_path: Path, monkeypatch
) -> None:
    told: list[str] = []

    def later(box: QMessageBox) -> int:
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "Senare").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", later)
    shutil.copy(demo_db, paths.default_db)  # the usual case: the database in the data folder
    window = make_window(paths.default_db, tmp_path / "settings.ini")
    window.show_view("enterprises")
    dialogs = run_dialogs_in(window, qtbot)
    new_folder = tmp_path / "delad mapp"

    def fill(dialog: FormDialog) -> None:
        _choose(dialog.editors["language"].widget, "en")
        _choose(dialog.editors["default_period"].widget, DefaultPeriod.LAST_QUARTER.value)
        follow_up = dialog.editors["follow_up_days"].widget
        follow_up.selectAll()
        type_text(qtbot, follow_up, "14")
        type_text(qtbot, dialog.editors["data_dir"].widget, str(new_folder))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.append(fill)
    enterprises_before = window.list_view.model.rowCount()
    window.settings_actions.show_settings()

    assert load_preferences().language == "en"
    assert told == ["Språket byts när asfdesk startar om. Vill du starta om nu?"]
    assert not window.restart_requested and window.isVisible()  # "Senare": the work goes on
    assert window.context.database.path == new_folder / "asfdesk.db"  # carried over and opened
    assert paths.default_db.exists()  # the old file stays where it was
    assert window.list_view.model.rowCount() == enterprises_before
    assert window.context.settings.get(DEFAULT_PERIOD) == DefaultPeriod.LAST_QUARTER.value
    assert window.context.settings.get(FOLLOW_UP_DAYS) == 14
    start = default_period(window.context.settings).start
    assert window.report_actions._year().start == start


def test_bad_data_folder_and_logo_are_refused_in_the_form(
    qtbot, window: MainWindow, dialogs, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)  # discard the changes
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    seen: dict[str, str] = {}

    def fill(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.editors["data_dir"].widget, str(blocker))
        type_text(qtbot, dialog.editors["logo_file"].widget, str(blocker))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = str(dialog.isVisible())
        seen["data_dir"] = dialog.error_labels["data_dir"].text()
        seen["logo_file"] = dialog.error_labels["logo_file"].text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.append(fill)
    window.settings_actions.show_settings()
    assert seen["open"] == "True"
    assert seen["data_dir"] == "Det finns en fil med det namnet."
    assert seen["logo_file"] == "Logotypen ska vara en PNG- eller JPEG-bild."
    assert load_preferences().data_dir == ""
