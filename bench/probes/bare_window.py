"""Baseline for start-up: a bare PySide6 window with one table; prints READY when the table is painted."""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("READY", flush=True)
            app.quit()
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(0, 3)
for n in range(50):
    model.appendRow([QStandardItem(f"Företag {n}"), QStandardItem("Luleå"), QStandardItem("etablerad")])
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1200, 800)
painted = FirstPaint()
table.viewport().installEventFilter(painted)
window.show()
app.exec()
