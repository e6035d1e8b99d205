"""Export of the member or person list as shown (search and filters applied). The file's extension
decides the format: .csv, .xlsx or .vcf (vCard).

Members are written in the fixed layout of ``layout.py``, persons in ``PERSON_COLUMNS`` (the
contact fields of that layout and what they belong to); a member list written as vCard holds the
members' contact persons. Passport data is never written.

CSV is UTF-8 with a BOM, so Excel on Japanese Windows reads it as UTF-8 and not as CP932.
XLSX is written in openpyxl's write-only mode (rows streamed, not held in memory). Phone
numbers, postal codes and registration numbers stay text, so no leading zero or '+' is lost.

Text is never a formula: in a workbook it is a text cell (openpyxl would make '=…' a formula and
'#N/A' an error), in a CSV file it is kept text by an apostrophe (``formula_text``) that the import
removes again. A member list holds one contact person per member; ``Exported`` says how many
others it left out.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..directory_filters import DirectoryFilters
from ..errors import ServiceError
from ..listing import SOURCES
from ..model import Member, MemberTag, Person
from ..money import to_decimal
from ..validation import CONTROL_IN_TEXT
from .formula_text import csv_text, needs_apostrophe
from .layout import COLUMNS, CONTACT_FIELDS, CONTACT_PREFIX, MEMBER_COLUMNS, TAG_COLUMNS, TAG_SEPARATOR
from .vcard import contact_ids, write_vcards

CHUNK = 1000
NUMBER_COLUMNS = frozenset({"employees", "founded_year"})
EXTENSIONS = {".csv": "CSV", ".xlsx": "Excel workbook", ".vcf": "vCard"}
PERSON_COLUMNS = ("uid", *CONTACT_FIELDS, "primary_contact", "member", "member_uid", "organisation")


@dataclass(frozen=True)
class Exported:
    matched: int  # records the search and filters selected
    written: int  # rows or vCards in the file (a member list as vCard holds its members' contact persons)
    persons_left_out: int = 0  # contact persons of the members written whom a member list has no room for


def export_suffix(path: Path) -> str:
    """The file's extension if it names a format we write; a ServiceError listing them otherwise."""
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        choices = ", ".join(f"{ext} ({name})" for ext, name in EXTENSIONS.items())
        raise ServiceError(f"{path.name}: the file name must end in one of {choices}")
    return suffix


def _text(value: object) -> object:
    if value is None:
        return ""
    return getattr(value, "value", value)


def _member_row(member: Member, contact: Person | None, tags: list[MemberTag]) -> list[object]:
    values: dict[str, object] = {c: _text(getattr(member, c, None)) for c in MEMBER_COLUMNS if c != "dues_amount"}
    if member.dues_minor is not None and member.dues_currency:
        values["dues_amount"] = str(to_decimal(member.dues_minor, member.dues_currency))
    for column, kind in TAG_COLUMNS.items():
        values[column] = TAG_SEPARATOR.join(t.tag for t in tags if t.kind.value == kind)
    if contact is not None:
        for name in CONTACT_FIELDS:
            values[CONTACT_PREFIX + name] = _text(getattr(contact, name))
    return [values.get(column, "") for column in COLUMNS]


class _MemberRows:
    """The members' rows in the order given, read a chunk at a time; each holds its primary contact
    (else its first person), and the others are counted in ``persons_left_out``."""

    def __init__(self, session: Session, ids: list[int]) -> None:
        self._session, self._ids = session, ids
        self.persons_left_out = 0

    def __iter__(self) -> Iterator[list[object]]:
        session, ids = self._session, self._ids
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(chunk)))}
            contacts: dict[int, Person] = {}
            for person in session.scalars(select(Person).where(Person.member_id.in_(chunk))
                                          .order_by(Person.is_primary_contact.desc(), Person.id)):
                if contacts.setdefault(person.member_id, person) is not person:
                    self.persons_left_out += 1
            tags: dict[int, list[MemberTag]] = {}
            for tag in session.scalars(select(MemberTag).where(MemberTag.member_id.in_(chunk))
                                       .order_by(MemberTag.id)):
                tags.setdefault(tag.member_id, []).append(tag)
            for member_id in chunk:
                yield _member_row(members[member_id], contacts.get(member_id), tags.get(member_id, []))
            session.expunge_all()


def _person_row(person: Person) -> list[object]:
    values: dict[str, object] = {name: _text(getattr(person, name)) for name in CONTACT_FIELDS}
    values.update(uid=person.uid, primary_contact="yes" if person.is_primary_contact else "",
                  member=person.member.name if person.member else "",
                  member_uid=person.member.uid if person.member else "",
                  organisation=person.organisation.name if person.organisation else "")
    return [values[column] for column in PERSON_COLUMNS]


def _person_rows(session: Session, ids: list[int]) -> Iterator[list[object]]:
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        query = select(Person).where(Person.id.in_(chunk)).options(selectinload(Person.member),
                                                                    selectinload(Person.organisation))
        persons = {p.id: p for p in session.scalars(query)}
        for person_id in chunk:
            yield _person_row(persons[person_id])
        session.expunge_all()


def export_members(store, path: Path, *, search: str | None = None,
                   filters: DirectoryFilters | None = None) -> Exported:
    """The members found by ``search`` and ``filters``, in the list's order (by name)."""
    suffix = export_suffix(path)  # before anything is read or written
    with store.read() as session:
        ids = SOURCES["members"].ids(session, search, sort="name", filters=filters)
        if suffix == ".vcf":
            return Exported(len(ids), write_vcards(session, path, contact_ids(session, ids)))
        rows = _MemberRows(session, ids)
        return Exported(len(ids), _write_table(path, "Members", COLUMNS, rows), rows.persons_left_out)


def export_persons(store, path: Path, *, search: str | None = None) -> Exported:
    """The persons found by ``search``, by name."""
    suffix = export_suffix(path)
    with store.read() as session:
        ids = SOURCES["persons"].ids(session, search, sort="name")
        if suffix == ".vcf":
            return Exported(len(ids), write_vcards(session, path, ids))
        return Exported(len(ids), _write_table(path, "Persons", PERSON_COLUMNS, _person_rows(session, ids)))


def _write_table(path: Path, title: str, columns: tuple[str, ...], rows: Iterable[list[object]]) -> int:
    if path.suffix.lower() == ".csv":
        return _write_csv(path, columns, rows)
    return _write_xlsx(path, title, columns, rows)


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[list[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(value) for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, title: str, columns: tuple[str, ...], rows: Iterable[list[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "B2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_xlsx_value(sheet, column, value) for column, value in zip(columns, row, strict=True)])
        count += 1
    workbook.save(path)
    return count


def _csv_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return csv_text(value) if isinstance(value, str) else value


def _xlsx_value(sheet, column: str, value: object) -> object:
    if value == "":
        return None
    if column in NUMBER_COLUMNS or isinstance(value, date):
        return value
    # A control character (a form feed pasted into notes before they were refused) cannot be
    # written in a workbook's XML at all: a space stands in, rather than no export.
    text = CONTROL_IN_TEXT.sub(" ", str(value))
    if not (needs_apostrophe(text) or text.startswith("#")):
        return text
    from openpyxl.cell import WriteOnlyCell

    # openpyxl makes '=…' a formula and '#N/A' an error: written as the text it is, and marked text
    # (quotePrefix) so that Excel keeps it text when the cell is edited.
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
