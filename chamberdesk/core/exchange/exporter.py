"""Export of the member list as shown (search and filters applied) in the fixed layout of ``layout.py``.

CSV is UTF-8 with a BOM, so Excel on Japanese Windows reads it as UTF-8 and not as CP932.
XLSX is written in openpyxl's write-only mode (rows streamed, not held in memory). Phone
numbers, postal codes and registration numbers stay text, so no leading zero or '+' is lost.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..directory_filters import DirectoryFilters
from ..errors import ServiceError
from ..listing import SOURCES
from ..model import Member, MemberTag, Person
from ..money import to_decimal
from .layout import COLUMNS, CONTACT_FIELDS, CONTACT_PREFIX, MEMBER_COLUMNS, TAG_COLUMNS, TAG_SEPARATOR

CHUNK = 1000
NUMBER_COLUMNS = frozenset({"employees", "founded_year"})


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


def member_rows(store, *, search: str | None = None, filters: DirectoryFilters | None = None
                ) -> Iterator[list[object]]:
    """The rows of the export, in the list's order (by name), read a chunk at a time."""
    with store.read() as session:
        ids = SOURCES["members"].ids(session, search, sort="name", filters=filters)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(chunk)))}
            contacts: dict[int, Person] = {}
            for person in session.scalars(select(Person).where(Person.member_id.in_(chunk))
                                          .order_by(Person.is_primary_contact.desc(), Person.id)):
                contacts.setdefault(person.member_id, person)
            tags: dict[int, list[MemberTag]] = {}
            for tag in session.scalars(select(MemberTag).where(MemberTag.member_id.in_(chunk))
                                       .order_by(MemberTag.id)):
                tags.setdefault(tag.member_id, []).append(tag)
            for member_id in chunk:
                yield _member_row(members[member_id], contacts.get(member_id), tags.get(member_id, []))
            session.expunge_all()


def export_members(store, path: Path, *, search: str | None = None, filters: DirectoryFilters | None = None) -> int:
    """Write the file (its suffix decides: .csv or .xlsx); returns the number of members written."""
    suffix = path.suffix.lower()
    rows = member_rows(store, search=search, filters=filters)
    if suffix == ".csv":
        return _write_csv(path, rows)
    if suffix == ".xlsx":
        return _write_xlsx(path, rows)
    raise ServiceError(f"{path.name}: the file name must end in .csv or .xlsx")


def _write_csv(path: Path, rows: Iterator[list[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([value.isoformat() if isinstance(value, date) else value for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[list[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Members")
    sheet.freeze_panes = "B2"
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_xlsx_value(column, value) for column, value in zip(COLUMNS, row, strict=True)])
        count += 1
    workbook.save(path)
    return count


def _xlsx_value(column: str, value: object) -> object:
    if value == "":
        return None
    if column in NUMBER_COLUMNS or isinstance(value, date):
        return value
    return str(value)
