"""Where a line may break, by script.

- Latin, Devanagari, Malayalam: after spaces (and after a hyphen or dash inside a word). Indic
  words are never split inside: a break between a consonant and its virama or vowel sign would
  corrupt the shaped cluster.
- Japanese: between any two characters, except before closing brackets, small kana, the long
  vowel mark and 、。 and after opening brackets (kinsoku shori).
- Web addresses and e-mail addresses: only after "/", "." and "@", never at a hyphen inside them
  ("www.arai-ceramics.co.jp" must not read as "www.arai-" and "ceramics.co.jp").
- Thai: no spaces between words, so breaks go between the words a dictionary finds (newmm, the
  maximal-matching segmenter of PyThaiNLP, pure Python), besides spaces and U+200B ZERO WIDTH
  SPACE. Its dictionary loads once (about a second), and only when Thai text is printed.

When a single piece is still wider than the line, ``emergency_breaks`` gives positions that never
cut a character cluster, and the paragraph breaks there rather than run out of its cell.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .fonts import Script

SPACES = frozenset(" \u3000\u2002\u2003\u2009")  # breakable; the no-break spaces are not here
_ZWSP = "\u200b"
_HYPHENS = frozenset("-\u2010\u2013\u2014")

_NOT_LINE_START = frozenset(
    "、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐゠–〜～"
    "）〕］｝〉》」』】〙〗〟’”｠»"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ")]}.,:;!?%")
_NOT_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“｟«([{")

# A run without spaces that is a URL, a domain (www.x.co.jp) or an e-mail address.
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I | re.ASCII)
_ADDRESS_BREAKS_AFTER = frozenset("/.@")

_VIRAMAS = frozenset("\u094d\u0d4d\u0e3a")
_JOINERS = frozenset("\u200c\u200d")


@cache
def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in _JOINERS or 0xFE00 <= ord(char) <= 0xFE0F \
        or 0xE0100 <= ord(char) <= 0xE01EF


@cache
def _thai_segmenter():
    from newmm_tokenizer.tokenizer import word_tokenize  # loads its dictionary: import when needed

    return word_tokenize


def _thai_word_starts(text: str) -> set[int]:
    """Offsets inside stretches of Thai letters where a dictionary word begins."""
    starts: set[int] = set()
    index = 0
    while index < len(text):
        if "\u0e01" <= text[index] <= "\u0e5b":
            end = index
            while end < len(text) and "\u0e01" <= text[end] <= "\u0e5b":
                end += 1
            offset = index
            for word in _thai_segmenter()(text[index:end]):
                offset += len(word)
                starts.add(offset)
            starts.discard(end)
            index = end
        else:
            index += 1
    return starts


def break_opportunities(text: str, scripts: list[Script]) -> list[int]:
    """Offsets where a line may start (0 < offset < len(text)), ascending."""
    found: list[int] = []
    thai_words = _thai_word_starts(text) if Script.THAI in scripts else set()
    for index in range(1, len(text)):
        before, char = text[index - 1], text[index]
        if char in SPACES or _is_mark(char) or char == _ZWSP:
            continue
        if before in SPACES or before == _ZWSP:
            found.append(index)
        elif before in _HYPHENS and scripts[index - 1] is not Script.JAPANESE and char.isalnum():
            found.append(index)
        elif Script.JAPANESE in (scripts[index - 1], scripts[index]):
            if (char not in _NOT_LINE_START and before not in _NOT_LINE_END
                    and not (before.isascii() and char.isascii() and before.isalnum() and char.isalnum())):
                found.append(index)
        elif index in thai_words:
            found.append(index)
    return _address_breaks(text, found) if "." in text else found


def _address_breaks(text: str, found: list[int]) -> list[int]:
    """Inside web and e-mail addresses, breaks only after / . @ (and never right after the scheme)."""
    addresses = [match.span() for match in _ADDRESS.finditer(text)]
    if not addresses:
        return found
    inside = set()
    extra = []
    for start, end in addresses:
        inside.update(range(start + 1, end))
        extra += [index for index in range(start + 1, end)
                  if text[index - 1] in _ADDRESS_BREAKS_AFTER and text[index] not in "/."]
    return sorted({b for b in found if b not in inside} | set(extra))


def emergency_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets in (start, end) where a too-long piece can be cut without splitting a cluster."""
    return [index for index in range(start + 1, end)
            if not _is_mark(text[index]) and text[index - 1] not in _VIRAMAS | _JOINERS
            and text[index] not in _NOT_LINE_START]
