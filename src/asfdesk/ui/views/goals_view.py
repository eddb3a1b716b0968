"""Måluppföljning: goals with status grön/gul/röd, outcome split women/men, last period, and a PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asfdesk.domain.formatting import format_figure
from asfdesk.domain.goals import GoalStatus, Split
from asfdesk.i18n import translate
from asfdesk.rows import GoalRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.record_section import RecordSection

STATUS_COLOURS = {GoalStatus.GREEN: "#c8e6c9", GoalStatus.YELLOW: "#fff3b0", GoalStatus.RED: "#f8c4c4"}
STATUS_COLUMN = 0


def figure(value: float | None) -> str:
    return format_figure(value, missing="–")


def split_text(split: Split | None) -> str:
    """'12 (k 5, m 7)' — or just the total when the count is not per person."""
    if split is None:
        return "–"
    if split.women is None or split.men is None:
        return figure(split.total)
    return (
        translate("GoalsView", "%1 (k %2, m %3)")
        .replace("%1", figure(split.total))
        .replace("%2", str(split.women))
        .replace("%3", str(split.men))
    )


class GoalsModel(RowTableModel[GoalRow]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == STATUS_COLUMN:
            return QBrush(QColor(STATUS_COLOURS[self.row_at(index.row()).assessment.status]))
        return super().data(index, role)


class GoalsView(QWidget):
    project_changed = Signal(str)
    print_requested = Signal(str)  # project id ('' = all goals)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = QComboBox()
        self.project.setObjectName("goalsProject")
        self.model = GoalsModel(
            [
                Column(self.tr("Status"), lambda r: r.assessment.status.label),
                Column(self.tr("Mål"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(self.tr("Mätetal"), lambda r: r.indicator_label),
                Column(self.tr("Gäller"), lambda r: r.scope_label),
                Column(self.tr("Period"), lambda r: f"{r.period_start} – {r.period_end}"),
                Column(self.tr("Utfall förra perioden"), lambda r: split_text(r.previous), align_right=True),
                Column(self.tr("Utfall perioden"), lambda r: split_text(r.outcome), align_right=True),
                Column(self.tr("Målvärde"), lambda r: figure(r.target), align_right=True),
                Column(self.tr("Prognos"), lambda r: r.assessment.sentence, tooltip=lambda r: r.analysis),
            ],
            self,
        )
        self.section = RecordSection(self.tr("Mål"), self.tr("Nytt mål…"), stretch_column=1)
        self.section.set_model(self.model)
        self.section.table.setObjectName("goalsTable")
        self.section.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # newest period first, as entered
        self.summary = QLabel()
        self.summary.setObjectName("goalsSummary")
        self.print_button = QPushButton(self.tr("Skriv ut måluppföljning (PDF)…"))
        self.print_button.setObjectName("printGoalsButton")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.project.currentData() or ""))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Måluppföljning")))
        top.addStretch()
        top.addWidget(QLabel(self.tr("Projekt/finansiär:")))
        top.addWidget(self.project)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.section, 1)
        hint = QLabel(
            self.tr(
                "Status räknas fram: grön = nått eller på väg att nås, gul = osäkert, röd = nås sannolikt inte. "
                "Prognosen skriver fram utfallet hittills till periodens slut."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.project.currentIndexChanged.connect(lambda _i: self.project_changed.emit(self.project.currentData() or ""))

    def set_projects(self, choices: list[tuple[str, str]]) -> None:
        current = self.project.currentData() or ""
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("Alla"), "")
        for project_id, label in choices:
            self.project.addItem(label, project_id)
        self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)

    def set_goals(self, rows: list[GoalRow]) -> None:
        self.model.set_rows(rows)
        self.section.table.fit_columns()
        counts = {status: sum(1 for r in rows if r.assessment.status is status) for status in GoalStatus}
        self.summary.setText(
            self.tr("%1 mål: %2 gröna, %3 gula, %4 röda.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(counts[GoalStatus.GREEN]))
            .replace("%3", str(counts[GoalStatus.YELLOW]))
            .replace("%4", str(counts[GoalStatus.RED]))
        )
