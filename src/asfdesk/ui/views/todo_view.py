"""Att göra: the start view — follow-ups, placements ending, action items and next steps that are due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from asfdesk.i18n import translate
from asfdesk.services.todo_queries import KIND_LABELS, LOOK_AHEAD_DAYS, TodoItem
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.table_view import EnterOpens, ReadOnlyTable

OVERDUE = QColor("#b00020")
WARNING = QColor("#9a5b00")


class TodoModel(RowTableModel[TodoItem]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            item = self.row_at(index.row())
            if item.overdue:
                return QBrush(OVERDUE)
            if item.warning is not None:
                return QBrush(WARNING)
        return super().data(index, role)


def _when(item: TodoItem) -> str:
    """When, in words of the same kind for every row: 'om 3 dagar', 'i dag', '1 dag sen', 'sedan 40 dagar'."""
    days = item.days_left
    if item.warning is not None:
        since = max(0, -days)
        if since == 1:
            return translate("TodoView", "sedan 1 dag")
        return translate("TodoView", "sedan %1 dagar").replace("%1", str(since))
    if days < 0:
        if days == -1:
            return translate("TodoView", "1 dag sen")
        return translate("TodoView", "%1 dagar sen").replace("%1", str(-days))
    if days == 0:
        return translate("TodoView", "i dag")
    if days == 1:
        return translate("TodoView", "om 1 dag")
    return translate("TodoView", "om %1 dagar").replace("%1", str(days))


class TodoView(QWidget):
    open_requested = Signal(object)  # TodoItem
    staff_changed = Signal(str)  # staff id, '' for everyone
    why_requested = Signal(object)  # TodoItem with a warning
    look_ahead_changed = Signal(int)  # days
    profile_chosen = Signal(str, str)  # staff id and name: who works at this computer
    finish_requested = Signal(object)  # TodoItem: an action item marked done
    move_requested = Signal(object)  # TodoItem: its day moved
    reassign_requested = Signal(object)  # TodoItem: an action item given to someone else

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        title = heading(self.tr("Att göra"))
        self.staff = QComboBox()
        self.staff.setObjectName("todoStaff")
        self.kind = QComboBox()
        self.kind.setObjectName("todoKind")
        self.kind.addItem(self.tr("Allt"), "")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.look_ahead = QSpinBox()
        self.look_ahead.setObjectName("todoLookAhead")
        self.look_ahead.setRange(1, 365)
        self.look_ahead.setValue(LOOK_AHEAD_DAYS)
        self.look_ahead.setSuffix(self.tr(" dagar"))
        self.look_ahead.setToolTip(self.tr("Hur långt fram Att göra visar det som kommer (försenat visas alltid)."))
        self._look_ahead_timer = QTimer(self)  # typing "30" asks once, not for 3 and then 30
        self._look_ahead_timer.setSingleShot(True)
        self._look_ahead_timer.setInterval(400)
        self._look_ahead_timer.timeout.connect(lambda: self.look_ahead_changed.emit(self.look_ahead.value()))
        self.look_ahead.valueChanged.connect(lambda _v: self._look_ahead_timer.start())
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.who_hint = QWidget()  # asked once: who works at this computer (the audit log's name, "mine")
        self.who_hint.setObjectName("todoWhoHint")
        self.who_hint.setStyleSheet("#todoWhoHint { background: #fff4ce; border-radius: 4px; }")
        self.profile = QComboBox()
        self.profile.setObjectName("todoProfile")
        self.profile_button = QPushButton(self.tr("Det är jag"))
        self.profile_button.setObjectName("todoProfileButton")
        self.profile_button.clicked.connect(self._profile_chosen)
        who_row = QHBoxLayout(self.who_hint)
        who_row.setContentsMargins(8, 4, 8, 4)
        who_row.addWidget(
            QLabel(self.tr("Vem arbetar på den här datorn? Namnet står i ändringsloggen och Att göra visar ditt."))
        )
        who_row.addWidget(self.profile, 1)
        who_row.addWidget(self.profile_button)
        self.has_profile = False
        self.model = TodoModel(
            [
                Column(self.tr("Senast"), lambda i: i.due),
                Column(self.tr("När"), _when),
                Column(self.tr("Typ"), lambda i: i.kind_label),
                Column(self.tr("Vad"), lambda i: i.title),
                Column(self.tr("Företag"), lambda i: i.enterprise),
                Column(self.tr("Detalj"), lambda i: i.detail),
            ],
            self,
        )
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self, stretch_column=5)
        self.table.setObjectName("todoTable")
        self.table.export_title = self.tr("Att göra")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.enter = EnterOpens(self.table, self._open_current)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Visa för:")))
        top.addWidget(self.staff, 1)
        top.addWidget(QLabel(self.tr("Typ:")))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("Framåt:")))
        top.addWidget(self.look_ahead)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.who_hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr(
                "Dubbelklicka eller tryck Enter för att öppna. Rött = försenat, brunt = varning (Varför? förklarar)."
            )
        )
        hint.setStyleSheet("color: #555;")
        self.why_button = QPushButton(self.tr("Varför?"))
        self.why_button.setObjectName("todoWhyButton")
        self.why_button.setToolTip(self.tr("Varför visas varningen? (Skift+F1)"))
        self.why_button.setShortcut(QKeySequence("Shift+F1"))
        self.why_button.clicked.connect(self._why_current)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.why_button)
        layout.addLayout(bottom)
        self.open_action = self._row_action(self.tr("Öppna (Enter)"), "", lambda: self._open_current())
        self.finish_action = self._row_action(self.tr("Markera klar"), "Ctrl+D", self.finish_requested)
        self.move_action = self._row_action(self.tr("Skjut upp…"), "Ctrl+Shift+D", self.move_requested)
        self.reassign_action = self._row_action(self.tr("Ny ansvarig…"), "Ctrl+Shift+A", self.reassign_requested)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_why())
        self._update_why()
        self.staff.currentIndexChanged.connect(lambda _i: self.staff_changed.emit(self.staff.currentData() or ""))
        self.kind.currentIndexChanged.connect(lambda _i: self._refilter())

    def set_look_ahead(self, days: int) -> None:
        """Show the stored look-ahead without asking for Att göra again."""
        self.look_ahead.blockSignals(True)
        self.look_ahead.setValue(days)
        self.look_ahead.blockSignals(False)

    def set_staff_choices(self, choices: list[tuple[str, str]], current: str) -> None:
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Alla (välj dig själv i listan)"), "")
        for staff_id, label in choices:
            self.staff.addItem(label, staff_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(current)))
        self.staff.blockSignals(False)
        self.profile.clear()
        for staff_id, label in choices:
            self.profile.addItem(label, staff_id)
        self.who_hint.setVisible(bool(choices) and not self.has_profile)

    def _profile_chosen(self) -> None:
        if staff_id := self.profile.currentData():
            self.profile_chosen.emit(staff_id, self.profile.currentText().split(" (")[0])

    def set_items(self, items: list[TodoItem]) -> None:
        self.model.set_rows(items)
        self.table.fit_columns()
        self._refilter()
        self._update_why()

    def _refilter(self) -> None:
        self.proxy.set_kind(self.kind.currentData() or "")
        shown = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        overdue = sum(1 for i in shown if i.overdue)
        self.summary.setText(
            self.tr("%1 att göra, varav %2 försenade.").replace("%1", str(len(shown))).replace("%2", str(overdue))
        )

    def visible_items(self) -> list[TodoItem]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def current_item(self) -> TodoItem | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _row_action(self, text: str, keys: str, target: Any) -> QAction:
        """A command on the chosen row: in its context menu, and by its keys while the list has focus."""
        action = QAction(text, self.table)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if isinstance(target, SignalInstance):
            action.triggered.connect(lambda _c=False: self._emit_for_current(target))
        else:
            action.triggered.connect(lambda _c=False: target())
        export = self.table.actions()  # "Exportera listan…" stays last
        if export:
            self.table.insertAction(export[-1], action)
        else:
            self.table.addAction(action)
        return action

    def _emit_for_current(self, signal: SignalInstance) -> None:
        if (item := self.current_item()) is not None:
            signal.emit(item)

    def _update_why(self) -> None:
        item = self.current_item()
        self.why_button.setEnabled(item is not None and item.warning is not None)
        self.finish_action.setEnabled(item is not None and item.can_finish)
        self.reassign_action.setEnabled(item is not None and item.can_finish)
        self.move_action.setEnabled(item is not None and item.can_move)
        self.open_action.setEnabled(item is not None)

    def _why_current(self) -> None:
        item = self.current_item()
        if item is not None and item.warning is not None:
            self.why_requested.emit(item)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(index.data(ROW_ROLE))


class KindFilter(SortKeyProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind = ""

    def set_kind(self, kind: str) -> None:
        self.change_filter(lambda: setattr(self, "_kind", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        if not self._kind:
            return True
        item: TodoItem = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return item.kind.value == self._kind
