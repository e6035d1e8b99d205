"""Per-user interface preferences, each declared once with its type, default and title (kept in QSettings).

Organisation-wide settings live in the database; these follow the person at this computer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: object
    title: str  # translatable (context "Settings")

    def read(self, settings: QSettings | None = None):
        settings = settings if settings is not None else QSettings()
        if self.type is bool:  # an INI file keeps "true"/"false": Qt converts when told the type
            return bool(settings.value(self.key, self.default, type=bool))
        value = settings.value(self.key, self.default)
        if value is None or not isinstance(value, self.type):
            return self.default
        return value

    def write(self, value, settings: QSettings | None = None) -> None:
        (settings if settings is not None else QSettings()).setValue(self.key, value)


UI_LANGUAGE = Option("interface/language", str, "system", QT_TRANSLATE_NOOP("Settings", "Interface language"))
WINDOW_GEOMETRY = Option("main_window/geometry", QByteArray, QByteArray(),
                         QT_TRANSLATE_NOOP("Settings", "Main window position and size"))
SHOW_ARCHIVED_MEMBERS = Option("members/show_archived", bool, False,
                               QT_TRANSLATE_NOOP("Settings", "Show archived members in the list"))
LAST_PAGE = Option("main_window/page", str, "dashboard", QT_TRANSLATE_NOOP("Settings", "Page shown at start"))
