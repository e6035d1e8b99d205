"""The one frame every document is printed in.

A4 or Letter (the organisation's paper size); on every page our organisation's name in the
document's languages with its logo, the document's title in those languages, "page X of Y" and
the date it was generated, written in each language by babel; PDF metadata (title, author,
subject, language). Sheets meant to be cut or folded (badges, table tents) get the same frame in
the margin, small, so nothing of it lands on a badge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import __version__
from ..i18n.formatting import format_date
from .bilingual import labels_for, labels_in
from .context import PrintContext
from .fonts import LATIN, register_fonts
from .labels import label, label_origin
from .layout import draw_at, fitted, stacked
from .paragraph import Span
from .styles import FRAME_TEXT, FRAME_TEXT_RIGHT, RULE

PAPER = {"A4": A4, "Letter": LETTER}
# Page streams are compressed binary; ASCII85 on top only makes them a quarter bigger, and
# reportlab's pure-Python encoder costs a tenth of a second on a long roster.
rl_config.useA85 = 0
_HEADER_SIZES = (8.5, 8, 7.5, 7, 6.5)

Progress = Callable[[int], None]  # called with each finished page's number


class Cancelled(Exception):
    """The person stopped the job (raised from the progress callback)."""


@dataclass(frozen=True)
class Layout:
    margin: float
    header: float  # height of the header band above the body
    footer: float


_DOCUMENT = Layout(margin=14 * mm, header=40, footer=22)
_SHEET = Layout(margin=9 * mm, header=0, footer=0)


class DocumentFrame:
    def __init__(self, context: PrintContext, title_key: str, subject: Sequence[Span], *,
                 wide: bool = False, sheet: bool = False) -> None:
        register_fonts()  # the canvas and tables name Noto Sans before any text is laid out
        self.context = context
        self.title_key = title_key
        self.subject = list(subject)
        self.sheet = sheet
        size = PAPER.get(context.paper, A4)
        self.pagesize = landscape(size) if wide else size
        self.layout = _SHEET if sheet else _DOCUMENT

    # -- geometry the documents lay out in ---------------------------------------------------

    @property
    def body_width(self) -> float:
        return self.pagesize[0] - 2 * self.layout.margin

    @property
    def body_height(self) -> float:
        return self.pagesize[1] - 2 * self.layout.margin - self.layout.header - self.layout.footer

    # -- building ----------------------------------------------------------------------------

    def build(self, flowables: list[Flowable], output: Path | BinaryIO, progress: Progress | None = None) -> int:
        """Write the PDF; return its number of pages."""
        context = self.context
        titles = [label(self.title_key, lang) for lang in context.pair.languages]
        subject = " / ".join(span.text for span in self.subject)
        margin = self.layout.margin
        document = BaseDocTemplate(
            str(output) if isinstance(output, Path) else output, pagesize=self.pagesize,
            leftMargin=margin, rightMargin=margin, topMargin=margin + self.layout.header,
            bottomMargin=margin + self.layout.footer,
            title=" / ".join(titles) + (f" — {self.subject[0].text}" if self.subject else ""),
            author=context.ours[0].text if context.ours else "ChamberDesk", subject=subject or titles[0],
            creator=f"ChamberDesk {__version__}", lang=context.pair.primary, initialFontName=LATIN.name)
        body = Frame(margin, margin + self.layout.footer, self.body_width, self.body_height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        document.addPageTemplates([PageTemplate(id="page", frames=[body])])
        if progress is not None:
            def report(kind: str, value: int) -> None:
                if kind == "PAGE":
                    progress(value)
            document.setProgressCallBack(report)
        pages: list[int] = []
        document.build(flowables, canvasmaker=self._canvas_class(pages))
        return pages[0]

    def _canvas_class(self, pages: list[int]) -> type[Canvas]:
        frame = self

        class FrameCanvas(Canvas):
            """Keeps each page until the end, when the page count is known ("page 3 of 41")."""

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._kept_pages: list[dict] = []

            def showPage(self) -> None:
                self._kept_pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._kept_pages)
                pages.append(total)
                for number, state in enumerate(self._kept_pages, start=1):
                    self.__dict__.update(state)
                    frame._draw_furniture(self, number, total)
                    Canvas.showPage(self)
                Canvas.save(self)

        return FrameCanvas

    # -- what is drawn on every page ---------------------------------------------------------

    def _draw_furniture(self, canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        if self.sheet:
            self._draw_sheet_margin(canvas, number, total)
        else:
            self._draw_header(canvas)
            self._draw_footer(canvas, number, total)
        canvas.restoreState()

    def _generated(self) -> list[Span]:
        today = self.context.today
        return labels_for(self.context.pair, "generated", lambda lang: {"date": format_date(today, lang, style="long")})

    def _page_of(self, number: int, total: int) -> list[Span]:
        return labels_in(self.context.pair, "page", page=number, pages=total)

    def _draw_header(self, canvas: Canvas) -> None:
        context, margin = self.context, self.layout.margin
        width, height = self.pagesize
        top = height - margin
        left = margin
        if context.logo is not None:
            left += self._draw_logo(canvas, margin, top - 30, 30) + 8
        room = self.body_width - (left - margin) - 12
        fits = self.layout.header - 8  # the text stays above the rule, however long the names
        organisation = fitted(context, lambda size: stacked(context.ours, size, bold=True), room * 0.45, fits,
                              _HEADER_SIZES, align="left")
        draw_at(canvas, organisation, left, top, room * 0.45)
        titles = Span(" · ".join(label(self.title_key, lang) for lang in context.pair.languages), bold=True,
                      origin=label_origin(self.title_key))
        for subject in (self.subject, self.subject[:1], []):  # long titles: the first language's only
            title = fitted(context, lambda size: [titles] + [s for span in subject for s in (Span("\n"), span)],
                           room * 0.55, fits, _HEADER_SIZES, align="right")
            if title.wrap(room * 0.55, fits)[1] <= fits:
                break
        draw_at(canvas, title, width - margin - room * 0.55, top, room * 0.55)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line_y = top - self.layout.header + 4
        canvas.line(margin, line_y, width - margin, line_y)

    def _draw_logo(self, canvas: Canvas, x: float, y: float, size: float) -> float:
        """Draw the logo in a square box; return the width it took (0 if it cannot be read)."""
        try:
            image = ImageReader(str(self.context.logo))
            image_width, image_height = image.getSize()
        except Exception as exc:  # any unreadable image: print without the logo, and say so
            note = f"The logo ({self.context.logo}) could not be read ({exc}); documents are printed without it."
            if note not in self.context.notes:
                self.context.notes.append(note)
            return 0.0
        drawn_width = min(size * image_width / image_height, size * 3)
        canvas.drawImage(image, x, y, drawn_width, size, preserveAspectRatio=True, anchor="sw", mask="auto")
        return drawn_width

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        margin = self.layout.margin
        width = self.pagesize[0]
        base = margin
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(margin, base + self.layout.footer - 6, width - margin, base + self.layout.footer - 6)
        generated = self.context.para(" · ".join(s.text for s in self._generated()), FRAME_TEXT,
                                      origin=label_origin("generated"))
        page = self.context.para(" · ".join(s.text for s in self._page_of(number, total)), FRAME_TEXT_RIGHT,
                                 origin=label_origin("page"))
        for paragraph, x in ((generated, margin), (page, margin + self.body_width * 0.55)):
            paragraph.wrapOn(canvas, self.body_width * (0.55 if paragraph is generated else 0.45), 40)
            paragraph.drawOn(canvas, x, base + self.layout.footer - 10 - paragraph.height)

    def _draw_sheet_margin(self, canvas: Canvas, number: int, total: int) -> None:
        """One small line above the sheet's content and one below, inside the margin."""
        context, margin = self.context, self.layout.margin
        width, height = self.pagesize
        names = [span.text for span in context.ours[:1]]
        titles = [label(self.title_key, lang) for lang in context.pair.languages]
        top_text = " — ".join(names + [" · ".join(titles)] + [span.text for span in self.subject[:1]])
        top = context.para(top_text, FRAME_TEXT, origin=label_origin(self.title_key))
        top.wrapOn(canvas, self.body_width, margin)
        top.drawOn(canvas, margin, height - margin + 3)
        bottom = context.para(" · ".join(s.text for s in self._generated() + self._page_of(number, total)),
                              FRAME_TEXT, origin=label_origin("page"))
        bottom.wrapOn(canvas, self.body_width, margin)
        bottom.drawOn(canvas, margin, margin - 3 - bottom.height)
