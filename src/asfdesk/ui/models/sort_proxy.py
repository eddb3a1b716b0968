"""Sorting proxy that compares the raw sort keys models expose under SORT_ROLE."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from asfdesk.ui.models.row_table_model import SORT_ROLE, RowTableModel


class SortKeyProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

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
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
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
