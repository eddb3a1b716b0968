"""This computer's preferences: display language and data folder.

They belong to the computer and the person at it, not to the data (a database copied to a
colleague keeps its own settings, but not your language), and they must be known before any
database is opened, so they live in a small JSON file in the user's config folder.
`ASFDESK_CONFIG_DIR` moves that folder (portable installs, tests).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from platformdirs import user_config_path

from asfdesk import APP_NAME
from asfdesk.i18n import LANGUAGES, SWEDISH, translate

CONFIG_DIR_ENV = "ASFDESK_CONFIG_DIR"


@dataclass(frozen=True)
class Preferences:
    language: str = SWEDISH
    data_dir: str = ""  # empty: the platform's user data folder

    def with_changes(self, **changes: str) -> Preferences:
        return replace(self, **changes)


def preferences_file() -> Path:
    folder = os.environ.get(CONFIG_DIR_ENV)
    base = Path(folder).expanduser() if folder else user_config_path(APP_NAME, appauthor=False)
    return base / "preferences.json"


def load_preferences() -> Preferences:
    """The saved preferences; defaults for anything missing, unreadable or unknown."""
    try:
        raw = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    language = raw.get("language") if raw.get("language") in LANGUAGES else SWEDISH
    data_dir = raw.get("data_dir") if isinstance(raw.get("data_dir"), str) else ""
    return Preferences(language=str(language), data_dir=str(data_dir))


def check_data_dir(text: str) -> str | None:
    """Why `text` cannot be the data folder, or None when it can (it is created if missing)."""
    if not text.strip():
        return None
    folder = Path(text.strip()).expanduser()
    if not folder.is_absolute():
        return translate("preferences", "Ange hela sökvägen till mappen.")
    if folder.exists() and not folder.is_dir():
        return translate("preferences", "Det finns en fil med det namnet.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".asfdesk-write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError:
        return translate("preferences", "asfdesk kan inte skriva i den mappen.")
    return None


def save_preferences(prefs: Preferences) -> None:
    """Write atomically: a crash leaves either the old file or the new one."""
    if prefs.language not in LANGUAGES:
        raise ValueError(f"unknown language {prefs.language!r}")
    target = preferences_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(prefs), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, target)
