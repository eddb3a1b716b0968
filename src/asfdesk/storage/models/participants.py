"""Participants (pseudonymised by default) and their placements at enterprises."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.storage.base import Base, SyncedRow

if TYPE_CHECKING:
    from asfdesk.storage.models.enterprises import ContactPerson, Enterprise
    from asfdesk.storage.models.organisations import Organisation, Staff


class Participant(SyncedRow, Base):
    __tablename__ = "participant"

    code: Mapped[str] = mapped_column(String(40), unique=True)  # the pseudonym shown everywhere
    personnummer: Mapped[str | None] = mapped_column(String(13))  # optional; never shown unmasked by default
    gender: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    referring_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    case_officer_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    referring_organisation: Mapped[Organisation | None] = relationship()
    case_officer: Mapped[Staff | None] = relationship()
    placements: Mapped[list[Placement]] = relationship(back_populates="participant")


class Placement(SyncedRow, Base):
    __tablename__ = "placement"
    # live ongoing placements per enterprise (the enterprise list) from the index alone
    __table_args__ = (Index("ix_placement_status_enterprise", "status", "deleted_at", "enterprise_id"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    measure_type: Mapped[str] = mapped_column(String(40))
    buyer_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    payer_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    planned_end_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    extent_percent: Mapped[int | None] = mapped_column(Integer)
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("contact_person.id"))
    price_per_month_kr: Mapped[int | None] = mapped_column(Integer)
    price_per_day_kr: Mapped[int | None] = mapped_column(Integer)
    # Compensation varies "from good to none at all": record explicitly when nothing is paid.
    no_compensation: Mapped[bool] = mapped_column(Boolean, default=False)
    place_id: Mapped[str | None] = mapped_column(ForeignKey("place.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    next_step: Mapped[str] = mapped_column(Text, default="")  # the plan after the measure ends
    extensions: Mapped[int] = mapped_column(Integer, default=0)  # times the measure was extended
    follow_up_interval_days: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship(back_populates="placements")
    enterprise: Mapped[Enterprise] = relationship()
    buyer: Mapped[Organisation | None] = relationship(foreign_keys=[buyer_organisation_id])
    payer: Mapped[Organisation | None] = relationship(foreign_keys=[payer_organisation_id])
    supervisor: Mapped[ContactPerson | None] = relationship()
