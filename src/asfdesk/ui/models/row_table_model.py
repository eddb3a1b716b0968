"""A small read-only table model over a list of DTOs, described by column definitions.

Each column says how to display a row and what raw value to sort by; the raw value is
exposed under SORT_ROLE so a proxy sorts dates as dates and numbers as numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.formatting import Quantity
from asfdesk.i18n import translate

RowT = TypeVar("RowT")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RowT]):
    header: str
    value: Callable[[RowT], Any]
    align_right: bool = False
    tooltip: Callable[[RowT], str] | None = None


def display_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("RowTableModel", "Ja") if value else translate("RowTableModel", "Nej")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Quantity):
        return str(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",").replace(",0", "")
    return str(value)


def sort_value(value: Any) -> Any:
    """A key that compares across rows of one column: text in Swedish order, empty last."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, swedish_key(value))
    if isinstance(value, datetime | date):
        return (0, value.isoformat())
    if isinstance(value, Quantity):
        return (0, float(value.value))
    return (0, value)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the rows themselves (one list.sort on precomputed keys), keeping selections in place."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()], i.column()) for i in persistent if 0 <= i.row() < len(self._rows)]
        self._apply_sort()
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[id(row)], col) for row, col in held])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sorted_by is None or not 0 <= self._sorted_by[0] < len(self._columns):
            return
        column, order = self._sorted_by
        value = self._columns[column].value
        keyed = [(sort_value(value(row)), row) for row in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder  # a stable sort: equal keys keep their order
        try:
            keyed.sort(key=lambda item: item[0], reverse=descending)
        except TypeError:  # mixed kinds of value in one column: compare as text
            keyed.sort(key=lambda item: str(item[0]), reverse=descending)
        self._rows = [row for _key, row in keyed]

    def raw_value(self, row: RowT, column: int) -> Any:
        """A cell's value as a number (with its unit), date or text (for export), not its display string."""
        value = self._columns[column].value(row)
        if value is None or isinstance(value, Quantity):
            return value
        if isinstance(value, int | float | date | datetime) and not isinstance(value, bool):
            return value
        return display_text(value)

    def replace_row(self, row: RowT, same: Callable[[RowT], bool]) -> bool:
        """Put `row` in the place of the row `same` picks (its cells repainted, nothing reset); False if none."""
        for number, held in enumerate(self._rows):
            if same(held):
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))
                return True
        return False

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == SORT_ROLE:
            return sort_value(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = display_text(column.value(row))
            return text if len(text) > 40 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None
