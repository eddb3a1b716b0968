"""The garbage collector held off while the window starts, then told to leave start-up's objects be.

Start-up creates several hundred thousand objects (modules, classes, the first lists) that
live as long as the program. Each automatic collection on the way scans all of them again, a
tenth of the time to the first window. Start-up makes no reference cycles worth freeing, so
collection waits until the window is filled; `gc.freeze()` then moves what start-up made into
the permanent generation, which later collections skip.
"""

from __future__ import annotations

import gc


def hold_collection() -> None:
    """From the start of the window's start-up (before its modules are imported)."""
    gc.disable()


def release_collection() -> None:
    """Once the window is shown and filled; harmless when collection was not held."""
    gc.freeze()
    gc.enable()
