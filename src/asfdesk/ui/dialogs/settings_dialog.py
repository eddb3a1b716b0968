"""Inställningar: the database's settings and this computer's preferences, in one validated form."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from asfdesk.domain.reporting import DefaultPeriod
from asfdesk.i18n import LANGUAGES
from asfdesk.preferences import Preferences, check_data_dir, load_preferences, save_preferences
from asfdesk.services.settings import (
    ALL,
    REPORT_LOGO,
    AppSettings,
    SettingsService,
    load_all,
    read_logo,
    save_all,
    validate_settings,
)
from asfdesk.ui.forms.fields import FieldSpec, Kind
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.language import LANGUAGE_NAMES


@dataclass
class SettingsForm(AppSettings):
    """What the dialog edits: the database's settings plus this computer's preferences."""

    logo_file: str = ""  # a new logo to read in; empty keeps the current one
    remove_logo: bool = False
    language: str = "sv"
    data_dir: str = ""


def _specs(has_logo: bool) -> list[FieldSpec]:
    specs = []
    for key, definition in ALL.items():
        if definition is REPORT_LOGO:
            specs.append(
                FieldSpec(
                    "logo_file",
                    QCoreApplication.translate("SettingsDialog", "Ny logotyp (PNG/JPEG-fil)"),
                    placeholder=QCoreApplication.translate("SettingsDialog", "sökväg till bildfilen"),
                    help=QCoreApplication.translate("SettingsDialog", "Visas uppe till vänster i varje rapport."),
                )
            )
            if has_logo:
                specs.append(
                    FieldSpec(
                        "remove_logo", QCoreApplication.translate("SettingsDialog", "Ta bort logotypen"), Kind.BOOL
                    )
                )
        elif definition.choices:
            specs.append(FieldSpec(key, definition.label, Kind.CHOICE, choices=DefaultPeriod.choices(), optional=False))
        else:
            kind = Kind.TEXT if isinstance(definition.default, str) else Kind.INT
            specs.append(FieldSpec(key, definition.label, kind, optional=False, minimum=definition.minimum))
    specs.append(
        FieldSpec(
            "language",
            QCoreApplication.translate("SettingsDialog", "Språk (byts vid nästa start)"),
            Kind.CHOICE,
            choices=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
            optional=False,
        )
    )
    specs.append(
        FieldSpec(
            "data_dir",
            QCoreApplication.translate("SettingsDialog", "Datamapp"),
            placeholder=QCoreApplication.translate("SettingsDialog", "standardmappen"),
            help=QCoreApplication.translate(
                "SettingsDialog",
                "Där databasen, säkerhetskopiorna och rapporterna sparas. "
                "Den öppna databasen kopieras dit om mappen inte redan har en.",
            ),
        )
    )
    return specs


def validate_form(data: SettingsForm) -> dict[str, str]:
    errors = validate_settings(data)
    if data.logo_file.strip():
        try:
            read_logo(Path(data.logo_file.strip()).expanduser())
        except ValueError as exc:
            errors["logo_file"] = str(exc)
    problem = check_data_dir(data.data_dir)
    if problem:
        errors["data_dir"] = problem
    return errors


def save_form(service: SettingsService, data: SettingsForm) -> Preferences:
    """Save both halves; returns the preferences as they now are."""
    settings = AppSettings(**{f.name: getattr(data, f.name) for f in fields(AppSettings)})
    if data.remove_logo:
        settings.report_logo = ""
    if data.logo_file.strip():
        settings.report_logo = read_logo(Path(data.logo_file.strip()).expanduser())
    save_all(service, settings)
    chosen = str(Path(data.data_dir.strip()).expanduser()) if data.data_dir.strip() else ""
    preferences = load_preferences().with_changes(language=data.language, data_dir=chosen)
    save_preferences(preferences)
    return preferences


def settings_dialog(service: SettingsService, parent: Any = None) -> FormDialog[SettingsForm]:
    current = load_all(service)
    preferences = load_preferences()
    initial = SettingsForm(
        **{f.name: getattr(current, f.name) for f in fields(AppSettings)},
        language=preferences.language,
        data_dir=preferences.data_dir,
    )
    return FormDialog(
        QCoreApplication.translate("SettingsDialog", "Inställningar"),
        _specs(bool(current.report_logo)),
        initial,
        validate_form,
        lambda data: save_form(service, data),
        parent,
        size_key="settings",
    )
