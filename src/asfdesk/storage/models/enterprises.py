"""Enterprises (ASF), their contact persons, agreements and who supports them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.organisations import Organisation, Staff


class Enterprise(SyncedRow, Base):
    __tablename__ = "enterprise"

    name: Mapped[str] = mapped_column(String(200), index=True)
    orgnr: Mapped[str] = mapped_column(String(11), default="")
    legal_form: Mapped[str] = mapped_column(String(40))
    municipality: Mapped[str] = mapped_column(String(80), index=True)
    region: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    business_lines: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20))
    employees: Mapped[int] = mapped_column(Integer, default=0)
    training_places: Mapped[int] = mapped_column(Integer, default=0)
    member_sak: Mapped[bool] = mapped_column(Boolean, default=False)
    member_skoopi: Mapped[bool] = mapped_column(Boolean, default=False)
    start_grant_kr: Mapped[int | None] = mapped_column(Integer, default=None)
    start_grant_date: Mapped[date | None] = mapped_column(Date, default=None)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[ContactPerson]] = relationship(back_populates="enterprise")
    agreements: Mapped[list[Agreement]] = relationship(back_populates="enterprise")
    support_relationships: Mapped[list[SupportRelationship]] = relationship(back_populates="enterprise")


class ContactPerson(SyncedRow, Base):
    __tablename__ = "contact_person"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Handledare should be trained for the role; the date lets the app warn when it is missing.
    training_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship(back_populates="contacts")


class Agreement(SyncedRow, Base):
    """An agreement or purchase between a public buyer and the enterprise (IOP, ramavtal…)."""

    __tablename__ = "agreement"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    buyer_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    agreement_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    value_kr: Mapped[int | None] = mapped_column(Integer)
    contracted_places: Mapped[int | None] = mapped_column(Integer)
    price_per_place_month_kr: Mapped[int | None] = mapped_column(Integer)
    price_employed_month_kr: Mapped[int | None] = mapped_column(Integer)
    max_months_per_participant: Mapped[int | None] = mapped_column(Integer)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship(back_populates="agreements")
    buyer: Mapped[Organisation | None] = relationship()


class SupportRelationship(SyncedRow, Base):
    """Which organisation and advisor supports the enterprise, under which agreement and period."""

    __tablename__ = "support_relationship"

    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    advisor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    enterprise: Mapped[Enterprise] = relationship(back_populates="support_relationships")
    organisation: Mapped[Organisation] = relationship()
    advisor: Mapped[Staff | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
