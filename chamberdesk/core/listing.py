"""The record lists behind the GUI's tables and ``chamberdesk list``: ids first, rows on demand.

A table view holds only the ordered ids of what matches and asks for the rows it shows, so a
list of 100,000 members never loads them all (the approach of Anki's browser model).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from .base import Base
from .directory_filters import DirectoryFilters
from .localtime import resolve
from .model import Agreement, Delegation, Meeting, Member, Organisation, Person
from .search import SearchQuery
from .search.query import member_clause
from .states import agreement_state, delegation_state
from .text import fold

Row = dict[str, object]


class ListSource(ABC):
    kind: ClassVar[str]
    model: ClassVar[type[Base]]
    columns: ClassVar[tuple[str, ...]]  # keys of the values in each row, in display order
    sort_columns: ClassVar[dict[str, object]]  # column key → SQL expression to order by

    def _filtered(self, session: Session, search: str | None, filters: DirectoryFilters | None = None) -> Select:
        query = select(self.model.id)
        if search and fold(search).strip():  # only spaces (also full-width ones) search for nothing
            query = query.where(self._search_clause(session, search))
        return query

    @abstractmethod
    def _search_clause(self, session: Session, search: str): ...

    def ids(self, session: Session, search: str | None = None, *, sort: str | None = None,
            descending: bool = False, limit: int | None = None, filters: DirectoryFilters | None = None
            ) -> list[int]:
        order = self.sort_columns.get(sort or self.columns[0], self.model.id)
        order = order.desc() if descending else order.asc()
        tie = self.model.id.desc() if descending else self.model.id.asc()
        query = self._filtered(session, search, filters).order_by(order, tie).limit(limit)
        return list(session.scalars(query))

    def count(self, session: Session, search: str | None = None, filters: DirectoryFilters | None = None) -> int:
        return session.scalar(select(func.count()).select_from(
            self._filtered(session, search, filters).subquery()))

    def records(self, session: Session, ids: Sequence[int]) -> dict[int, Base]:
        return {r.id: r for r in session.scalars(self._load(select(self.model).where(self.model.id.in_(ids))))}

    def rows(self, session: Session, ids: Sequence[int], today: date) -> dict[int, Row]:
        return {rid: self.row(r, today) for rid, r in self.records(session, ids).items()}

    def _load(self, query: Select) -> Select:
        return query

    @abstractmethod
    def row(self, record, today: date) -> Row: ...

    def json(self, record, today: date) -> dict[str, object]:
        """The ``--json`` object: id, uid and the contract fields first, then the row's own."""
        data: dict[str, object] = {"id": record.id, "uid": record.uid}
        data.update(self.contract_fields(record))
        for key, value in self.row(record, today).items():
            data.setdefault(key, value.isoformat() if isinstance(value, date) else value)
        return data

    @abstractmethod
    def contract_fields(self, record) -> dict[str, object]: ...


def _like(column, folded: str):
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


class _NamedSource(ListSource):
    def _search_clause(self, session: Session, search: str):
        return _like(self.model.search_key, fold(search))

    def contract_fields(self, record) -> dict[str, object]:
        return {"name": record.name, "name_local": record.name_local, "local_lang": record.local_lang}


class _TitledSource(ListSource):
    """Few records (tens to hundreds): folded matching in Python covers every script exactly."""

    def _search_clause(self, session: Session, search: str):
        return self.model.id.in_(title_matches(session, self.model, search))

    def contract_fields(self, record) -> dict[str, object]:
        return {"title": record.title, "title_local": record.title_local}


class SortedIds:
    """A list's whole order (ids sorted by the database once) that orders any subset in memory.

    Sorting 10,000 matches by collation key in SQL costs more than a keystroke may; ranking them
    against the order already read takes a few milliseconds. Ids the order does not know (added
    since it was read) follow, by id.
    """

    def __init__(self, order: list[int]) -> None:
        self.order = order
        # Ranks in a list indexed by id (ids are dense): a list index is cheaper than a dict lookup.
        self._rank = [len(order)] * (max(order, default=0) + 1)
        for position, record_id in enumerate(order):
            self._rank[record_id] = position

    def subset(self, ids: set[int]) -> list[int]:
        if len(ids) * 2 > len(self.order):  # most of the list: one pass over the order is cheaper
            known = [record_id for record_id in self.order if record_id in ids]
        else:
            limit = len(self._rank)
            known = sorted((i for i in ids if i < limit and self._rank[i] < len(self.order)),
                           key=self._rank.__getitem__)
        unknown = sorted(ids.difference(known)) if len(known) < len(ids) else []
        return known + unknown


def title_matches(session: Session, model: type[Base], text: str) -> list[int]:
    """Records whose Latin or local title contains ``text`` (folded: case, width, kana, accents)."""
    needle = fold(text)
    return [rid for rid, title, local in session.execute(select(model.id, model.title, model.title_local))
            if needle in fold(title) or needle in fold(local)]


def _id_set(session: Session, query: Select) -> set[int]:
    """The ids a one-column query returns. On SQLite straight from the driver: a common word matches
    tens of thousands of index entries, and building a result row object for each costs 4× the query."""
    if not _uses_index(session):
        return set(session.scalars(query).all())
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    parameters = compiled.construct_params()
    ordered = [parameters[name] for name in compiled.positiontup or ()]
    cursor = session.connection().connection.driver_connection.execute(str(compiled), ordered)
    return {record_id for (record_id,) in cursor.fetchall()}


def _uses_index(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


class MemberSource(_NamedSource):
    """Members found by their own names, readings, romaji, city or e-mail, or by one of their persons'."""

    kind = "members"
    model = Member
    columns = ("name", "name_local", "country", "city", "sector", "size_class", "membership_status")
    sort_columns = {"name": Member.sort_name, "name_local": Member.sort_local,
                    "country": Member.country, "city": Member.city, "sector": Member.sector,
                    "size_class": Member.size_class, "membership_status": Member.membership_status}

    def _filtered(self, session: Session, search: str | None, filters: DirectoryFilters | None = None) -> Select:
        query = select(Member.id)
        parsed = SearchQuery.parse(search)
        if parsed is not None:
            query = query.where(member_clause(parsed, Member, Person, use_index=_uses_index(session)))
        return filters.apply(query) if filters is not None else query

    def matching_ids(self, session: Session, search: str | None, filters: DirectoryFilters | None = None
                     ) -> set[int]:
        """The members a search and filters select, in no order (the list orders them: ``SortedIds``)."""
        parsed = SearchQuery.parse(search)
        if filters is None and parsed is not None:
            query = parsed.member_ids(Member, Person, use_index=_uses_index(session))
        else:
            query = self._filtered(session, search, filters)
        return _id_set(session, query)

    _ROW_COLUMNS = (Member.id, Member.name, Member.name_local, Member.country, Member.city, Member.sector,
                    Member.size_class, Member.membership_status, Member.archived_at)

    def rows(self, session: Session, ids: Sequence[int], today: date) -> dict[int, Row]:
        """Plain rows, not ORM objects: the list reads a block of them whenever it scrolls."""
        return {r.id: self.row(r, today) for r in session.execute(select(*self._ROW_COLUMNS).where(Member.id.in_(ids)))}

    def row(self, m, today: date) -> Row:
        """From a member or a row of its columns."""
        return {"name": m.name, "name_local": m.name_local, "country": m.country, "city": m.city,
                "sector": m.sector, "size_class": m.size_class and m.size_class.value,
                "membership_status": m.membership_status.value, "archived": m.archived_at is not None}


class PersonSource(_NamedSource):
    kind = "persons"
    model = Person
    columns = ("name", "name_local", "title", "affiliation", "email", "phone")
    sort_columns = {"name": Person.sort_name, "name_local": Person.sort_local,
                    "title": Person.title, "email": Person.email, "phone": Person.phone}

    def _search_clause(self, session: Session, search: str):
        parsed = SearchQuery.parse(search)
        return Person.id.in_(parsed.person_ids(Person, use_index=_uses_index(session)))

    def _load(self, query: Select) -> Select:
        return query.options(selectinload(Person.member), selectinload(Person.organisation))

    def row(self, p: Person, today: date) -> Row:
        affiliation = p.member or p.organisation
        return {"name": p.name, "name_local": p.name_local, "title": p.title,
                "affiliation": affiliation.name if affiliation else None, "email": p.email, "phone": p.phone,
                "member_id": p.member_id, "organisation_id": p.organisation_id, "archived": p.is_archived}


class OrganisationSource(_NamedSource):
    kind = "organisations"
    model = Organisation
    columns = ("name", "name_local", "short_name", "kind", "country")
    sort_columns = {"name": Organisation.name, "name_local": Organisation.name_local,
                    "short_name": Organisation.short_name, "kind": Organisation.kind,
                    "country": Organisation.country}

    def row(self, o: Organisation, today: date) -> Row:
        return {"name": o.name, "name_local": o.name_local, "short_name": o.short_name, "kind": o.kind.value,
                "country": o.country, "is_ours": o.is_ours, "archived": o.is_archived}


class DelegationSource(_TitledSource):
    kind = "delegations"
    model = Delegation
    columns = ("title", "title_local", "starts_on", "ends_on", "origin_country", "host_country", "state",
               "participants")
    sort_columns = {"title": Delegation.title, "title_local": Delegation.title_local,
                    "starts_on": Delegation.starts_on, "ends_on": Delegation.ends_on,
                    "origin_country": Delegation.origin_country, "host_country": Delegation.host_country}

    def _load(self, query: Select) -> Select:
        return query.options(selectinload(Delegation.participants))

    def ids(self, session, search=None, *, sort=None, descending=False, limit=None, filters=None) -> list[int]:
        if sort is None:
            sort, descending = "starts_on", True
        return super().ids(session, search, sort=sort, descending=descending, limit=limit, filters=filters)

    def row(self, d: Delegation, today: date) -> Row:
        return {"title": d.title, "title_local": d.title_local, "starts_on": d.starts_on, "ends_on": d.ends_on,
                "origin_country": d.origin_country, "host_country": d.host_country,
                "state": delegation_state(d, today).value, "status": d.status.value, "kind": d.kind.value,
                "participants": sum(1 for p in d.participants if p.selection.value == "selected")}


class MeetingSource(_TitledSource):
    kind = "meetings"
    model = Meeting
    columns = ("title", "title_local", "starts", "tz", "venue", "kind", "status")
    sort_columns = {"title": Meeting.title, "title_local": Meeting.title_local, "starts": Meeting.starts_local,
                    "tz": Meeting.tz, "venue": Meeting.venue, "kind": Meeting.kind, "status": Meeting.status}

    def ids(self, session, search=None, *, sort=None, descending=False, limit=None, filters=None) -> list[int]:
        if sort is None:
            sort, descending = "starts", True
        return super().ids(session, search, sort=sort, descending=descending, limit=limit, filters=filters)

    def row(self, m: Meeting, today: date) -> Row:
        return {"title": m.title, "title_local": m.title_local, "starts": resolve(m.starts_local, m.tz).instant,
                "ends": resolve(m.ends_local, m.tz).instant if m.ends_local else None, "tz": m.tz,
                "partner_tz": m.partner_tz, "venue": m.venue, "kind": m.kind.value, "status": m.status.value}


class AgreementSource(_TitledSource):
    kind = "agreements"
    model = Agreement
    columns = ("title", "title_local", "parties", "signed_on", "valid_until", "state")
    sort_columns = {"title": Agreement.title, "title_local": Agreement.title_local,
                    "signed_on": Agreement.signed_on, "valid_until": Agreement.valid_until}

    def _load(self, query: Select) -> Select:
        return query.options(selectinload(Agreement.parties))

    def row(self, a: Agreement, today: date) -> Row:
        parties = " – ".join(p.organisation.short_name or p.organisation.name for p in a.parties)
        return {"title": a.title, "title_local": a.title_local, "parties": parties, "signed_on": a.signed_on,
                "valid_until": a.valid_until, "state": agreement_state(a, today).value,
                "renews_id": a.renews_id}


SOURCES: dict[str, ListSource] = {s.kind: s for s in (
    MemberSource(), PersonSource(), OrganisationSource(), DelegationSource(), MeetingSource(),
    AgreementSource())}
