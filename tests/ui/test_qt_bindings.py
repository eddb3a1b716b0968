"""The Qt bindings must not corrupt the interpreter while the forms call them on every keystroke.

PySide6-Essentials 6.12.0 on CPython 3.11 dropped a reference to None on each call of a void
method: a form that re-ran its setters per key pressed killed the process ("none_dealloc")
after a few thousand keys. pyproject.toml excludes that version; these tests catch any
installed binding that does the same.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

CALLS = 10_000


PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
app = QApplication([])
label, line, button, check, text = QLabel(), QLineEdit(), QPushButton(), QCheckBox(), QPlainTextEdit()
before = sys.getrefcount(None)
for i in range(CALLS):
    label.setText("" if i % 2 else "Obligatoriskt.")
    label.setVisible(bool(i % 2))
    label.setStyleSheet("color: #b00020;")
    line.setToolTip("")
    button.setEnabled(bool(i % 2))
    check.setChecked(bool(i % 2))
    text.setPlaceholderText("")
print(sys.getrefcount(None) - before)
"""


def test_none_keeps_its_references_across_the_setters_the_forms_use() -> None:
    """Run in a process of its own: a broken binding aborts the interpreter, not the test run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE.replace("CALLS", str(CALLS))], capture_output=True, text=True, env=env, timeout=120
    )
    assert probe.returncode == 0, f"the Qt binding killed Python after void calls: {probe.stderr.strip()[-300:]}"
    drift = int(probe.stdout.split()[-1])
    # Ten thousand calls of each of seven setters: a leaking binding loses 70,000 references.
    assert abs(drift) < 500, f"None lost {-drift} references in {7 * CALLS} Qt calls: a broken PySide6 build"


def test_a_ten_thousand_character_note_typed_key_by_key_is_saved(qtbot, window: MainWindow, dialogs) -> None:
    """The quick-entry note takes a long text typed one key at a time, and saving keeps all of it."""
    note = ("Styrelsen gick igenom protokollen och planerade nästa stämma. " * 200)[:CALLS]
    enterprise = window.current_enterprise_id()
    # what earlier tests left for the collector would free None references mid-typing: collect
    # it first and keep the collector off while typing, so only the binding can move the count
    gc.collect()
    gc.disable()
    before_refs = sys.getrefcount(None)

    def type_and_save(dialog: FormDialog) -> None:
        widget = dialog.editors["notes"].widget
        widget.setFocus()
        qtbot.keyClicks(widget, note.replace("ä", "a").replace("å", "a").replace("ö", "o"))
        qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    dialogs.append(type_and_save)
    try:
        window.log_contact()
        drift = sys.getrefcount(None) - before_refs
    finally:
        gc.enable()
    typed = note.replace("ä", "a").replace("å", "a").replace("ö", "o")
    detail = window.context.enterprises.get_detail(enterprise)
    assert any(c.notes == typed for c in detail.support_contacts)
    assert abs(drift) < 5_000, f"None's reference count moved by {drift} while typing"
