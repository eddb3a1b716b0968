"""Inställningar: the settings kept in the database, edited in one validated form."""

from __future__ import annotations

from typing import Any

from asfdesk.services.settings import ALL, AppSettings, SettingsService, load_all, save_all, validate_settings
from asfdesk.ui.forms.fields import FieldSpec, Kind
from asfdesk.ui.forms.form_dialog import FormDialog


def settings_dialog(service: SettingsService, parent: Any = None) -> FormDialog[AppSettings]:
    specs = [
        FieldSpec(
            key,
            definition.label,
            Kind.TEXT if isinstance(definition.default, str) else Kind.INT,
            optional=False,
            minimum=definition.minimum,
        )
        for key, definition in ALL.items()
    ]
    return FormDialog(
        "Inställningar", specs, load_all(service), validate_settings, lambda data: save_all(service, data), parent
    )
