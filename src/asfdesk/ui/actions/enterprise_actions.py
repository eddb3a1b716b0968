"""Enterprises, their contact persons and agreements: new, edit, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from asfdesk.context import AppContext
from asfdesk.domain.inputs import (
    AgreementInput,
    ContactPersonInput,
    EnterpriseInput,
    validate_agreement,
    validate_contact_person,
    validate_enterprise,
)
from asfdesk.ui.forms.specs import agreement_specs, contact_person_specs, enterprise_specs
from asfdesk.ui.record_editor import RecordEditor


class EnterpriseActions:
    def __init__(self, context: Callable[[], AppContext], editor: RecordEditor) -> None:
        self._context = context
        self._editor = editor

    def _specs(self) -> list:  # type: ignore[type-arg]
        return enterprise_specs(self._context().enterprise_records.known_municipalities())

    def new_enterprise(self) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.enterprise_records,
            QCoreApplication.translate("EnterpriseActions", "Nytt företag"),
            self._specs(),
            EnterpriseInput(),
            validate_enterprise,
        )

    def edit_enterprise(self, enterprise_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.enterprise_records,
            enterprise_id,
            QCoreApplication.translate("EnterpriseActions", "Redigera företag"),
            self._specs(),
            validate_enterprise,
        )

    def delete_enterprise(self, enterprise_id: str, name: str) -> bool:
        return self._editor.delete(self._context().enterprise_records, enterprise_id, name)

    def new_contact_person(self, enterprise_id: str) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.contact_persons,
            QCoreApplication.translate("EnterpriseActions", "Ny kontaktperson"),
            contact_person_specs(),
            ContactPersonInput(),
            validate_contact_person,
            parent_id=enterprise_id,
        )

    def edit_contact_person(self, record_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.contact_persons,
            record_id,
            QCoreApplication.translate("EnterpriseActions", "Redigera kontaktperson"),
            contact_person_specs(),
            validate_contact_person,
        )

    def delete_contact_person(self, record_id: str) -> bool:
        ctx = self._context()
        name = ctx.contact_persons.get_input(record_id).name
        return self._editor.delete(ctx.contact_persons, record_id, name)

    def new_agreement(self, enterprise_id: str) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.agreements,
            QCoreApplication.translate("EnterpriseActions", "Nytt avtal"),
            agreement_specs(ctx.lookups.organisations(), ctx.projects.choices()),
            AgreementInput(),
            validate_agreement,
            parent_id=enterprise_id,
        )

    def edit_agreement(self, record_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.agreements,
            record_id,
            QCoreApplication.translate("EnterpriseActions", "Redigera avtal"),
            agreement_specs(ctx.lookups.organisations(), ctx.projects.choices()),
            validate_agreement,
        )

    def delete_agreement(self, record_id: str) -> bool:
        ctx = self._context()
        data = ctx.agreements.get_input(record_id)
        return self._editor.delete(
            ctx.agreements, record_id, data.title or QCoreApplication.translate("EnterpriseActions", "avtalet")
        )
