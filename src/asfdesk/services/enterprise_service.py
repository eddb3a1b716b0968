"""Writing enterprises, their contact persons and their agreements."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asfdesk.domain.inputs import (
    AgreementInput,
    ContactPersonInput,
    EnterpriseInput,
    validate_agreement,
    validate_contact_person,
    validate_enterprise,
)
from asfdesk.domain.municipalities import region_of
from asfdesk.domain.validation import check_orgnr
from asfdesk.i18n import translate
from asfdesk.services.record_service import RecordService, field_normaliser
from asfdesk.storage.models import Agreement, ContactPerson, Enterprise

_format_orgnr = field_normaliser(check_orgnr)


class EnterpriseService(RecordService[Enterprise, EnterpriseInput]):
    model = Enterprise
    input_cls = EnterpriseInput

    def validate(self, data: EnterpriseInput) -> dict[str, str]:
        return validate_enterprise(data)

    def normalise(self, data: EnterpriseInput) -> EnterpriseInput:
        data.name = data.name.strip()
        data.municipality = data.municipality.strip()
        data.orgnr = _format_orgnr(data.orgnr)
        data.business_lines = [line.strip() for line in data.business_lines if line.strip()]
        return data

    def check_in_session(self, session: Session, data: EnterpriseInput, record_id: str | None) -> dict[str, str]:
        if not data.orgnr:
            return {}
        clash = session.scalars(
            select(Enterprise.name).where(Enterprise.orgnr == data.orgnr, Enterprise.id != (record_id or ""))
        ).first()
        return (
            {"orgnr": translate("enterprise", "Organisationsnumret används redan av %1.").replace("%1", clash)}
            if clash
            else {}
        )

    def copy_in(self, session: Session, row: Enterprise, data: EnterpriseInput) -> None:
        super().copy_in(session, row, data)
        row.region = region_of(data.municipality) or row.region or ""

    def known_municipalities(self) -> list[str]:
        with self._session_factory() as session:
            return sorted(set(session.scalars(select(Enterprise.municipality).distinct())))

    def count(self) -> int:
        with self._session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(Enterprise)) or 0)


class ContactPersonService(RecordService[ContactPerson, ContactPersonInput]):
    model = ContactPerson
    input_cls = ContactPersonInput
    parent_field = "enterprise_id"

    def validate(self, data: ContactPersonInput) -> dict[str, str]:
        return validate_contact_person(data)

    def normalise(self, data: ContactPersonInput) -> ContactPersonInput:
        data.name = data.name.strip()
        data.email = data.email.strip()
        return data


class AgreementService(RecordService[Agreement, AgreementInput]):
    model = Agreement
    input_cls = AgreementInput
    parent_field = "enterprise_id"

    def validate(self, data: AgreementInput) -> dict[str, str]:
        return validate_agreement(data)

    def label(self, row: Agreement) -> str:
        return row.title or row.agreement_type
