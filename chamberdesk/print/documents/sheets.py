"""Sheets of cards to cut (badges) or fold (table tents): who gets one, the grid, the cut marks,
and text that shrinks until it fits its box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak
from sqlalchemy.orm import Session

from ...core.enums import ParticipantRole
from ...core.model import Delegation, Meeting, Person
from ..bilingual import values_in
from ..context import PrintContext
from ..paragraph import Span
from ..styles import RULE
from .common import affiliation, load, person_sort_key, role_in, travelling
from .sign_in import attending
from .target import DELEGATION, Target


@dataclass(frozen=True)
class Holder:
    """Someone a badge or tent is printed for."""

    person: Person
    company: object  # Member or Organisation, or None
    role: list[Span]  # empty for an ordinary delegate or guest


def holders(session: Session, context: PrintContext, target: Target) -> tuple[list[Holder], list[Span]]:
    """The people and the event title (delegation's or meeting's) for badges or tents."""
    pair = context.pair
    if target.kind == DELEGATION:
        delegation = load(session, Delegation, target.record_id)
        people = [Holder(p.person, affiliation(p.person, p.member),
                         role_in(pair, p) if p.role is not ParticipantRole.DELEGATE else [])
                  for p in travelling(session, delegation)]
        return people, values_in(pair, delegation, "title")
    meeting = load(session, Meeting, target.record_id)
    people = sorted(attending(session, meeting), key=lambda person: person_sort_key(person, pair.primary))
    return [Holder(person, affiliation(person), []) for person in people], values_in(pair, meeting, "title")


CardPainter = Callable[[Canvas, Holder, float, float, float, float], None]  # canvas, holder, x, y, w, h

_MARK = 4 * mm  # cut marks stand this far out from the grid
_MARK_GAP = 1 * mm


class CardSheet(Flowable):
    """One page of cards in a grid with cut marks at every cut line, outside the cards."""

    def __init__(self, holders: Sequence[Holder], columns: int, rows: int, card: tuple[float, float],
                 paint: CardPainter, *, marks: bool = True) -> None:
        super().__init__()
        self.holders, self.columns, self.rows, self.card = list(holders), columns, rows, card
        self.paint, self.marks = paint, marks

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        canvas = self.canv
        card_width, card_height = self.card
        left = (self.width - self.columns * card_width) / 2
        bottom = (self.height - self.rows * card_height) / 2
        for index, holder in enumerate(self.holders):
            row, column = divmod(index, self.columns)
            x = left + column * card_width
            y = bottom + (self.rows - 1 - row) * card_height
            canvas.saveState()
            self.paint(canvas, holder, x, y, card_width, card_height)
            canvas.restoreState()
        if self.marks:
            self._cut_marks(left, bottom)

    def _cut_marks(self, left: float, bottom: float) -> None:
        canvas = self.canv
        card_width, card_height = self.card
        right = left + self.columns * card_width
        top = bottom + self.rows * card_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for column in range(self.columns + 1):
            x = left + column * card_width
            canvas.line(x, top + _MARK_GAP, x, top + _MARK)
            canvas.line(x, bottom - _MARK_GAP, x, bottom - _MARK)
        for row in range(self.rows + 1):
            y = bottom + row * card_height
            canvas.line(left - _MARK_GAP, y, left - _MARK, y)
            canvas.line(right + _MARK_GAP, y, right + _MARK, y)


def sheets(holders: Sequence[Holder], body: tuple[float, float], card: tuple[float, float],
           paint: CardPainter, *, marks: bool = True) -> list[Flowable]:
    """As many pages of as many cards as fit the body, cut marks included."""
    room = 2 * _MARK if marks else 0
    columns = max(1, int((body[0] - room) // card[0]))
    rows = max(1, int((body[1] - room) // card[1]))
    per_page = columns * rows
    flowables: list[Flowable] = []
    for start in range(0, max(len(holders), 1), per_page):
        if flowables:
            flowables.append(PageBreak())
        flowables.append(CardSheet(holders[start:start + per_page], columns, rows, card, paint, marks=marks))
    return flowables
