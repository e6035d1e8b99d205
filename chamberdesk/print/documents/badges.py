"""Name badges: credit-card sized cards, as many as fit an A4 or Letter sheet, with cut marks; the
name large in both scripts, then company and country."""

from __future__ import annotations

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ...i18n.formatting import country_name
from ..bilingual import distinct, names_in, record_origin, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import draw_at, fitted, stacked
from ..paragraph import Span
from ..styles import ACCENT, HAIRLINE, MUTED
from .sheets import Holder, holders, sheets
from .target import Target

CARD = (86 * mm, 54 * mm)  # ISO/IEC 7810 ID-1, the size of badge holders
_PAD = 7
_BAND = 15  # the coloured band at the top, with the event's name


def build(session: Session, context: PrintContext, target: Target):
    people, event = holders(session, context, target)
    frame = DocumentFrame(context, "badges", event, sheet=True)

    def paint(canvas: Canvas, holder: Holder, x: float, y: float, width: float, height: float) -> None:
        _paint_badge(context, event, canvas, holder, x, y, width, height)

    return frame, sheets(people, (frame.body_width, frame.body_height), CARD, paint)


def _paint_badge(context: PrintContext, event: list[Span], canvas: Canvas, holder: Holder, x: float, y: float,
                 width: float, height: float) -> None:
    pair = context.pair
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, width, height)
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + height - _BAND, width, _BAND, stroke=0, fill=1)
    inner = width - 2 * _PAD
    band = _banner(context, event, inner)
    if band is not None:
        band.wrap(inner, _BAND)
        band.drawOn(canvas, x + _PAD, y + height - _BAND + (_BAND - band.height) / 2)
    names = names_in(pair, holder.person)
    name = fitted(context, lambda size: stacked(names, size, bold=True, scale=0.72), inner, 58,
                  (20, 18, 16, 14, 12, 11, 10))
    company = values_in(pair, holder.company, "name") if holder.company is not None else []
    firm = fitted(context, lambda size: stacked(company, size), inner, 26, (8.5, 8, 7.5, 7, 6.5))
    # Name and company sit together in the middle of the space between the band and the footer.
    blocks = [p for p in (name, firm) if p is not None]
    total = sum(p.wrap(inner, height)[1] for p in blocks) + 4 * (len(blocks) - 1)
    space_top, space_bottom = y + height - _BAND - 4, y + 16
    top = space_top - max(0.0, (space_top - space_bottom - total) / 2)
    for paragraph in blocks:
        top = draw_at(canvas, paragraph, x + _PAD, top, inner) - 4
    footer = _country(pair, holder) + holder.role
    line = fitted(context, lambda size: [Span(" · ".join(s.text for s in footer), color=MUTED,
                                              origin=footer[0].origin)] if footer else [],
                  inner, 12, (7, 6.5, 6))
    if line is not None:
        line.wrap(inner, 12)
        line.drawOn(canvas, x + _PAD, y + 5)


def _banner(context: PrintContext, event: list[Span], width: float):
    """The event's name on one line: shrunk until it fits rather than wrapped ("J-/GoodTech")."""
    if not event:
        return None
    spans = lambda size: [Span(" · ".join(s.text for s in event[:2]), color=white, origin=event[0].origin)]
    band = fitted(context, spans, width, _BAND - 3, (7,))
    natural = band.natural_width()
    if natural <= width:
        return band
    return fitted(context, spans, width, _BAND - 3, (max(3.0, 7 * width / natural * 0.98),))


def _country(pair, holder: Holder) -> list[Span]:
    company = holder.company
    code = getattr(company, "country", None)
    if not code:
        return []
    return distinct(Span(country_name(code, lang), origin=record_origin(company, "country")) for lang in pair.languages)
