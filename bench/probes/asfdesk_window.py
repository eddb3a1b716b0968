"""asfdesk's start-up as a user meets it: the window's own start-up path (collection held,
the database opened, the main window shown with the enterprise list filled); prints READY
when the list is first painted.
Usage: asfdesk_window.py DATABASE DATA_DIR"""

from asfdesk.startup_gc import hold_collection

hold_collection()  # as the command line does before it imports the window

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from asfdesk.config import AppPaths  # noqa: E402
from asfdesk.ui.app import start_window  # noqa: E402
from asfdesk.ui.language import install_language  # noqa: E402


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
settings = QSettings(str(Path(sys.argv[2]) / "bench.ini"), QSettings.Format.IniFormat)
window = start_window(paths, Path(sys.argv[1]), settings=settings)
assert window is not None
window.show_view("enterprises")
window.resize(1200, 800)
painted = FirstPaint()
window.list_view.table.viewport().installEventFilter(painted)
app.exec()
