"""Settings as a typed registry: each has a key, a type, a default and a check, in one place.

Stored in the database (the `setting` table), so backups and copies keep them; window layout,
which belongs to the computer rather than the data, stays in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.services.audit import AuditTrail
from asfdesk.storage.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    label: str
    default: Any
    minimum: int | None = None
    maximum: int | None = None

    def check(self, value: Any) -> Any:
        if type(value) is not type(self.default):
            raise ValueError(f"{self.label}: fel typ av värde.")
        if isinstance(value, int) and (
            (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum)
        ):
            raise ValueError(f"{self.label}: ska vara mellan {self.minimum} och {self.maximum}.")
        return value


ORGANISATION_NAME = SettingDef("organisation_name", "Organisationens namn i rapporthuvudet", "")
RETENTION_YEARS = SettingDef("retention_years", "Gallring: år efter sista placering", 2, 1, 20)
LOCK_MINUTES = SettingDef("lock_minutes", "Lås efter minuter utan aktivitet (0 = aldrig)", 0, 0, 240)
BACKUP_KEEP_DAYS = SettingDef("backup_keep_days", "Dagliga säkerhetskopior att spara", 7, 1, 90)
BACKUP_KEEP_WEEKS = SettingDef("backup_keep_weeks", "Veckovisa säkerhetskopior att spara", 4, 0, 52)

ALL = {d.key: d for d in (ORGANISATION_NAME, RETENTION_YEARS, LOCK_MINUTES, BACKUP_KEEP_DAYS, BACKUP_KEEP_WEEKS)}


class SettingsService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditTrail | None = None) -> None:
        self._session_factory = session_factory
        self._audit = audit

    def get(self, definition: SettingDef) -> Any:
        with self._session_factory() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == definition.key))
        try:
            return definition.check(value) if value is not None else definition.default
        except ValueError:
            return definition.default  # a stored value this version cannot use falls back to the default

    def set(self, definition: SettingDef, value: Any) -> None:
        value = definition.check(value)
        with self._session_factory.begin() as session:
            row = session.scalars(select(Setting).where(Setting.key == definition.key)).one_or_none()
            if row is None:
                session.add(Setting(key=definition.key, value=value))
            else:
                row.value = value
            if self._audit is not None:
                self._audit.add(session, "update", "setting", definition.key, [definition.key])


@dataclass
class AppSettings:
    """All settings at once, for the settings dialog."""

    organisation_name: str = ORGANISATION_NAME.default
    retention_years: int = RETENTION_YEARS.default
    lock_minutes: int = LOCK_MINUTES.default
    backup_keep_days: int = BACKUP_KEEP_DAYS.default
    backup_keep_weeks: int = BACKUP_KEEP_WEEKS.default


def validate_settings(data: AppSettings) -> dict[str, str]:
    errors = {}
    for key, definition in ALL.items():
        try:
            definition.check(getattr(data, key))
        except ValueError as exc:
            errors[key] = str(exc)
    return errors


def load_all(service: SettingsService) -> AppSettings:
    return AppSettings(**{key: service.get(definition) for key, definition in ALL.items()})


def save_all(service: SettingsService, data: AppSettings) -> None:
    for key, definition in ALL.items():
        if service.get(definition) != getattr(data, key):
            service.set(definition, getattr(data, key))
