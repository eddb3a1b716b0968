"""Unit-test fixtures: the application context on a private copy of the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from asfdesk.config import AppPaths
from asfdesk.context import AppContext, open_context


@pytest.fixture
def ctx(demo_db: Path, paths: AppPaths):
    context: AppContext = open_context(paths, demo_db)
    yield context
    context.close()
