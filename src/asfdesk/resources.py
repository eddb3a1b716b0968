"""Where the files in `resources/` are: beside the sources, or inside a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "ASFDESK_RESOURCES"


def resources_dir() -> Path:
    if os.environ.get(RESOURCES_ENV):
        return Path(os.environ[RESOURCES_ENV])
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"asfdesk resource missing: {path}")
    return path
