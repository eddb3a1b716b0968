"""Loading the display language at start: our .qm catalogue, Qt's own, and the locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asfdesk import i18n
from asfdesk.resource_files import resources_dir

LOCALES = {
    i18n.SWEDISH: QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    i18n.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
LANGUAGE_NAMES = {i18n.SWEDISH: "Svenska", i18n.ENGLISH: "English"}

_installed: list[QTranslator] = []


def catalogue_path(language: str) -> str:
    return str(resources_dir() / "translations" / f"asfdesk_{language}.qm")


def install_language(language: str) -> bool:
    """Switch the process to `language`; False when our catalogue for it could not be loaded."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = True
    if language != i18n.SWEDISH:
        ours = QTranslator()
        loaded = ours.load(catalogue_path(language))
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
    qt_own = QTranslator()  # Qt's standard buttons and dialogs ("Avbryt", "Cancel")
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    chosen = language if loaded else i18n.SWEDISH
    QLocale.setDefault(LOCALES[chosen])
    i18n.install(QCoreApplication.translate if chosen != i18n.SWEDISH else None, chosen)
    return loaded
