"""Shared fixtures: offscreen Qt, isolated data folders, one demo database built per session."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports PySide6

import shutil
from datetime import date
from pathlib import Path

import pytest

from asfdesk.config import DATA_DIR_ENV, AppPaths
from asfdesk.demo.database import create_demo_database
from asfdesk.preferences import CONFIG_DIR_ENV

# The demo data is made around the day the test session starts: the window and the services
# measure "due", "overdue" and "ends soon" against the real date, so the data must too.
FIXED_TODAY = date.today()
DEMO_SEED = 7


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Path:
    """Window and column state go to a file of this test's own, never the user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("asfdesk-tests")
    QCoreApplication.setApplicationName("asfdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_os_keyring():
    """Tests never touch the real credential store: by default there is none (as on CI)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data folder."""
    data = tmp_path / "appdata"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    return data


@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    app_paths = AppPaths.resolve(isolated_data_dir)
    app_paths.ensure()
    return app_paths


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.db"
    create_demo_database(path, backup_dir=folder / "backups", seed=DEMO_SEED, today=FIXED_TODAY)
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo-copy.db"
    shutil.copyfile(demo_template, target)
    return target
