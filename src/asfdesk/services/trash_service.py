"""Deleting with a way back: soft-delete a record and what belongs to it, list and restore deletions.

A user's deletion stamps every affected row with the same `deleted_at` and records them in
one TrashEntry, so restoring brings back exactly what went, and nothing deleted separately.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.audit import AuditTrail
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.storage.base import Base, SyncedRow, utcnow
from asfdesk.storage.models import (
    ActionItem,
    Agreement,
    Consent,
    ContactPerson,
    Enterprise,
    Goal,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingPlacement,
    ModuleProgress,
    Participant,
    Place,
    Placement,
    Project,
    RevenueFigure,
    SupportContact,
    SupportContactModule,
    SupportRelationship,
    TrashEntry,
)

# What goes with a record when it is deleted: (child model, foreign key column).
DEPENDENTS: dict[type[SyncedRow], tuple[tuple[type[SyncedRow], str], ...]] = {
    Enterprise: (
        (ContactPerson, "enterprise_id"),
        (Agreement, "enterprise_id"),
        (SupportRelationship, "enterprise_id"),
        (ModuleProgress, "enterprise_id"),
        (SupportContact, "enterprise_id"),
        (Placement, "enterprise_id"),
        (Meeting, "enterprise_id"),
        (Place, "enterprise_id"),
        (RevenueFigure, "enterprise_id"),
        (Goal, "enterprise_id"),
    ),
    Agreement: ((Goal, "agreement_id"),),
    Project: ((Goal, "project_id"),),
    SupportContact: ((SupportContactModule, "contact_id"),),
    Participant: ((Placement, "participant_id"), (Consent, "participant_id")),
    Placement: ((MeetingPlacement, "placement_id"),),
    Meeting: (
        (MeetingAttendee, "meeting_id"),
        (MeetingDecision, "meeting_id"),
        (ActionItem, "meeting_id"),
        (MeetingPlacement, "meeting_id"),
    ),
}

KIND_LABELS = {
    "enterprise": (QT_TRANSLATE_NOOP("trash", "företag"), QT_TRANSLATE_NOOP("trash", "företag")),
    "contact_person": (QT_TRANSLATE_NOOP("trash", "kontaktperson"), QT_TRANSLATE_NOOP("trash", "kontaktpersoner")),
    "agreement": (QT_TRANSLATE_NOOP("trash", "avtal"), QT_TRANSLATE_NOOP("trash", "avtal")),
    "support_relationship": (QT_TRANSLATE_NOOP("trash", "stödrelation"), QT_TRANSLATE_NOOP("trash", "stödrelationer")),
    "module_progress": (QT_TRANSLATE_NOOP("trash", "modulstatus"), QT_TRANSLATE_NOOP("trash", "modulstatus")),
    "support_contact": (
        QT_TRANSLATE_NOOP("trash", "handledarstödskontakt"),
        QT_TRANSLATE_NOOP("trash", "handledarstödskontakter"),
    ),
    "support_contact_module": (
        QT_TRANSLATE_NOOP("trash", "modulkoppling"),
        QT_TRANSLATE_NOOP("trash", "modulkopplingar"),
    ),
    "participant": (QT_TRANSLATE_NOOP("trash", "deltagare"), QT_TRANSLATE_NOOP("trash", "deltagare")),
    "consent": (QT_TRANSLATE_NOOP("trash", "samtycke"), QT_TRANSLATE_NOOP("trash", "samtycken")),
    "placement": (QT_TRANSLATE_NOOP("trash", "placering"), QT_TRANSLATE_NOOP("trash", "placeringar")),
    "meeting": (QT_TRANSLATE_NOOP("trash", "möte"), QT_TRANSLATE_NOOP("trash", "möten")),
    "place": (QT_TRANSLATE_NOOP("trash", "plats"), QT_TRANSLATE_NOOP("trash", "platser")),
    "revenue_figure": (QT_TRANSLATE_NOOP("trash", "intäktsuppgift"), QT_TRANSLATE_NOOP("trash", "intäktsuppgifter")),
    "project": (QT_TRANSLATE_NOOP("trash", "projekt"), QT_TRANSLATE_NOOP("trash", "projekt")),
    "goal": (QT_TRANSLATE_NOOP("trash", "mål"), QT_TRANSLATE_NOOP("trash", "mål")),
    "action_plan_activity": (
        QT_TRANSLATE_NOOP("trash", "handlingsplanens aktivitet"),
        QT_TRANSLATE_NOOP("trash", "handlingsplanens aktiviteter"),
    ),
    "meeting_attendee": (QT_TRANSLATE_NOOP("trash", "mötesdeltagare"), QT_TRANSLATE_NOOP("trash", "mötesdeltagare")),
    "meeting_decision": (QT_TRANSLATE_NOOP("trash", "beslut"), QT_TRANSLATE_NOOP("trash", "beslut")),
    "action_item": (QT_TRANSLATE_NOOP("trash", "åtgärd"), QT_TRANSLATE_NOOP("trash", "åtgärder")),
    "meeting_placement": (
        QT_TRANSLATE_NOOP("trash", "mötets placering"),
        QT_TRANSLATE_NOOP("trash", "mötets placeringar"),
    ),
    # never in the Papperskorg, but merged with a team's at a join (same name)
    "organisation": (QT_TRANSLATE_NOOP("trash", "organisation"), QT_TRANSLATE_NOOP("trash", "organisationer")),
    "staff": (QT_TRANSLATE_NOOP("trash", "medarbetare"), QT_TRANSLATE_NOOP("trash", "medarbetare")),
}

# Link rows go silently with their parent; the user is told about the rest.
QUIET_KINDS = {"support_contact_module", "meeting_placement", "meeting_attendee", "meeting_decision"}


def describe_counts(summary: dict[str, int]) -> str:
    """'3 placeringar, 1 möte' from {'placement': 3, 'meeting': 1}, in a stable order."""
    parts = []
    for kind, (singular, plural) in KIND_LABELS.items():
        count = summary.get(kind, 0)
        if count and kind not in QUIET_KINDS:
            parts.append(f"{count} {translate('trash', singular if count == 1 else plural)}")
    return ", ".join(parts)


@dataclass(frozen=True)
class TrashRow:
    id: str
    kind: str
    kind_label: str
    record_id: str
    label: str
    deleted_at: datetime
    summary: str
    enterprise: str = ""  # the enterprise the record belonged to ("" when it belonged to none)


def _model_by_table() -> dict[str, type[SyncedRow]]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedRow)
    }


class TrashService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditTrail | None = None) -> None:
        self._session_factory = session_factory
        self._audit = audit

    def impact(self, model: type[SyncedRow], record_id: str) -> dict[str, int]:
        """What else a deletion would take with it, by kind (the record itself not counted)."""
        with self._session_factory() as session:
            rows = self._collect(session, model, record_id)
        counts = Counter(type(row).__tablename__ for row in rows[1:])
        return dict(counts)

    def delete(self, model: type[SyncedRow], record_id: str, label: str) -> str:
        """Soft-delete the record and its dependents in one transaction; returns the trash entry id."""
        with self._session_factory.begin() as session:
            return self.delete_in(session, model, record_id, label)

    def delete_in(self, session: Session, model: type[SyncedRow], record_id: str, label: str) -> str:
        rows = self._collect(session, model, record_id)
        stamp = utcnow()
        for row in rows:
            row.deleted_at = stamp
        entry = TrashEntry(
            kind=model.__tablename__,
            record_id=record_id,
            label=label,
            stamp=stamp,
            rows=[[type(row).__tablename__, row.id] for row in rows],
            summary=dict(Counter(type(row).__tablename__ for row in rows[1:])),
        )
        session.add(entry)
        session.flush()
        if self._audit is not None:
            self._audit.add(session, "delete", entry.kind, record_id, sorted(entry.summary))
        return entry.id

    def restore(self, entry_id: str) -> str:
        """Bring back everything one deletion took; returns the restored record's id."""
        models = _model_by_table()
        with self._session_factory.begin() as session:
            entry = session.get(TrashEntry, entry_id)
            if entry is None or entry.restored_at is not None:
                raise RecordNotFoundError(entry_id)
            for table, row_id in entry.rows:
                row = session.scalars(
                    select(models[table]).where(models[table].id == row_id).execution_options(include_deleted=True)
                ).one_or_none()
                # Only rows this deletion took: a row deleted on its own earlier stays in the bin.
                if row is not None and row.deleted_at is not None and _same_moment(row.deleted_at, entry.stamp):
                    row.deleted_at = None
            entry.restored_at = utcnow()
            if self._audit is not None:
                self._audit.add(session, "restore", entry.kind, entry.record_id)
            return entry.record_id

    def list_entries(self) -> list[TrashRow]:
        with self._session_factory() as session:
            entries = session.scalars(
                select(TrashEntry).where(TrashEntry.restored_at.is_(None)).order_by(TrashEntry.stamp.desc())
            ).all()
            enterprises = self._enterprise_names(session, entries)
            return [
                TrashRow(
                    id=e.id,
                    kind=e.kind,
                    kind_label=translate("trash", KIND_LABELS.get(e.kind, (e.kind, e.kind))[0]).capitalize(),
                    record_id=e.record_id,
                    label=e.label,
                    deleted_at=e.stamp,
                    summary=describe_counts(e.summary),
                    enterprise=enterprises.get(e.id, ""),
                )
                for e in entries
            ]

    @staticmethod
    def _enterprise_names(session: Session, entries: Sequence[TrashEntry]) -> dict[str, str]:
        """{entry id: name of the enterprise its record belonged to}, deleted records and enterprises included."""
        models = _model_by_table()
        enterprise_of: dict[str, str] = {}
        for entry in entries:
            model = models.get(entry.kind)
            if model is Enterprise:
                enterprise_of[entry.id] = entry.record_id
            elif model is not None and hasattr(model, "enterprise_id"):
                found = session.scalar(
                    select(model.enterprise_id)
                    .where(model.id == entry.record_id)
                    .execution_options(include_deleted=True)
                )
                if found:
                    enterprise_of[entry.id] = str(found)
        rows = session.execute(
            select(Enterprise.id, Enterprise.name)
            .where(Enterprise.id.in_(set(enterprise_of.values())))
            .execution_options(include_deleted=True)
        )
        names = {enterprise_id: name for enterprise_id, name in rows}
        return {entry_id: names.get(enterprise_id, "") for entry_id, enterprise_id in enterprise_of.items()}

    def _collect(self, session: Session, model: type[SyncedRow], record_id: str) -> list[SyncedRow]:
        root = session.get(model, record_id)
        if root is None or root.deleted_at is not None:
            raise RecordNotFoundError(record_id)
        found: list[SyncedRow] = [root]
        seen = {(model, record_id)}
        queue: list[SyncedRow] = [root]
        while queue:
            parent = queue.pop(0)
            for child_model, column in DEPENDENTS.get(type(parent), ()):
                children = session.scalars(select(child_model).where(getattr(child_model, column) == parent.id)).all()
                for child in children:
                    if (child_model, child.id) not in seen:
                        seen.add((child_model, child.id))
                        found.append(child)
                        queue.append(child)
        return found


def _same_moment(a: datetime, b: datetime) -> bool:
    # SQLite hands timezone-aware values back naive; compare the wall-clock UTC values.
    return a.replace(tzinfo=None) == b.replace(tzinfo=None)
