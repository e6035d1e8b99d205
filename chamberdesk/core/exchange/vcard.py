"""Persons as vCard 4.0 (RFC 6350), for address books and phones.

Names in two scripts are alternative representations of one property (ALTID, LANGUAGE), and
kana readings go into the X-PHONETIC-* properties that the common address books sort by.
Passport data is never written.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..model import Person

CHUNK = 1000


def _escape(value: object) -> str:
    text = str(value or "")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (never inside a character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def person_card(person: Person) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{person.uid}", f"FN:{_escape(person.name)}"]
    name = f"{_escape(person.family_name)};{_escape(person.given_name)};;{_escape(person.honorific)};"
    if person.family_name_local or person.given_name_local:
        lines.append(f"N;ALTID=1;LANGUAGE=en:{name}")
        lines.append(f"N;ALTID=1;LANGUAGE={person.local_lang or 'und'}:{_escape(person.family_name_local)};"
                     f"{_escape(person.given_name_local)};;;")
        lines.append(f"FN;ALTID=2;LANGUAGE={person.local_lang or 'und'}:{_escape(person.name_local)}")
    else:
        lines.append(f"N:{name}")
    if person.family_name_reading:
        lines.append(f"X-PHONETIC-LAST-NAME:{_escape(person.family_name_reading)}")
    if person.given_name_reading:
        lines.append(f"X-PHONETIC-FIRST-NAME:{_escape(person.given_name_reading)}")
    affiliation = person.member or person.organisation
    if affiliation is not None:
        lines.append(f"ORG:{_escape(affiliation.name)}")
    if person.title:
        lines.append(f"TITLE:{_escape(person.title)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=work:{_escape(person.email)}")
    if person.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{person.phone}")
    if person.preferred_lang:
        lines.append(f"LANG:{person.preferred_lang}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def contact_ids(session, member_ids: list[int]) -> list[int]:
    """The persons of the given members in the members' order (a list exported as shown), each
    member's primary contact first."""
    by_member: dict[int, list[int]] = {}
    for start in range(0, len(member_ids), CHUNK):
        query = (select(Person.member_id, Person.id).where(Person.member_id.in_(member_ids[start:start + CHUNK]))
                 .order_by(Person.is_primary_contact.desc(), Person.sort_name, Person.id))
        for member_id, person_id in session.execute(query):
            by_member.setdefault(member_id, []).append(person_id)
    return [person_id for member_id in member_ids for person_id in by_member.get(member_id, ())]


def write_vcards(session, path: Path, person_ids: list[int]) -> int:
    """Write the persons as one .vcf file, in the order given; returns the number of cards."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        for start in range(0, len(person_ids), CHUNK):
            chunk = person_ids[start:start + CHUNK]
            query = select(Person).where(Person.id.in_(chunk)).options(
                selectinload(Person.member), selectinload(Person.organisation))
            cards = {p.id: person_card(p) for p in session.scalars(query)}
            for person_id in chunk:
                handle.write(cards[person_id])
            session.expunge_all()
    return len(person_ids)
