"""Printing from the window: Ctrl+P on an enterprise, a meeting, the Rapporter view and a batch."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow


def _capture_pdfs(window: MainWindow) -> list[Path]:
    made: list[Path] = []
    window.report_actions.after_pdf = made.append
    return made


def test_ctrl_p_makes_the_enterprise_summary_for_the_chosen_audience(qtbot, window: MainWindow) -> None:
    """Ctrl+P asks for period and audience (the year by default) and writes the PDF; a handläggare needs a referrer."""
    made = _capture_pdfs(window)
    state: dict[str, object] = {}

    def fill(dialog: FormDialog) -> int:
        dialog.show()
        audience = dialog.editors["audience"].widget
        audience.setCurrentIndex(audience.findData("handlaggare"))
        state["needs_referrer"] = "referrer_id" in dialog.current()[1]
        referrer = dialog.editors["referrer_id"].widget
        referrer.setCurrentIndex(1)
        dialog.accept()
        return int(dialog.result())

    window.report_actions.exec_dialog = fill
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert state["needs_referrer"] is True
    assert len(made) == 1 and made[0].read_bytes().startswith(b"%PDF")
    assert "_Handläggare" in made[0].name  # the reader is in the name: versions do not overwrite each other


def test_print_button_on_a_meeting(qtbot, window: MainWindow) -> None:
    """'Skriv ut…' on the Möten tab makes the selected meeting's summary."""
    made = _capture_pdfs(window)
    tab = window.detail_view.meetings
    window.detail_view.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and made[0].suffix == ".pdf"


def test_rapporter_view_period_report_and_batch(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The Rapporter view makes the period report, and a batch of summaries in the background."""
    made = _capture_pdfs(window)
    window.show_view("reports")
    view = window.reports_view
    checked = view.checked_ids()
    assert checked, "enterprises with activity this year start ticked"
    qtbot.mouseClick(view.period_button, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and "Periodrapport" in made[0].name
    view.folder.setText(str(tmp_path / "batch"))
    view.combined.setChecked(True)
    qtbot.mouseClick(view.batch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.result.text()), timeout=60000)
    written = list((tmp_path / "batch").glob("Stödsammanfattning_*.pdf"))
    assert len(written) == len(checked)
    assert list((tmp_path / "batch").glob("Stödsammanfattningar_*.pdf"))
    assert str(len(checked)) in view.result.text()


def test_batch_can_be_cancelled(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Avbryt stops the batch: fewer files than asked for, and the view says it was cancelled."""
    _capture_pdfs(window)
    window.show_view("reports")
    view = window.reports_view
    request = view.request()
    assert request is not None
    many = view.checked_ids() * 3
    worker, _progress = window.report_actions.start_batch(request, many, tmp_path / "avbrutet", False)
    worker.cancel_event.set()
    qtbot.waitUntil(worker.isFinished, timeout=60000)
    qtbot.waitUntil(lambda: "Avbrutet" in view.result.text(), timeout=5000)
    assert len(list((tmp_path / "avbrutet").glob("*.pdf"))) < len(set(many))  # not all were made


def test_wrong_period_in_the_view_is_explained(qtbot, window: MainWindow) -> None:
    """A period that ends before it starts gives a message under the fields; nothing is made."""
    made = _capture_pdfs(window)
    window.show_view("reports")
    view = window.reports_view
    view.end.widget.setText("2020-01-01")
    qtbot.mouseClick(view.period_button, Qt.MouseButton.LeftButton)
    assert "före" in view.message.text() and made == []


def test_printing_renders_every_page(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Printing sends each page of the PDF to the printer (here a PDF printer, to count its pages)."""
    from datetime import date

    import pypdfium2
    from PySide6.QtPrintSupport import QPrinter

    from asfdesk.domain.reporting import Period
    from asfdesk.services.report_service import period_report_pdf
    from asfdesk.ui.pdf_output import print_pdf

    source = period_report_pdf(
        window.context.database.session_factory, Period.year_of(date.today()), tmp_path / "p.pdf"
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(source, window, printer=printer, ask=False)
    printed = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    original = pypdfium2.PdfDocument(str(source))
    assert len(printed) == len(original) >= 1


def test_period_report_as_excel_from_the_view(qtbot, window: MainWindow) -> None:
    """'Som Excel…' writes the period report as a workbook and hands it to the spreadsheet program."""
    opened: list[Path] = []
    window.report_actions.after_file = opened.append
    window.show_view("reports")
    qtbot.mouseClick(window.reports_view.period_xlsx_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].suffix == ".xlsx" and opened[0].stat().st_size > 0


def test_a_system_printer_gets_the_pdf_itself_with_copies_pages_and_duplex(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Through CUPS the document's text and vectors reach the printer (the file goes to `lp`); a
    file printer or no `lp` falls back to page images."""
    import os
    import stat

    from PySide6.QtPrintSupport import QPrinter

    from asfdesk.ui.pdf_output import print_pdf, system_print_command

    calls = tmp_path / "calls.txt"
    lp = tmp_path / "bin" / "lp"
    lp.parent.mkdir()
    lp.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{calls}"\n', encoding="utf-8")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{lp.parent}{os.pathsep}{os.environ.get('PATH', '')}")

    class Chosen:  # what the print dialog leaves in the printer
        def outputFormat(self):
            return QPrinter.OutputFormat.NativeFormat

        def printerName(self):
            return "Kontoret"

        def copyCount(self):
            return 2

        def printRange(self):
            return QPrinter.PrintRange.PageRange

        def fromPage(self):
            return 2

        def toPage(self):
            return 3

        def duplex(self):
            return QPrinter.DuplexMode.DuplexLongSide

    document = tmp_path / "stöd sammanfattning.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    assert system_print_command(Chosen(), document) == [
        str(lp),
        "-d",
        "Kontoret",
        "-n",
        "2",
        "-P",
        "2-3",
        "-o",
        "sides=two-sided-long-edge",
        "--",
        str(document),
    ]
    assert print_pdf(document, None, printer=Chosen(), ask=False)  # type: ignore[arg-type]
    sent = calls.read_text(encoding="utf-8").splitlines()  # one argument a line
    assert sent == system_print_command(Chosen(), document)[1:]  # type: ignore[index]
    assert sent[-1] == str(document)  # the file name as one argument, spaces and å ä ö included
    to_file = QPrinter()
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert system_print_command(to_file, document) is None  # a PDF printer: page images, as before


def test_the_preview_shows_every_page_of_the_document(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Förhandsgranska draws each page of the PDF for the preview (counted here on a PDF printer)."""
    from datetime import date

    import pypdfium2
    from PySide6.QtPrintSupport import QPrinter

    from asfdesk.domain.reporting import Period
    from asfdesk.services.report_service import period_report_pdf
    from asfdesk.ui.pdf_output import preview_pdf

    source = period_report_pdf(
        window.context.database.session_factory, Period.year_of(date.today()), tmp_path / "förhand.pdf"
    )
    dialog = preview_pdf(source, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Förhandsgranska – förhand.pdf"
    screen = dialog.screen().availableGeometry()  # it opens large enough to read a whole page
    assert dialog.height() == int(screen.height() * 0.9) and dialog.width() >= min(900, screen.width())
    target = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog.paintRequested.emit(target)  # what the dialog asks for when it lays out its pages
    assert len(pypdfium2.PdfDocument(str(tmp_path / "preview.pdf"))) == len(pypdfium2.PdfDocument(str(source)))


def test_printing_from_the_preview_sends_the_pdf_itself(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """Förhandsgranska draws page images only for the preview; its Print button sends the document
    through the system's print service like Skriv ut does (text and vectors, not page images)."""
    from datetime import date

    from PySide6.QtGui import QPaintEngine
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from asfdesk.domain.reporting import Period
    from asfdesk.services.report_service import period_report_pdf
    from asfdesk.ui import pdf_output

    source = period_report_pdf(
        window.context.database.session_factory, Period.year_of(date.today()), tmp_path / "förhand.pdf"
    )
    sent: list[list[str]] = []
    painted: list[object] = []
    monkeypatch.setattr(pdf_output, "system_print_command", lambda printer, path: ["lp", "--", str(path)])
    monkeypatch.setattr(
        pdf_output.subprocess, "run", lambda command, **_kw: sent.append(command) or SimpleNamespace(returncode=0)
    )
    real_paint = pdf_output.paint_pages
    monkeypatch.setattr(pdf_output, "paint_pages", lambda *a: painted.append(a[1]) or real_paint(*a))

    dialog = pdf_output.preview_pdf(source, window)
    qtbot.addWidget(dialog)
    dialog.show()  # the preview lays out its pages: drawn, nothing sent
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert painted and sent == []
    dialog.close()

    class Chosen:  # a system printer, as the print dialog leaves it
        def paintEngine(self) -> SimpleNamespace:
            return SimpleNamespace(type=lambda: QPaintEngine.Type.Pdf)

    painted.clear()
    assert pdf_output.preview_or_print(source, Chosen(), window)  # the preview's Print button
    assert sent == [["lp", "--", str(source)]] and painted == []
    to_file = QPrinter()
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    monkeypatch.setattr(pdf_output, "system_print_command", lambda printer, path: None)
    assert pdf_output.preview_or_print(source, to_file, window)  # no print service: page images
    assert painted == [to_file] and (tmp_path / "utskrift.pdf").stat().st_size > 0
