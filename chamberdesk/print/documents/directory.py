"""Member directory: active and honorary members by country, each country's members in the order
its readers expect — the Unicode collation, Japanese names by their kana reading."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import CondPageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...core.enums import MembershipStatus
from ...core.errors import NotFoundError
from ...core.model import Member
from ...i18n.collation import local_name_key, sort_key
from ...i18n.formatting import country_name, format_phone
from ..bilingual import LanguagePair, distinct, labels_in, names_in, record_origin, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..labels import label_origin
from ..layout import cell, column_head, data_table, heading, stacked, with_note
from ..paragraph import Span
from ..styles import CELL, SECTION
from .target import Target

LISTED = (MembershipStatus.ACTIVE, MembershipStatus.HONORARY)
COLUMNS = (("company", 0.26), ("city", 0.18), ("sector", 0.13), ("contact", 0.18), ("reach", 0.25))


def build(session: Session, context: PrintContext, target: Target):
    pair = context.pair
    query = (select(Member).where(Member.archived_at.is_(None), Member.membership_status.in_(LISTED))
             .options(selectinload(Member.persons)))
    if target.country:
        query = query.where(Member.country == target.country.upper())
    members = list(session.scalars(query))
    if target.country and not members:
        raise NotFoundError(f"No active or honorary members in {country_name(target.country, 'en')} "
                            f"({target.country.upper()}): there is no directory to print.")
    countries = sorted({m.country for m in members}, key=lambda code: sort_key(country_name(code, pair.primary)))
    rank = {code: index for index, code in enumerate(countries)}
    members.sort(key=lambda m: (rank[m.country], member_key(m, pair.primary)))
    subject = _country_names(pair, target.country) if target.country else []
    frame = DocumentFrame(context, "directory", subject)
    width = frame.body_width
    title = labels_in(pair, "directory")
    if subject:
        title = [Span(f"{t.text} — {c.text}", origin=t.origin) for t, c in zip(title, subject * len(title))]
    flowables = heading(context, title, [], width)
    for code, group in groupby(members, key=lambda m: m.country):
        listed = list(group)
        count = labels_in(pair, "members_count", count=len(listed))
        flowables += [CondPageBreak(80), Spacer(0, 6),
                      context.para(with_note(_country_names(pair, code), count, SECTION.fontSize), SECTION),
                      Spacer(0, 4)]
        rows = [[column_head(context, key) for key, _share in COLUMNS]]
        rows += [_row(context, member) for member in listed]
        flowables.append(data_table(rows, [width * share for _key, share in COLUMNS]))
    return frame, flowables


def member_key(member: Member, lang: str) -> tuple:
    """A Japanese reader sorts Japanese names by their reading; any other reader by the collation of
    the name in the language they read it in."""
    if lang != "en" and member.local_lang == lang and member.name_local:
        return local_name_key(member.name_local, member.local_lang, member.name_reading, member.name), member.id
    return sort_key(member.name), member.id


def _country_names(pair: LanguagePair, code: str) -> list[Span]:
    return distinct(Span(country_name(code, lang), origin=label_origin("country")) for lang in pair.languages)


def _row(context: PrintContext, member: Member) -> list:
    pair = context.pair
    contact = next((p for p in member.persons if p.is_primary_contact and not p.is_archived), None)
    reach = [Span(text, origin=record_origin(record, field)) for record, field, text in _reach(member, contact)]
    contact_spans = (with_note(names_in(pair, contact), values_in(pair, contact, "title"), CELL.fontSize)
                     if contact else [])
    return [cell(context, values_in(pair, member, "name"), CELL, bold=True),
            cell(context, values_in(pair, member, "city"), CELL),
            cell(context, values_in(pair, member, "sector"), CELL),
            context.para(contact_spans, CELL),
            context.para(stacked(reach, CELL.fontSize, scale=0.95), CELL)]


def _reach(member: Member, contact) -> list[tuple[object, str, str]]:
    """Phone and e-mail (the member's own, else its primary contact's), then the website."""
    found = []
    for field, shown in (("phone", format_phone), ("email", str)):
        record = next((r for r in (member, contact) if r is not None and getattr(r, field, None)), None)
        if record is not None:
            found.append((record, field, shown(getattr(record, field))))
    if member.website:
        found.append((member, "website", _without_scheme(member.website)))
    return found


def _without_scheme(url: str | None) -> str | None:
    # "www.example.co.in" reads and types the same; the scheme only takes a line in a narrow column.
    return url.split("://", 1)[-1].rstrip("/") if url else url
