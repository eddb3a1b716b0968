"""Filters the enterprise list by free text, municipality and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from asfdesk.rows import EnterpriseListRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy


class EnterpriseFilterProxy(SortKeyProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._municipality = ""
        self._status = ""

    # Each setter re-filters only when its value changes: a pass over thousands of rows is not free.
    def set_search_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.change_filter(lambda: setattr(self, "_words", words))

    def set_municipality(self, municipality: str) -> None:
        if municipality != self._municipality:
            self.change_filter(lambda: setattr(self, "_municipality", municipality))

    def set_status(self, status: str) -> None:
        if status != self._status:
            self.change_filter(lambda: setattr(self, "_status", status))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self._municipality or self._status or self._words):
            return True
        source = self.sourceModel()
        row: EnterpriseListRow = (
            source.row_at(source_row)
            if isinstance(source, RowTableModel)
            else source.index(source_row, 0, source_parent).data(ROW_ROLE)
        )
        if self._municipality and row.municipality != self._municipality:
            return False
        if self._status and row.status != self._status:
            return False
        haystack = row.search_text
        return all(word in haystack for word in self._words)
