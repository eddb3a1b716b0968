"""Which action each button and key in the enterprise tabs triggers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from asfdesk.domain.vocab import MeetingKind

if TYPE_CHECKING:
    from asfdesk.ui.main_window import MainWindow


def wire_sections(self: MainWindow) -> None:
    """Connect the detail tabs' requests to the actions that carry them out."""
    overview = self.detail_view.overview
    actions = self.enterprise_actions
    overview.contacts_section.new_requested.connect(self._new_contact_person)
    overview.contacts_section.edit_requested.connect(actions.edit_contact_person)
    overview.contacts_section.delete_requested.connect(actions.delete_contact_person)
    overview.agreements_section.new_requested.connect(self._new_agreement)
    overview.agreements_section.edit_requested.connect(actions.edit_agreement)
    overview.agreements_section.delete_requested.connect(actions.delete_agreement)
    support = self.detail_view.support.section
    support.new_requested.connect(self.log_contact)
    support.edit_requested.connect(self.support_actions.edit_contact)
    support.delete_requested.connect(self.support_actions.delete_contact)
    modules = self.detail_view.modules
    modules.status_requested.connect(
        lambda module_id, status, name: self._for_enterprise(
            lambda eid: self.support_actions.set_module_status(eid, module_id, status, name)
        )
    )
    modules.cycle_requested.connect(
        lambda module_id, name: self._for_enterprise(
            lambda eid: self.support_actions.cycle_module_status(eid, module_id, name)
        )
    )
    modules.edit_requested.connect(
        lambda module_id, name: self._for_enterprise(lambda eid: self.support_actions.edit_module(eid, module_id, name))
    )

    placements = self.detail_view.placements
    pa = self.placement_actions
    placements.section.new_requested.connect(lambda: self._for_enterprise(pa.new_placement))
    placements.section.edit_requested.connect(pa.edit_placement)
    placements.section.delete_requested.connect(pa.delete_placement)
    placements.end_requested.connect(pa.end_placement)
    placements.participant_edit_requested.connect(pa.edit_participant)
    placements.new_with_participant_requested.connect(lambda: self._for_enterprise(pa.new_participant_and_placement))

    meetings = self.detail_view.meetings
    ma = self.meeting_actions
    meetings.section.new_requested.connect(lambda: self._for_enterprise(ma.new_meeting))
    meetings.three_party_requested.connect(
        lambda: self._for_enterprise(lambda eid: ma.new_meeting(eid, MeetingKind.THREE_PARTY.value))
    )
    meetings.section.edit_requested.connect(ma.edit_meeting)
    meetings.section.delete_requested.connect(ma.delete_meeting)
    meetings.action_toggle_requested.connect(ma.toggle_action_item)

    reports = self.reports_view
    reports.period_requested.connect(
        lambda request, municipality, as_excel: self.report_actions.period_report(
            request, municipality or None, as_excel
        )
    )
    reports.batch_requested.connect(
        lambda request, ids, folder, combined: self.report_actions.start_batch(request, ids, folder, combined)
    )
    meetings.print_requested.connect(self.report_actions.meeting_summary)
    meetings.calendar_requested.connect(self.admin_actions.meeting_to_calendar)
    self.detail_view.overview.print_button.clicked.connect(self.print_summary)
