"""Split any string into runs by script and give each run the bundled font that can draw it.

Letters decide the script. Characters every script shares (spaces, digits, punctuation) join the
run beside them when that run's font has them — an opening bracket the run after it, anything
else the run before — so "บริษัท (2024)" keeps its space in Thai but takes its digits and brackets
from Noto Sans, which Noto Sans Thai lacks. Combining marks and selectors stay with their base
character. A character no bundled font has is left out and reported, never drawn as a box.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Hashable, Sequence
from functools import cache

from .fonts import BundledFont, Script, covers, fallback_fonts, font_for

# Blocks whose letters (and marks) belong to one of our scripts, sorted by start.
_BLOCKS: tuple[tuple[int, int, Script], ...] = (
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0D00, 0x0D7F, Script.MALAYALAM),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1CD0, 0x1CFF, Script.DEVANAGARI),  # Vedic extensions
    (0x2E80, 0x2FDF, Script.JAPANESE),  # radicals
    (0x3000, 0x303F, Script.JAPANESE),  # CJK symbols and punctuation: 、。「」 only occur in CJK text
    (0x3040, 0x30FF, Script.JAPANESE),  # hiragana, katakana
    (0x3190, 0x31FF, Script.JAPANESE),  # kanbun, strokes, katakana extensions
    (0x3200, 0x4DBF, Script.JAPANESE),  # enclosed, compatibility, extension A
    (0x4E00, 0x9FFF, Script.JAPANESE),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0xF900, 0xFAFF, Script.JAPANESE),  # compatibility ideographs
    (0xFE30, 0xFE4F, Script.JAPANESE),  # CJK compatibility forms
    (0xFF00, 0xFFEF, Script.JAPANESE),  # full-width and half-width forms (ＡＢＣ１２３, ｶﾀｶﾅ)
    (0x1B000, 0x1B16F, Script.JAPANESE),  # kana supplement and extensions
    (0x20000, 0x3FFFF, Script.JAPANESE),  # ideographs outside the BMP (𠮷, 𩸽)
)
_STARTS = [block[0] for block in _BLOCKS]

# Marks and selectors that belong to the character before them, whatever their block says.
_JOINERS = frozenset((0x200C, 0x200D))


def _is_selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _block_script(code: int) -> Script | None:
    index = bisect_right(_STARTS, code) - 1
    if index >= 0:
        start, end, script = _BLOCKS[index]
        if code <= end:
            return script
    return None


class _Kind:
    STRONG = 0  # decides its own script
    INHERITED = 1  # takes the script of the character before (marks, joiners, selectors)
    COMMON = 2  # shared by all scripts: joins a neighbour
    OPENING = 3  # common, but joins the run after it: ( [ 「 “


@cache
def _classify(char: str) -> tuple[int, Script | None]:
    code = ord(char)
    if code < 0x80:
        return ((_Kind.STRONG, Script.LATIN) if char.isalpha()
                else (_Kind.OPENING, None) if char in "([{" else (_Kind.COMMON, None))
    if code in _JOINERS or _is_selector(code):
        return _Kind.INHERITED, None
    script = _block_script(code)
    category = unicodedata.category(char)
    if script is not None and (category[0] in "LM" or script is Script.JAPANESE):
        return _Kind.STRONG, script
    if category[0] == "L":
        return _Kind.STRONG, Script.LATIN
    if category[0] == "M":
        return _Kind.INHERITED, None
    if category in ("Ps", "Pi"):
        return _Kind.OPENING, None
    return _Kind.COMMON, None


def resolve_scripts(text: str) -> list[Script]:
    """The script each character is read in: its own, or that of the neighbour it belongs with."""
    kinds = [_classify(char) for char in text]
    size = len(text)
    before: list[Script | None] = [None] * size
    latest: Script | None = None
    for index, (kind, script) in enumerate(kinds):
        before[index] = latest
        if kind == _Kind.STRONG:
            latest = script
    after: list[Script | None] = [None] * size
    latest = None
    for index in range(size - 1, -1, -1):
        after[index] = latest
        kind, script = kinds[index]
        if kind == _Kind.STRONG:
            latest = script
    resolved: list[Script] = []
    for index, (kind, script) in enumerate(kinds):
        if kind == _Kind.STRONG:
            resolved.append(script)
        elif kind == _Kind.INHERITED and resolved:
            resolved.append(resolved[-1])
        elif kind == _Kind.OPENING:
            resolved.append(after[index] or before[index] or Script.LATIN)
        else:
            resolved.append(before[index] or after[index] or Script.LATIN)
    return resolved


@cache
def _font_of(char: str, script: Script, bold: bool) -> BundledFont | None:
    own = font_for(script, bold)
    if covers(own, char):
        return own
    return next((candidate for candidate in fallback_fonts(bold) if covers(candidate, char)), None)


def choose_fonts(text: str, scripts: list[Script], bold: bool) -> list[BundledFont | None]:
    """The font of each character: its script's font if that has it, a mark or selector its base's
    font, otherwise the first bundled font that has it; None where no bundled font has it."""
    fonts: list[BundledFont | None] = []
    previous = None
    for char, script in zip(text, scripts):
        if char == "\n":  # a line break draws nothing: no font needs to have it
            fonts.append(previous or font_for(Script.LATIN, bold))
            continue
        font = _font_of(char, script, bold)
        if (previous is not None and font is not previous and _classify(char)[0] == _Kind.INHERITED
                and covers(previous, char)):
            font = previous
        fonts.append(font)
        previous = font or previous
    return fonts


def group_runs(keys: Sequence[Hashable]) -> list[tuple[int, int, Hashable]]:
    """(start, end, key) of each stretch of equal keys: the runs of one font (and look)."""
    runs = []
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            runs.append((start, index, keys[start]))
            start = index
    return runs
