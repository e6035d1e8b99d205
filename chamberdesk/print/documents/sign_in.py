"""Meeting sign-in sheet: the invited (who have not declined) by family name, a wide signature
column, and blank lines for those who come uninvited."""

from __future__ import annotations

from reportlab.platypus import Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...core.enums import Rsvp
from ...core.model import Invitation, Meeting, Person
from ..bilingual import names_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import cell, column_head, data_table, heading
from ..styles import CELL, CELL_RIGHT
from .common import affiliation_in, load, meeting_facts, person_sort_key
from .target import Target

COLUMNS = (("no", 0.06), ("name", 0.27), ("company", 0.32), ("signature", 0.35))
BLANK_LINES = 6
SIGNING_HEIGHT = 24  # points: room for a signature on every line, however short the name


def build(session: Session, context: PrintContext, target: Target):
    meeting = load(session, Meeting, target.record_id, selectinload(Meeting.organiser))
    pair = context.pair
    title = values_in(pair, meeting, "title")
    frame = DocumentFrame(context, "sign_in", title)
    flowables = heading(context, title, meeting_facts(context, meeting)[:2], frame.body_width)
    people = attending(session, meeting)
    people.sort(key=lambda person: person_sort_key(person, pair.primary))
    rows = [[column_head(context, key) for key, _share in COLUMNS]]
    for number, person in enumerate(people, start=1):
        rows.append([context.para(str(number), CELL_RIGHT), cell(context, names_in(pair, person), CELL, bold=True),
                     cell(context, affiliation_in(pair, person), CELL), Spacer(0, SIGNING_HEIGHT)])
    for number in range(len(people) + 1, len(people) + 1 + BLANK_LINES):
        rows.append([context.para(str(number), CELL_RIGHT), "", "", Spacer(0, SIGNING_HEIGHT)])
    flowables.append(data_table(rows, [frame.body_width * share for _key, share in COLUMNS], banded=False))
    return frame, flowables


def attending(session: Session, meeting: Meeting) -> list[Person]:
    """Everyone invited who has not declined, with their company."""
    return list(session.scalars(
        select(Person).join(Invitation, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == meeting.id, Invitation.rsvp != Rsvp.DECLINED)
        .options(selectinload(Person.member), selectinload(Person.organisation))))
