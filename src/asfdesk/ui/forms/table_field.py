"""An editable table inside a form: rows of a small dataclass (attendees, action items)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.validation import parse_date
from asfdesk.i18n import translate


@dataclasses.dataclass(frozen=True)
class TableColumn:
    name: str
    header: str
    kind: str = "text"  # text | date | bool | choice
    choices: tuple[tuple[str, str], ...] = ()  # choice: (code, label)


class TableField(QWidget):
    """Each row edits one `row_type` instance; suggestions add a pre-filled row in one click."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[TableColumn],
        row_type: type,
        suggestions: Sequence[tuple[str, Any]] = (),
        add_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_type = row_type
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.resizeSection(column, 110 if columns[column].kind != "bool" else 80)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(add_label or translate("TableField", "Lägg till rad"))
        self.remove_button = QPushButton(self.tr("Ta bort rad"))
        self.add_button.clicked.connect(lambda: self.add_row(None, edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.suggest: QComboBox | None = None
        if suggestions:
            self.suggest = QComboBox()
            # Long names must not widen the whole form: the popup shows them in full.
            self.suggest.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.suggest.setMinimumContentsLength(18)
            self.suggest.addItem(self.tr("Lägg till från listan…"), None)
            for label, value in suggestions:
                self.suggest.addItem(label, value)
            self.suggest.activated.connect(self._add_suggestion)
            buttons.addWidget(self.suggest, 1)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add_suggestion(self, index: int) -> None:
        assert self.suggest is not None
        value = self.suggest.itemData(index)
        if value is not None:
            self.add_row(value)
        self.suggest.setCurrentIndex(0)

    def add_row(self, value: Any | None, edit: bool = False) -> None:
        value = value if value is not None else self._row_type()
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, spec in enumerate(self._columns):
            raw = getattr(value, spec.name)
            item = QTableWidgetItem()
            if spec.kind == "bool":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(Qt.CheckState.Checked if raw else Qt.CheckState.Unchecked)
            elif spec.kind == "choice":
                combo = QComboBox()
                for code, label in spec.choices:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(raw)))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, column, combo)
            else:
                item.setText(raw.isoformat() if isinstance(raw, date) else (raw or ""))
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.changed.emit()
        if edit:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            if first is not None:
                self.table.editItem(first)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, values: Sequence[Any]) -> None:
        self.table.setRowCount(0)
        for value in values:
            self.add_row(value)

    def rows(self) -> tuple[list[Any], str | None]:
        """The rows as `row_type` instances, or a message about the first cell that is wrong."""
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, spec in enumerate(self._columns):
                item = self.table.item(row, column)
                if spec.kind == "bool":
                    values[spec.name] = item is not None and item.checkState() == Qt.CheckState.Checked
                    continue
                if spec.kind == "choice":
                    combo = self.table.cellWidget(row, column)
                    values[spec.name] = combo.currentData() if isinstance(combo, QComboBox) else None
                    continue
                text = item.text() if item is not None else ""
                if spec.kind == "date":
                    parsed, error = parse_date(text)
                    if error:
                        return [], translate("TableField", "Rad %1, %2: %3").replace("%1", str(row + 1)).replace(
                            "%2", spec.header.lower()
                        ).replace("%3", error)
                    values[spec.name] = parsed
                else:
                    values[spec.name] = text
            result.append(self._row_type(**values))
        return result, None
