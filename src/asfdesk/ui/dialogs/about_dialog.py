"""Hjälp → Om asfdesk: version, where the data is, and the licences of what is bundled."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from asfdesk import __version__
from asfdesk.licences import ASFDESK_LICENCE, COMPONENTS


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om asfdesk"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "<h3>asfdesk %1</h3><p>Stöd till arbetsintegrerande sociala företag: handledarstöd, "
                "moduler, placeringar och uppföljningsmöten – offline.</p>"
            ).replace("%1", __version__)
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        details = QLabel(
            self.tr("Databas: %1<br>Python %2 · Qt %3 · PySide6 %4<br>Licens: %5")
            .replace("%1", html.escape(database))
            .replace("%2", platform.python_version())
            .replace("%3", qVersion())
            .replace("%4", pyside_version)
            .replace("%5", ASFDESK_LICENCE)
        )
        details.setTextInteractionFlags(
            details.textInteractionFlags() | details.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(details)
        layout.addWidget(QLabel(self.tr("Ingår i asfdesk:")))
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(True)
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version())}</td>"
            f"<td>{html.escape(c.licence)}</td><td><a href='{c.url}'>{html.escape(c.url)}</a></td></tr>"
            for c in COMPONENTS
        )
        self.licences.setHtml(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
