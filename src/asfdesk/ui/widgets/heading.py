"""A view's title: the window font, half as large again, bold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label
