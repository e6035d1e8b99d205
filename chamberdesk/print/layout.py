"""Building blocks the documents share: stacked bilingual text, the first-page heading, tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .bilingual import labels_in
from .context import PrintContext
from .fonts import LATIN
from .paragraph import ScriptParagraph, Span, text_style
from .styles import BAND_FILL, BODY, CELL, COLUMN_HEAD, HAIRLINE, HEADER_FILL, MUTED, RULE, SECONDARY_SCALE, TITLE

NEWLINE = Span("\n")


def stacked(spans: Sequence[Span], size: float, *, bold: bool = False, scale: float = SECONDARY_SCALE) -> list[Span]:
    """The first language's text, then each other language's on a line of its own, smaller and
    muted: how every bilingual value is printed (a value that fell back is already left out)."""
    out: list[Span] = []
    for index, span in enumerate(spans):
        if index == 0:
            out.append(Span(span.text, bold or span.bold, span.size, span.color, span.origin))
        else:
            out += [NEWLINE, Span(span.text, False, size * scale, MUTED, span.origin)]
    return out


def with_note(spans: Sequence[Span], note: Sequence[Span], size: float) -> list[Span]:
    """Stacked values, then a small muted line of the note's languages joined (a role, a count)."""
    out = stacked(spans, size)
    if note:
        joined = " · ".join(span.text for span in note)
        out += ([NEWLINE] if out else []) + [Span(joined, size=size * SECONDARY_SCALE, color=MUTED,
                                                  origin=note[0].origin)]
    return out


def cell(context: PrintContext, spans: Sequence[Span], style: ParagraphStyle = BODY, *,
         bold: bool = False) -> ScriptParagraph:
    return context.para(stacked(spans, style.fontSize, bold=bold), style)


def column_head(context: PrintContext, key: str, style: ParagraphStyle = COLUMN_HEAD, **values) -> ScriptParagraph:
    return cell(context, labels_in(context.pair, key, **values), style, bold=True)


def heading(context: PrintContext, title: Sequence[Span],
            facts: Sequence[tuple[Sequence[Span], Sequence[Span]]], width: float) -> list[Flowable]:
    """The subject's title in the document's languages and a few labelled facts under it."""
    flowables: list[Flowable] = [context.para(stacked(title, TITLE.fontSize, bold=True), TITLE), Spacer(0, 6)]
    rows = [[cell(context, label, BODY, bold=True), cell(context, value, BODY)] for label, value in facts if value]
    if rows:
        flowables.append(layout_table(rows, [width * 0.2, width * 0.8], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
    flowables.append(Spacer(0, 10))
    return flowables


def layout_table(rows: list[list], widths: Sequence[float], commands: Sequence[tuple], **options) -> Table:
    """A table used for placing things side by side. Every table names Noto Sans: left alone,
    reportlab names Helvetica, which is not embedded."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", **options)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN.name), *commands]))
    return table


def data_table(rows: list[list], widths: Sequence[float], *, header_rows: int = 1, banded: bool = True,
               padding: float = 3.5, extra: Sequence[tuple] = ()) -> Table:
    """A ruled table whose header rows repeat on every page and whose rows never split. Cells
    that are one plain line of Latin text become plain cells (the table draws those itself)."""
    room = [width - 2 * padding for width in widths]
    rows = [row if number < header_rows else [_plain(value, room[column]) for column, value in enumerate(row)]
            for number, row in enumerate(rows)]
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN.name),  # reportlab would name Helvetica (not embedded)
        ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),  # plain-string cells (numbers) are set like the rest
        ("TEXTCOLOR", (0, 0), (-1, -1), CELL.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HAIRLINE),
    ]
    if header_rows:
        commands += [("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
                     ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL)]
    if banded and len(rows) > header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, BAND_FILL]))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def _plain(value, width: float):
    if isinstance(value, ScriptParagraph):
        text = value.as_plain(width, LATIN.name, CELL.fontSize, CELL.textColor)
        if text is not None:
            return text
    return value


def fitted(context: PrintContext, make: Callable[[float], list[Span]], width: float, height: float,
           sizes: Sequence[float], *, align: str = "center") -> ScriptParagraph | None:
    """The paragraph of ``make(size)`` at the largest size whose lines fit the box (the smallest
    size otherwise); None when there is nothing to print."""
    paragraph = None
    for size in sizes:
        spans = make(size)
        if not spans:
            return None
        paragraph = context.para(spans, text_style(size, align=align, leading=1.15, name="fitted"))
        if paragraph.wrap(width, height)[1] <= height:
            break
    return paragraph


def draw_at(canvas: Canvas, paragraph: ScriptParagraph | None, x: float, top: float, width: float) -> float:
    """Draw with its top edge at ``top``; return the y of its bottom edge."""
    if paragraph is None:
        return top
    _width, height = paragraph.wrap(width, 10_000)
    paragraph.drawOn(canvas, x, top - height)
    return top - height
