"""Table tents: one sheet per person, folded across the middle into a tent that stands on the
table. The name reads on both faces: the lower half upright, the upper half turned upside down,
so it is upright on the far side once folded."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ..bilingual import names_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import draw_at, fitted, stacked
from ..styles import ACCENT, HAIRLINE, MUTED
from ..paragraph import Span
from .sheets import Holder, holders, sheets
from .target import Target

_PAD = 28
_NAME_SIZES = (44, 40, 36, 32, 28, 25, 22, 20, 18)


def build(session: Session, context: PrintContext, target: Target):
    people, event = holders(session, context, target)
    frame = DocumentFrame(context, "tents", event, sheet=True)
    body = (frame.body_width, frame.body_height)

    def paint(canvas: Canvas, holder: Holder, x: float, y: float, width: float, height: float) -> None:
        _paint_tent(context, event, canvas, holder, x, y, width, height)

    return frame, sheets(people, body, body, paint, marks=False)


def _paint_tent(context: PrintContext, event: list[Span], canvas: Canvas, holder: Holder, x: float, y: float,
                width: float, height: float) -> None:
    face = height / 2
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    canvas.line(x, y + face, x + width, y + face)  # the fold
    canvas.setDash()
    _paint_face(context, event, canvas, holder, x, y, width, face)
    # The far face: the same, turned half a circle about the centre of the upper half.
    canvas.saveState()
    canvas.translate(x + width, y + height)
    canvas.rotate(180)
    _paint_face(context, event, canvas, holder, 0, 0, width, face)
    canvas.restoreState()


def _paint_face(context: PrintContext, event: list[Span], canvas: Canvas, holder: Holder, x: float, y: float,
                width: float, height: float) -> None:
    pair = context.pair
    inner = width - 2 * _PAD
    names = names_in(pair, holder.person, honorific=True)
    name = fitted(context, lambda size: stacked(names, size, bold=True, scale=0.7), inner, height * 0.62, _NAME_SIZES)
    company = values_in(pair, holder.company, "name") if holder.company is not None else []
    firm = fitted(context, lambda size: stacked(company, size), inner, height * 0.2, (15, 14, 13, 12, 11, 10, 9))
    heights = [p.wrap(inner, height)[1] for p in (name, firm) if p is not None]
    gap = 10
    total = sum(heights) + gap * (len(heights) - 1)
    top = y + (height + total) / 2 + 6  # a little above centre: the lower edge stands on the table
    top = draw_at(canvas, name, x + _PAD, top, inner) - gap
    draw_at(canvas, firm, x + _PAD, top, inner)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.line(x + width / 2 - 40, y + 22, x + width / 2 + 40, y + 22)
    if event:
        caption = fitted(context, lambda size: [Span(event[0].text, color=MUTED, origin=event[0].origin)],
                         inner, 12, (8, 7.5, 7))
        draw_at(canvas, caption, x + _PAD, y + 16, inner)
