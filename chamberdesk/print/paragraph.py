"""A reportlab Paragraph for text in any mix of our scripts.

reportlab's own Paragraph picks one wrapping rule per paragraph (``wordWrap='CJK'`` or not) and
shapes a word with the font of its first letter, so a cell such as
``Kerala Spices Pvt Ltd / ケララスパイス株式会社 / കേരള സ്പൈസസ്`` cannot be right in it. This
subclass builds the lines itself: the text is split into script runs with their fonts
(``scripts``), shaped runs are measured by HarfBuzz (``shaping``), lines break where each script
allows (``breaking``), and reportlab's Paragraph draws them — through a text object that adds
/ActualText to shaped and non-BMP pieces (``actual_text``). No markup is parsed, which also
keeps a table of a thousand rows fast.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines
from reportlab.platypus.paraparser import ParaFrag

from .actual_text import ActualTextObject
from .breaking import break_opportunities, emergency_breaks
from .coverage import GlyphReport, Origin
from .fonts import LATIN, register_fonts, vertical_metrics
from .scripts import choose_fonts, group_runs, resolve_scripts
from .shaping import MeasuredRun

_EPSILON = 1e-6
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class Span:
    """A piece of text with one look; None takes the paragraph style's size or colour."""

    text: str
    bold: bool = False
    size: float | None = None
    color: Color | None = None
    origin: Origin | None = None


def text_style(size: float, *, align: str = "left", leading: float = 1.25, color: Color = black,
               name: str = "text") -> ParagraphStyle:
    """``leading`` is a factor of the size; lines of tall scripts (Thai, Malayalam) grow beyond it."""
    register_fonts()
    return ParagraphStyle(name, fontName=LATIN.name, fontSize=size, leading=size * leading, textColor=color,
                          alignment=_ALIGNMENTS[align], autoLeading="max", splitLongWords=0)


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    run: MeasuredRun
    color: Color


class ScriptParagraph(Paragraph):
    def __init__(self, content: str | Span | Sequence[Span], style: ParagraphStyle, *,
                 report: GlyphReport | None = None, origin: Origin | None = None) -> None:
        register_fonts()
        if isinstance(content, str):
            content = [Span(content, origin=origin)]
        elif isinstance(content, Span):
            content = [content]
        self.style = style
        self.bulletText = None
        self.caseSensitive = 1
        self.encoding = "utf8"
        self.debug = 0
        self._report = report
        self._spans = [replace(s, text=_normalise(s.text), origin=s.origin or origin) for s in content]
        self._prepare()
        self.text = self._text
        self.frags = self._pieces  # reportlab only checks that there is something to draw
        self._lines_for: tuple | None = None

    # -- preparing: runs, fonts, break opportunities ----------------------------------------

    def _prepare(self) -> None:
        text = "".join(span.text for span in self._spans)
        owner = [index for index, span in enumerate(self._spans) for _ in span.text]
        scripts = resolve_scripts(text)
        fonts = []
        for index, span in enumerate(self._spans):
            start = len(fonts)
            fonts.extend(choose_fonts(span.text, scripts[start:start + len(span.text)], span.bold))
        keep = [i for i, char in enumerate(text) if fonts[i] is not None or char == "\n"]
        for i, char in enumerate(text):
            if fonts[i] is None and char != "\n" and self._report is not None:
                self._report.add(char, self._spans[owner[i]].origin)
        self._text = "".join(text[i] for i in keep)
        self._owner = [owner[i] for i in keep]
        scripts = [scripts[i] for i in keep]
        fonts = [fonts[i] or LATIN for i in keep]  # a newline draws nothing; any font will do
        self._pieces: list[_Piece] = []
        self._x = [0.0] * (len(self._text) + 1)
        for start, end, (font, span_index) in group_runs(list(zip(fonts, self._owner))):
            span = self._spans[span_index]
            measured = MeasuredRun(self._text[start:end], font, span.size or self.style.fontSize)
            self._pieces.append(_Piece(start, end, measured, span.color or self.style.textColor))
        x = 0.0
        for piece in self._pieces:
            for k in range(1, piece.end - piece.start + 1):
                self._x[piece.start + k] = x + piece.run.offsets[k]
            x = self._x[piece.end]
        self._breaks = [b for b in break_opportunities(self._text, scripts) if self._can_cut(b)]

    def _piece_at(self, offset: int) -> _Piece:
        for piece in self._pieces:
            if piece.start <= offset < piece.end:
                return piece
        return self._pieces[-1]

    def _can_cut(self, offset: int) -> bool:
        piece = self._piece_at(offset)
        return offset == piece.start or piece.run.can_cut(offset - piece.start)

    # -- line breaking -----------------------------------------------------------------------

    def _segments(self) -> list[tuple[int, int, bool]]:
        """(start, end of visible content, forced break after) between break opportunities."""
        text = self._text
        bounds = sorted({0, len(text), *self._breaks, *(i + 1 for i, c in enumerate(text) if c == "\n")})
        segments = []
        for start, end in zip(bounds, bounds[1:]):
            forced = text[end - 1] == "\n"
            content = end - 1 if forced else end
            while content > start and text[content - 1] in " \u3000\u2002\u2003\u2009\u200b":
                content -= 1
            segments.append((start, content, forced))
        return segments

    def _width(self, start: int, end: int) -> float:
        return self._x[end] - self._x[start]

    def _line_ranges(self, widths: Sequence[float]) -> list[tuple[int, int]]:
        lines: list[tuple[int, int]] = []
        line_start = line_end = None

        def limit() -> float:
            return widths[min(len(lines), len(widths) - 1)] + _EPSILON

        for start, content, forced in self._segments():
            if line_start is not None and self._width(line_start, content) > limit():
                lines.append((line_start, line_end))
                line_start = None
            if line_start is None:
                line_start = start
                if self._width(start, content) > limit():
                    line_start = self._cut_long(start, content, lines, limit)
            line_end = content
            if forced:
                lines.append((line_start, line_end))
                line_start = None
        if line_start is not None:
            lines.append((line_start, line_end))
        return lines

    def _cut_long(self, start: int, end: int, lines: list, limit) -> int:
        """Emit full lines of a piece too wide for a line, cutting between clusters; return where
        the rest of it starts."""
        cuts = [c for c in emergency_breaks(self._text, start, end) if self._can_cut(c)]
        position, fitting = start, start
        for cut in cuts + [end]:
            if self._width(position, cut) > limit() and fitting > position:
                lines.append((position, fitting))
                position = fitting
            fitting = cut
        return position

    def breakLines(self, widths):
        widths = list(widths) if isinstance(widths, (list, tuple)) else [widths]
        key = tuple(widths)
        if self._lines_for is not None and self._lines_for[0] == key:
            return self._lines_for[1]
        lines = [self._frag_line(start, end, widths[min(n, len(widths) - 1)])
                 for n, (start, end) in enumerate(self._line_ranges(widths))]
        size = self.style.fontSize
        result = ParaLines(kind=1, lines=lines, fontSize=size, ascent=size, descent=-0.2 * size)
        self._lines_for = (key, result)
        return result

    def _frag_line(self, start: int, end: int, width: float) -> FragLine:
        words = []
        leading = self.style.leading
        ascent, descent = leading * 5 / 6, -leading / 6  # reportlab's own floor for autoLeading
        size = self.style.fontSize
        for piece in self._pieces:
            low, high = max(start, piece.start), min(end, piece.end)
            if low >= high:
                continue
            run = piece.run
            frag = ParaFrag(fontName=run.font.name, fontSize=run.size, textColor=piece.color, rise=0,
                            us_lines=[], link=[], text=run.piece(low - piece.start, high - piece.start))
            words.append(frag)
            font_ascent, font_descent = vertical_metrics(run.font.name)
            ascent = max(ascent, font_ascent * run.size / 1000)
            descent = min(descent, font_descent * run.size / 1000)
            size = max(size, run.size)
        used = self._width(start, end)
        return FragLine(extraSpace=width - used, wordCount=1, words=words, fontSize=size, ascent=ascent,
                        descent=descent, lineBreak=False, start=start)

    # -- Paragraph's other duties ------------------------------------------------------------

    def beginText(self, x, y):
        return ActualTextObject(self.canv, x, y)

    def minWidth(self) -> float:
        return max((self._width(start, end) for start, end, _ in self._segments()), default=0.0)

    def getPlainText(self, identify=None) -> str:
        return self._text

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        lines = self.blPara.lines
        height, fitting = 0.0, 0
        for line in lines:
            height += max(line.ascent - line.descent, self.style.leading)
            if height > availHeight + _EPSILON:
                break
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(lines):
            return [self]
        cut = lines[fitting].start
        return [self._part(0, cut), self._part(cut, len(self._text))]

    def _part(self, start: int, end: int) -> ScriptParagraph:
        spans: list[Span] = []
        for offset in range(start, end):
            span = self._spans[self._owner[offset]]
            if spans and spans[-1].origin is span.origin and self._owner[offset - 1] == self._owner[offset]:
                spans[-1] = replace(spans[-1], text=spans[-1].text + self._text[offset])
            else:
                spans.append(replace(span, text=self._text[offset]))
        return ScriptParagraph(spans, self.style)


def _normalise(text: str) -> str:
    """NFC, so shaping sees composed characters and extraction compares equal; tabs are spaces."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
