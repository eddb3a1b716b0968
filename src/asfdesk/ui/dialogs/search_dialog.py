"""Global search (Ctrl+K / Ctrl+F): type, see hits grouped by kind, Enter opens the highlighted one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from asfdesk.domain.formatting import counted
from asfdesk.services.search_service import KIND_LABELS, SearchHit, SearchService

HIT_ROLE = Qt.ItemDataRole.UserRole + 10


class SearchDialog(QDialog):
    open_requested = Signal(object)  # SearchHit

    def __init__(self, search: SearchService, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sök i allt"))
        self.setObjectName("searchDialog")
        self._search = search
        self.query = QLineEdit()
        self.query.setObjectName("globalSearch")
        self.query.setPlaceholderText(self.tr("Företag, personer, deltagarkoder, anteckningar…"))
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderLabels([self.tr("Träff"), self.tr("Företag"), self.tr("Sammanhang")])
        self.results.setRootIsDecorated(True)
        self.results.setColumnWidth(0, 260)
        self.results.setColumnWidth(1, 220)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.resize(860, 520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search when the typing pauses, not on every key
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemActivated.connect(lambda item, _col: self._open(item))
        self.query.installEventFilter(self)
        self.query.returnPressed.connect(self._open_first)

    def set_service(self, search: SearchService) -> None:
        self._search = search

    def start(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            self.status.setText("")
            return
        grouped = self._search.search(text)
        total = 0
        for kind, hits in grouped.items():
            group = QTreeWidgetItem([f"{KIND_LABELS[kind]} ({len(hits)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in hits:
                child = QTreeWidgetItem([hit.title, hit.enterprise, ""])
                child.setData(0, HIT_ROLE, hit)
                child.setToolTip(2, hit.snippet)
                group.addChild(child)
                context = QLabel(hit.html())  # the words found in bold, no markers
                context.setObjectName("searchContext")
                context.setTextFormat(Qt.TextFormat.RichText)
                self.results.setItemWidget(child, 2, context)
            self.results.addTopLevelItem(group)
            group.setExpanded(True)
            total += len(hits)
        self.status.setText(
            self.tr("%1. Enter öppnar, pil ned väljer.").replace(
                "%1", counted(total, self.tr("träff"), self.tr("träffar"))
            )
            if total
            else self.tr("Inga träffar.")
        )

    def hits(self) -> list[SearchHit]:
        found = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            if group is not None:
                children = (group.child(c) for c in range(group.childCount()))
                found += [child.data(0, HIT_ROLE) for child in children if child is not None]
        return found

    def _first_hit_item(self) -> QTreeWidgetItem | None:
        group = self.results.topLevelItem(0)
        return group.child(0) if group is not None and group.childCount() else None

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.run_search()
        current = self.results.currentItem()
        item = current if current is not None and current.data(0, HIT_ROLE) else self._first_hit_item()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit)
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            if self._timer.isActive():
                self.run_search()
            first = self._first_hit_item()
            if first is not None:
                self.results.setFocus()
                self.results.setCurrentItem(first)
            return True
        return super().eventFilter(watched, event)
