"""Regenerate the screenshots in docs/screenshots from the demo data.

Run under a display (e.g. `xvfb-run`) or with QT_QPA_PLATFORM=offscreen:
    .venv/bin/python scripts/screenshots.py          # Swedish, into docs/screenshots
    .venv/bin/python scripts/screenshots.py en       # English, into docs/screenshots/en
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from asfdesk.config import AppPaths
from asfdesk.demo.database import create_demo_database
from asfdesk.domain.vocab import MeetingKind
from asfdesk.ui.app import open_context
from asfdesk.ui.language import install_language
from asfdesk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    global OUT
    app = QApplication(sys.argv[:1])
    app.setApplicationName("asfdesk-screenshots")
    language = sys.argv[1] if len(sys.argv) > 1 else "sv"
    install_language(language)
    if language != "sv":
        OUT = OUT / language
    workdir = Path(tempfile.mkdtemp())
    paths = AppPaths.resolve(workdir)
    paths.ensure()
    db = workdir / "demo.db"
    create_demo_database(db, backup_dir=paths.backup_dir, seed=1, today=date.today())
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_context(paths, db), lambda p: open_context(paths, p), settings)
    window.resize(1360, 860)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    while not window.todo_loaded:  # Att göra fills just after the window is shown
        app.processEvents()
    window.show_view("todo")
    settle()
    window.grab().save(str(OUT / "att-gora.png"))

    window.show_view("reports")
    settle()
    window.grab().save(str(OUT / "reports-view.png"))

    window.show_view("contacts")
    settle()
    window.grab().save(str(OUT / "all-contacts.png"))

    window.show_view("places")
    settle()
    window.grab().save(str(OUT / "vacant-places.png"))

    window.show_view("goals")
    settle()
    window.grab().save(str(OUT / "goals.png"))

    window.show_view("participants")
    settle()
    window.grab().save(str(OUT / "participants.png"))

    window.show_view("action_plans")
    window.action_plan_view.show_done.setChecked(True)
    window.action_plan_view.section.table.selectRow(0)
    settle()
    window.grab().save(str(OUT / "action-plans.png"))

    window.show_view("enterprises")
    rows = window.list_view.visible_rows()
    troubled = next(r for r in rows if r.name.startswith("Tvätt & Textil"))
    window.list_view.select(troubled.id)
    settle()
    window.grab().save(str(OUT / "enterprise-warnings.png"))
    window.detail_view.tabs.setCurrentWidget(window.detail_view.places)
    settle()
    window.grab().save(str(OUT / "places-and-economy.png"))
    window.detail_view.tabs.setCurrentWidget(window.detail_view.overview)
    agreement = window.detail_view.overview.agreements_model.rows()[0]
    from asfdesk.ui.dialogs.occupancy_dialog import OccupancyDialog

    occupancy = OccupancyDialog(window.context.occupancy.occupancy(agreement.id), workdir, window)
    occupancy.show()
    settle()
    occupancy.grab().save(str(OUT / "occupancy.png"))
    occupancy.close()

    target = next(r for r in rows if r.name.startswith("Möbelverkstan"))
    window.list_view.select(target.id)
    settle()
    window.grab().save(str(OUT / "enterprise-overview.png"))
    window.detail_view.tabs.setCurrentWidget(window.detail_view.modules)
    window.detail_view.modules.table.selectRow(9)
    settle()
    window.grab().save(str(OUT / "module-board.png"))

    # Small screens: a common laptop and a projector.
    window.detail_view.tabs.setCurrentWidget(window.detail_view.overview)
    for width, height in ((1366, 768), (1024, 700)):
        window.resize(width, height)
        settle()
        window.grab().save(str(OUT / f"small-{width}x{height}-overview.png"))
        for view, name in (("todo", "att-gora"), ("participants", "deltagare"), ("action_plans", "handlingsplaner")):
            window.show_view(view)
            settle()
            window.grab().save(str(OUT / f"small-{width}x{height}-{name}.png"))
        window.show_view("enterprises")
    window.resize(1360, 860)
    settle()

    def grab_dialog(name: str, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
        def run(dialog) -> int:  # type: ignore[no-untyped-def]
            if size:
                dialog.resize(*size)
            dialog.show()
            settle()
            dialog.grab().save(str(OUT / name))
            dialog.done(0)
            return 0

        return run

    meeting = next(m for m in window.detail_view.meetings.model.rows() if m.kind_label == MeetingKind.THREE_PARTY.label)
    window.editor.exec_dialog = grab_dialog("meeting-dialog.png", (780, 980))
    window.meeting_actions.edit_meeting(meeting.id)
    window.editor.exec_dialog = grab_dialog("quick-entry.png")  # at the size it opens
    window.log_contact()
    window.close()
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
