"""The floor with asfdesk's fixed stack: the bare PySide6 window of bare_window.py, after
importing SQLAlchemy's ORM and mapping asfdesk's schema (the models), which any start that
reads the database through them pays; with collection held as asfdesk's own start-up holds it.
Prints READY when the table is painted."""

import gc

gc.disable()

import runpy  # noqa: E402
from pathlib import Path  # noqa: E402

import sqlalchemy.orm  # noqa: E402

import asfdesk.storage.models  # noqa: E402

assert sqlalchemy.orm and asfdesk.storage.models
runpy.run_path(str(Path(__file__).with_name("bare_window.py")), run_name="__main__")
