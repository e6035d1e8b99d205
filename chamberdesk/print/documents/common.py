"""Reading what several documents print about delegations, meetings and people."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...core.enums import SelectionStatus
from ...core.errors import NotFoundError
from ...core.localtime import resolve
from ...core.model import Delegation, Meeting, Participant, Person
from ...i18n.collation import reading_or_text, sort_key
from ...i18n.formatting import format_date_range, format_datetime, format_time
from ..bilingual import LanguagePair, distinct, labels_in, record_origin, values_in
from ..paragraph import Span


def load(session: Session, model, record_id: int, *options):
    record = session.get(model, record_id, options=list(options))
    if record is None:
        raise NotFoundError(f"No {model.__tablename__} with id {record_id}.")
    return record


def travelling(session: Session, delegation: Delegation) -> list[Participant]:
    """The participants who travel (selected), in roster order, with what is printed about them."""
    return list(session.scalars(
        select(Participant)
        .where(Participant.delegation_id == delegation.id, Participant.selection == SelectionStatus.SELECTED)
        .options(selectinload(Participant.person).selectinload(Person.organisation),
                 selectinload(Participant.person).selectinload(Person.member),
                 selectinload(Participant.member))
        .order_by(Participant.position, Participant.id)))


def affiliation(person: Person, member=None):
    """The company or organisation a person is printed with."""
    return member or person.member or person.organisation


def affiliation_in(pair: LanguagePair, person: Person, member=None) -> list[Span]:
    company = affiliation(person, member)
    return values_in(pair, company, "name") if company is not None else []


def date_range_in(pair: LanguagePair, start, end, record) -> list[Span]:
    origin = record_origin(record, "dates")
    return distinct(Span(format_date_range(start, end, lang), origin=origin) for lang in pair.languages)


def organisation_fact(pair: LanguagePair, key: str, organisation) -> tuple[list[Span], list[Span]]:
    return labels_in(pair, key), (values_in(pair, organisation, "name") if organisation else [])


def person_sort_key(person: Person, lang: str) -> tuple:
    """Family name first, as sign-in sheets and directories are read: by the kana reading when the
    sheet's first language is the person's Japanese, by the Unicode collation otherwise."""
    if lang == person.local_lang == "ja" and person.family_name_local:
        family = reading_or_text(person.family_name_local, "ja", person.family_name_reading)
        given = reading_or_text(person.given_name_local, "ja", person.given_name_reading)
    elif lang == person.local_lang and person.family_name_local:
        family, given = person.family_name_local, person.given_name_local
    else:
        family, given = person.family_name, person.given_name
    return sort_key(family), sort_key(given), person.id


def meeting_facts(context, meeting: Meeting) -> list[tuple[list[Span], list[Span]]]:
    """Date and time in the venue's zone (and the partner's), venue and address, link, organiser."""
    pair = context.pair
    start = resolve(meeting.starts_local, meeting.tz).instant
    end = resolve(meeting.ends_local, meeting.tz).instant if meeting.ends_local else None
    origin = record_origin(meeting, "starts_local")
    when = distinct(Span(_when(start, end, lang), origin=origin) for lang in pair.languages)
    if meeting.partner_tz and meeting.partner_tz != meeting.tz:
        zone = ZoneInfo(meeting.partner_tz)
        partner_end = end.astimezone(zone) if end else None
        when.append(Span(_when(start.astimezone(zone), partner_end, pair.primary), origin=origin))
    venue = values_in(pair, meeting, "venue") + values_in(pair, meeting, "venue_address")
    facts = [(labels_in(pair, "date_time"), when), (labels_in(pair, "venue"), venue)]
    if meeting.online_url:
        facts.append((labels_in(pair, "online"), [Span(meeting.online_url, origin=record_origin(meeting, "online_url"))]))
    facts.append(organisation_fact(pair, "organiser", meeting.organiser))
    return facts


def _when(start, end, lang: str) -> str:
    if end is None:
        return format_datetime(start, lang)
    if end.date() == start.date():
        return f"{format_datetime(start, lang, with_zone=False)} – {format_time(end, lang)}"
    return f"{format_datetime(start, lang)} – {format_datetime(end, lang)}"


def role_in(pair: LanguagePair, participant: Participant) -> list[Span]:
    return labels_in(pair, f"role_{participant.role.value}")
