"""The bundled fonts and the family list that lets every script of our users render in the interface.

Without them a machine with only Latin fonts shows boxes for Japanese, Devanagari, Malayalam and
Thai. Qt would otherwise pick a fallback per glyph and mix Japanese fonts within one word, so the
application font names its families explicitly, in this order of preference.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..assets import fonts_dir

log = logging.getLogger(__name__)

UI_FONT_FAMILIES = ("Noto Sans", "IPAexGothic", "Noto Sans Devanagari", "Noto Sans Malayalam", "Noto Sans Thai",
                    "ChamberDesk JP Supplement")


def load_bundled_fonts(folder: Path | None = None) -> set[str]:
    """Register every TrueType file of the bundled fonts folder; return the families now available."""
    try:
        folder = folder or fonts_dir()
    except FileNotFoundError as exc:
        log.warning("%s; text in some scripts may show as boxes", exc)
        return set()
    families: set[str] = set()
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_interface_font(app: QApplication) -> None:
    """Keep the platform's size and weight; name our families first, then the platform's own."""
    font = QFont(app.font())
    font.setFamilies([*UI_FONT_FAMILIES, *(f for f in font.families() if f not in UI_FONT_FAMILIES)])
    app.setFont(font)
