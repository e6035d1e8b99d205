"""Importing a member file: a plan (the dry run: every problem, every duplicate) and then its application.

Applying a plan is one audited operation: members, tags and contacts are written with batched
Core inserts (not one ORM object per row), each created record gets one CREATE entry (so the
import can be undone), merged members get field entries. Progress is reported by stage and
a cancellation — like any error — rolls the whole operation back: nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, or_, select

from ..errors import Problem, ServiceError, ValidationError
from ..model import Member, Person
from ..progress import CHECKING_ROWS, FINDING_DUPLICATES, Progress
from .duplicates import SAME_REGISTRATION, Candidate, DuplicateFinder, Known
from .mapping import ColumnMapping
from .checking import checked_file
from .rows import ImportRow

Cancelled = Callable[[], bool]
DECISIONS = ("skip", "merge", "create")
_REPORT_EVERY = 1000


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


@dataclass
class ImportOptions:
    encoding: str | None = None
    mapping: ColumnMapping | None = None
    on_duplicate: str = "skip"


@dataclass
class Duplicate:
    row: int
    label: str
    candidate: Candidate
    decision: str
    registration_taken: bool = False  # its registration number is another's (found by uid or name first)

    @property
    def choices(self) -> tuple[str, ...]:
        """What may be done with the row: not a second member with the same registration number
        (the database keeps them unique within a country)."""
        if self.candidate.reason == SAME_REGISTRATION or self.registration_taken:
            return ("skip", "merge")
        return DECISIONS

    @property
    def existing(self) -> str:
        if self.candidate.member_id is not None:
            return f"member #{self.candidate.member_id} {self.candidate.label}"
        return f"row {self.candidate.row} {self.candidate.label}"


@dataclass
class ImportPlan:
    path: Path
    source: str
    header: list[str]
    mapping: ColumnMapping
    encoding: str | None
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # of the file itself (missing columns)
    warnings: list[Problem] = field(default_factory=list)  # of the file itself, not stopping it (unused columns)
    duplicates: dict[int, Duplicate] = field(default_factory=dict)  # by row number

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + [p for row in self.rows for p in row.problems]

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.problems]

    def decide(self, row: int, decision: str) -> None:
        duplicate = self.duplicates[row]
        if decision not in duplicate.choices:
            raise ServiceError(f"row {row}: '{decision}' is not one of {', '.join(duplicate.choices)}")
        duplicate.decision = decision


@dataclass
class ImportResult:
    created: int
    merged: int  # rows that filled in something a member lacked
    unchanged: int  # rows merged that brought nothing new
    skipped_duplicates: int
    skipped_bad: int
    operation_id: int | None  # None when nothing was written
    kept_values: int = 0  # values of merged rows that differ from the record's: the record's are kept

    def summary(self, source: str) -> str:
        parts = [f"{self.created} member(s) created", f"{self.merged} merged into existing members"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already up to date")
        if self.skipped_duplicates:
            parts.append(f"{self.skipped_duplicates} duplicate(s) skipped")
        if self.skipped_bad:
            parts.append(f"{self.skipped_bad} bad row(s) skipped")
        kept = (f" {self.kept_values} value(s) in the file differ from those on record and were left as they "
                "are; edit the members to change them." if self.kept_values else "")
        return f"Imported {source}: " + ", ".join(parts) + "." + kept


def _emails(row: ImportRow) -> tuple[str, ...]:
    return tuple(e for e in (row.member.get("email"), (row.contact or {}).get("email")) if e)


def _phones(row: ImportRow) -> tuple[str, ...]:
    return tuple(p for p in (row.member.get("phone"), (row.contact or {}).get("phone")) if p)


def _known(row: ImportRow) -> Known:
    m = row.member
    return Known(label=row.label, country=m.get("country"), name=m.get("name"), name_local=m.get("name_local"),
                 uid=m.get("uid"), registration_no=m.get("registration_no"), emails=_emails(row), phones=_phones(row),
                 city=m.get("city"))


_CHUNK = 5000  # keys per IN list (within every database's limit on bound parameters)


def _chunks(values: list, size: int = _CHUNK):
    return (values[start:start + size] for start in range(0, len(values), size))


def _contacts_sharing(session, emails: set[str], phones: set[str]) -> set[tuple[int, str | None, str | None]]:
    """(member id, e-mail, phone) of members and their persons whose e-mail or phone the file has
    too: only these can match, and reading 300,000 persons' addresses into Python would double
    an import's memory. One pass over each table: the file's values are one JSON parameter on
    SQLite (50,000 bound values would pass its limit), IN lists of a few thousand elsewhere."""
    found: set[tuple[int, str | None, str | None]] = set()
    sqlite = session.get_bind().dialect.name == "sqlite"
    for owner, model, wanted in ((Person.member_id, Person, (Person.member_id.is_not(None),)),
                                 (Member.id, Member, ())):
        current = (*wanted, model.archived_at.is_(None))
        if sqlite:
            conditions = [[_in_json(func.lower(model.email), emails), _in_json(model.phone, phones)]]
        else:
            conditions = [[func.lower(model.email).in_(chunk)] for chunk in _chunks(sorted(emails))]
            conditions += [[model.phone.in_(chunk)] for chunk in _chunks(sorted(phones))]
        for condition in conditions:
            query = select(owner, model.email, model.phone).where(*current, or_(*condition))
            found.update(tuple(row) for row in session.execute(query))
    return found


def _in_json(column, values: set[str]):
    listed = func.json_each(json.dumps(sorted(values), ensure_ascii=False)).table_valued("value")
    return column.in_(select(listed.c.value))


def _member_finder(session) -> DuplicateFinder:
    """Every member not archived (merged ones are), read in blocks: 100,000 rows at once are 30 MB more."""
    columns = (Member.id, Member.uid, Member.name, Member.name_local, Member.country, Member.registration_no,
               Member.city)
    finder = DuplicateFinder()
    members = session.execute(select(*columns).where(Member.archived_at.is_(None)).order_by(Member.id)
                              .execution_options(yield_per=5000))
    for member_id, uid, name, local, country, registration, city in members:
        finder.add(Known("", country, name, local, uid, registration, city=city), member_id=member_id)
    return finder


def _with_member_labels(session, duplicates: dict[int, Duplicate]) -> None:
    """The finder keeps no labels of the 100,000 members: those found are read afterwards."""
    ids = sorted({d.candidate.member_id for d in duplicates.values() if d.candidate.member_id is not None})
    labels = {}
    for chunk in _chunks(ids):
        for member_id, name, local in session.execute(select(Member.id, Member.name, Member.name_local)
                                                      .where(Member.id.in_(chunk))):
            labels[member_id] = " / ".join(dict.fromkeys(v for v in (name, local) if v))
    for duplicate in duplicates.values():
        if duplicate.candidate.member_id is not None:
            duplicate.candidate = replace(duplicate.candidate, label=labels[duplicate.candidate.member_id])


def plan_import(store, path: Path, options: ImportOptions | None = None, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPlan:
    """Read, validate and look for duplicates; writes nothing (this is the dry run)."""
    options = options or ImportOptions()
    with checked_file(path, options.encoding, options.mapping) as checked:
        plan = ImportPlan(path, checked.source, checked.header, checked.mapping, checked.encoding,
                          problems=checked.problems, warnings=checked.warnings)
        if plan.problems:
            return plan
        with store.read() as session:  # while a large file is checked by the worker process
            finder = _member_finder(session)
        for chunk in checked.chunks:
            plan.rows += chunk
            _tick(progress, cancelled, CHECKING_ROWS, len(plan.rows), max(checked.size_hint, len(plan.rows)))
    _tick(progress, cancelled, CHECKING_ROWS, len(plan.rows), len(plan.rows))
    good = [row for row in plan.rows if not row.problems]
    emails = {e.strip().casefold() for row in good for e in _emails(row)}
    phones = {p for row in good for p in _phones(row)}
    with store.read() as session:
        for member_id, email, phone in _contacts_sharing(session, emails, phones):
            finder.add_contact(member_id, email, phone)
    del good, emails, phones
    total = len(plan.rows)
    for done, row in enumerate(plan.rows, start=1):
        if row.problems:
            continue
        known = _known(row)  # one at a time: 50,000 with their keys would hold 50 MB
        candidate = finder.find(known)
        if candidate is not None:
            duplicate = Duplicate(row.number, row.label, candidate, options.on_duplicate,
                                  registration_taken=finder.shares_registration(known))
            if duplicate.decision not in duplicate.choices:
                duplicate.decision = "skip"  # asked to create: a second member with its number cannot be
            plan.duplicates[row.number] = duplicate
        # Duplicates too: a later row like this one (its other spelling, its contact's e-mail) is then
        # found through it, and follows what is decided for it.
        finder.add(known, row=row.number)
        if done % _REPORT_EVERY == 0:
            _tick(progress, cancelled, FINDING_DUPLICATES, done, total)
    _tick(progress, cancelled, FINDING_DUPLICATES, total, total)
    with store.read() as session:
        _with_member_labels(session, plan.duplicates)
    return plan


def _tick(progress: Progress | None, cancelled: Cancelled | None, stage: str, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(stage, done, total)


def apply_import(store, plan: ImportPlan, *, skip_bad_rows: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, actor: str | None = None) -> ImportResult:
    """Write a plan: all or nothing; bad rows refuse the whole file unless ``skip_bad_rows``."""
    from .writer import write_plan

    if plan.problems or (plan.bad_rows and not skip_bad_rows):
        raise ValidationError(plan.all_problems)
    return write_plan(store, plan, progress=progress, cancelled=lambda: bool(cancelled and cancelled()),
                      tick=_tick, actor=actor)
