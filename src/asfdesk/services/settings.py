"""Settings as a typed registry: each has a key, a type, a default and a check, in one place.

Stored in the database (the `setting` table), so backups and copies keep them; window layout,
which belongs to the computer rather than the data, stays in QSettings.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.reporting import DefaultPeriod, Period
from asfdesk.domain.warnings import Thresholds
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.audit import AuditTrail
from asfdesk.storage.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    sv_label: str
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # allowed codes for a text setting

    @property
    def label(self) -> str:
        return translate("settings", self.sv_label)

    def check(self, value: Any) -> Any:
        if type(value) is not type(self.default):
            raise ValueError(translate("settings", "%1: fel typ av värde.").replace("%1", self.label))
        if isinstance(value, int) and (
            (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum)
        ):
            raise ValueError(
                translate("settings", "%1: ska vara mellan %2 och %3.")
                .replace("%1", self.label)
                .replace("%2", str(self.minimum))
                .replace("%3", str(self.maximum))
            )
        if self.choices and value not in self.choices:
            raise ValueError(translate("settings", "%1: okänt val.").replace("%1", self.label))
        return value


ORGANISATION_NAME = SettingDef(
    "organisation_name", QT_TRANSLATE_NOOP("settings", "Organisationens namn i rapporthuvudet"), ""
)
RETENTION_YEARS = SettingDef(
    "retention_years", QT_TRANSLATE_NOOP("settings", "Gallring: år efter sista placering"), 2, 1, 20
)
LOCK_MINUTES = SettingDef(
    "lock_minutes", QT_TRANSLATE_NOOP("settings", "Lås efter minuter utan aktivitet (0 = aldrig)"), 0, 0, 240
)
BACKUP_KEEP_DAYS = SettingDef(
    "backup_keep_days", QT_TRANSLATE_NOOP("settings", "Dagliga säkerhetskopior att spara"), 7, 1, 90
)
BACKUP_KEEP_WEEKS = SettingDef(
    "backup_keep_weeks", QT_TRANSLATE_NOOP("settings", "Veckovisa säkerhetskopior att spara"), 4, 0, 52
)

FOLLOW_UP_DAYS = SettingDef(
    "follow_up_days", QT_TRANSLATE_NOOP("settings", "Uppföljning av nya placeringar var (dagar)"), 30, 1, 365
)
DEFAULT_PERIOD = SettingDef(
    "default_period",
    QT_TRANSLATE_NOOP("settings", "Rapporternas period från början"),
    DefaultPeriod.THIS_YEAR.value,
    choices=tuple(p.value for p in DefaultPeriod),
)
REPORT_LOGO = SettingDef("report_logo", QT_TRANSLATE_NOOP("settings", "Logotyp i rapporthuvudet"), "")

# Early warnings (domain.warnings): one threshold per rule.
_W = Thresholds()
WARN_ENDING_DAYS = SettingDef(
    "warn_ending_days",
    QT_TRANSLATE_NOOP("settings", "Varna: placering slutar utan nästa steg inom (dagar)"),
    _W.ending_days,
    1,
    180,
)
WARN_PAST_END_DAYS = SettingDef(
    "warn_past_end_days",
    QT_TRANSLATE_NOOP("settings", "Varna: dagar efter planerat slut utan utfall"),
    _W.past_end_days,
    0,
    180,
)
WARN_EMPLOYMENT_MONTHS = SettingDef(
    "warn_employment_months",
    QT_TRANSLATE_NOOP("settings", "Varna: arbetsmarknadsanställning längre än (månader)"),
    _W.employment_months,
    1,
    60,
)
WARN_EMPLOYMENT_EXTENSIONS = SettingDef(
    "warn_employment_extensions",
    QT_TRANSLATE_NOOP("settings", "Varna: arbetsmarknadsanställning förlängd (gånger)"),
    _W.employment_extensions,
    1,
    20,
)
WARN_NO_CONTACT_WEEKS = SettingDef(
    "warn_no_contact_weeks",
    QT_TRANSLATE_NOOP("settings", "Varna: inget handledarstöd på (veckor)"),
    _W.no_contact_weeks,
    1,
    104,
)
WARN_UNFILLED_MONTHS = SettingDef(
    "warn_unfilled_months",
    QT_TRANSLATE_NOOP("settings", "Varna: avtalade platser tomma i (månader)"),
    _W.unfilled_months,
    1,
    24,
)
WARN_TRAINING_DAYS = SettingDef(
    "warn_training_days",
    QT_TRANSLATE_NOOP("settings", "Varna: handledare utan utbildning efter (dagar)"),
    _W.training_days,
    0,
    730,
)
WARN_RE_REFERRAL_MONTHS = SettingDef(
    "warn_re_referral_months",
    QT_TRANSLATE_NOOP("settings", "Varna: återanvisad inom (månader)"),
    _W.re_referral_months,
    1,
    60,
)
WARN_REVENUE_SHARE = SettingDef(
    "warn_revenue_share_percent",
    QT_TRANSLATE_NOOP("settings", "Varna: andel intäkter från myndigheter över (%)"),
    _W.revenue_share_percent,
    1,
    100,
)
WARNING_SETTINGS = {
    "ending_days": WARN_ENDING_DAYS,
    "past_end_days": WARN_PAST_END_DAYS,
    "employment_months": WARN_EMPLOYMENT_MONTHS,
    "employment_extensions": WARN_EMPLOYMENT_EXTENSIONS,
    "no_contact_weeks": WARN_NO_CONTACT_WEEKS,
    "unfilled_months": WARN_UNFILLED_MONTHS,
    "training_days": WARN_TRAINING_DAYS,
    "re_referral_months": WARN_RE_REFERRAL_MONTHS,
    "revenue_share_percent": WARN_REVENUE_SHARE,
}

ALL = {
    d.key: d
    for d in (
        ORGANISATION_NAME,
        REPORT_LOGO,
        DEFAULT_PERIOD,
        FOLLOW_UP_DAYS,
        RETENTION_YEARS,
        LOCK_MINUTES,
        BACKUP_KEEP_DAYS,
        BACKUP_KEEP_WEEKS,
        *WARNING_SETTINGS.values(),
    )
}


@cache
def _value_statement() -> Select[tuple[Any]]:
    """A setting's stored value by `:key`, over the table's columns: a Core statement does not make
    SQLAlchemy configure every mapper, which start-up leaves until the window is shown."""
    table = Setting.__table__.c
    return select(table.value).where(table.key == bindparam("key"), table.deleted_at.is_(None))


class SettingsService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditTrail | None = None) -> None:
        self._session_factory = session_factory
        self._audit = audit

    def get(self, definition: SettingDef) -> Any:
        with self._session_factory() as session:  # Core, not the ORM: it is read at start-up, see _value_statement
            value = session.connection().execute(_value_statement(), {"key": definition.key}).scalar()
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
    report_logo: str = REPORT_LOGO.default  # a PNG or JPEG, base64: it travels with the database
    default_period: str = DEFAULT_PERIOD.default
    follow_up_days: int = FOLLOW_UP_DAYS.default
    retention_years: int = RETENTION_YEARS.default
    lock_minutes: int = LOCK_MINUTES.default
    backup_keep_days: int = BACKUP_KEEP_DAYS.default
    backup_keep_weeks: int = BACKUP_KEEP_WEEKS.default
    warn_ending_days: int = WARN_ENDING_DAYS.default
    warn_past_end_days: int = WARN_PAST_END_DAYS.default
    warn_employment_months: int = WARN_EMPLOYMENT_MONTHS.default
    warn_employment_extensions: int = WARN_EMPLOYMENT_EXTENSIONS.default
    warn_no_contact_weeks: int = WARN_NO_CONTACT_WEEKS.default
    warn_unfilled_months: int = WARN_UNFILLED_MONTHS.default
    warn_training_days: int = WARN_TRAINING_DAYS.default
    warn_re_referral_months: int = WARN_RE_REFERRAL_MONTHS.default
    warn_revenue_share_percent: int = WARN_REVENUE_SHARE.default


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


LOGO_MAX_BYTES = 512 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def read_logo(path: Path) -> str:
    """A logo file as the setting stores it (base64); ValueError with the reason when it cannot be."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(translate("settings", "Filen kunde inte läsas: %1").replace("%1", str(exc))) from exc
    if not data.startswith(_IMAGE_SIGNATURES):
        raise ValueError(translate("settings", "Logotypen ska vara en PNG- eller JPEG-bild."))
    if len(data) > LOGO_MAX_BYTES:
        raise ValueError(translate("settings", "Logotypen får vara högst 512 kB."))
    return base64.b64encode(data).decode("ascii")


def logo_bytes(stored: str) -> bytes | None:
    """The stored logo as image bytes, or None when there is none (or it is damaged)."""
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except ValueError:
        return None


def thresholds(service: SettingsService) -> Thresholds:
    """The early-warning thresholds as set in Inställningar."""
    return Thresholds(**{name: service.get(definition) for name, definition in WARNING_SETTINGS.items()})


def default_period(service: SettingsService, today: date | None = None) -> Period:
    """The period report dialogs start with, from the setting."""
    return DefaultPeriod.from_code(service.get(DEFAULT_PERIOD)).resolve(today or date.today())
