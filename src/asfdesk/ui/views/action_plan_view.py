"""Handlingsplaner: the activities of the municipalities' ASF action plans, filterable by municipality
and by project, with those still to do first; new, edit and delete through the record section, and
the meeting where an activity was decided one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from asfdesk.services.action_plan_service import ActionPlanRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.widgets.heading import heading
from asfdesk.ui.widgets.record_section import RecordSection


def action_plan_columns(with_plan: bool = True) -> list[Column[ActionPlanRow]]:
    """The table's columns; on an enterprise's page the plan and municipality go without saying."""
    columns: list[Column[ActionPlanRow]] = [
        Column(
            QCoreApplication.translate("ActionPlanView", "Aktivitet"),
            lambda r: r.activity,
            tooltip=lambda r: r.activity,
        ),
        Column(QCoreApplication.translate("ActionPlanView", "Huvudansvar"), lambda r: r.main_responsible),
        Column(
            QCoreApplication.translate("ActionPlanView", "Andra aktörer"),
            lambda r: r.other_actors,
            tooltip=lambda r: r.other_actors,
        ),
        Column(QCoreApplication.translate("ActionPlanView", "Tidsplan"), lambda r: r.timeframe),
        Column(QCoreApplication.translate("ActionPlanView", "Status"), lambda r: r.status_label),
        Column(
            QCoreApplication.translate("ActionPlanView", "Uppföljning"),
            lambda r: r.follow_up,
            tooltip=lambda r: r.follow_up,
        ),
        Column(QCoreApplication.translate("ActionPlanView", "Beslutad vid"), lambda r: r.meeting),
        Column(
            QCoreApplication.translate("ActionPlanView", "Projekt"), lambda r: r.project, tooltip=lambda r: r.project
        ),
    ]
    if with_plan:
        columns.insert(
            0,
            Column(
                QCoreApplication.translate("ActionPlanView", "Handlingsplan"),
                lambda r: r.plan,
                tooltip=lambda r: r.plan,
            ),
        )
        columns.insert(
            1,
            Column(
                QCoreApplication.translate("ActionPlanView", "Kommun"),
                lambda r: r.municipality,
                tooltip=lambda r: r.plan,
            ),
        )
    return columns


# column: widest it is laid out (Handlingsplan, Aktivitet, Huvudansvar, Andra aktörer, Uppföljning,
# Beslutad vid, Projekt)
CAPS = {0: 130, 2: 280, 3: 140, 4: 100, 7: 110, 8: 175, 9: 130}


class ActionPlanView(QWidget):
    filter_changed = Signal()
    meeting_requested = Signal(str)  # the meeting where the chosen activity was decided

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanView")
        self.municipality = QComboBox()
        self.municipality.setObjectName("actionPlanMunicipality")
        self.project = QComboBox()
        self.project.setObjectName("actionPlanProject")
        self.show_done = QCheckBox(self.tr("Visa klara"))
        self.show_done.setObjectName("actionPlanShowDone")
        self.model: RowTableModel[ActionPlanRow] = RowTableModel(action_plan_columns(), self)
        self.section = RecordSection(self.tr("Aktiviteter"), self.tr("Ny aktivitet…"), stretch_column=2)
        self.section.set_model(self.model)
        self.section.table.setObjectName("actionPlanTable")
        self.open_meeting = self.section.add_button(self.tr("Öppna mötet"))
        self.open_meeting.clicked.connect(lambda: self._open_meeting(self.section.current_id()))
        self.open_meeting.setEnabled(False)
        self.open_meeting.setObjectName("actionPlanOpenMeeting")
        self.open_meeting.setToolTip(self.tr("Mötet där aktiviteten beslutades"))
        self.section.table.selectionModel().selectionChanged.connect(self._update_open_meeting)
        self.model.modelReset.connect(self._update_open_meeting)
        self.summary = QLabel()
        self.summary.setObjectName("actionPlanSummary")
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Handlingsplaner")))
        top.addStretch()
        top.addWidget(QLabel(self.tr("Kommun:")))
        top.addWidget(self.municipality)
        top.addWidget(QLabel(self.tr("Projekt:")))
        top.addWidget(self.project)
        top.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.section, 1)
        self.municipality.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.project.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.show_done.toggled.connect(lambda _on: self.filter_changed.emit())

    def chosen_municipality(self) -> str | None:
        chosen = self.municipality.currentData()
        return str(chosen) if chosen else None

    def chosen_project(self) -> str | None:
        chosen = self.project.currentData()
        return str(chosen) if chosen else None

    def set_municipalities(self, names: list[str]) -> None:
        _fill(self.municipality, self.tr("Alla"), [(name, name) for name in names])

    def set_projects(self, projects: list[tuple[str, str]]) -> None:
        """The projects that have activities ((id, name)); the filter hides when there are none."""
        chosen = (self.project.currentData(), self.project.currentText())
        if chosen[0] and all(project_id != chosen[0] for project_id, _name in projects):
            projects = [*projects, (str(chosen[0]), chosen[1])]  # chosen before it had any: kept
        _fill(self.project, self.tr("Alla"), projects)
        self.project.setVisible(bool(projects) or self.project.currentIndex() > 0)

    def show_project(self, project_id: str, name: str) -> None:
        """Narrow the list to one project's activities (it is offered even before it has any)."""
        if self.project.findData(project_id) < 0:
            self.project.blockSignals(True)
            self.project.addItem(name, project_id)
            self.project.blockSignals(False)
        self.project.setVisible(True)
        self.project.setCurrentIndex(self.project.findData(project_id))

    def _open_meeting(self, activity_id: str) -> None:
        row = self._row(activity_id)
        if row is not None and row.meeting_id:
            self.meeting_requested.emit(row.meeting_id)

    def _row(self, activity_id: str) -> ActionPlanRow | None:
        return next((r for r in self.model.rows() if r.id == activity_id), None)

    def _update_open_meeting(self, *_args: object) -> None:
        row = self._row(self.section.current_id())
        self.open_meeting.setEnabled(row is not None and row.meeting_id is not None)

    def set_rows(self, rows: list[ActionPlanRow]) -> None:
        self.model.set_rows(rows)
        self.section.table.fit_columns()
        table = self.section.table
        # long texts (a plan's name, the activity, the follow-up) are capped, whole in their tooltips,
        # so that the meeting and the project stay in sight beside them
        for column, cap in CAPS.items():
            table.setColumnWidth(column, min(table.columnWidth(column), cap))
        # what every row shares, or no row has, says nothing: its column gives way to the activity
        shared = {
            # one plan per municipality: the Kommun column names it (its tooltip, the plan's name)
            0: len({r.plan for r in rows}) <= 1
            or len({(r.municipality, r.plan) for r in rows}) == len({r.municipality for r in rows}),
            1: len({r.municipality for r in rows}) <= 1,
            7: not any(r.follow_up for r in rows),
            8: not any(r.meeting for r in rows),
            9: len({r.project for r in rows}) <= 1,
        }
        for column, hidden in shared.items():
            table.setColumnHidden(column, hidden and bool(rows))
        table.remember_widths()  # capped and hidden as above; on a narrow screen they give way from here
        waiting = sum(1 for r in rows if r.open)
        one = self.tr("1 aktivitet, %1 kvar att göra.")
        many = self.tr("%2 aktiviteter, %1 kvar att göra.")
        text = one if len(rows) == 1 else many.replace("%2", str(len(rows)))
        text = text.replace("%1", str(waiting))
        plans = {r.plan for r in rows}
        if len(plans) == 1:  # its column is hidden: the plan is named here instead
            text = f"{next(iter(plans))} · {text}"
        self.summary.setText(text)
        self.section.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: to do first


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Fill a filter combo ("Alla" first) and keep what was chosen, without a change signal."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
    combo.blockSignals(False)
