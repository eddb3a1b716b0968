"""The floor with asfdesk's fixed stack: the bare PySide6 window of bare_window.py, after
importing SQLAlchemy's ORM and mapping asfdesk's schema (the models), which any start that
reads the database through them pays; prints READY when the table is painted."""

import runpy
from pathlib import Path

import sqlalchemy.orm

import asfdesk.storage.models

assert sqlalchemy.orm and asfdesk.storage.models
runpy.run_path(str(Path(__file__).with_name("bare_window.py")), run_name="__main__")
