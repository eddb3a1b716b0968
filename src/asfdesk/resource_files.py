"""Where the files of `resources/` are: inside the installed package, or inside a frozen bundle.

The repository keeps them at the top level (`resources/`); the build maps that folder into the
package as `asfdesk.resources`, so an editable install, a wheel and `pipx install` all read
them through the import system. A PyInstaller bundle carries them beside the program.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from functools import cache
from pathlib import Path

RESOURCES_ENV = "ASFDESK_RESOURCES"
PACKAGE = "asfdesk.resources"


@cache
def _packaged() -> Path:
    # A folder of data, not code: it is a namespace package, whose one location is the folder.
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "resources"  # a source tree that was never installed


def resources_dir() -> Path:
    if os.environ.get(RESOURCES_ENV):
        return Path(os.environ[RESOURCES_ENV])
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return _packaged()


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"asfdesk resource missing: {path}")
    return path


HELP_PACKAGE = "asfdesk.resources.help"


def user_guide() -> Path | None:
    """The user guide (Markdown, with its screenshots beside it), or None when it was not shipped.

    It lives in the repository's docs/ and is installed as the package asfdesk.resources.help;
    a frozen bundle carries it under resources/help.
    """
    candidates = [resources_dir() / "help"]
    try:
        spec = importlib.util.find_spec(HELP_PACKAGE)
    except ModuleNotFoundError:  # an install that predates the mapping
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates.append(Path(next(iter(spec.submodule_search_locations))))
    candidates.append(Path(__file__).resolve().parents[2] / "docs")  # a source tree that was never installed
    return next((folder / "user-guide.md" for folder in candidates if (folder / "user-guide.md").is_file()), None)
