"""Shown where the detail view would be: no enterprise selected, or an empty database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_demo_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("welcomeMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Öppna demodata"))
        self.demo_button.setObjectName("openDemoButton")
        self.file_button = QPushButton(self.tr("Öppna databasfil…"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch()
        self.demo_button.clicked.connect(self.open_demo_requested)
        self.file_button.clicked.connect(self.open_file_requested)

    def show_empty_database(self) -> None:
        self.message.setText(
            self.tr(
                "<h2>Välkommen till asfdesk</h2><p>Databasen är tom. Vill du se hur asfdesk fungerar "
                "kan du öppna demodata med påhittade företag, deltagare och möten.</p>"
            )
        )
        self.demo_button.show()
        self.file_button.show()

    def show_no_selection(self, visible: int) -> None:
        text = self.tr("Välj ett företag i listan.") if visible else self.tr("Inga företag matchar filtret.")
        self.message.setText(f"<p style='color:#555'>{text}</p>")
        self.demo_button.hide()
        self.file_button.hide()
