"""Delegation itinerary booklet: hotels and flights, then a section per day with local times and
places with addresses in both scripts, then the emergency contacts."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...core.enums import ItineraryKind, ParticipantRole
from ...core.localtime import resolve
from ...core.model import Delegation, Flight, ItineraryItem, Participant
from ...i18n.formatting import country_name, format_date, format_phone
from ..bilingual import labels_for, labels_in, names_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..layout import NEWLINE, cell, column_head, data_table, heading, stacked, with_note
from ..paragraph import Span
from ..styles import BODY, CELL, MUTED, SECTION
from .common import affiliation_in, date_range_in, load, organisation_fact, role_in, travelling
from .times import moment_text, span_text
from .target import Target

# Numbers to call in the host country (police, ambulance, fire), the first thing a lost visitor needs.
EMERGENCY_NUMBERS = {
    "JP": (("police", "110"), ("ambulance", "119"), ("fire", "119")),
    "IN": (("all_emergencies", "112"), ("ambulance", "108")),
    "TH": (("police", "191"), ("ambulance", "1669"), ("fire", "199"), ("tourist_police", "1155")),
    "ID": (("all_emergencies", "112"), ("police", "110"), ("ambulance", "118"), ("fire", "113")),
}


def build(session: Session, context: PrintContext, target: Target):
    delegation = load(session, Delegation, target.record_id, selectinload(Delegation.organiser),
                      selectinload(Delegation.host),
                      selectinload(Delegation.itinerary).selectinload(ItineraryItem.host_person),
                      selectinload(Delegation.itinerary).selectinload(ItineraryItem.host_member))
    pair = context.pair
    title = values_in(pair, delegation, "title")
    frame = DocumentFrame(context, "itinerary", title)
    participants = travelling(session, delegation)
    width = frame.body_width
    flowables = heading(context, title, [
        (labels_in(pair, "dates"), date_range_in(pair, delegation.starts_on, delegation.ends_on, delegation)),
        organisation_fact(pair, "organiser", delegation.organiser),
        organisation_fact(pair, "host", delegation.host),
    ], width)
    flowables.append(cell(context, labels_in(pair, "local_times"), BODY))
    flowables += _hotels(context, delegation, width)
    flowables += _flights(session, context, participants, width)
    for day, items in groupby(delegation.itinerary, key=lambda item: item.starts_on):
        flowables += _day(context, delegation, day, list(items), width)
    flowables += _emergency(context, delegation, participants, width)
    return frame, flowables


def _section(context: PrintContext, spans: list[Span]) -> list:
    # A section heading never ends a page on its own.
    return [CondPageBreak(90), Spacer(0, 8), cell(context, spans, SECTION, bold=True), Spacer(0, 4)]


def _local(item: ItineraryItem, field: str, context: PrintContext, delegation: Delegation) -> list[Span]:
    # Itinerary rows carry no language of their own: their local values are in the delegation's.
    return values_in(context.pair, item, field, local_lang=delegation.local_lang)


def _hotels(context: PrintContext, delegation: Delegation, width: float) -> list:
    hotels = [item for item in delegation.itinerary if item.kind is ItineraryKind.HOTEL]
    if not hotels:
        return []
    pair = context.pair
    rows = [[column_head(context, "stay"), column_head(context, "dates")]]
    for item in hotels:
        place = _local(item, "place", context, delegation) or _local(item, "title", context, delegation)
        address = _local(item, "address", context, delegation)
        rows.append([context.para(stacked(place, CELL.fontSize, bold=True) + [NEWLINE] + stacked(address, CELL.fontSize)
                                  if address else stacked(place, CELL.fontSize, bold=True), CELL),
                     cell(context, date_range_in(pair, item.starts_on, item.ends_on, item), CELL)])
    return _section(context, labels_in(pair, "hotels")) + [data_table(rows, [width * 0.7, width * 0.3])]


def _flights(session: Session, context: PrintContext, participants: list[Participant], width: float) -> list:
    """Each flight once, with how many of the group are on it (legs are stored per participant)."""
    if not participants:
        return []
    flights = session.scalars(select(Flight).where(Flight.participant_id.in_([p.id for p in participants]))
                              .order_by(Flight.departs_local))
    legs = Counter((f.flight_number, f.from_airport, f.departs_local, f.departs_tz, f.to_airport, f.arrives_local,
                    f.arrives_tz) for f in flights)
    if not legs:
        return []
    lang = context.pair.primary
    rows = [[column_head(context, "flight_route"), column_head(context, "departure_arrival"),
             column_head(context, "participants")]]
    for (number, origin, departs, departs_tz, destination, arrives, arrives_tz), count in sorted(
            legs.items(), key=lambda leg: resolve(leg[0][2], leg[0][3]).utc):
        departure = resolve(departs, departs_tz).instant
        arrival = resolve(arrives, arrives_tz).instant
        rows.append([context.para([Span(number, bold=True), Span(f"  {origin} → {destination}")], CELL),
                     context.para(f"{format_date(departs.date(), lang)}  {moment_text(departure, departs.date(), lang)}"
                                  f" → {moment_text(arrival, departs.date(), lang)}", CELL),
                     context.para(str(count), CELL)])
    return _section(context, labels_in(context.pair, "flights")) + [
        data_table(rows, [width * 0.3, width * 0.55, width * 0.15])]


def _day(context: PrintContext, delegation: Delegation, day, items: list[ItineraryItem], width: float) -> list:
    pair = context.pair
    number = (day - delegation.starts_on).days + 1
    title = labels_for(pair, "day", lambda lang: {"number": number, "date": format_date(day, lang, style="full")})
    rows = [[column_head(context, "time"), column_head(context, "programme")]]
    for item in items:
        rows.append([context.para(span_text(item.starts_on, item.starts_at, item.starts_tz, item.ends_on,
                                            item.ends_at, item.ends_tz, pair.primary), CELL),
                     context.para(_item_text(context, delegation, item), CELL)])
    return _section(context, title) + [data_table(rows, [width * 0.22, width * 0.78])]


def _item_text(context: PrintContext, delegation: Delegation, item: ItineraryItem) -> list[Span]:
    pair, size = context.pair, CELL.fontSize
    kind = labels_in(pair, f"kind_{item.kind.value}")
    spans = [Span(" · ".join(s.text for s in kind), size=size * 0.85, color=MUTED, origin=kind[0].origin), NEWLINE]
    spans += stacked(_local(item, "title", context, delegation), size, bold=True)
    place = _local(item, "place", context, delegation)
    address = _local(item, "address", context, delegation)
    for part in (place, address):
        if part:
            spans += [NEWLINE, *stacked(part, size)]
    if item.transport_reference:
        spans += [NEWLINE, Span(item.transport_reference, origin=None)]
    host = item.host_person
    if host is not None:
        host_line = with_note(names_in(pair, host), affiliation_in(pair, host, item.host_member), size)
        spans += [NEWLINE, *[Span(s.text, size=s.size, color=s.color or MUTED, origin=s.origin) for s in host_line]]
    return spans


def _emergency(context: PrintContext, delegation: Delegation, participants: list[Participant], width: float) -> list:
    pair = context.pair
    rows = [[column_head(context, "name"), column_head(context, "role"), column_head(context, "phone")]]
    for participant in participants:
        if participant.role is ParticipantRole.DELEGATE:
            continue
        person = participant.person
        rows.append([cell(context, names_in(pair, person), CELL, bold=True),
                     cell(context, role_in(pair, participant), CELL),
                     context.para("\n".join(v for v in (format_phone(person.phone), person.email) if v), CELL)])
    for key, organisation in (("organiser", delegation.organiser), ("host", delegation.host)):
        if organisation is not None and (organisation.phone or organisation.email):
            rows.append([cell(context, values_in(pair, organisation, "name"), CELL, bold=True),
                         cell(context, labels_in(pair, key), CELL),
                         context.para("\n".join(v for v in (format_phone(organisation.phone), organisation.email) if v), CELL)])
    flowables = _section(context, labels_in(pair, "emergency_contacts"))
    if len(rows) > 1:
        flowables.append(data_table(rows, [width * 0.45, width * 0.25, width * 0.30]))
    numbers = EMERGENCY_NUMBERS.get(delegation.host_country.upper())
    if numbers:
        country = labels_for(pair, "emergency_numbers",
                             lambda lang: {"country": country_name(delegation.host_country, lang)})
        table = [[cell(context, labels_in(pair, key), CELL), context.para(Span(number, bold=True), CELL)]
                 for key, number in numbers]
        flowables.append(KeepTogether([Spacer(0, 10), cell(context, country, BODY, bold=True), Spacer(0, 3),
                                       data_table(table, [width * 0.45, width * 0.55], header_rows=0)]))
    return flowables
