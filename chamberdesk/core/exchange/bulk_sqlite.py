"""The bulk insert of an import on SQLite: a batch's rows bound once, straight to the driver.

SQLAlchemy's INSERT … RETURNING with ids in parameter order degrades to one statement per row on
SQLite, so ids are given here, after the current largest: the import's operation already holds
SQLite's write lock, so nobody else can take them. The search and sort keys of a large import
are computed ahead in a worker process while SQLite writes (see ``derivation``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import LargeBinary, Table, func, select

from ..base import new_uid, utc_now
from ..enums import AuditAction, MembershipStatus
from ..errors import ServiceError
from ..model import AuditEntry, Member, MemberTag, Person
from ..search import index as search_index
from .derivation import Keys, derived_keys
from .rows import ImportRow

Statement = tuple[str, list[tuple]]


class _Binder:
    """INSERT statements of a table and its rows as the driver's parameter tuples."""

    def __init__(self, table: Table, dialect, *, with_id: bool) -> None:
        self.columns = [c for c in table.columns if with_id or c.key != "id"]
        self.keys = [c.key for c in self.columns]
        # sqlite3 binds bytes as they are; the other processed types (times, dates, choices, flags)
        # repeat their values (one 'now' per batch), so each distinct value is processed once.
        self.processed = [(position, process) for position, c in enumerate(self.columns)
                          if not isinstance(c.type, LargeBinary)
                          and (process := c.type._cached_bind_processor(dialect)) is not None]
        names = ", ".join(f'"{c.name}"' for c in self.columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(self.columns))})'

    def statement(self, rows: list[dict[str, object]]) -> Statement:
        values = []
        done: list[dict] = [{} for _ in self.processed]
        for row in rows:
            value = list(map(row.get, self.keys))
            for (position, process), seen in zip(self.processed, done):
                raw = value[position]
                if raw is not None:
                    bound = seen.get(raw)
                    if bound is None:
                        bound = seen[raw] = process(raw)
                    value[position] = bound
            values.append(tuple(value))
        return self.sql, values


def _fts(kind: str, rows: list[dict[str, object]]) -> list[Statement]:
    """Index entries of rows whose keys are filled in (the n-gram document under ``_ngrams``)."""
    return search_index.document_statements(
        (search_index.rowid(kind, row["id"], row.get("member_id")), row["search_key"], row.pop("_ngrams"))
        for row in rows)


def _with_keys(rows: list[dict[str, object]], keys: list[Keys]) -> None:
    for row, (search_key, sort_name, sort_local, grams) in zip(rows, keys, strict=True):
        row.update(search_key=search_key, sort_name=sort_name, sort_local=sort_local, _ngrams=grams)


def _insert(raw, sql: str, values: list[tuple]) -> None:
    try:
        raw.executemany(sql, values)
    except sqlite3.IntegrityError as exc:  # the plan should have seen it; say so rather than crash
        raise ServiceError(f"The import would break a rule of the database ({exc}); nothing was written.") from exc


class BulkWriter:
    def __init__(self, connection, operation_id: int) -> None:
        dialect = connection.dialect
        self._connection = connection
        self._operation_id = operation_id
        self._members = _Binder(Member.__table__, dialect, with_id=True)
        self._persons = _Binder(Person.__table__, dialect, with_id=True)
        self._tags = _Binder(MemberTag.__table__, dialect, with_id=False)
        self._audit = _Binder(AuditEntry.__table__, dialect, with_id=False)
        self._next_member = self._next_id(Member.__table__)
        self._next_person = self._next_id(Person.__table__)

    def _next_id(self, table: Table) -> int:
        return (self._connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1

    def _creations(self, table: Table, rows: list[dict[str, object]]) -> list[dict[str, object]]:
        # Without a snapshot: the record is its own until it changes, and undo takes one before
        # deleting it (a JSON snapshot per row was a tenth of an import's time).
        return [{"operation_id": self._operation_id, "action": AuditAction.CREATE.value, "entity": table.name,
                 "entity_id": row["id"]} for row in rows]

    def _values(self, rows: list[ImportRow]) -> tuple[list[dict], list[dict], list[dict]]:
        """A batch's members, persons and tags as column values, ids given; keys not yet computed."""
        now = utc_now()
        members, persons, tags = [], [], []
        for row in rows:
            values = dict(row.member, id=self._next_member, version=1, created_at=now, updated_at=now)
            self._next_member += 1
            values["uid"] = values.get("uid") or new_uid()
            values["membership_status"] = values.get("membership_status") or MembershipStatus.ACTIVE.value
            members.append(values)
            # Tags go with their member (ON DELETE CASCADE): its CREATE entry is enough to undo them.
            tags += [{"member_id": values["id"], "kind": kind, "tag": tag} for kind, tag in dict.fromkeys(row.tags)]
            if row.contact:
                person = dict(row.contact, id=self._next_person, uid=new_uid(), member_id=values["id"], version=1,
                              created_at=now, updated_at=now)
                self._next_person += 1
                person["name_order"] = str(person["name_order"])
                persons.append(person)
        return members, persons, tags

    def statements(self, members: list[dict], persons: list[dict], tags: list[dict]) -> list[Statement]:
        """Everything one batch writes, in order: members, their tags and contacts, audit, index."""
        return [self._members.statement(members), self._tags.statement(tags), self._persons.statement(persons),
                self._audit.statement(self._creations(Member.__table__, members)
                                      + self._creations(Person.__table__, persons)),
                *_fts("member", members), *_fts("person", persons)]

    def write(self, batches: list[list[ImportRow]], after_batch: Callable[[int], None]) -> None:
        """Insert batch by batch; ``after_batch`` (progress, cancellation) may raise to stop."""
        raw = self._connection.connection.driver_connection
        rows = sum(map(len, batches))
        with derived_keys((self._values(batch) for batch in batches), rows) as computed:
            for (members, persons, tags), (member_keys, person_keys) in computed:
                _with_keys(members, member_keys)
                _with_keys(persons, person_keys)
                for sql, values in self.statements(members, persons, tags):
                    if values:
                        _insert(raw, sql, values)
                after_batch(len(members))
