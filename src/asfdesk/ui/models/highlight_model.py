"""A row table model that paints rows needing attention in the warning colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from asfdesk.ui.models.row_table_model import Column, RowT, RowTableModel

ALERT = QColor("#b00020")


class HighlightModel(RowTableModel[RowT]):
    def __init__(self, columns: Sequence[Column[RowT]], alert: Callable[[RowT], bool], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._alert = alert

    def set_alert(self, alert: Callable[[RowT], bool]) -> None:
        self.beginResetModel()
        self._alert = alert
        self.endResetModel()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self._alert(self.row_at(index.row())):
            return QBrush(ALERT)
        return super().data(index, role)
