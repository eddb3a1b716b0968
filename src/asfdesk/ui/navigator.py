"""Taking the user to a record: from a search hit or an Att göra item to the tab where it lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from asfdesk.services.search_service import SearchHit
from asfdesk.services.todo_queries import TodoItem, TodoKind
from asfdesk.ui.widgets.record_section import RecordSection

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


class Navigator:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_hit(self, hit: SearchHit) -> None:
        """Show the record a search hit points at, where it lives."""
        detail = self.window.detail_view
        if hit.kind == "participant":
            found = self.window.context.search.placement_of_participant(hit.record_id)
            if found is None:
                self.window.placement_actions.edit_participant(hit.record_id)
                return
            enterprise_id, record_id = found
            target: tuple[QWidget, RecordSection | None] = (detail.placements, detail.placements.section)
        else:
            enterprise_id, record_id = hit.enterprise_id or "", hit.record_id
            target = {
                "enterprise": (detail.overview, None),
                "contact_person": (detail.overview, detail.overview.contacts_section),
                "support_contact": (detail.support, detail.support.section),
                "meeting": (detail.meetings, detail.meetings.section),
            }[hit.kind]
        self.go_to(enterprise_id, target[0], target[1], record_id)

    def go_to(self, enterprise_id: str, tab: QWidget, section: RecordSection | None, record_id: str) -> None:
        if not enterprise_id:
            return
        self.window.show_view("enterprises")
        if not self.window.list_view.select(enterprise_id):
            self.window.list_view.clear_filters()
            self.window.list_view.select(enterprise_id)
        self.window.detail_view.tabs.setCurrentWidget(tab)
        if section is not None:
            section.select_id(record_id)

    def open_todo(self, item: TodoItem) -> None:
        """Go to the enterprise the item is about, on the tab that holds its record."""
        if item.warning is not None:
            self.window.planning.open_warning(item.warning)
            return
        if item.kind == TodoKind.CONFLICT:
            self.window.team_actions.show_conflicts(item.record_id)
            return
        detail = self.window.detail_view
        tab, section = {
            TodoKind.ACTION_ITEM: (detail.meetings, detail.meetings.section),
            TodoKind.NEXT_STEP: (detail.support, detail.support.section),
        }.get(item.kind, (detail.placements, detail.placements.section))
        self.go_to(item.enterprise_id, tab, section, item.record_id)
