"""A fatal error (an abort in Qt or the interpreter) is written to the log file, not lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import faulthandler
from asfdesk.config import AppPaths
from asfdesk.ui.app import setup_logging
setup_logging(AppPaths.resolve())
faulthandler._sigabrt()
"""


def test_an_abort_leaves_its_stack_in_the_log(tmp_path: Path) -> None:
    env = {**os.environ, "ASFDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    died = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert died.returncode != 0
    log = (tmp_path / "data" / "logs" / "asfdesk.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in log
    assert "line 6" in log  # the stack of the thread that died, down to the failing line
