"""Shaping and measuring runs, and the original text a shaped piece must extract as.

Devanagari, Malayalam and Thai are shaped by HarfBuzz (through reportlab, which uses uharfbuzz):
conjuncts, reordered vowel signs and stacked marks become glyphs that have no code point of their
own. Such a glyph string would extract as private-use characters in the wrong order, so every
piece of a shaped run carries the text it was made from (``ActualText``); the paragraph's text
object writes it into the PDF around the glyphs (see ``actual_text``).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from .fonts import BundledFont, advance_widths


class ActualText(ShapedStr):
    """Shaped glyphs that must extract as ``actual``, the characters they were shaped from."""

    def __new__(cls, glyphs: str, shape_data: list, actual: str) -> ActualText:
        self = super().__new__(cls, glyphs, shapeData=shape_data)
        self.actual = actual
        return self

    # reportlab joins the pieces of one line and style; the original text must follow along.
    def __add__(self, other: str) -> ShapedStr:
        joined = super().__add__(other)
        return ActualText(str(joined), joined.__shapeData__, self.actual + getattr(other, "actual", str(other)))

    def __radd__(self, other: str) -> ShapedStr:
        joined = super().__radd__(other)
        return ActualText(str(joined), joined.__shapeData__, getattr(other, "actual", str(other)) + self.actual)


class MeasuredRun:
    """One run at one size: the width up to each character offset, and the offsets where it may
    be cut (every offset for unshaped text; only cluster starts for shaped text)."""

    def __init__(self, text: str, font: BundledFont, size: float) -> None:
        self.text = text
        self.font = font
        self.size = size
        self._shaped: ShapedStr | None = None
        if font.shaped:
            shaped = shapeStr(text, font.name, size)
            if isinstance(shaped, ShapedStr):
                self._shaped = shaped
        if self._shaped is None:
            widths, default = advance_widths(font.name)
            scale = size / 1000
            self.offsets = list(accumulate((widths.get(ord(c), default) * scale for c in text), initial=0.0))
            self._glyph_at: list[int] = []
        else:
            self._measure_clusters(self._shaped)

    def _measure_clusters(self, shaped: ShapedStr) -> None:
        scale = self.size / 1000
        advance = [0.0] * (len(self.text) + 1)
        glyph_at = [len(shaped)] * (len(self.text) + 1)  # first glyph of the cluster starting here
        for glyph, data in reversed(list(enumerate(shaped.__shapeData__))):
            advance[data.cluster] += data.x_advance * scale
            glyph_at[data.cluster] = glyph
        self._cluster_starts = sorted({data.cluster for data in shaped.__shapeData__})
        self.offsets = list(accumulate(advance[:-1], initial=0.0))
        self._glyph_at = glyph_at

    def width(self, start: int, end: int) -> float:
        """Width of text[start:end]; for shaped text the ends are snapped to cluster starts."""
        return self.offsets[self.snap(end)] - self.offsets[self.snap(start)]

    def snap(self, offset: int) -> int:
        """The cluster start at or before ``offset`` (any offset for unshaped text)."""
        if self._shaped is None or offset >= len(self.text):
            return min(offset, len(self.text))
        return self._cluster_starts[max(0, bisect_left(self._cluster_starts, offset + 1) - 1)]

    def can_cut(self, offset: int) -> bool:
        return self._shaped is None or self.snap(offset) == offset

    def piece(self, start: int, end: int) -> str:
        """What the paragraph draws for text[start:end]: the text itself, or its shaped glyphs
        carrying the text as ActualText."""
        if self._shaped is None:
            return self.text[start:end]
        first = self._glyph_at[start]
        last = self._glyph_at[end] if end < len(self.text) else len(self._shaped)
        glyphs = self._shaped[first:last]
        return ActualText(str(glyphs), list(glyphs.__shapeData__), self.text[start:end])
