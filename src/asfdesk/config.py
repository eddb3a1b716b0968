"""Where asfdesk keeps its files: one frozen dataclass built from platformdirs.

`ASFDESK_DATA_DIR` overrides the data folder (portable installs, tests), then the folder chosen
in the settings (preferences.json); `--db` on the command line overrides the database file alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from asfdesk import APP_NAME

DATA_DIR_ENV = "ASFDESK_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    backup_dir: Path
    log_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / "asfdesk.db"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "rapporter"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.db"

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> AppPaths:
        """Paths from an explicit folder, the environment, or the platform's user folders."""
        chosen = data_dir or (Path(os.environ[DATA_DIR_ENV]) if os.environ.get(DATA_DIR_ENV) else None)
        if chosen is None:
            from asfdesk.preferences import load_preferences

            preferred = load_preferences().data_dir
            chosen = Path(preferred) if preferred else None
        if chosen is not None:
            chosen = chosen.expanduser()
            return cls(data_dir=chosen, backup_dir=chosen / "backups", log_dir=chosen / "logs")
        data = user_data_path(APP_NAME, appauthor=False)
        return cls(data_dir=data, backup_dir=data / "backups", log_dir=user_log_path(APP_NAME, appauthor=False))

    def ensure(self) -> None:
        for folder in (self.data_dir, self.backup_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
