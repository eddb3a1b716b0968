"""Run inside a fresh venv that has only the built wheel: start the window offscreen and quit.

Checks what an install without the source tree must carry: the migrations (the demo database is
made), the icon, the English catalogue and a filled enterprise list. Exit code 0 when all hold.
Usage: python wheel_smoke_window.py DATA_DIR
"""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import asfdesk
from asfdesk.config import AppPaths
from asfdesk.resource_files import resources_dir, user_guide
from asfdesk.ui.app import start_window
from asfdesk.ui.language import install_language

if "site-packages" not in asfdesk.__file__:
    raise SystemExit(f"asfdesk was imported from {asfdesk.__file__}, not from the installed wheel")
app = QApplication(sys.argv[:1])
if not install_language("en"):
    raise SystemExit(f"the English catalogue is not in the wheel ({resources_dir()})")
install_language("sv")
if QIcon(str(resources_dir() / "icons" / "asfdesk-256.png")).isNull():
    raise SystemExit("the window icon is not in the wheel")
guide = user_guide()
if guide is None or "site-packages" not in str(guide) or not (guide.parent / "screenshots" / "att-gora.png").is_file():
    raise SystemExit(f"the user guide and its pictures are not in the wheel ({guide})")
data = Path(sys.argv[1])
window = start_window(
    AppPaths.resolve(data), demo=True, settings=QSettings(str(data / "w.ini"), QSettings.Format.IniFormat)
)
if window is None:
    raise SystemExit("the window did not start")
window.filled.connect(lambda: QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, lambda: app.exit(3))  # never hang the test run
code = app.exec()
rows = window.list_view.model.rowCount()
if code or rows == 0:
    raise SystemExit(f"the window quit with {code} and {rows} enterprises listed")
print(f"window started from the wheel: {rows} enterprises listed")
