"""Baseline for start-up: a bare PySide6 window with one table, shown (prints READY)."""

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(0, 3)
for n in range(50):
    model.appendRow([QStandardItem(f"Företag {n}"), QStandardItem("Luleå"), QStandardItem("etablerad")])
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1200, 800)
window.show()
app.processEvents()
print("READY", flush=True)
