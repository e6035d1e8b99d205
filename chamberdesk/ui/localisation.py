"""Which language the interface speaks, and the translators and locale that follow from it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..assets import translations_dir

log = logging.getLogger(__name__)

# Each language named in itself, so a person who cannot read the current one still finds theirs.
LANGUAGES = {"en": "English", "ja": "日本語"}
DEFAULT_LANGUAGE = "en"
SYSTEM = "system"


def resolve_language(choice: str | None) -> str:
    """The setting ("system", "en", "ja") → a language we ship; the system's when it is one of ours."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def interface_language() -> str:
    """The language in use, as installed by ``install_language`` (dates and numbers follow it)."""
    return QLocale().name().split("_")[0]


def formatting_locale() -> str:
    """The locale for babel: the default QLocale, e.g. en_IN when the system's English is Indian."""
    return QLocale().name()


def install_language(app: QApplication, language: str) -> None:
    """Install our catalogue and Qt's own (standard buttons, dialogs) and make the locale the default."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if language != DEFAULT_LANGUAGE:
        _install(app, f"chamberdesk_{language}", str(translations_dir()))
        _install(app, f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == language else QLocale(language))


def _install(app: QApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
    else:
        log.warning("no translation %s in %s", name, folder)
        translator.deleteLater()
