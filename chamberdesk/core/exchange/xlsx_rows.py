"""The rows of an XLSX file's first sheet, read straight from its XML.

openpyxl's read-only mode builds a cell object per cell and reads a 50,000-row member file in
about 12 s, more than a whole import may take; streaming the sheet's XML with ElementTree's
``iterparse`` reads it in a fraction of that. Only what an import needs is understood: shared
and inline strings (without the phonetic guides Japanese Excel adds), numbers, booleans and
dates (numbers whose cell style is a date format, 1900 or 1904 based).
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import cache
from xml.etree.ElementTree import iterparse

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Built-in number formats that show a date (ECMA-376, 18.8.30).
BUILTIN_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_CELL_REF = re.compile(r"([A-Z]+)")


class XlsxFormatError(Exception):
    """The workbook is not laid out as this reader expects (openpyxl reads it instead)."""


@cache
def column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _parse(archive: zipfile.ZipFile, name: str):
    with archive.open(name) as handle:
        yield from iterparse(handle, events=("end",))


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, bool]:
    """The path of the first sheet in the archive, and whether dates count from 1904."""
    first_id, date1904 = None, False
    for _event, element in _parse(archive, "xl/workbook.xml"):
        if element.tag == MAIN + "workbookPr":
            date1904 = element.get("date1904", "0").lower() in ("1", "true")
        elif element.tag == MAIN + "sheet" and first_id is None:
            first_id = element.get(RELATIONSHIP + "id")
    if first_id is None:
        raise XlsxFormatError("the workbook has no sheet")
    for _event, element in _parse(archive, "xl/_rels/workbook.xml.rels"):
        if element.tag == PACKAGE_RELATIONSHIP + "Relationship" and element.get("Id") == first_id:
            target = element.get("Target", "")
            return (target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)), date1904
    raise XlsxFormatError("the first sheet's part is missing")


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings, parts, in_phonetic = [], [], 0
    with archive.open("xl/sharedStrings.xml") as handle:
        for event, element in iterparse(handle, events=("start", "end")):
            tag = element.tag
            if tag == MAIN + "rPh":  # furigana runs are not part of the text
                in_phonetic += 1 if event == "start" else -1
            elif event == "end" and tag == MAIN + "t" and not in_phonetic:
                parts.append(element.text or "")
            elif event == "end" and tag == MAIN + "si":
                strings.append("".join(parts))
                parts = []
                element.clear()
    return strings


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date."""
    if "xl/styles.xml" not in archive.namelist():
        return frozenset()
    custom: dict[int, str] = {}
    formats: list[int] = []
    in_cell_xfs = False
    with archive.open("xl/styles.xml") as handle:
        for event, element in iterparse(handle, events=("start", "end")):
            if element.tag == MAIN + "numFmt" and event == "end":
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
            elif element.tag == MAIN + "cellXfs":
                in_cell_xfs = event == "start"
            elif element.tag == MAIN + "xf" and event == "start" and in_cell_xfs:
                formats.append(int(element.get("numFmtId", "0")))
    dated = set()
    for style, number_format in enumerate(formats):
        code = _QUOTED.sub("", custom.get(number_format, ""))
        if number_format in BUILTIN_DATE_FORMATS or (number_format in custom and _DATE_CODE.search(code)):
            dated.add(style)
    return frozenset(dated)


def _serial_to_date(serial: float, date1904: bool) -> date | datetime:
    origin = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    moment = origin + timedelta(days=serial)
    return moment.date() if moment.time() == datetime.min.time() else moment


# The sheet's rows and cells are found with regular expressions over its bytes, a megabyte at a
# time: an ElementTree event per element (three per text cell) costs 5 s for 50,000 rows; this, 1.5.
_ROW = re.compile(rb"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.S)
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_R = re.compile(rb'\br="([A-Z]+)(\d*)"')
_T_ATTR = re.compile(rb'\bt="(\w+)"')
_S_ATTR = re.compile(rb'\bs="(\d+)"')
_V = re.compile(rb"<v>(.*?)</v>", re.S)
_F = re.compile(rb"<f(?:\s[^>]*)?>(.*?)</f>", re.S)
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.S)
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
# Every writer seen (Excel, LibreOffice, openpyxl, Google Sheets) puts r first; a cell without it
# follows the one before.
_CELL_FIRST_R = re.compile(rb'<c(?: r="([A-Z]*)\d*")?([^>]*?)(?:/>|>(.*?)</c>)', re.S)
CHUNK = 1 << 20


class UncomputedFormula(str):
    """A formula cell the file keeps without its value (written by a program that does not compute
    formulas): reported for the field it feeds, never imported as an empty cell."""


def _text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return html.unescape(text) if "&" in text else text


def read_rows(path) -> tuple[list[object], Iterator[tuple[int, list[object]]]]:
    """(header cells, the other rows as (row number, cells)); values as openpyxl gives them."""
    archive = zipfile.ZipFile(path)
    try:
        sheet, date1904 = _first_sheet(archive)
        strings = _shared_strings(archive)
        dated = _date_styles(archive)
        handle = archive.open(sheet)
        start = handle.read(CHUNK)
    except (KeyError, ValueError, SyntaxError) as exc:
        archive.close()
        raise XlsxFormatError(str(exc)) from exc
    if b"<sheetData" not in start and b"<sheetData" not in handle.peek(CHUNK):
        handle.close()
        archive.close()
        raise XlsxFormatError("the sheet uses prefixed element names")

    def value(attributes: bytes, body: bytes) -> object:
        kind = _T_ATTR.search(attributes) if b"t=" in attributes else None
        kind = kind.group(1) if kind else b"n"
        if kind == b"inlineStr":
            if body.startswith(b"<is><t>") and body.endswith(b"</t></is>") and b"<" not in body[7:-9]:
                return _text(body[7:-9])  # the common case, without a second search
            return "".join(_text(t) for t in _TEXT.findall(_PHONETIC.sub(b"", body)))
        raw = body[3:-4] if body.startswith(b"<v>") and body.endswith(b"</v>") else None
        if raw is None:
            found = _V.search(body)
            if found is None:
                formula = _F.search(body)
                return UncomputedFormula(_text(formula.group(1))) if formula else None
            raw = found.group(1)
        if kind == b"s":
            return strings[int(raw)]
        if kind in (b"str", b"e"):
            return _text(raw)
        if kind == b"b":
            return raw == b"1"
        number = float(raw)
        if dated:
            style = _S_ATTR.search(attributes)
            if style and int(style.group(1)) in dated:
                return _serial_to_date(number, date1904)
        return int(number) if number.is_integer() else number

    def values(cells_xml: bytes) -> list[object]:
        cells: list[object] = []
        for letters, attributes, body in _CELL_FIRST_R.findall(cells_xml):
            if letters:
                position = column_index(letters)
                if position > len(cells):
                    cells.extend([None] * (position - len(cells)))
            # The two commonest cells, inline text (openpyxl) and a shared string (Excel), inline here:
            # a function call per cell is a third of the reading time.
            if attributes == b' t="inlineStr"' and body[:7] == b"<is><t>" and body[-9:] == b"</t></is>":
                inner = body[7:-9]
                if b"<" not in inner and b"&" not in inner:
                    cells.append(inner.decode("utf-8"))
                    continue
            elif attributes.endswith(b' t="s"') and body[:3] == b"<v>" and body[-4:] == b"</v>":
                cells.append(strings[int(body[3:-4])])
                continue
            cells.append(value(attributes, body))
        return cells

    def rows() -> Iterator[tuple[int, list[object]]]:
        buffer, counted = start, 0
        try:
            while True:
                end = buffer.rfind(b"</row>")
                more = handle.read(CHUNK)
                if end < 0 and more:
                    buffer += more
                    continue
                complete, buffer = (buffer[:end + 6], buffer[end + 6:]) if end >= 0 else (buffer, b"")
                for match in _ROW.finditer(complete):
                    counted += 1
                    number = _ROW_NUMBER.search(match.group(1))
                    yield (int(number.group(1)) if number else counted), values(match.group(2) or b"")
                if not more:
                    for match in _ROW.finditer(buffer):
                        counted += 1
                        number = _ROW_NUMBER.search(match.group(1))
                        yield (int(number.group(1)) if number else counted), values(match.group(2) or b"")
                    return
                buffer += more
        finally:
            handle.close()
            archive.close()

    stream = rows()
    first = next(stream, None)
    return (first[1] if first else []), stream
