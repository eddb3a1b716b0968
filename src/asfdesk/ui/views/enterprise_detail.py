"""Everything about one enterprise: a header line and its tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from asfdesk.rows import EnterpriseDetail
from asfdesk.ui.views.meetings_tab import MeetingsTab
from asfdesk.ui.views.modules_tab import ModulesTab
from asfdesk.ui.views.overview_tab import OverviewTab
from asfdesk.ui.views.placements_tab import PlacementsTab
from asfdesk.ui.views.places_tab import PlacesTab
from asfdesk.ui.views.support_tab import SupportTab


class EnterpriseDetailView(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("enterpriseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("enterpriseSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setStyleSheet("color: #555;")
        self.overview = OverviewTab()
        self.modules = ModulesTab()
        self.support = SupportTab()
        self.placements = PlacementsTab()
        self.meetings = MeetingsTab()
        self.places = PlacesTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("enterpriseTabs")
        self.tabs.addTab(self.overview, self.tr("Översikt"))
        self.tabs.addTab(self.modules, self.tr("Moduler"))
        self.tabs.addTab(self.support, self.tr("Handledarstöd"))
        self.tabs.addTab(self.placements, self.tr("Placeringar"))
        self.tabs.addTab(self.meetings, self.tr("Möten"))
        self.tabs.addTab(self.places, self.tr("Platser och ekonomi"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(self.tabs)
        self.enterprise_id = ""

    def show_detail(self, detail: EnterpriseDetail) -> None:
        self.enterprise_id = detail.facts.id
        f = detail.facts
        subtitle = " · ".join(part for part in (f.municipality, f.status_label, f.orgnr) if part)
        self.title.setText(f.name)
        self.subtitle.setText(subtitle)
        for tab in (self.overview, self.modules, self.support, self.placements, self.meetings):
            tab.show_detail(detail)
