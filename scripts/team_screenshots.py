"""Regenerate the team-mode screenshots in docs/screenshots (join dialog, status bar, conflicts).

Starts a throwaway PostgreSQL cluster and a real `asfdesk-server run` on loopback, a colleague's
database that syncs through the service, and a window that joins through its dialog. Run under a
display (e.g. `xvfb-run`) or with QT_QPA_PLATFORM=offscreen, after scripts/postgresql.sh:
    .venv/bin/python scripts/team_screenshots.py
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from asfdesk.config import AppPaths
from asfdesk.context import open_context
from asfdesk.domain.inputs import EnterpriseInput
from asfdesk.server import accounts, cluster
from asfdesk.server.database import owner_engine
from asfdesk.storage.probe import head_revision
from asfdesk.sync.team import TeamService
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.team.join_dialog import JoinTeamDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def start_server(pg_url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = cluster.free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "asfdesk.server", "run", "--pg", pg_url, "--port", str(port)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/v1/hello", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("asfdesk-screenshots")
    work = Path(tempfile.mkdtemp(prefix="asfdesk-team-shots-"))
    work.chmod(0o711)  # under root the cluster runs as `postgres`, which must pass through
    folder = work / "cluster"
    config = cluster.init(folder)
    process = None
    try:
        process, url = start_server(config.url(), work / "server.log")  # it makes the schema
        engine = owner_engine(config.url())
        accounts.add_organisation(engine, "Coompanion Gävleborg", "coompanion")
        sara_code = accounts.add_user(engine, "Sara Svensson", "samordnare", "Coompanion Gävleborg")[1]
        anna_code = accounts.add_user(engine, "Anna Andersson", "radgivare", "Coompanion Gävleborg")[1]
        engine.dispose()
        shoot(app, work, url, sara_code, anna_code, process)
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(timeout=20)
        cluster.stop(folder)
        shutil.rmtree(work, ignore_errors=True)
    print(f"Team screenshots written to {OUT}")
    return 0


def shoot(
    app: QApplication, work: Path, url: str, sara_code: str, anna_code: str, process: subprocess.Popen[bytes]
) -> None:
    def settle(until: Callable[[], bool] = lambda: True, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while True:
            for _ in range(5):
                app.processEvents()
            if until() or time.monotonic() > deadline:
                return
            time.sleep(0.05)

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / name))

    sara_paths = AppPaths.resolve(work / "sara-data")
    sara_paths.ensure()
    sara = open_context(sara_paths, work / "sara.db")
    sara_team = TeamService(sara.database, schema=head_revision())
    sara_team.join(url, sara_code)
    records = sara.enterprise_records
    names = ["Kafé Stationen ek. för.", "Second hand Ås ek. för.", "Tvätteriet i Forsa ek. för."]
    ids = [str(records.create(EnterpriseInput(name=n, municipality="Hudiksvall"))) for n in names]
    sara_team.sync()

    paths = AppPaths.resolve(work / "anna-data")
    paths.ensure()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_context(paths, work / "anna.db"), lambda p: open_context(paths, p), settings)
    window.resize(1360, 860)
    window.show()
    settle(lambda: window.todo_loaded)
    OUT.mkdir(parents=True, exist_ok=True)

    dialog = JoinTeamDialog(window.team_sync, window)
    dialog.show()
    dialog.url.setText(url)
    dialog.code.setText(anna_code)
    save(dialog, "team-join.png")
    dialog.connect_button.click()
    settle(lambda: bool(dialog.result_line))
    save(dialog, "team-join-done.png")
    dialog.close()
    window.show_view("enterprises")
    settle(lambda: not window.team_sync.running)
    bar = window.statusBar()
    save(bar, "team-status-synced.png")

    mine = window.context.enterprise_records
    mine.update(ids[1], dataclasses.replace(mine.get_input(ids[1]), notes="Vill ha stöd i upphandling."))
    window.team_sync.refresh_counts()
    save(bar, "team-status-waiting.png")

    records.update(ids[1], dataclasses.replace(records.get_input(ids[1]), notes="Ny verksamhetsledare från mars."))
    sara_team.sync()
    window.team_sync.sync_now()
    settle(lambda: not window.team_sync.running and window.team_sync.line.conflicts > 0)
    save(bar, "team-status-conflicts.png")
    window.team_actions.show_conflicts()
    assert window.team_actions.conflicts_dialog is not None
    save(window.team_actions.conflicts_dialog, "team-conflicts.png")
    window.team_actions.conflicts_dialog.close()

    process.terminate()
    process.wait(timeout=20)
    mine.update(ids[0], dataclasses.replace(mine.get_input(ids[0]), phone="0650-123 45"))
    window.team_sync.sync_now()
    settle(lambda: not window.team_sync.running and window.team_sync.line.offline)
    save(bar, "team-status-offline.png")
    save(window, "team-window.png")
    window.close()
    sara.close()


if __name__ == "__main__":
    raise SystemExit(main())
