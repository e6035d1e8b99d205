"""Sorting as readers expect it: the Unicode Collation Algorithm, Japanese by kana reading.

Code-point order is wrong for accented Latin (É after Z) and for Thai, whose leading vowels
(เ แ โ ใ ไ) are written before the consonant they follow in speech; the UCA's default table
(pyuca, pure Python) handles both. Japanese kanji have no reading order of their own: a
Japanese name sorts by its kana reading, which the record carries.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import cache, lru_cache

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


# Stored sort columns hold primary weights only (letters, not accents or case) and at most this
# many of them: enough to order any real name list, and a tenth of the size of the full key, so
# an index over 400,000 names stays small. Ties are broken by the record's id.
STORED_KEY_WEIGHTS = 32


@cache
def _space_weight() -> tuple[int, ...]:
    return _primary_weights(" ")


@lru_cache(maxsize=50_000)
def _primary_weights(word: str) -> tuple[int, ...]:
    if word.isascii():  # the UCA table has no contractions among ASCII letters: weigh letter by letter
        return tuple(weight for char in word for weight in _char_weights(char))
    elements = _collator().collation_elements(word)
    return tuple(element[0] for element in elements if element[0])


@cache
def _char_weights(char: str) -> tuple[int, ...]:
    return tuple(element[0] for element in _collator().collation_elements(char) if element[0])


def stored_sort_key(text: str | None) -> bytes:
    """Primary-level UCA key as bytes for an indexed column (byte order = collation order).

    Computed word by word with a cache: names repeat their words (Industries, 株式会社, Co., Ltd.)
    and the UCA has no contractions across a space, so the key is the same as for the whole text.
    """
    weights: list[int] = []
    for number, word in enumerate(unicodedata.normalize("NFD", text or "").split()):
        if number:
            weights.extend(_space_weight())
        weights.extend(_primary_weights(word))
        if len(weights) >= STORED_KEY_WEIGHTS:
            break
    weights = weights[:STORED_KEY_WEIGHTS]
    return struct.pack(f">{len(weights)}H", *weights)
