"""Sorting proxy that compares the raw sort keys models expose under SORT_ROLE."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from asfdesk.ui.models.row_table_model import SORT_ROLE, RowTableModel


class SortKeyProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE keys, read once per column and kept until the source changes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._keys: dict[int, list[Any]] = {}

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal in self._changes(previous):
                signal.disconnect(self._forget_keys)
        self._keys.clear()
        for signal in self._changes(model):  # before the proxy's own: stale keys go before it re-sorts
            signal.connect(self._forget_keys)
        super().setSourceModel(model)

    @staticmethod
    def _changes(model: QAbstractItemModel) -> list[Any]:
        return [
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ]

    def _forget_keys(self, *_args: object) -> None:
        self._keys.clear()

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            source = self.sourceModel()
            keys = [source.index(row, column).data(SORT_ROLE) for row in range(source.rowCount())]
            self._keys[column] = keys
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows from a RowTableModel are sorted at the source, in Python's own sort: one key per row
        instead of a call back into Python for every comparison. Other sources sort here."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel) and column >= 0:
            if self.sortColumn() != -1:
                super().sort(-1)  # keep the source's order
            source.sort_rows(column, order)
            return
        super().sort(column, order)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        keys = self._column_keys(left.column())
        a, b = keys[left.row()], keys[right.row()]
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def change_filter(self, change: Callable[[], None]) -> None:
        """Apply a change to the filter's state and re-filter the rows."""
        # Qt 6.9+ wants the change bracketed; older versions only know invalidateRowsFilter().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()
