"""A reportlab Paragraph for text in any mix of our scripts.

reportlab's own Paragraph picks one wrapping rule per paragraph (``wordWrap='CJK'`` or not) and
shapes a word with the font of its first letter, so a cell such as
``Kerala Spices Pvt Ltd / ケララスパイス株式会社 / കേരള സ്പൈസസ്`` cannot be right in it. This
subclass lays its lines out itself: the text is split into script runs with their fonts
(``scripts``), shaped runs are measured by HarfBuzz (``shaping``), lines break where each script
allows (``breaking``), and each line's runs are written through reportlab's text object with
/ActualText added to shaped and non-BMP pieces (``actual_text``). It is a Paragraph to every
packer (frames, tables, keep-together); it parses no markup and keeps none of the general
machinery (links, underlines, bullets) our documents do not use — a thousand-row table is the
case it is built for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph

from .actual_text import ActualTextObject
from .breaking import SPACES, break_opportunities, emergency_breaks
from .coverage import GlyphReport, Origin
from .fonts import LATIN, register_fonts, vertical_metrics
from .scripts import choose_fonts, group_runs, resolve_scripts
from .shaping import MeasuredRun

_EPSILON = 1e-6
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_TRAILING = SPACES | {"\u200b"}


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
    return ParagraphStyle(name, fontName=LATIN.name, fontSize=size, leading=size * leading, textColor=color,
                          alignment=_ALIGNMENTS[align])


@dataclass(frozen=True)
class _Piece:
    """A run of one font and look: characters start:end of the paragraph's text."""

    start: int
    end: int
    run: MeasuredRun
    color: Color


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # visible end: trailing spaces are not drawn
    width: float
    ascent: float
    descent: float  # negative

    @property
    def height(self) -> float:
        return self.ascent - self.descent


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
        self._report = report
        self._spans = [s if s.origin is not None and _is_normal(s.text) else
                       replace(s, text=_normalise(s.text), origin=s.origin or origin) for s in content]
        self._prepare()
        self.text = self._text
        self.frags = self._pieces  # what Paragraph's callers test for emptiness
        self._wrapped: tuple[tuple[float, ...], list[_Line]] | None = None

    # -- preparing: runs, fonts, break opportunities ----------------------------------------

    def _prepare(self) -> None:
        analysis = _analyse(tuple((span.text, span.bold, span.size) for span in self._spans), self.style.fontSize)
        if self._report is not None:
            for char, span_index in analysis.missing:
                self._report.add(char, self._spans[span_index].origin)
        self._text, self._owner, self._x, self._breaks = analysis.text, analysis.owner, analysis.x, analysis.breaks
        self._pieces = [_Piece(run.start, run.end, run.run, self._spans[run.span].color or self.style.textColor)
                        for run in analysis.runs]

    def _can_cut(self, offset: int) -> bool:
        return _can_cut(self._pieces, offset)

    # -- line breaking -----------------------------------------------------------------------

    def _segments(self) -> list[tuple[int, int, bool]]:
        """(start, end of visible content, forced break after) between break opportunities."""
        text = self._text
        bounds = sorted({0, len(text), *self._breaks, *(i + 1 for i, c in enumerate(text) if c == "\n")})
        segments = []
        for start, end in zip(bounds, bounds[1:]):
            forced = text[end - 1] == "\n"
            content = end - 1 if forced else end
            while content > start and text[content - 1] in _TRAILING:
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

    def _line(self, start: int, end: int) -> _Line:
        leading = self.style.leading
        ascent, descent = leading * 5 / 6, -leading / 6  # the floor: lines never closer than the leading
        for piece in self._pieces:
            if piece.start < end and start < piece.end or (start == end and piece.start <= start < piece.end):
                font_ascent, font_descent = vertical_metrics(piece.run.font.name)
                ascent = max(ascent, font_ascent * piece.run.size / 1000)
                descent = min(descent, font_descent * piece.run.size / 1000)
        return _Line(start, end, self._width(start, end), ascent, descent)

    def lines_for(self, widths: Sequence[float]) -> list[_Line]:
        key = tuple(widths)
        if self._wrapped is None or self._wrapped[0] != key:
            self._wrapped = (key, [self._line(start, end) for start, end in self._line_ranges(widths)])
        return self._wrapped[1]

    # -- the Flowable's duties ---------------------------------------------------------------

    def wrap(self, availWidth, availHeight):
        if availWidth != getattr(self, "width", None):  # tables ask again and again at one width
            style = self.style
            self.width = availWidth
            inner = availWidth - style.leftIndent - style.rightIndent
            self._lines = self.lines_for((inner - style.firstLineIndent, inner))
            self.height = sum(line.height for line in self._lines)
        return availWidth, self.height

    def as_plain(self, width: float, font: str, size: float, color: Color) -> str | None:
        """The text itself when a table can draw it as a plain cell — one line in one Latin font,
        size and colour, with nothing to shape — else None. A plain cell costs a tenth of a
        paragraph, and a roster has thousands."""
        if len(self._pieces) != 1 or self.style.alignment != TA_LEFT or "\n" in self._text:
            return None
        piece = self._pieces[0]
        run = piece.run
        if (run.font.name, run.size, piece.color) != (font, size, color) or run.font.shaped:
            return None
        return self._text if self._x[-1] <= width and self._text.isascii() else None

    def draw(self) -> None:
        """Each line's runs through one text object, whose ``_formatText`` adds the ActualText."""
        if not self._lines:
            return
        style = self.style
        text = ActualTextObject(self.canv)
        inner = self.width - style.leftIndent - style.rightIndent
        font = color = None
        y = self.height
        for number, line in enumerate(self._lines):
            y -= line.ascent
            x = style.leftIndent + (style.firstLineIndent if number == 0 else 0)
            room = inner - (style.firstLineIndent if number == 0 else 0) - line.width
            if style.alignment == TA_CENTER:
                x += room / 2
            elif style.alignment == TA_RIGHT:
                x += room
            text.setTextOrigin(x, y)
            for piece in self._pieces:
                low, high = max(line.start, piece.start), min(line.end, piece.end)
                if low >= high:
                    continue
                run = piece.run
                if font != (run.font.name, run.size):
                    font = (run.font.name, run.size)
                    text.setFont(run.font.name, run.size)
                if color != piece.color:
                    color = piece.color
                    text.setFillColor(color)
                if run.font.embolden:
                    # Fill and stroke the outlines in the text's colour, for this run only.
                    text.setStrokeColor(color)
                    text._code.append(f"{run.size * run.font.embolden:.3f} w")
                    text.setTextRenderMode(2)
                    text._textOut(run.piece(low - piece.start, high - piece.start))
                    text.setTextRenderMode(0)
                else:
                    text._textOut(run.piece(low - piece.start, high - piece.start))
            y += line.descent
        self.canv.drawText(text)

    def natural_width(self) -> float:
        """The width of the whole text on one line."""
        return self._x[-1] if self._x else 0.0

    def minWidth(self) -> float:
        """The widest piece that cannot break (tables ask when they size columns themselves)."""
        return max((self._width(start, end) for start, end, _ in self._segments()), default=0.0)

    def getPlainText(self, identify=None) -> str:
        return self._text

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        height, fitting = 0.0, 0
        for line in self._lines:
            height += line.height
            if height > availHeight + _EPSILON:
                break
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(self._lines):
            return [self]
        cut = self._lines[fitting].start
        return [self._part(0, cut), self._part(cut, len(self._text))]

    def _part(self, start: int, end: int) -> ScriptParagraph:
        spans: list[Span] = []
        for offset in range(start, end):
            span = self._spans[self._owner[offset]]
            if spans and offset > start and self._owner[offset - 1] == self._owner[offset]:
                spans[-1] = replace(spans[-1], text=spans[-1].text + self._text[offset])
            else:
                spans.append(replace(span, text=self._text[offset]))
        return ScriptParagraph(spans, self.style)


class _Run(NamedTuple):
    start: int
    end: int
    run: MeasuredRun
    span: int  # the span its characters come from


def _can_cut(runs: Sequence[_Run | _Piece], offset: int) -> bool:
    """Whether a line may end before ``offset`` without splitting a shaped cluster."""
    for run in runs:
        if run.start <= offset < run.end:
            return offset == run.start or run.run.can_cut(offset - run.start)
    return True


@dataclass(frozen=True)
class _Analysis:
    """What a text's layout needs, the same wherever the text is printed (names of companies,
    titles and cities repeat down a roster: each is analysed once)."""

    text: str  # without the characters no font has
    owner: list[int]  # the span each character comes from
    runs: list[_Run]
    x: list[float]  # the pen position before each character
    breaks: list[int]
    missing: list[tuple[str, int]]  # characters left out, with their span


@lru_cache(maxsize=4096)
def _analyse(spans: tuple[tuple[str, bool, float | None], ...], size: float) -> _Analysis:
    text = "".join(span_text for span_text, _bold, _size in spans)
    owner = [index for index, (span_text, _bold, _size) in enumerate(spans) for _ in span_text]
    scripts = resolve_scripts(text)
    fonts = []
    for span_text, bold, _size in spans:
        start = len(fonts)
        fonts.extend(choose_fonts(span_text, scripts[start:start + len(span_text)], bold))
    missing = []
    if None in fonts:
        keep = [i for i, char in enumerate(text) if fonts[i] is not None or char == "\n"]
        missing = [(char, owner[i]) for i, char in enumerate(text) if fonts[i] is None and char != "\n"]
        text = "".join(text[i] for i in keep)
        owner, scripts = [owner[i] for i in keep], [scripts[i] for i in keep]
        fonts = [fonts[i] or LATIN for i in keep]  # a newline draws nothing; any font will do
    runs, x = [], [0.0]
    for start, end, (font, span_index) in group_runs(list(zip(fonts, owner))):
        measured = MeasuredRun(text[start:end], font, spans[span_index][2] or size)
        runs.append(_Run(start, end, measured, span_index))
        base = x[-1]
        x.extend(base + offset for offset in measured.offsets[1:])
    breaks = [b for b in break_opportunities(text, scripts) if _can_cut(runs, b)]
    return _Analysis(text, owner, runs, x, breaks, missing)


def _normalise(text: str) -> str:
    """NFC, so shaping sees composed characters and extraction compares equal; tabs are spaces."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def _is_normal(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text) and "\r" not in text and "\t" not in text
