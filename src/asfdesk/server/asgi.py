"""The ASGI application uvicorn's workers import: the database comes from `asfdesk-server run`."""

from __future__ import annotations

import os

from asfdesk.server.app import create_app
from asfdesk.server.cli import URL_ENV
from asfdesk.server.database import api_engine

app = create_app(api_engine(os.environ[URL_ENV]))
