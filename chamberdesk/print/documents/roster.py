"""Delegation roster: who travels — number, name and company in both scripts, title, sector, city."""

from __future__ import annotations

from sqlalchemy.orm import Session, selectinload

from ...core.enums import ParticipantRole
from ...core.model import Delegation
from ..bilingual import labels_in, names_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import cell, column_head, data_table, heading, with_note
from ..paragraph import Span
from ..styles import CELL
from .common import affiliation, affiliation_in, date_range_in, load, organisation_fact, role_in, travelling
from .target import Target

# Shares of the body width: no., name, company, title, sector, city.
COLUMNS = (("no", 0.05), ("name", 0.21), ("company", 0.25), ("job_title", 0.18), ("sector", 0.13),
           ("city", 0.18))  # room for Thiruvananthapuram on one line


def build(session: Session, context: PrintContext, target: Target):
    delegation = load(session, Delegation, target.record_id, selectinload(Delegation.organiser),
                      selectinload(Delegation.host))
    pair = context.pair
    title = values_in(pair, delegation, "title")
    frame = DocumentFrame(context, "roster", title)
    participants = travelling(session, delegation)
    flowables = heading(context, title, [
        (labels_in(pair, "dates"), date_range_in(pair, delegation.starts_on, delegation.ends_on, delegation)),
        organisation_fact(pair, "organiser", delegation.organiser),
        organisation_fact(pair, "host", delegation.host),
        (labels_in(pair, "participants"), [Span(str(len(participants)))]),
    ], frame.body_width)

    rows = [[column_head(context, key) for key, _share in COLUMNS]]
    for number, participant in enumerate(participants, start=1):
        person = participant.person
        company = affiliation(person, participant.member)
        role = role_in(pair, participant) if participant.role is not ParticipantRole.DELEGATE else []
        rows.append([
            str(number),  # digits need no paragraph: a plain cell in Noto Sans is a tenth of the work
            cell(context, names_in(pair, person), CELL, bold=True),
            cell(context, affiliation_in(pair, person, participant.member), CELL),
            context.para(with_note(values_in(pair, person, "title"), role, CELL.fontSize), CELL),
            cell(context, values_in(pair, company, "sector") if hasattr(company, "sector") else [], CELL),
            cell(context, values_in(pair, company, "city") if company is not None else [], CELL),
        ])
    flowables.append(data_table(rows, [frame.body_width * share for _key, share in COLUMNS],
                                extra=[("ALIGN", (0, 1), (0, -1), "RIGHT")]))
    return frame, flowables
