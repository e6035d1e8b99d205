"""The bundled fonts, registered with reportlab once, and which font draws which script.

reportlab never falls back from one font to another: a character the current font lacks prints
as a box. So every run of text gets a font chosen here, from the fonts shipped in
``resources/fonts`` (never the laptop's own), and a character no bundled font has is reported
instead of drawn (see ``scripts``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..assets import fonts_dir


class Script(StrEnum):
    """The writing systems our users print; each decides a font, shaping and line breaking."""

    LATIN = "latin"  # also Greek, Cyrillic and anything else Noto Sans may have
    JAPANESE = "japanese"  # kanji, kana, full-width forms, CJK punctuation
    DEVANAGARI = "devanagari"
    MALAYALAM = "malayalam"
    THAI = "thai"


@dataclass(frozen=True)
class BundledFont:
    name: str  # the name registered with reportlab and shown by pdffonts
    file: str
    shaped: bool  # complex script: HarfBuzz must shape it (conjuncts, reordering, mark positions)
    # A font file without a bold weight, drawn bold: its outlines are filled and stroked
    # (text render mode 2) with a line this fraction of the size (see ``ScriptParagraph.draw``).
    embolden: float = 0.0


LATIN = BundledFont("NotoSans", "NotoSans-Regular.ttf", False)
LATIN_BOLD = BundledFont("NotoSans-Bold", "NotoSans-Bold.ttf", False)
JAPANESE = BundledFont("IPAexGothic", "ipaexg.ttf", False)
# The JIS X 0213 / name characters and zero-width selectors IPAex lacks (resources/fonts/README.md).
JAPANESE_SUPPLEMENT = BundledFont("ChamberDeskJPSupplement", "ChamberDeskJPSupplement-Regular.ttf", False)
# IPAex has no bold weight. Left regular, a Japanese title stood lighter than the English under it;
# emboldened by stroking its outlines (as word processors do) it carries the same emphasis. The
# same embedded subset font: pdffonts and extraction see IPAex.
SYNTHETIC_BOLD = 0.025
JAPANESE_BOLD = replace(JAPANESE, embolden=SYNTHETIC_BOLD)
JAPANESE_SUPPLEMENT_BOLD = replace(JAPANESE_SUPPLEMENT, embolden=SYNTHETIC_BOLD)
DEVANAGARI = BundledFont("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", True)
DEVANAGARI_BOLD = BundledFont("NotoSansDevanagari-Bold", "NotoSansDevanagari-Bold.ttf", True)
MALAYALAM = BundledFont("NotoSansMalayalam", "NotoSansMalayalam-Regular.ttf", True)
MALAYALAM_BOLD = BundledFont("NotoSansMalayalam-Bold", "NotoSansMalayalam-Bold.ttf", True)
THAI = BundledFont("NotoSansThai", "NotoSansThai-Regular.ttf", True)
THAI_BOLD = BundledFont("NotoSansThai-Bold", "NotoSansThai-Bold.ttf", True)

ALL_FONTS = (LATIN, LATIN_BOLD, JAPANESE, JAPANESE_SUPPLEMENT, DEVANAGARI, DEVANAGARI_BOLD, MALAYALAM,
             MALAYALAM_BOLD, THAI, THAI_BOLD)
_BY_NAME = {font.name: font for font in ALL_FONTS}

_SCRIPT_FONTS: dict[Script, tuple[BundledFont, BundledFont]] = {
    Script.LATIN: (LATIN, LATIN_BOLD),
    Script.JAPANESE: (JAPANESE, JAPANESE_BOLD),
    Script.DEVANAGARI: (DEVANAGARI, DEVANAGARI_BOLD),
    Script.MALAYALAM: (MALAYALAM, MALAYALAM_BOLD),
    Script.THAI: (THAI, THAI_BOLD),
}

_lock = threading.Lock()
_registered: set[str] = set()


def _ensure(font: BundledFont) -> None:
    """Register one font with reportlab the first time it is needed: parsing a font file costs
    time (IPAex is 6 MB), and an English-Japanese document never needs the Thai fonts."""
    if font.name in _registered:
        return
    with _lock:
        if font.name not in _registered:
            pdfmetrics.registerFont(TTFont(font.name, str(fonts_dir() / font.file)))
            _registered.add(font.name)


def register_fonts() -> None:
    """Make the fonts every document names directly available (the others come when a run needs
    them); later calls cost nothing, and GUI threads may race."""
    _ensure(LATIN)
    _ensure(LATIN_BOLD)


def font_for(script: Script, bold: bool = False) -> BundledFont:
    return _SCRIPT_FONTS[script][1 if bold else 0]


def fallback_fonts(bold: bool = False) -> tuple[BundledFont, ...]:
    """Where a character goes when its own script's font lacks it (digits in a Thai name, ⦅, 𠮷)."""
    return (font_for(Script.LATIN, bold), font_for(Script.JAPANESE, bold),
            JAPANESE_SUPPLEMENT_BOLD if bold else JAPANESE_SUPPLEMENT, font_for(Script.DEVANAGARI, bold),
            font_for(Script.MALAYALAM, bold), font_for(Script.THAI, bold))


def bundled(name: str) -> BundledFont:
    return _BY_NAME[name]


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points the font maps to a glyph (its cmap)."""
    _ensure(bundled(name))
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def covers(font: BundledFont, char: str) -> bool:
    return ord(char) in coverage(font.name)


@cache
def advance_widths(name: str) -> tuple[dict[int, float], float]:
    """Advance width per code point in 1/1000 em, and the width of anything unmapped."""
    _ensure(bundled(name))
    face = pdfmetrics.getFont(name).face
    return face.charWidths, face.defaultWidth


@cache
def vertical_metrics(name: str) -> tuple[float, float]:
    """Ascent and descent (negative) in 1/1000 em, as reportlab reads them from the font."""
    _ensure(bundled(name))
    face = pdfmetrics.getFont(name).face
    return face.ascent, face.descent
