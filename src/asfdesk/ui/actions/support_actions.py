"""Handledarstöd contacts (quick entry, Ctrl+L) and the module board."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from asfdesk.context import AppContext
from asfdesk.domain.inputs import validate_module_progress, validate_support_contact
from asfdesk.domain.vocab import ModuleStatus
from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.support_service import ADVISING_ROLES
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.forms.specs import module_progress_specs, support_contact_specs
from asfdesk.ui.record_editor import RecordEditor
from asfdesk.ui.undo import ChangeModuleProgress


class SupportActions:
    def __init__(
        self, context: Callable[[], AppContext], editor: RecordEditor, me: Callable[[], str] = lambda: ""
    ) -> None:
        self._context = context
        self._editor = editor
        self._me = me  # the staff member at this computer ("" when not chosen)

    def _specs(self) -> list:  # type: ignore[type-arg]
        lookups = self._context().lookups
        return support_contact_specs(
            lookups.staff(*ADVISING_ROLES),
            lookups.modules(),
            self._context().projects.choices(),
        )

    def log_contact(self, enterprise_id: str) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.support_contacts,
            QCoreApplication.translate("SupportActions", "Logga handledarstöd"),
            self._specs(),
            ctx.support_contacts.new_input(me=self._me() or None, enterprise_id=enterprise_id),
            validate_support_contact,
            parent_id=enterprise_id,
        )

    def edit_contact(self, record_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.support_contacts,
            record_id,
            QCoreApplication.translate("SupportActions", "Redigera handledarstöd"),
            self._specs(),
            validate_support_contact,
        )

    def delete_contact(self, record_id: str) -> bool:
        ctx = self._context()
        data = ctx.support_contacts.get_input(record_id)
        what = QCoreApplication.translate("SupportActions", "kontakten %1").replace(
            "%1", data.contact_date.isoformat() if data.contact_date else ""
        )
        return self._editor.delete(ctx.support_contacts, record_id, what)

    # -- modules ---------------------------------------------------------------------------
    def set_module_status(self, enterprise_id: str, module_id: str, status: str, module_name: str) -> None:
        service = self._context().module_progress
        _record, old = service.input_for(enterprise_id, module_id)
        new = service.with_status(dataclasses.replace(old), status)
        if new == old:
            return
        text = (
            QCoreApplication.translate("SupportActions", "%1: %2")
            .replace("%1", module_name)
            .replace("%2", ModuleStatus.label_of(status))
        )
        self._push(enterprise_id, module_id, old, new, text)

    def cycle_module_status(self, enterprise_id: str, module_id: str, module_name: str) -> None:
        order = [ModuleStatus.NOT_STARTED, ModuleStatus.IN_PROGRESS, ModuleStatus.DONE]
        _record, old = self._context().module_progress.input_for(enterprise_id, module_id)
        current = ModuleStatus.from_code(old.status) if old.status in {s.value for s in order} else ModuleStatus.DONE
        following = order[(order.index(current) + 1) % len(order)]
        self.set_module_status(enterprise_id, module_id, following, module_name)

    def edit_module(self, enterprise_id: str, module_id: str, module_name: str) -> bool:
        if self._editor.refuse_if_read_only():
            return False
        service = self._context().module_progress
        _record, old = service.input_for(enterprise_id, module_id)
        dialog: FormDialog[Any] = FormDialog(
            module_name,
            module_progress_specs(),
            old,
            validate_module_progress,
            lambda data: service.save(enterprise_id, module_id, data),
            self._editor.parent_widget,
            size_key="module_progress",
        )
        accepted = self._editor.exec_dialog(dialog)
        dialog.deleteLater()
        if not accepted:
            return False
        # Saved by the dialog; pushing re-saves the same input, which changes nothing more.
        self._push(enterprise_id, module_id, old, dialog.value, module_name)
        return True

    def _push(self, enterprise_id: str, module_id: str, old: object, new: object, text: str) -> None:
        if self._editor.refuse_if_read_only():
            return
        try:
            self._editor.undo_stack.push(
                ChangeModuleProgress(
                    text,
                    self._context().module_progress,
                    enterprise_id,
                    module_id,
                    old,
                    new,
                    lambda eid: self._editor.changed.emit("module_progress", eid),
                )
            )
        except ValidationFailedError as exc:
            self._editor.show_error(
                QCoreApplication.translate("SupportActions", "Modulen kunde inte sparas"),
                "\n".join(exc.errors.values()),
            )
