"""In team mode, the window explains what the user's role does not receive, where they would look
for it: a calm line on the tab or view that stays empty, and closed fields in the forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from asfdesk.domain.vocab import StaffRole
from asfdesk.sync.roles import closed_fields, withheld_tables

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow

NOTE_NAME = "roleNote"


def view_notes(role: str) -> dict[str, str]:
    """Which views stay empty for `role`, with the reason, by the window's name for the view."""
    tables = withheld_tables(role)
    who = StaffRole.label_of(role).lower() if role else ""
    notes: dict[str, str] = {}
    if "support_contact" in tables:
        notes["support"] = QCoreApplication.translate(
            "RoleNotes", "Handledarstöd delas inte med %1 i teamet: det är rådgivarnas och samordnarnas arbete."
        ).replace("%1", who)
        notes["contacts"] = notes["support"]
    if "module_progress" in tables:
        notes["modules"] = QCoreApplication.translate(
            "RoleNotes", "Modulerna i Glada Hudik-modellen delas inte med %1 i teamet."
        ).replace("%1", who)
    if "revenue_figure" in tables:
        notes["places"] = QCoreApplication.translate(
            "RoleNotes", "Företagets intäkter delas inte med %1 i teamet; platserna syns."
        ).replace("%1", who)
    return notes


def note_label(host: QWidget) -> QLabel:
    """The host's note line, made (at the top of its layout) on first use."""
    found = host.findChild(QLabel, NOTE_NAME)
    if isinstance(found, QLabel):
        return found
    label = QLabel(host)
    label.setObjectName(NOTE_NAME)
    label.setWordWrap(True)
    label.setStyleSheet("background: #e8f1fb; color: #1d3d5c; padding: 6px; border-radius: 4px;")
    layout = host.layout()
    if layout is not None and hasattr(layout, "insertWidget"):
        layout.insertWidget(0, label)
    label.hide()
    return label


def apply_role(window: MainWindow, role: str) -> None:
    """Notes on the views `role` does not receive (none outside team mode), and its closed fields."""
    notes = view_notes(role)
    detail = window.detail_view
    hosts: dict[str, QWidget] = {
        "support": detail.support,
        "modules": detail.modules,
        "places": detail.places,
        "contacts": window.contacts_view,
    }
    for name, host in hosts.items():
        label = note_label(host)
        label.setText(notes.get(name, ""))
        label.setVisible(name in notes)
    window.editor.closed_fields = lambda table: closed_fields(role, table) if role else frozenset()
