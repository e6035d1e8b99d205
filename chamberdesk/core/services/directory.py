"""What the directory's screens read and write: a member with its tags and persons, saved in one
audited operation whose id the screen keeps for undo; the values its filters offer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..directory_filters import DirectoryFilters
from ..enums import TagKind
from ..model import Member, MemberTag, Person
from ..model.directory import latin_person_name, local_person_name
from ..search import SearchQuery
from .operation import operation
from .records import _column_values, _get, _validate

TAG_SEPARATOR = ";"


@dataclass
class MemberDetails:
    id: int | None
    version: int | None
    values: dict[str, object]
    tags: dict[str, list[str]]  # TagKind value → tags
    persons: list[dict[str, object]] = field(default_factory=list)  # id, version, name, name_local, title …


@dataclass(frozen=True)
class Saved:
    record_id: int
    operation_id: int | None  # None when nothing changed


def load_member(store, member_id: int | None) -> MemberDetails:
    if member_id is None:
        defaults = {c.key: None for c in Member.__table__.columns}
        defaults["membership_status"] = "active"
        return MemberDetails(None, None, defaults, {kind.value: [] for kind in TagKind})
    with store.read() as session:
        member = _get(session, Member, member_id)
        tags = {kind.value: [t.tag for t in member.tags if t.kind is kind] for kind in TagKind}
        persons = [person_summary(p) for p in member.persons]
        return MemberDetails(member.id, member.version, _column_values(member), tags, persons)


def person_summary(p: Person) -> dict[str, object]:
    return {"id": p.id, "version": p.version, "name": p.name, "name_local": p.name_local, "title": p.title,
            "email": p.email, "phone": p.phone, "primary": p.is_primary_contact, "archived": p.is_archived}


def load_person(store, person_id: int) -> tuple[dict[str, object], int]:
    with store.read() as session:
        person = _get(session, Person, person_id)
        return _column_values(person), person.version


def _write(op, model, record_id: int | None, changes: dict[str, object], expected_version: int | None):
    """Create or update one record inside ``op``, validated as the record services do; (record, values)."""
    if record_id is None:
        merged = _validate(op.session, model, {**{c.key: None for c in model.__table__.columns}, **changes})
        return op.create(model(**{k: merged[k] for k in changes})), merged
    record = _get(op.session, model, record_id)
    merged = _validate(op.session, model, {**_column_values(record), **changes})
    op.update(record, {k: merged[k] for k in changes}, expected_version=expected_version)
    return record, merged


def save_member(store, member_id: int | None, changes: dict[str, object], tags: dict[str, list[str]] | None = None,
                *, expected_version: int | None = None, actor: str | None = None) -> Saved:
    """Create (``member_id`` None) or update a member and its tags in one operation (ValidationError,
    ConflictError as the record services)."""
    action = "member.create" if member_id is None else "member.update"
    with operation(store, action, actor=actor) as op:
        member, _merged = _write(op, Member, member_id, changes, expected_version)
        if tags is not None:
            _save_tags(op, member.id, tags)
        return Saved(member.id, op.id if op.changed else None)


def _save_tags(op, member_id: int, tags: dict[str, list[str]]) -> None:
    current = {(t.kind.value, t.tag): t for t in op.session.scalars(select(MemberTag).where(
        MemberTag.member_id == member_id))}
    wanted = {(kind, tag.strip()) for kind, names in tags.items() for tag in names if tag.strip()}
    for key in sorted(current.keys() - wanted):
        op.delete(current[key])
    for kind, tag in sorted(wanted - current.keys()):
        op.create(MemberTag(member_id=member_id, kind=TagKind(kind), tag=tag))


def save_person(store, person_id: int | None, changes: dict[str, object], *, expected_version: int | None = None,
                actor: str | None = None) -> Saved:
    action = "person.create" if person_id is None else "person.update"
    with operation(store, action, actor=actor) as op:
        person, merged = _write(op, Person, person_id, changes, expected_version)
        if merged.get("is_primary_contact") and merged.get("member_id"):
            for other in op.session.scalars(select(Person).where(Person.member_id == merged["member_id"],
                                                                 Person.id != person.id, Person.is_primary_contact)):
                op.update(other, {"is_primary_contact": False})  # one primary contact per member
        return Saved(person.id, op.id if op.changed else None)


def archive(store, model, record_id: int, *, expected_version: int, actor: str | None = None) -> Saved:
    with operation(store, f"{model.__tablename__}.archive", actor=actor) as op:
        op.archive(_get(op.session, model, record_id), expected_version=expected_version)
        return Saved(record_id, op.id)


@dataclass(frozen=True)
class Facets:
    """The values the directory's filters offer (what the members actually have)."""

    countries: list[str]
    sectors: list[str]
    tags: list[str]


def facets(store) -> Facets:
    with store.read() as session:
        countries = list(session.scalars(select(Member.country).distinct().order_by(Member.country)))
        sectors = list(session.scalars(select(Member.sector).distinct().where(Member.sector.is_not(None))
                                       .order_by(Member.sector)))
        # The most used tags first: a filter offers what narrows a list, not every spelling ever typed.
        tags = list(session.scalars(select(MemberTag.tag).group_by(MemberTag.tag)
                                    .order_by(func.count().desc(), MemberTag.tag).limit(300)))
    return Facets(countries, sectors, sorted(tags, key=str.casefold))


def contacts_of(store, member_ids: list[int], search: str | None) -> dict[int, tuple[list[str], bool]]:
    """Per member: the names of the persons the search matched (True), else its primary contact (False).

    Read as plain rows, not ORM objects: the list asks for this with every block of rows it shows."""
    query = SearchQuery.parse(search)
    found: dict[int, tuple[list[str], bool]] = {}
    columns = (Person.member_id, Person.family_name, Person.given_name, Person.name_order, Person.family_name_local,
               Person.given_name_local, Person.local_lang, Person.is_primary_contact, Person.search_key)
    with store.read() as session:
        rows = session.execute(select(*columns).where(Person.member_id.in_(member_ids))
                               .order_by(Person.is_primary_contact.desc(), Person.id))
        for member_id, family, given, order, family_local, given_local, lang, primary, key in rows:
            names = (latin_person_name(family, given, order), local_person_name(family_local, given_local, lang))
            label = " ".join(dict.fromkeys(n for n in names if n))
            listed, matched = found.get(member_id, ([], False))
            if query is not None and query.matches(key):
                found[member_id] = ((listed if matched else []) + [label], True)
            elif not listed and primary:
                found[member_id] = ([label], False)
    return found


def member_ids_for(store, search: str | None, filters: DirectoryFilters | None) -> list[int]:
    from ..listing import SOURCES

    with store.read() as session:
        return SOURCES["members"].ids(session, search, sort="name", filters=filters)
