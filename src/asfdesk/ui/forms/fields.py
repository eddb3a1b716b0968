"""Field specs and the widgets that edit them.

Each FieldEditor reads its widget into `(value, error)` and writes a value back, so the form
dialog can treat a date, a number and a choice alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from asfdesk.domain.formatting import format_hours
from asfdesk.domain.validation import parse_date
from asfdesk.i18n import ENGLISH, current_language, translate
from asfdesk.ui.forms.table_field import TableColumn, TableField


class Kind(Enum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    LIST = "list"  # comma-separated text ↔ list[str]
    MULTI = "multi"  # checkable list ↔ list[str] of codes
    SUGGEST = "suggest"  # free text with suggestions
    LINES = "lines"  # one item per line ↔ list[str]
    TABLE = "table"  # editable rows ↔ list[row_type]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: Kind = Kind.TEXT
    choices: Sequence[tuple[str | None, str]] = ()
    optional: bool = True
    required: bool = False
    placeholder: str = ""
    check: Callable[[str], tuple[Any, str | None]] | None = None  # text fields: live check + normalised form
    suggestions: Sequence[str] = ()
    minimum: float | None = None
    help: str = ""
    columns: Sequence[TableColumn] = ()  # TABLE: the columns of each row
    row_type: type | None = None  # TABLE: the dataclass each row becomes
    rows_to_add: Sequence[tuple[str, Any]] = ()  # TABLE: (label, row) offered for one-click adding


def _parse_number(text: str, spec: FieldSpec, kind: type) -> tuple[Any, str | None]:
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    # Swedish writes 1 234,5; English 1,234.5 (a lone comma is still read as a decimal sign)
    if current_language() == ENGLISH and "." in text:
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if text.lower().endswith("kr"):
        text = text[:-2]
    if not text:
        return (None, None) if spec.optional else (0, None)
    try:
        value = kind(float(text)) if kind is int else float(text)
    except ValueError:
        return None, translate("FieldEditor", "Skriv ett tal.")
    if kind is int and float(text) != int(float(text)):
        return None, translate("FieldEditor", "Skriv ett heltal.")
    if spec.minimum is not None and value < spec.minimum:
        return None, translate("FieldEditor", "Minst %1.").replace("%1", f"{spec.minimum:g}")
    return value, None


def _parse_datetime(text: str) -> tuple[datetime | None, str | None]:
    text = text.strip()
    if not text:
        return None, None
    day_text, _, time_text = text.partition(" ")
    day, error = parse_date(day_text)
    if error or day is None:
        return None, error or translate("FieldEditor", "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM.")
    hour, minute = 9, 0
    if time_text.strip():
        parts = time_text.strip().replace(".", ":").split(":")
        try:
            hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
            if not (0 <= hour < 24 and 0 <= minute < 60):
                raise ValueError
        except ValueError:
            return None, translate("FieldEditor", "Skriv tiden som TT:MM.")
    return datetime(day.year, day.month, day.day, hour, minute), None


class FieldEditor(QObject):
    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widget = self._make_widget(spec)
        self.widget.setObjectName(f"field_{spec.name}")
        if spec.help:
            self.widget.setToolTip(spec.help)

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        kind = spec.kind
        if kind is Kind.TABLE:
            assert spec.row_type is not None
            table = TableField(
                spec.columns,
                spec.row_type,
                spec.rows_to_add,
                spec.placeholder or translate("FieldEditor", "Lägg till rad"),
            )
            table.changed.connect(self.changed)
            return table
        if kind in (Kind.MULTILINE, Kind.LINES):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(spec.placeholder)
            edit.setMinimumHeight(60)
            edit.textChanged.connect(self.changed)
            return edit
        if kind is Kind.CHOICE:
            combo = QComboBox()
            for code, label in spec.choices:
                combo.addItem(label, code)
            # A long choice ("Kafé Linnea: Ramavtal arbetsträning (2026-01-01–2027-12-31)") does not
            # widen the form past the screen: the box shows what fits, its list shows it all.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            longest = max((combo.fontMetrics().horizontalAdvance(label) for _code, label in spec.choices), default=0)
            combo.view().setMinimumWidth(min(longest + 40, 900))
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind is Kind.SUGGEST:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(list(spec.suggestions))
            combo.setCurrentIndex(-1)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor = combo.lineEdit()
            if editor is not None:
                editor.setPlaceholderText(spec.placeholder)
            combo.editTextChanged.connect(self.changed)
            return combo
        if kind is Kind.BOOL:
            box = QCheckBox()
            box.toggled.connect(self.changed)
            return box
        if kind is Kind.MULTI:
            listing = QListWidget()
            for code, label in spec.choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                listing.addItem(item)
            listing.setMaximumHeight(min(24 * max(len(spec.choices), 3), 200))
            listing.itemChanged.connect(self.changed)
            listing.itemActivated.connect(self._toggle)
            return listing
        line = QLineEdit()
        line.setPlaceholderText(
            spec.placeholder
            or {
                Kind.DATE: translate("FieldEditor", "ÅÅÅÅ-MM-DD"),
                Kind.DATETIME: translate("FieldEditor", "ÅÅÅÅ-MM-DD TT:MM"),
                Kind.LIST: translate("FieldEditor", "kommaseparerat"),
            }.get(kind, "")
        )
        if kind in (Kind.INT, Kind.FLOAT):
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.setMaximumWidth(140)
        if kind in (Kind.DATE, Kind.DATETIME):
            line.setMaximumWidth(170)
        line.textChanged.connect(self.changed)
        line.editingFinished.connect(self._tidy)
        return line

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _tidy(self) -> None:
        """When the user leaves a field, show a valid value in its normal form (e.g. 556036-0793)."""
        value, error = self.get()
        if error or value is None:
            return
        line = self.widget
        assert isinstance(line, QLineEdit)
        tidy = self._text_of(value)
        if tidy != line.text():
            line.setText(tidy)

    def _text_of(self, value: Any) -> str:
        kind = self.spec.kind
        if value is None:
            return ""
        if kind is Kind.DATE:
            return value.isoformat() if isinstance(value, date) else str(value)
        if kind is Kind.DATETIME:
            return str(value.strftime("%Y-%m-%d %H:%M"))
        if kind is Kind.LIST:
            return ", ".join(value)
        if kind is Kind.FLOAT:
            return format_hours(value)
        return str(value)

    # -- value -----------------------------------------------------------------------------
    def get(self) -> tuple[Any, str | None]:
        kind, spec, w = self.spec.kind, self.spec, self.widget
        if isinstance(w, TableField):
            return w.rows()
        if isinstance(w, QPlainTextEdit):
            text = w.toPlainText()
            return ([line.strip() for line in text.splitlines() if line.strip()] if kind is Kind.LINES else text), None
        if isinstance(w, QCheckBox):
            return w.isChecked(), None
        if isinstance(w, QListWidget):
            codes = [
                w.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
            return codes, None
        if isinstance(w, QComboBox) and kind is Kind.CHOICE:
            return w.currentData(), None
        text = w.currentText() if isinstance(w, QComboBox) else w.text()  # type: ignore[attr-defined]
        if kind is Kind.INT:
            return _parse_number(text, spec, int)
        if kind is Kind.FLOAT:
            return _parse_number(text, spec, float)
        if kind is Kind.DATE:
            return parse_date(text)
        if kind is Kind.DATETIME:
            return _parse_datetime(text)
        if kind is Kind.LIST:
            return [part.strip() for part in text.split(",") if part.strip()], None
        if spec.check is not None and text.strip():
            value, error = spec.check(text)
            return (text, error) if error else (str(value) if value is not None else text, None)
        return text, None

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, TableField):
            w.set_rows(value or [])
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value or []) if self.spec.kind is Kind.LINES else (value or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QListWidget):
            wanted = set(value or ())
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
                )
        elif isinstance(w, QComboBox) and self.spec.kind is Kind.CHOICE:
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QComboBox):
            w.setEditText(value or "")
        else:
            w.setText(self._text_of(value))  # type: ignore[attr-defined]

    def is_empty(self) -> bool:
        value, _error = self.get()
        return value is None or value == "" or value == []

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
