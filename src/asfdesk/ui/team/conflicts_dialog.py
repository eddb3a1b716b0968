"""Konflikter: each conflict with its record, field, both values, who and when; keep one, the other
or write a third value. The decision goes to the server and from there to everyone involved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from asfdesk.services.team_conflicts import ConflictDescriber, ConflictRow
from asfdesk.ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.widgets.table_view import ReadOnlyTable

if TYPE_CHECKING:
    from asfdesk.ui.team.team_sync import TeamSync


class ConflictsDialog(QDialog):
    def __init__(self, team_sync: TeamSync, parent: Any = None) -> None:
        super().__init__(parent)
        self.team_sync = team_sync
        self.setWindowTitle(self.tr("Konflikter"))
        self.setObjectName("conflictsDialog")
        self.model: RowTableModel[ConflictRow] = RowTableModel(
            [
                Column(self.tr("Typ"), lambda r: r.kind_label[:1].upper() + r.kind_label[1:]),
                Column(self.tr("Post"), lambda r: r.record_label),
                Column(self.tr("Fält"), lambda r: r.field_label),
                Column(self.tr("Gäller nu"), lambda r: f"{r.kept_text} ({r.kept_by})"),
                Column(self.tr("Andra värdet"), lambda r: self._other(r)),
            ],
            self,
        )
        proxy = SortKeyProxy(self)
        proxy.setSourceModel(self.model)
        self.table = ReadOnlyTable(self, stretch_column=4)
        self.table.setObjectName("conflictsTable")
        self.table.setModel(proxy)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.empty = QLabel(self.tr("Inga konflikter att avgöra."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.keep_button = QPushButton(self.tr("Behåll &nuvarande"))
        self.other_button = QPushButton(self.tr("Välj det &andra"))
        self.third_button = QPushButton(self.tr("&Nytt värde…"))
        self.keep_button.clicked.connect(lambda: self._decide(lambda r: r.kept))
        self.other_button.clicked.connect(lambda: self._decide(lambda r: r.other))
        self.third_button.clicked.connect(self._decide_third)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.keep_button, self.other_button, self.third_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Två personer har ändrat samma uppgift. Välj vad som ska gälla; beslutet når alla berörda."))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.ask_value = self._ask_value  # replaceable in tests
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        team_sync.state_changed.connect(self._follow)
        self.resize(900, 520)
        self._shown_count = -1
        self.reload()

    def _other(self, row: ConflictRow) -> str:
        if row.deleted:
            return (
                self.tr("%1 (ändrat här; posten togs bort av %2)")
                .replace("%1", row.other_text)
                .replace("%2", row.kept_by)
            )
        when = f", {row.other_at.astimezone():%Y-%m-%d %H:%M}" if row.other_at else ""
        return f"{row.other_text} ({row.other_by}{when})"

    def reload(self) -> None:
        context = self.team_sync.window.context
        rows = ConflictDescriber(context.database.session_factory).rows(context.team.conflicts())
        self._shown_count = len(rows)
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._enable()
        self._show_detail()

    def _follow(self) -> None:
        """A sync brought conflicts or took them away: show them as they are now."""
        if not self.team_sync.running and self.team_sync.line.conflicts != self._shown_count:
            self.reload()
        self._enable()

    def _enable(self) -> None:
        row = self.current()
        ready = row is not None and not self.team_sync.running
        for button in (self.keep_button, self.other_button):
            button.setEnabled(ready)
        self.third_button.setEnabled(ready and row is not None and row.free_text)
        self.third_button.setToolTip(
            "" if row is None or row.free_text else self.tr("Fältet har bestämda värden: behåll ett av de två.")
        )

    def select(self, conflict_id: str) -> None:
        for row in range(self.table.model().rowCount()):
            found = self.table.model().index(row, 0).data(ROW_ROLE)
            if found is not None and found.id == conflict_id:
                self.table.selectRow(row)
                return

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_detail(self) -> None:
        row = self.current()
        if row is None:
            self.detail.setPlainText("")
            return
        kept = self.tr("Gäller nu (%1):").replace("%1", row.kept_by)
        other = self.tr("Andra (%1):").replace("%1", row.other_by)
        kind = row.kind_label[:1].upper() + row.kind_label[1:]
        self.detail.setPlainText(
            f"{kind}: {row.record_label} · {row.field_label}\n\n{kept}\n{_full(row.label(row.kept))}\n\n"
            f"{other}\n{_full(row.label(row.other))}"
        )

    def _ask_value(self, row: ConflictRow) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Nytt värde"),
            self.tr("%1 för %2:").replace("%1", row.field_label).replace("%2", row.record_label),
            _full(row.other),
        )
        return text if ok else None

    def _decide_third(self) -> None:
        row = self.current()
        if row is None:
            return
        value = self.ask_value(row)
        if value is not None:
            self._decide(lambda _r: value)

    def _decide(self, choose: Any) -> None:
        row = self.current()
        if row is None:
            return
        value = choose(row)
        team = self.team_sync.window.context.team
        started = self.team_sync.run(
            lambda _progress, _cancelled: team.resolve(row.id, value), lambda _result: self._decided(), self._refused
        )
        if started:
            self.message.setText(self.tr("Skickar beslutet…"))
            self._enable()
        else:
            self.message.setText(self.tr("En synkronisering pågår. Försök igen om en stund."))

    def _decided(self) -> None:
        self.message.setText(self.tr("Beslutet är sparat och skickat."))
        self.team_sync.window.reload()
        self.reload()

    def _refused(self, message: str, _status: int) -> None:
        self.message.setText(message)
        self._enable()


def _full(value: Any) -> str:
    return "" if value is None else str(value)
