"""A table model over a very long list that holds only its order and the pages in view.

Rows are fetched a page at a time when the view asks for them and kept in a small LRU cache,
so scrolling a million rows costs memory for the row ids and a few pages, not for the rows.
Sorting asks the source for a new order (a database ORDER BY), never sorts in Python.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from asfdesk.ui.models.row_table_model import ROW_ROLE, display_text

PAGE_SIZE = 200
PAGES_KEPT = 16


class WindowedRow(Protocol):
    def value(self, key: str) -> object: ...


class WindowedColumn(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def header(self) -> str: ...  # in the display language


class WindowedSource(Protocol):
    def order(self, column: int = 0, descending: bool = True) -> array[int]: ...

    def rows(self, rowids: Sequence[int]) -> Sequence[Any]: ...


class WindowedTableModel(QAbstractTableModel):
    def __init__(
        self,
        source: WindowedSource,
        columns: Sequence[WindowedColumn],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._order: array[int] = array("q")
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self.sort_column, self.descending = 0, True
        self.loaded = False

    def reload(self) -> None:
        self.beginResetModel()
        self._order = self._source.order(self.sort_column, self.descending)
        self._pages.clear()
        self.loaded = True
        self.endResetModel()

    def set_source(self, source: WindowedSource) -> None:
        """Another source: emptied now, read on the next reload."""
        self.beginResetModel()
        self._source = source
        self._order = array("q")
        self._pages.clear()
        self.loaded = False
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < len(self._order):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._source.rows(self._order[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None  # a row deleted since the order was read

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(item.value(self._columns[index.column()].key))
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.descending = column, order == Qt.SortOrder.DescendingOrder
        self.reload()

    @property
    def pages_held(self) -> int:
        return len(self._pages)
