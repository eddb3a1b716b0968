"""Showing and printing finished PDFs: open in the system viewer, or print through the Qt print dialog.

A printer of the system's print service (CUPS, on Linux and macOS) gets the PDF itself through
`lp`: its text and vector graphics reach the printer as they are, with the copies, pages and
duplex chosen in the dialog; so does a document printed from Förhandsgranska. Elsewhere (Windows,
a file printer, no `lp`) each page is rendered at the printer's resolution, at most 300 dpi.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from asfdesk.i18n import translate


def open_pdf(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def render_page(path: Path, index: int, dpi: float) -> QImage:
    """One page of a PDF as an image (pdfium renders it; no other PDF library needed)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels before the buffer goes
    finally:
        document.close()


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


log = logging.getLogger(__name__)


def system_print_command(printer: Any, path: Path) -> list[str] | None:
    """The `lp` command that sends the PDF itself to the chosen printer, or None where there is none."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    lp = shutil.which("lp")
    if lp is None or not printer.printerName():
        return None
    command = [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        command += ["-P", f"{printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexLongSide:
        command += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        command += ["-o", "sides=two-sided-short-edge"]
    return [*command, "--", str(path)]


def print_pdf(path: Path, parent: QWidget | None = None, printer: QPrinter | None = None, ask: bool = True) -> bool:
    """Print every page: the PDF itself through the system's print service where there is one, else
    each page rendered at the printer's resolution (max 300 dpi) and fitted to the page."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if ask and QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    command = system_print_command(printer, path)
    if command is not None:
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("lp failed, printing page images instead: %s", exc)
        else:
            if done.returncode == 0:
                return True
            log.warning("lp refused the job (%s), printing page images instead", done.stderr.strip())
    return paint_pages(path, printer, parent)


PREVIEW_SIZE_KEY = "preview/size"


class PdfPreview(QPrintPreviewDialog):
    """Förhandsgranska: the pages as they will come out, with the printer's own settings at hand.

    The dialog holds its printer: Qt does not own it, and a printer collected while the dialog is
    open would take the process down with it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        self._kept_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._kept_printer, parent)
        self.setWindowTitle(translate("pdf", "Förhandsgranska – %1").replace("%1", path.name))
        self.paintRequested.connect(lambda target: preview_or_print(path, target, parent))
        self.resize(self.opening_size())

    def opening_size(self) -> QSize:
        """The size chosen last time, else most of the screen's height with a page's proportions,
        so a whole A4 page can be read; never more than the screen."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        saved = QSettings().value(PREVIEW_SIZE_KEY)
        if isinstance(saved, QSize) and saved.isValid():
            wanted = saved
        else:
            height = int(screen.height() * 0.9)
            wanted = QSize(max(900, int(height * 0.85)), height)
        return QSize(min(wanted.width(), screen.width()), min(wanted.height(), screen.height()))

    def done(self, result: int) -> None:
        QSettings().setValue(PREVIEW_SIZE_KEY, self.size())
        super().done(result)


def preview_pdf(path: Path, parent: QWidget | None = None) -> PdfPreview:
    return PdfPreview(path, parent)


def preview_or_print(path: Path, printer: Any, parent: QWidget | None = None) -> bool:
    """What the preview asks for: its pages drawn (into the preview's picture), or, when its Print
    button was pressed and the print dialog accepted, the document printed like any other (through
    the system's print service, text and vectors as they are)."""
    if printer.paintEngine().type() == QPaintEngine.Type.Picture:  # laying out the preview's pages
        return paint_pages(path, printer, parent)
    return print_pdf(path, parent, printer, ask=False)


def paint_pages(path: Path, printer: QPrinter, parent: QWidget | None = None) -> bool:
    """Every page rendered at the printer's resolution (max 300 dpi) and fitted to the page."""
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, translate("pdf", "Utskrift"), translate("pdf", "Skrivaren kunde inte startas."))
        return False
    try:
        dpi = min(printer.resolution(), 300)
        for index in range(page_count(path)):
            if index:
                printer.newPage()
            image = render_page(path, index, dpi)
            area = painter.viewport()
            fitted = image.scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage(area.x(), area.y(), fitted)
    finally:
        painter.end()
    return True
