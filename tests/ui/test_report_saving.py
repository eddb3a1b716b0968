"""Making a document from the window asks where to save it, with a name that tells versions apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow


def _choose(audience: str):  # type: ignore[no-untyped-def]
    def fill(dialog: FormDialog) -> int:
        dialog.show()
        box = dialog.editors["audience"].widget
        box.setCurrentIndex(box.findData(audience))
        dialog.accept()
        return int(dialog.result())

    return fill


def test_the_summary_asks_where_to_save_and_remembers_the_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    made: list[Path] = []
    window.report_actions.after_pdf = made.append
    window.report_actions.ask_path = window.report_actions._ask_path  # the real dialog, answered below
    asked: list[str] = []
    elsewhere = tmp_path / "till styrelsen"
    elsewhere.mkdir()

    def answer(_parent, _title, start, _filters, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(elsewhere / Path(start).name), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    name = window.detail_view.title.text()
    for audience in ("styrelse", "finansiar"):
        window.report_actions.exec_dialog = _choose(audience)
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    first, second = (Path(a) for a in asked)
    assert first.parent == window.context.paths.reports_dir  # the first time: rapporter/ in the data folder
    assert second.parent == elsewhere  # then where the user saved last
    year = str(date.today().year)
    assert first.name.startswith("Stödsammanfattning_") and first.name.endswith(f"_{year}_Styrelse-och-verksamhet.pdf")
    assert second.name.endswith(f"_{year}_Finansiär.pdf")
    assert name.split()[0] in first.name  # the enterprise is named
    assert [p.parent for p in made] == [elsewhere, elsewhere] and made[0] != made[1]  # two versions, both kept
    assert all(p.read_bytes().startswith(b"%PDF") for p in made)


def test_cancelling_the_save_dialog_goes_back_to_the_choices(qtbot, window: MainWindow, monkeypatch) -> None:
    made: list[Path] = []
    window.report_actions.after_pdf = made.append
    window.report_actions.ask_path = window.report_actions._ask_path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    state: dict[str, object] = {}

    def fill(dialog: FormDialog) -> int:
        dialog.show()
        dialog.accept()  # Skapa PDF, then Avbryt in the save dialog
        state["still_open"] = dialog.isVisible()
        dialog.reject()
        return int(dialog.result())

    window.report_actions.exec_dialog = fill
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert state["still_open"] is True and made == []
    assert list(window.context.paths.reports_dir.glob("*.pdf")) == []


def test_a_document_that_cannot_be_written_is_told_and_the_choices_stay(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """The folder chosen is a file, or the name is too long for the disk: one
    line says so, the choices stay open, and saving elsewhere then works; nothing half-written is left."""
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    made: list[Path] = []
    window.report_actions.after_pdf = made.append
    out = tmp_path / "ut"
    out.mkdir()
    (out / "fil").write_text("")
    answers = iter([out / "fil" / "a.pdf", out / ("x" * 300 + ".pdf"), out / "a.pdf"])
    window.report_actions.ask_path = lambda _suggested: next(answers)
    attempts: list[bool] = []

    def fill(dialog: FormDialog) -> int:
        dialog.show()
        for _ in range(3):
            dialog.accept()
            attempts.append(dialog.isVisible())
        return int(dialog.result())

    window.report_actions.exec_dialog = fill
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert attempts == [True, True, False]  # open after each failure, closed when saved
    assert len(warned) == 2
    assert warned[0] == f"{out / 'fil'} är en fil, inte en mapp; välj en annan plats."
    assert "för långt" in warned[1]
    assert made == [out / "a.pdf"] and made[0].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "fil"]  # no .part left behind


def test_a_period_report_that_cannot_be_written_is_told(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from asfdesk.domain.reporting import ReportRequest

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    (tmp_path / "saknas").write_text("a file where a folder was expected")
    window.report_actions.ask_path = lambda _suggested: tmp_path / "saknas" / "rapport.pdf"
    request = ReportRequest(start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert window.report_actions.period_report(request) is None
    assert len(warned) == 1 and "saknas" in warned[0]
