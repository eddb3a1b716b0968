"""Locking the window after a while without use, and on request (Ctrl+Shift+L).

While locked the window's contents are hidden behind a lock screen. An encrypted database
with a passphrase is unlocked with that passphrase; otherwise with the computer's user name
(the computer's own login guards the rest).
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class LockScreen(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = QLineEdit()
        self.secret.setObjectName("unlockField")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(320)
        self.button = QPushButton(self.tr("Lås upp"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.secret, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()


class SessionLock(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window)
        self.screen.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen.button.clicked.connect(self.try_unlock)
        self.screen.secret.returnPressed.connect(self.try_unlock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.screen.isVisible()

    def configure(self, minutes: int) -> None:
        self._minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60 * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked and self.timer.isActive():
            self.timer.start()  # any use postpones the lock
        return False

    def _needs_passphrase(self) -> bool:
        return bool(self.window.context.care.needs_passphrase())

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        self.window.menuBar().setEnabled(False)
        what = self.tr("databasens lösenord") if self._needs_passphrase() else self.tr("ditt användarnamn på datorn")
        self.screen.message.setText(
            self.tr("<h2>asfdesk är låst</h2><p>Skriv %1 för att fortsätta.</p>").replace("%1", what)
        )
        self.screen.secret.clear()
        self.screen.error.clear()
        self.screen.setGeometry(self.window.rect())
        self.screen.raise_()
        self.screen.show()
        self.screen.secret.setFocus()

    def try_unlock(self) -> bool:
        typed = self.screen.secret.text()
        ctx = self.window.context
        if self._needs_passphrase():
            key = ctx.keys.key_for(ctx.database.path)
            ok = key is not None and typed == key.secret
        else:
            ok = typed.strip().casefold() == getpass.getuser().casefold()
        if not ok:
            self.screen.error.setText(self.tr("Det stämmer inte."))
            self.screen.secret.clear()
            return False
        self.screen.hide()
        self.window.menuBar().setEnabled(True)
        self.configure(getattr(self, "_minutes", 0))
        return True
