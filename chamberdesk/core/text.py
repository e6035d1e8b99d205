"""Text folding for search: the same key for every way a user may type the same name."""

from __future__ import annotations

import re
import unicodedata

# Katakana → hiragana is a fixed offset over the kana block (ァ U+30A1 … ヶ U+30F6).
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")


def fold(text: str | None) -> str:
    """NFKC (full/half width), case folding, katakana → hiragana, Latin accents removed.

    Only Latin combining accents are removed: the vowel signs of Devanagari, Malayalam and
    Thai are combining marks too, and removing them would change the word.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA_TO_HIRAGANA)
    if text.isascii():  # most names: nothing to decompose (fold runs 400,000 times in an import)
        return text
    stripped = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", stripped)


def search_key(*parts: str | None) -> str:
    """One folded string of all searchable parts, separated so a match cannot span two parts."""
    return "\x1f".join(dict.fromkeys(folded for p in parts if p and (folded := fold(p))))
