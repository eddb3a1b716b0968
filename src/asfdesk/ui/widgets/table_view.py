"""A read-only, sortable table view with the defaults every list in asfdesk shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class ReadOnlyTable(QTableView):
    def __init__(self, parent: Any = None, *, stretch_column: int | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(stretch_column is None)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._stretch_column = stretch_column

    def setModel(self, model: QAbstractItemModel | None) -> None:
        # Only a proxy can sort; a header that shows an arrow but does nothing would mislead.
        super().setModel(model)
        self.setSortingEnabled(isinstance(model, QSortFilterProxyModel))

    def fit_columns(self) -> None:
        """Size columns to their contents, then let the designated column take the rest."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), 320))
        if self._stretch_column is not None and self._stretch_column < header.count():
            header.setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
