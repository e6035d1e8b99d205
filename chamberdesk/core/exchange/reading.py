"""Reading a spreadsheet file into a header and numbered rows of text: CSV in any common encoding, XLSX.

Row numbers are the file's own: 1 is the header line, so a report can say "row 7" and the
person finds it at line 7 of the file or row 7 of the sheet. A CSV quote that is never closed
is refused with the line it opened on: the csv module would read the rest of the file as one
cell and the rows in it would silently be lost. A file with nothing in it is refused as empty.

A CSV file is decoded whole before its first row is read, so the rows are never read in two
encodings: when the encoding detected from a sample does not read the whole file, the whole
file decides among the others. A CSV cell's apostrophe that kept a formula text
(``formula_text``, as our export writes it) is removed.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from datetime import date, datetime
from pathlib import Path

from ..errors import Problem, ServiceError, ValidationError
from ..messages import refuse
from .formula_text import csv_row_text
from .mapping import ColumnMapping
from .rows import WHOLE_ROW
from .xlsx_rows import UncomputedFormula

# What partners send: UTF-8 (with or without BOM), Shift_JIS/CP932 from Japanese Windows,
# Windows-1252 from European and Indian offices. Detection is only asked to choose among these.
ENCODINGS = ("utf-8", "cp932", "shift_jis", "cp1252", "utf-16")
# Detection chooses among these when a file is not UTF-8; when the text says nothing, in this order
# (as cp1252 every byte but five decodes, and the person can still choose another encoding).
DETECTED = ("cp1252", "cp932")
SAMPLE_BYTES = 256 * 1024
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Fed to the csv reader after the file's last line: it comes back inside a cell only when a quote
# was still open at the end. (A private-use character no text file holds.)
_END_OF_FILE = "\ue000chamberdesk-end-of-file\ue000"


@dataclass
class SheetData:
    source: str  # the file name, for reports
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (row number, cells)
    encoding: str | None = None  # CSV only: the encoding used


def detect_encoding(data: bytes) -> str:
    """The encoding of CSV bytes: a BOM decides, then strict UTF-8, then charset-normalizer among ours
    on a sample that starts at the first line with a letter outside ASCII (a long ASCII beginning
    says nothing about the encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text" (.txt)
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    start = data.rfind(b"\n", 0, _NON_ASCII.search(data).start()) + 1
    end = start + SAMPLE_BYTES
    if end < len(data):  # whole lines: a character cut in two would rule its encoding out
        end = data.rfind(b"\n", start, end) + 1 or end
    return _ranked(data[start:end], DETECTED)[0]


def _ranked(data: bytes, candidates: tuple[str, ...]) -> list[str]:
    """``candidates`` (of ``DETECTED``), the likeliest encoding of ``data`` first."""
    from charset_normalizer import from_bytes

    isolation = [*candidates, "shift_jis"] if "cp932" in candidates else list(candidates)
    found = ["cp932" if match.encoding == "shift_jis" else match.encoding
             for match in from_bytes(data, cp_isolation=isolation)]
    return list(dict.fromkeys([*(name for name in found if name in candidates), *candidates]))


@dataclass
class SheetStream:
    """A file's header and its rows as they are read (not held in memory: 50,000 rows × 45 cells)."""

    source: str
    header: list[str]
    rows: Iterator[tuple[int, list[object]]]
    encoding: str | None = None
    size_hint: int = 0  # rows the file says it has (for progress), 0 if unknown
    header_row: int = 1  # below a title, the header is not the first row


XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_SUFFIXES = XLSX_SUFFIXES + CSV_SUFFIXES


@contextmanager
def open_sheet(path: Path, *, encoding: str | None = None) -> Iterator[SheetStream]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ServiceError(refuse("no_such_file", path=str(path)))
    if suffix in XLSX_SUFFIXES:
        with _xlsx_stream(path) as stream:
            yield _header_below_title(_not_empty(stream, "empty_sheet"))
    elif suffix in CSV_SUFFIXES:
        yield _header_below_title(_not_empty(_csv_stream(path, encoding), "empty_file"))
    else:
        raise ServiceError(refuse("not_a_sheet", file=path.name))


def _not_empty(stream: SheetStream, refusal: str) -> SheetStream:
    """The stream as it was; refused with ``refusal`` if it has neither a header nor a row (no bytes,
    a BOM, blank lines, an empty first sheet), not with 'no column is mapped to name'."""
    if any(stream.header):
        return stream
    first = next(stream.rows, None)
    if first is None:
        raise ServiceError(refuse(refusal, file=stream.source))
    stream.rows = itertools.chain([first], stream.rows)
    return stream


TITLE_ROWS = 10  # rows looked at for a header below a title


def _names_the_required_columns(header: list[str]) -> bool:
    mapping = ColumnMapping.default_for(header)
    return bool(mapping.source_of("name") and mapping.source_of("country"))


def _header_below_title(stream: SheetStream) -> SheetStream:
    """Lists often open with a title (会員名簿 2026年度, 'Members as of April') above the header: when
    the first row names neither the name nor the country column and one of the next rows names
    both, that row is the header and the rows above it are left out (``header_row`` says so)."""
    if _names_the_required_columns(stream.header):
        return stream
    looked: list[tuple[int, list[object]]] = []
    for number, cells in stream.rows:
        header = ["" if cell is None else str(cell).strip() for cell in cells]
        if _names_the_required_columns(header):
            stream.header, stream.header_row = header, number
            return stream
        looked.append((number, cells))
        if len(looked) == TITLE_ROWS:
            break
    stream.rows = itertools.chain(looked, stream.rows)
    return stream


def read_file(path: Path, *, encoding: str | None = None, limit: int | None = None) -> SheetData:
    """The file in memory, or its first ``limit`` rows (what the import window previews: a
    50,000-row file held whole would take 200 MB before a row is checked)."""
    with open_sheet(path, encoding=encoding) as stream:
        return SheetData(stream.source, stream.header, list(islice(stream.rows, limit)), stream.encoding)


def _csv_stream(path: Path, encoding: str | None) -> SheetStream:
    data = path.read_bytes()
    content, chosen = _decoded(path.name, data, encoding)
    records = _csv_records(path.name, csv.reader(itertools.chain(io.StringIO(content, newline=""), [_END_OF_FILE]),
                                                 _dialect(content[:8192])))
    header = [cell.strip() for cell in next(records, (1, []))[1]]
    rows = ((number, csv_row_text(cells)) for number, cells in records if any(c.strip() for c in cells))
    return SheetStream(path.name, header, rows, chosen, content.count("\n"))


def _dialect(sample: str) -> type[csv.Dialect]:
    """The separator and spacing the sample shows. The quote is '"' whatever it shows: the sniffer
    takes an apostrophe for a quote when cells start with one (formula text as our export writes it)."""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel

    class Sniffed(csv.excel):
        delimiter = sniffed.delimiter
        skipinitialspace = sniffed.skipinitialspace

    return Sniffed


def _decoded(source: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    """The whole file's text and the encoding it was read in: the one chosen, else the one detected,
    else (when that does not read the whole file) the likeliest of the others that does."""
    if encoding is not None:
        if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise ServiceError(refuse("unknown_encoding", file=source, encoding=encoding)) from None
        except UnicodeDecodeError as exc:
            raise ServiceError(refuse("wrong_encoding", file=source, encoding=encoding,
                                      **_where(data, encoding, exc))) from None
    detected = detect_encoding(data)
    failures: dict[str, UnicodeDecodeError] = {}
    try:
        return data.decode(detected), detected
    except UnicodeDecodeError as exc:
        failures[detected] = exc
    if detected in DETECTED:  # chosen from a sample, not by a BOM: the whole file ranks the others
        for candidate in _ranked(data, tuple(name for name in DETECTED if name != detected)):
            try:
                return data.decode(candidate), candidate
            except UnicodeDecodeError as exc:
                failures[candidate] = exc
    furthest = max(failures, key=lambda name: failures[name].start)
    raise ServiceError(refuse("no_encoding_reads", file=source, encodings=", ".join(failures), encoding=furthest,
                              **_where(data, furthest, failures[furthest]))) from None


def _where(data: bytes, encoding: str, error: UnicodeDecodeError) -> dict[str, object]:
    """The line and the byte that ``encoding`` cannot read."""
    line = data[:error.start].decode(encoding, errors="replace").count("\n") + 1
    return {"line": line, "byte": f"0x{data[error.start]:02X}"}


def _csv_records(source: str, reader) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every record; a quote never closed is refused with the line it opened on."""
    number = 0
    while True:
        started_on = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a quote never closed in a large file: the cell outgrows csv's limit
            problem = refuse("cell_too_long", line=started_on) if "field limit" in str(exc) else \
                refuse("not_csv", line=started_on, reason=str(exc))
            raise ValidationError([Problem.of(WHOLE_ROW, problem, number + 1, source)]) from None
        number += 1
        if cells and _END_OF_FILE in cells[-1]:
            if cells == [_END_OF_FILE]:
                return
            raise _unclosed_quote(source, number, cells[-1], reader.line_num)
        yield number, cells


def _unclosed_quote(source: str, row: int, cell: str, lines_read: int) -> ValidationError:
    """The cell runs from just after the open quote to the end marker, one line past the file's last."""
    opened_on = lines_read - cell.count("\n") - (0 if cell.endswith("\n" + _END_OF_FILE) else 1)
    return ValidationError([Problem.of(WHOLE_ROW, refuse("unclosed_quote", line=opened_on), row, source)])


@contextmanager
def _xlsx_stream(path: Path) -> Iterator[SheetStream]:
    from .xlsx_rows import XlsxFormatError, read_rows

    try:
        header_cells, rows = read_rows(path)
    except XlsxFormatError:
        with _openpyxl_stream(path) as stream:
            yield stream
        return
    except (zipfile.BadZipFile, OSError) as exc:
        raise ServiceError(refuse("not_xlsx", file=path.name, reason=str(exc))) from None
    header = [_cell_text(cell) for cell in header_cells]
    while header and not header[-1]:
        header.pop()
    try:
        yield SheetStream(path.name, header, ((number, [_cell_value(cell) for cell in cells]) for number, cells in rows
                                              if any(cell not in (None, "") for cell in cells)))
    finally:
        rows.close()


@contextmanager
def _openpyxl_stream(path: Path) -> Iterator[SheetStream]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise ServiceError(refuse("not_xlsx", file=path.name, reason=str(exc))) from None
    try:
        sheet = workbook.worksheets[0]
        values: Iterator[tuple] = sheet.iter_rows(values_only=True)
        header = [_cell_text(cell) for cell in next(values, ())]
        while header and not header[-1]:
            header.pop()
        rows = ((number, [_cell_value(cell) for cell in cells]) for number, cells in enumerate(values, start=2)
                if any(cell not in (None, "") for cell in cells))
        yield SheetStream(path.name, header, rows, None, max((sheet.max_row or 1) - 1, 0))
    finally:
        workbook.close()


def _cell_text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def _cell_value(cell: object) -> object:
    """Text as text; whole numbers without '.0'; dates kept as dates for the date fields."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date() if cell.time() == datetime.min.time() else cell
    if isinstance(cell, date):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell if isinstance(cell, UncomputedFormula) else str(cell)
