"""asfdesk's start-up as a user meets it: the database opened, the main window shown with the
enterprise list filled; prints READY when the list is first painted.
Usage: asfdesk_window.py DATABASE DATA_DIR"""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from asfdesk.config import AppPaths
from asfdesk.context import open_context
from asfdesk.ui.language import install_language
from asfdesk.ui.main_window import MainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if window.list_view.model.rowCount() == 0:
                raise SystemExit("the enterprise list is empty")
            print("READY", flush=True)
            app.quit()
        return False


app = QApplication(sys.argv[:1])
install_language("sv")
paths = AppPaths.resolve(Path(sys.argv[2]))
window = MainWindow(
    open_context(paths, Path(sys.argv[1]), background_backup=True),  # as the app opens it
    lambda p: open_context(paths, p),
    QSettings(str(Path(sys.argv[2]) / "bench.ini"), QSettings.Format.IniFormat),
)
window.show_view("enterprises")
window.resize(1200, 800)
painted = FirstPaint()
window.list_view.table.viewport().installEventFilter(painted)
window.show()
app.exec()
