"""Follow-up meetings: plan, record what was said and decided, tick off action items."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from asfdesk.context import AppContext
from asfdesk.domain.inputs import MeetingInput, validate_meeting
from asfdesk.domain.meetings import AGENDA_TEMPLATES, agenda_template
from asfdesk.domain.vocab import MeetingKind
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.forms.specs import meeting_specs
from asfdesk.ui.record_editor import RecordEditor
from asfdesk.ui.undo import UpdateRecord


def follow_template(dialog: FormDialog[Any]) -> None:
    """Changing the kind of meeting swaps in its agenda, unless the user has written one of their own."""
    kind = dialog.editors["kind"].widget
    agenda = dialog.editors["agenda"].widget
    assert isinstance(kind, QComboBox) and isinstance(agenda, QPlainTextEdit)

    def swap() -> None:
        current = agenda.toPlainText().strip()
        if not current or current in AGENDA_TEMPLATES.values():
            agenda.setPlainText(agenda_template(kind.currentData()))

    kind.currentIndexChanged.connect(swap)


class MeetingActions:
    def __init__(self, context: Callable[[], AppContext], editor: RecordEditor) -> None:
        self._context = context
        self._editor = editor

    def _specs(self, enterprise_id: str | None) -> list:  # type: ignore[type-arg]
        ctx = self._context()
        placements = ctx.meetings.placement_choices(enterprise_id) if enterprise_id else []
        return meeting_specs(placements, ctx.lookups.attendee_suggestions(enterprise_id), ctx.projects.choices())

    def new_meeting(
        self, enterprise_id: str | None, kind: str = MeetingKind.FOLLOW_UP.value, placement_id: str | None = None
    ) -> str | None:
        ctx = self._context()
        tomorrow = date.today() + timedelta(days=1)
        initial = MeetingInput(
            enterprise_id=enterprise_id,
            kind=kind,
            starts_at=datetime.combine(tomorrow, time(10, 0)),
            agenda=agenda_template(kind),
            placement_ids=[placement_id] if placement_id else [],
        )
        return self._editor.create(
            ctx.meetings,
            QCoreApplication.translate("MeetingActions", "Nytt möte"),
            self._specs(enterprise_id),
            initial,
            validate_meeting,
            hook=follow_template,
        )

    def edit_meeting(self, meeting_id: str) -> bool:
        ctx = self._context()
        enterprise_id = ctx.meetings.get_input(meeting_id).enterprise_id
        return self._editor.edit(
            ctx.meetings,
            meeting_id,
            QCoreApplication.translate("MeetingActions", "Möte"),
            self._specs(enterprise_id),
            validate_meeting,
            hook=follow_template,
        )

    def delete_meeting(self, meeting_id: str) -> bool:
        ctx = self._context()
        data = ctx.meetings.get_input(meeting_id)
        when = data.starts_at.strftime("%Y-%m-%d") if data.starts_at else ""
        return self._editor.delete(
            ctx.meetings, meeting_id, QCoreApplication.translate("MeetingActions", "mötet %1").replace("%1", when)
        )

    def toggle_action_item(self, meeting_id: str, index: int) -> None:
        """Mark an action item done today, or open again; undoable like any edit."""
        if self._editor.refuse_if_read_only():
            return
        service = self._context().meetings
        old = service.get_input(meeting_id)
        new = dataclasses.replace(old, action_items=[dataclasses.replace(i) for i in old.action_items])
        item = new.action_items[index]
        item.done_date = None if item.done_date else date.today()
        service.update(meeting_id, new)

        def notify(record_id: str) -> None:
            self._editor.changed.emit("meeting", record_id)

        self._editor.undo_stack.push(
            UpdateRecord(
                QCoreApplication.translate("MeetingActions", "Åtgärd klar"), service, meeting_id, old, new, notify
            )
        )
        notify(meeting_id)
