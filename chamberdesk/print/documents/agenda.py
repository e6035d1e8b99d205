"""Meeting agenda: items with presenters and computed times, in the venue's zone and, when the
meeting has a partner on another zone, in that zone side by side."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, selectinload

from ...core.localtime import resolve
from ...core.model import AgendaItem, Meeting, Person
from ...i18n.formatting import format_time, zone_abbreviation
from ..bilingual import labels_in, names_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import NEWLINE, cell, column_head, data_table, heading, stacked
from ..paragraph import Span
from ..styles import CELL, CELL_RIGHT, MUTED, SECONDARY_SCALE
from .common import affiliation_in, load, meeting_facts
from .times import moment_text
from .target import Target


def build(session: Session, context: PrintContext, target: Target):
    meeting = load(session, Meeting, target.record_id, selectinload(Meeting.organiser),
                   selectinload(Meeting.agenda).selectinload(AgendaItem.presenter).selectinload(Person.member),
                   selectinload(Meeting.agenda).selectinload(AgendaItem.presenter).selectinload(Person.organisation))
    pair = context.pair
    title = values_in(pair, meeting, "title")
    frame = DocumentFrame(context, "agenda", title)
    flowables = heading(context, title, meeting_facts(context, meeting), frame.body_width)
    flowables.append(agenda_table(context, meeting, frame.body_width))
    return frame, flowables


def agenda_table(context: PrintContext, meeting: Meeting, width: float):
    pair, lang = context.pair, context.pair.primary
    start = resolve(meeting.starts_local, meeting.tz).instant
    partner = ZoneInfo(meeting.partner_tz) if meeting.partner_tz and meeting.partner_tz != meeting.tz else None
    heads = [column_head(context, "time_in_zone", zone=zone_abbreviation(start))]
    shares = [0.12]
    if partner:
        heads.append(column_head(context, "time_in_zone", zone=zone_abbreviation(start.astimezone(partner))))
        shares.append(0.14)
    heads += [column_head(context, "item"), column_head(context, "presenter"), column_head(context, "duration")]
    # The presenter's column holds a name and an organisation in two scripts: wide enough that a
    # Japanese organisation name (印日商工会議所ケララ) sits on one line.
    shares += [0.36 if partner else 0.44, 0.30 if partner else 0.34, 0.08 if partner else 0.1]
    rows = [heads]
    at = start
    for item in meeting.agenda:
        row = [context.para(format_time(at, lang, with_zone=False), CELL)]
        if partner:
            # The partner's date is shown when it is not the meeting's (Tokyo is already tomorrow).
            row.append(context.para(moment_text(at.astimezone(partner), start.date(), lang, with_zone=False), CELL))
        row += [cell(context, values_in(pair, item, "title", local_lang=meeting.local_lang), CELL, bold=True),
                context.para(_presenter(context, item), CELL),
                cell(context, labels_in(pair, "minutes", count=item.duration_minutes), CELL_RIGHT)]
        rows.append(row)
        at = at + timedelta(minutes=item.duration_minutes)
    return data_table(rows, [width * share for share in shares])


def _presenter(context: PrintContext, item: AgendaItem) -> list[Span]:
    if item.presenter is not None:
        person = item.presenter
        # Each language's organisation on a line of its own: joined, the Japanese name broke mid-word.
        spans = stacked(names_in(context.pair, person), CELL.fontSize)
        for company in affiliation_in(context.pair, person):
            spans += [NEWLINE, Span(company.text, size=CELL.fontSize * SECONDARY_SCALE, color=MUTED,
                                    origin=company.origin)]
        return spans
    if item.presenter_text:
        return [Span(item.presenter_text, origin=None)]
    return []
