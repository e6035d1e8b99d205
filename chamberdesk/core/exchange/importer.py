"""Importing a member file: a plan (the dry run: every problem, every duplicate) and then its application.

Applying a plan is one audited operation: members, tags and contacts are written with batched
Core inserts (not one ORM object per row), each created record gets one CREATE entry (so the
import can be undone), merged members get field entries. Progress is reported by stage and
a cancellation — like any error — rolls the whole operation back: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..errors import Problem, ServiceError, ValidationError
from ..model import Member, Person
from .duplicates import Candidate, DuplicateFinder, Known
from .mapping import ColumnMapping
from .reading import SheetData, SheetStream, open_sheet
from .rows import ImportRow, RowReader

Progress = Callable[[str, int, int], None]  # (stage, done, total)
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
    duplicates: dict[int, Duplicate] = field(default_factory=dict)  # by row number

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + [p for row in self.rows for p in row.problems]

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.problems]

    def decide(self, row: int, decision: str) -> None:
        if decision not in DECISIONS:
            raise ServiceError(f"'{decision}' is not one of {', '.join(DECISIONS)}")
        self.duplicates[row].decision = decision


@dataclass
class ImportResult:
    created: int
    merged: int
    skipped_duplicates: int
    skipped_bad: int
    operation_id: int | None

    def summary(self, source: str) -> str:
        parts = [f"{self.created} member(s) created", f"{self.merged} merged into existing members"]
        if self.skipped_duplicates:
            parts.append(f"{self.skipped_duplicates} duplicate(s) skipped")
        if self.skipped_bad:
            parts.append(f"{self.skipped_bad} bad row(s) skipped")
        return f"Imported {source}: " + ", ".join(parts) + "."


def _known(row: ImportRow) -> Known:
    m, c = row.member, row.contact or {}
    return Known(label=row.label, country=m.get("country"), name=m.get("name"), name_local=m.get("name_local"),
                 uid=m.get("uid"), registration_no=m.get("registration_no"),
                 emails=tuple(e for e in (m.get("email"), c.get("email")) if e),
                 phones=tuple(p for p in (m.get("phone"), c.get("phone")) if p))


def _existing_members(session, wanted: list[Known]) -> DuplicateFinder:
    """Every member not archived (merged ones are). Of the e-mails and phones of members and their
    persons, only those the file has too are kept: the others cannot match, and 300,000 persons'
    addresses would double the memory an import needs."""
    emails = {e.strip().casefold() for known in wanted for e in known.emails}
    phones = {p for known in wanted for p in known.phones}
    contacts: dict[int, tuple[list[str], list[str]]] = {}
    for member_id, email, phone in session.execute(
            select(Person.member_id, Person.email, Person.phone).where(Person.member_id.is_not(None),
                                                                       Person.archived_at.is_(None))):
        if (email and email.casefold() in emails) or (phone and phone in phones):
            their_emails, their_phones = contacts.setdefault(member_id, ([], []))
            if email:
                their_emails.append(email)
            if phone:
                their_phones.append(phone)
    columns = (Member.id, Member.uid, Member.name, Member.name_local, Member.country, Member.registration_no,
               Member.email, Member.phone)
    finder = DuplicateFinder()
    for member_id, uid, name, local, country, registration, email, phone in session.execute(
            select(*columns).where(Member.archived_at.is_(None))):
        their_emails, their_phones = contacts.get(member_id, ((), ()))
        label = " / ".join(dict.fromkeys(v for v in (name, local) if v))
        own_email = (email,) if email and email.casefold() in emails else ()
        own_phone = (phone,) if phone and phone in phones else ()
        finder.add(Known(label, country, name, local, uid, registration, (*their_emails, *own_email),
                         (*their_phones, *own_phone)), member_id=member_id)
    return finder


def plan_import(store, path: Path, options: ImportOptions | None = None, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None, sheet: SheetData | None = None) -> ImportPlan:
    """Read, validate and look for duplicates; writes nothing (this is the dry run).

    ``sheet``: the file as already read (the import window reads it once for its preview)."""
    options = options or ImportOptions()
    if sheet is not None:
        plan = _read_rows(path, SheetStream(sheet.source, sheet.header, iter(sheet.rows), sheet.encoding,
                                            len(sheet.rows)), options, progress, cancelled)
    else:
        with open_sheet(path, encoding=options.encoding) as stream:
            plan = _read_rows(path, stream, options, progress, cancelled)
    if plan.problems:
        return plan
    total = len(plan.rows)
    knowns = {row.number: _known(row) for row in plan.rows if not row.problems}
    with store.read() as session:
        finder = _existing_members(session, list(knowns.values()))
    for done, row in enumerate(plan.rows, start=1):
        if row.problems:
            continue
        known = knowns[row.number]
        candidate = finder.find(known)
        if candidate is not None:
            plan.duplicates[row.number] = Duplicate(row.number, row.label, candidate, options.on_duplicate)
        else:
            finder.add(known, row=row.number)
        if done % _REPORT_EVERY == 0:
            _tick(progress, cancelled, "Looking for duplicates", done, total)
    _tick(progress, cancelled, "Looking for duplicates", total, total)
    return plan


def _read_rows(path: Path, stream: SheetStream, options: ImportOptions, progress: Progress | None,
               cancelled: Cancelled | None) -> ImportPlan:
    mapping = options.mapping or ColumnMapping.default_for(stream.header)
    plan = ImportPlan(path, stream.source, stream.header, mapping, stream.encoding)
    for header in mapping.unknown_headers(stream.header):
        plan.problems.append(Problem(header, "the mapping names this column but the file has none", 1, stream.source))
    for required in ("name", "country"):
        if not mapping.source_of(required):
            plan.problems.append(Problem(required, "no column of the file is mapped to it (it is required)", 1,
                                         stream.source))
    if plan.problems:
        return plan
    reader = RowReader(stream.source, stream.header, mapping)
    for done, (number, cells) in enumerate(stream.rows, start=1):
        plan.rows.append(reader.read(number, cells))
        if done % _REPORT_EVERY == 0:
            _tick(progress, cancelled, "Checking rows", done, max(stream.size_hint, done))
    _tick(progress, cancelled, "Checking rows", len(plan.rows), len(plan.rows))
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
