"""Asking where to save an output: the suffix follows the format, and no database or backup is offered up."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from asfdesk.storage.output_files import OutputRefusedError, refuse_if_protected


def _suffix_of(selected_filter: str, suffixes: tuple[str, ...]) -> str:
    found = re.search(r"\*(\.\w+)", selected_filter)
    return found.group(1).lower() if found and found.group(1).lower() in suffixes else suffixes[0]


def fitted_path(filename: str, selected_filter: str, suffixes: tuple[str, ...]) -> Path:
    """The chosen name with the suffix of the format written (`rapport` → `rapport.pdf`, `x.docx` → `x.docx.pdf`)."""
    path = Path(filename)
    if path.suffix.lower() in suffixes:
        return path
    return path.with_name(path.name + _suffix_of(selected_filter, suffixes))


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path | str, filters: str, suffixes: tuple[str, ...]
) -> Path | None:
    """A path to write to, or None when the user cancels; asks again when the choice is refused."""
    start = str(suggested)
    while True:
        filename, selected = QFileDialog.getSaveFileName(parent, title, start, filters)
        if not filename:
            return None
        path = fitted_path(filename, selected, suffixes)
        try:
            refuse_if_protected(Path(filename))  # the file the user pointed at, before a suffix is added
            return refuse_if_protected(path, suffixes)
        except OutputRefusedError as exc:
            QMessageBox.warning(parent, title, str(exc))
            start = str(path.parent)
