"""Merging two records of the same SME: everything that points at the duplicate moves to the one kept.

One audited operation: persons, participations, itinerary hosts, matches and tags are re-pointed
(``Operation.move``), fields the kept member lacks are filled from the duplicate, and the
duplicate is archived (never deleted: old documents and backups may name it). Undoing the
operation puts every row back where it was.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from ..errors import ServiceError
from ..model import ItineraryItem, Match, Member, MemberTag, Participant, Person
from .operation import operation
from .records import _get

# Fields copied from the duplicate when the kept member has none. Not registration_no: the pair
# (country, registration_no) is unique and the archived duplicate keeps its own.
FILLED_FIELDS = ("name_local", "local_lang", "name_reading", "city", "city_local", "address", "address_local",
                 "postal_code", "email", "phone", "sector", "size_class", "employees", "founded_year", "website",
                 "member_since", "dues_minor", "dues_currency", "strengths", "needs", "notes",
                 "organisation_id")


def merge_members(store, keep_id: int, duplicate_id: int, *, actor: str | None = None) -> int:
    """Merge ``duplicate_id`` into ``keep_id``; returns the audit operation's id (to undo it)."""
    if keep_id == duplicate_id:
        raise ServiceError("A member cannot be merged with itself.")
    with operation(store, "member.merge", actor=actor,
                   summary=f"member #{duplicate_id} merged into member #{keep_id}") as op:
        session = op.session
        keep, duplicate = _get(session, Member, keep_id), _get(session, Member, duplicate_id)
        if duplicate.is_archived:
            raise ServiceError(f"Member '{duplicate.name}' is archived; it may have been merged already.")

        kept_has_primary = session.scalar(select(Person.id).where(Person.member_id == keep_id,
                                                                  Person.is_primary_contact).limit(1))
        for person in session.scalars(select(Person).where(Person.member_id == duplicate_id)):
            if person.is_primary_contact and kept_has_primary:
                op.update(person, {"is_primary_contact": False})  # one primary contact per member
            op.move(person, "member_id", keep_id)
        for participant in session.scalars(select(Participant).where(Participant.member_id == duplicate_id)):
            op.move(participant, "member_id", keep_id)
        for item in session.scalars(select(ItineraryItem).where(ItineraryItem.host_member_id == duplicate_id)):
            op.move(item, "host_member_id", keep_id)
        _move_matches(op, keep_id, duplicate_id)
        _move_tags(op, keep_id, duplicate_id)

        filled = {name: getattr(duplicate, name) for name in FILLED_FIELDS
                  if getattr(keep, name) in (None, "") and getattr(duplicate, name) not in (None, "")}
        if duplicate.member_since and keep.member_since and duplicate.member_since < keep.member_since:
            filled["member_since"] = duplicate.member_since  # membership counts from the earlier record
        session.flush()
        op.update(keep, filled)
        op.archive(duplicate)
        return op.id


def _move_matches(op, keep_id: int, duplicate_id: int) -> None:
    session = op.session
    matches = session.scalars(select(Match).where(or_(Match.member_a_id == duplicate_id,
                                                      Match.member_b_id == duplicate_id)))
    for match in list(matches):
        side = "member_a_id" if match.member_a_id == duplicate_id else "member_b_id"
        other = match.member_b_id if side == "member_a_id" else match.member_a_id
        pair = (keep_id, other) if side == "member_a_id" else (other, keep_id)
        same_meeting = (Match.meeting_id.is_(None) if match.meeting_id is None
                        else Match.meeting_id == match.meeting_id)
        clash = session.scalar(select(Match.id).where(Match.member_a_id == pair[0], Match.member_b_id == pair[1],
                                                      same_meeting))
        if other == keep_id or clash is not None:
            op.delete(match)  # a match of the SME with itself, or one it already has: nothing to keep
        else:
            op.move(match, side, keep_id)


def _move_tags(op, keep_id: int, duplicate_id: int) -> None:
    session = op.session
    kept = {(tag.kind, tag.tag) for tag in session.scalars(select(MemberTag).where(MemberTag.member_id == keep_id))}
    for tag in list(session.scalars(select(MemberTag).where(MemberTag.member_id == duplicate_id))):
        if (tag.kind, tag.tag) in kept:
            op.delete(tag)
        else:
            op.move(tag, "member_id", keep_id)
