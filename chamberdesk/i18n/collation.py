"""Sorting as readers expect it: the Unicode Collation Algorithm, Japanese by kana reading.

Code-point order is wrong for accented Latin (É after Z) and for Thai, whose leading vowels
(เ แ โ ใ ไ) are written before the consonant they follow in speech; the UCA's default table
(pyuca, pure Python) handles both. Japanese kanji have no reading order of their own: a
Japanese name sorts by its kana reading, which the record carries.
"""

from __future__ import annotations

import struct
from functools import cache

from pyuca import Collator

from ..core.text import fold


@cache
def _collator() -> Collator:
    return Collator()


def sort_key(text: str | None) -> tuple[int, ...]:
    return _collator().sort_key(text or "")


def reading_or_text(text: str | None, local_lang: str | None, reading: str | None) -> str:
    """What a Japanese reader sorts by: the kana reading (katakana folded to hiragana) if known."""
    if local_lang == "ja" and reading:
        return fold(reading)
    return text or ""


def local_name_key(name_local: str | None, local_lang: str | None, reading: str | None,
                   fallback: str) -> tuple[int, ...]:
    """Key for a list sorted by local-script names; records without one sort by their Latin name."""
    return sort_key(reading_or_text(name_local or fallback, local_lang, reading))


def sort_key_bytes(text: str | None) -> bytes:
    """The sort key as bytes whose byte order is the collation order (for an indexed column)."""
    key = sort_key(text)
    return struct.pack(f">{len(key)}H", *key)
