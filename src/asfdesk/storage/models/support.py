"""Handledarstöd contacts: the advisor's log of coaching given to an enterprise."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.enterprises import Enterprise
    from asfdesk.storage.models.modules import Module
    from asfdesk.storage.models.organisations import Staff


class SupportContact(SyncedRow, Base):
    __tablename__ = "support_contact"
    # an enterprise's latest live contact is one seek in this index alone, for the list and for Att göra
    __table_args__ = (
        Index("ix_support_contact_enterprise_date", "enterprise_id", "deleted_at", "contact_date"),
        # covering: every live contact in date order without reading the table (the list of all contacts)
        Index("ix_support_contact_contact_date", "contact_date", "deleted_at", "enterprise_id"),
    )

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    advisor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    contact_date: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_date: Mapped[date | None] = mapped_column(Date, index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)

    enterprise: Mapped[Enterprise] = relationship()
    advisor: Mapped[Staff | None] = relationship()
    module_links: Mapped[list[SupportContactModule]] = relationship(back_populates="contact")


class SupportContactModule(SyncedRow, Base):
    """Link: a contact served one module (a contact can serve several)."""

    __tablename__ = "support_contact_module"
    __table_args__ = (UniqueConstraint("contact_id", "module_id", name="uq_support_contact_module_pair"),)

    contact_id: Mapped[str] = mapped_column(ForeignKey("support_contact.id"), index=True)
    module_id: Mapped[str] = mapped_column(ForeignKey("module.id"), index=True)

    contact: Mapped[SupportContact] = relationship(back_populates="module_links")
    module: Mapped[Module] = relationship()
