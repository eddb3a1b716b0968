"""Writing handledarstöd contacts (with the modules they served) and module progress."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from asfdesk.domain.inputs import (
    ModuleProgressInput,
    SupportContactInput,
    validate_module_progress,
    validate_support_contact,
)
from asfdesk.domain.vocab import ModuleStatus
from asfdesk.services.record_service import RecordService
from asfdesk.storage.base import utcnow
from asfdesk.storage.models import ModuleProgress, Staff, SupportContact, SupportContactModule, SupportRelationship

# staff who log handledarstöd (the advisors offered in the quick entry)
ADVISING_ROLES = ("radgivare", "processledare", "samordnare")


class SupportContactService(RecordService[SupportContact, SupportContactInput]):
    model = SupportContact
    input_cls = SupportContactInput
    parent_field = "enterprise_id"

    def validate(self, data: SupportContactInput) -> dict[str, str]:
        return validate_support_contact(data, today=date.today())

    def normalise(self, data: SupportContactInput) -> SupportContactInput:
        data.notes = data.notes.strip()
        data.next_step = data.next_step.strip()
        data.module_ids = list(dict.fromkeys(data.module_ids))
        return data

    def label(self, row: SupportContact) -> str:
        return f"Kontakt {row.contact_date.isoformat()}"

    def copy_out(self, session: Session, row: SupportContact) -> SupportContactInput:
        data = super().copy_out(session, row)
        data.module_ids = [link.module_id for link in row.module_links if link.deleted_at is None]
        return data

    def after_write(self, session: Session, row: SupportContact, data: SupportContactInput) -> None:
        """Make the contact's module links match the input (re-using a link removed earlier)."""
        links = session.scalars(
            select(SupportContactModule)
            .where(SupportContactModule.contact_id == row.id)
            .execution_options(include_deleted=True)
        ).all()
        by_module = {link.module_id: link for link in links}
        wanted = set(data.module_ids)
        for module_id, link in by_module.items():
            if module_id in wanted and link.deleted_at is not None:
                link.deleted_at = None
            elif module_id not in wanted and link.deleted_at is None:
                link.deleted_at = utcnow()
        for module_id in wanted - by_module.keys():
            session.add(SupportContactModule(contact_id=row.id, module_id=module_id))

    def last_advisor_id(self) -> str | None:
        """The advisor of the most recently logged contact: the sensible default for the next one."""
        with self._session_factory() as session:
            return session.scalar(
                select(SupportContact.advisor_id)
                .where(SupportContact.advisor_id.is_not(None))
                .order_by(SupportContact.created_at.desc())
                .limit(1)
            )

    def new_input(
        self, today: date | None = None, me: str | None = None, enterprise_id: str | None = None
    ) -> SupportContactInput:
        """A new contact for today, its advisor the one most likely right: the person at this
        computer (`me`, a staff id) when they advise, else the enterprise's own advisor, else the
        advisor of the last contact logged."""
        day = today or date.today()
        return SupportContactInput(contact_date=day, advisor_id=self.default_advisor_id(day, me, enterprise_id))

    def default_advisor_id(self, today: date, me: str | None, enterprise_id: str | None) -> str | None:
        with self._session_factory() as session:
            if me:
                role = session.scalar(select(Staff.role).where(Staff.id == me))
                if role in ADVISING_ROLES:
                    return me
            if enterprise_id:
                current = (
                    select(SupportRelationship.advisor_id)
                    .where(
                        SupportRelationship.enterprise_id == enterprise_id,
                        SupportRelationship.advisor_id.is_not(None),
                        or_(SupportRelationship.start_date.is_(None), SupportRelationship.start_date <= today),
                        or_(SupportRelationship.end_date.is_(None), SupportRelationship.end_date >= today),
                    )
                    .order_by(SupportRelationship.start_date.desc())
                    .limit(1)
                )
                if found := session.scalar(current):
                    return str(found)
        return self.last_advisor_id()


class ModuleProgressService(RecordService[ModuleProgress, ModuleProgressInput]):
    """Progress rows are created on first change: one per enterprise and module."""

    model = ModuleProgress
    input_cls = ModuleProgressInput
    parent_field = "enterprise_id"

    def validate(self, data: ModuleProgressInput) -> dict[str, str]:
        return validate_module_progress(data)

    def find(self, enterprise_id: str, module_id: str) -> str | None:
        with self._session_factory() as session:
            return session.scalar(
                select(ModuleProgress.id).where(
                    ModuleProgress.enterprise_id == enterprise_id, ModuleProgress.module_id == module_id
                )
            )

    def input_for(self, enterprise_id: str, module_id: str) -> tuple[str | None, ModuleProgressInput]:
        record_id = self.find(enterprise_id, module_id)
        return record_id, (self.get_input(record_id) if record_id else ModuleProgressInput())

    def save(self, enterprise_id: str, module_id: str, data: ModuleProgressInput) -> str:
        """Create or update the enterprise's progress in one module; returns the progress id."""
        record_id = self.find(enterprise_id, module_id)
        if record_id:
            self.update(record_id, data)
            return record_id
        data = self._checked(data)
        with self._session_factory.begin() as session:
            row = ModuleProgress(enterprise_id=enterprise_id, module_id=module_id)
            self.copy_in(session, row, data)
            session.add(row)
            session.flush()
            return row.id

    def with_status(self, data: ModuleProgressInput, status: str, today: date | None = None) -> ModuleProgressInput:
        """The input after a one-key status change: dates follow the status when they are empty."""
        today = today or date.today()
        data.status = status
        if status in (ModuleStatus.IN_PROGRESS, ModuleStatus.DONE) and data.start_date is None:
            data.start_date = today
        if status == ModuleStatus.DONE and data.end_date is None:
            data.end_date = max(today, data.start_date or today)
        if status in (ModuleStatus.NOT_STARTED, ModuleStatus.IN_PROGRESS):
            data.end_date = None
        if status == ModuleStatus.NOT_STARTED:
            data.start_date = None
        return data
