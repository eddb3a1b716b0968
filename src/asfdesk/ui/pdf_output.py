"""Showing and printing finished PDFs: open in the system viewer, or print through the Qt print dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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


def print_pdf(path: Path, parent: QWidget | None = None, printer: QPrinter | None = None, ask: bool = True) -> bool:
    """Print every page, rendered at the printer's resolution (max 300 dpi) and fitted to the page."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if ask and QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
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
