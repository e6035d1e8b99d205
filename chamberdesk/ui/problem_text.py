"""Core's refusals (``core.messages``) in the interface's language, and where they are.

A refusal's code picks a translatable template whose English source is core's own text (a test
holds them to each other), so the English interface says what the command line prints and the
Japanese one says the same in Japanese. A problem of an imported file names its column as the
file does; one of ours (a field the file has no column for) by its translated label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import Problem, ValidationError
from ..core.exchange.rows import WHOLE_FILE, WHOLE_ROW
from ..core.messages import Refusal
from .member_fields import field_label

TEMPLATES = {
    "required": QT_TRANSLATE_NOOP("Problems", "is required"),
    "not_email": QT_TRANSLATE_NOOP("Problems", "'{value}' is not an e-mail address (expected name@domain.tld)"),
    "not_phone": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a phone number (too short, too long or not digits)"),
    "phone_without_country": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a phone number (its country code is missing or unknown)"),
    "phone_length": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' does not have the length of a phone number in that country"),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a valid phone number: that country has no such area code or number range"),
    "not_country_code": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a country code (two letters, ISO 3166, e.g. IN, JP, TH, ID)"),
    "not_currency": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a currency code (ISO 4217, e.g. INR, JPY, THB, IDR)"),
    "not_zone": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a time zone (IANA name, e.g. Asia/Tokyo, Asia/Kolkata)"),
    "not_language": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a language code (ISO 639, e.g. ja, hi, ml, th, en)"),
    "implausible_year": QT_TRANSLATE_NOOP(
        "Problems", "{value} is not a plausible year (between {earliest} and {latest})"),
    "implausible_date": QT_TRANSLATE_NOOP(
        "Problems", "{value} is not a plausible date (between {earliest} and {latest})"),
    "negative": QT_TRANSLATE_NOOP("Problems", "{value} cannot be negative"),
    "implausible_count": QT_TRANSLATE_NOOP("Problems", "{value} is not a plausible number (at most {most})"),
    "implausible_amount": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a plausible amount (below {limit})"),
    "line_break": QT_TRANSLATE_NOOP(
        "Problems", "holds a line break or a tab where one line is expected (in a file: a quote out of place joins "
                    "lines)"),
    "control_character": QT_TRANSLATE_NOOP(
        "Problems", "holds a control character ({character}) that documents and workbooks cannot hold"),
    "not_postal_code": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a Japanese postal code (seven digits, e.g. 100-0001)"),
    "mixed_encoding": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' looks like text in UTF-8 read as another encoding ('{meant}'?): the file mixes "
                    "encodings; save it again in one"),
    "negative_amount": QT_TRANSLATE_NOOP("Problems", "cannot be negative"),
    "not_website": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a web address (http://, https:// or a bare domain such as example.co.jp)"),
    "not_whole_number": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a whole number"),
    "not_date": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a date (expected YYYY-MM-DD)"),
    "not_amount": QT_TRANSLATE_NOOP("Problems", "'{value}' is not an amount"),
    "decimal_comma": QT_TRANSLATE_NOOP("Problems", "'{value}' has a decimal comma: write the amount with a decimal "
                                                   "point, {written}"),
    "too_many_decimals": QT_TRANSLATE_NOOP("Problems", "{value} {currency} has more decimals than {currency} uses"),
    "dues_without_currency": QT_TRANSLATE_NOOP("Problems", "is required when dues are given"),
    "until_before_since": QT_TRANSLATE_NOOP("Problems", "is before the membership start"),
    "member_and_organisation": QT_TRANSLATE_NOOP(
        "Problems", "a person belongs to a member or an organisation, not both"),
    "ends_before_start": QT_TRANSLATE_NOOP("Problems", "ends before it starts"),
    "capacity_below_one": QT_TRANSLATE_NOOP("Problems", "must be at least 1"),
    "until_before_effect": QT_TRANSLATE_NOOP("Problems", "is before the agreement takes effect"),
    "not_choice": QT_TRANSLATE_NOOP("Problems", "'{value}' is not one of {choices}"),
    "not_country": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a country (two-letter ISO code such as JP, IN, TH, ID, or its name in "
                    "English or Japanese)"),
    "not_uid": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a ChamberDesk uid (leave it empty for a new member)"),
    "not_romanisable": QT_TRANSLATE_NOOP(
        "Problems", "is empty, and '{value}' cannot be romanised (only Japanese can); add a column with the "
                    "Latin name"),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "Problems", "holds a formula ({formula}) whose value the file does not keep: open the file in Excel or "
                    "LibreOffice and save it again"),
    "extra_cells": QT_TRANSLATE_NOOP(
        "Problems", "has {cells} cells but the header has {columns} columns (a separator or quote out of place?)"),
    "mapping_column_missing": QT_TRANSLATE_NOOP("Problems", "the mapping names this column but the file has none"),
    "required_unmapped": QT_TRANSLATE_NOOP("Problems", "no column of the file is mapped to it (it is required)"),
    "column_not_imported": QT_TRANSLATE_NOOP(
        "Problems", "column '{column}' is not imported (no field is mapped to it)"),
    "header_below_title": QT_TRANSLATE_NOOP(
        "Problems", "the header is on row {row}: the {count} row(s) above it (a title?) are not imported"),
    "duplicate_header": QT_TRANSLATE_NOOP(
        "Problems", "columns {first} and {second} are both called '{column}'; rename one so that it is clear "
                    "which to import"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "Problems", "the quote opened on line {line} is never closed, so the rest of the file would be read as "
                    "one cell"),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Problems", "a cell that starts on line {line} is too long to be one: is a quote opened there never "
                    "closed?"),
    "not_csv": QT_TRANSLATE_NOOP("Problems", "line {line} cannot be read as CSV ({reason})"),
    "no_such_file": QT_TRANSLATE_NOOP("Problems", "{path}: no such file"),
    "not_a_sheet": QT_TRANSLATE_NOOP("Problems", "{file}: not a CSV or XLSX file (the name must end in .csv or .xlsx)"),
    "empty_file": QT_TRANSLATE_NOOP("Problems", "{file}: the file is empty; there is nothing to import"),
    "empty_sheet": QT_TRANSLATE_NOOP(
        "Problems", "{file}: the first sheet of the workbook is empty (only the first sheet is read); there is "
                    "nothing to import"),
    "unknown_encoding": QT_TRANSLATE_NOOP("Problems", "{file}: '{encoding}' is not an encoding this computer knows"),
    "wrong_encoding": QT_TRANSLATE_NOOP(
        "Problems", "{file}, line {line}: the file is not valid {encoding} (byte {byte}); choose its encoding "
                    "(e.g. cp932, cp1252)"),
    "no_encoding_reads": QT_TRANSLATE_NOOP(
        "Problems", "{file}: none of the encodings tried ({encodings}) reads the whole file (as {encoding}, "
                    "line {line} has byte {byte}); choose its encoding"),
    "not_xlsx": QT_TRANSLATE_NOOP("Problems", "{file}: cannot be read as an XLSX workbook ({reason})"),
    "no_mapping_file": QT_TRANSLATE_NOOP("Problems", "{path}: no such mapping file"),
    "not_mapping_json": QT_TRANSLATE_NOOP("Problems", "{path}: not a mapping file ({reason})"),
    "not_member_mapping": QT_TRANSLATE_NOOP(
        "Problems", '{path}: not a ChamberDesk member mapping (expected "format": "{format}")'),
    "mapping_unknown_fields": QT_TRANSLATE_NOOP("Problems", "{path}: maps unknown fields {fields} (known: {known})"),
}
_WHOLE_ROW = QT_TRANSLATE_NOOP("Problems", "(whole row)")
_WHOLE_FILE = QT_TRANSLATE_NOOP("Problems", "(whole file)")
_IN_FILE = QT_TRANSLATE_NOOP("Problems", "{source}, row {row}, {column}: {message}")
_IN_FIELD = QT_TRANSLATE_NOOP("Problems", "{column}: {message}")


def _translate(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def refusal_text(refusal: Refusal) -> str:
    template = TEMPLATES.get(refusal.code)
    return _translate(template).format_map(refusal.params) if template else refusal.message


def problem_text(problem: Problem) -> str:
    """The problem's message (without its place) in the interface's language."""
    refusal = problem.refusal
    return refusal_text(refusal) if refusal is not None else problem.message


def column_text(field: str, header: Sequence[str] = ()) -> str:
    """The column a problem is in: the file's own name for it, else the label of our field."""
    if field in (WHOLE_ROW, WHOLE_FILE):
        return _translate(_WHOLE_ROW if field == WHOLE_ROW else _WHOLE_FILE)
    return field if field in header else field_label(field)


def located_text(problem: Problem, header: Sequence[str] = ()) -> str:
    """'partners.csv, row 3, E-mail: …' in the interface's language."""
    column, message = column_text(problem.field, header), problem_text(problem)
    if problem.source and problem.row is not None:
        return _translate(_IN_FILE).format(source=problem.source, row=problem.row, column=column, message=message)
    return _translate(_IN_FIELD).format(column=column, message=message)


def messages_by_field(problems: Iterable[Problem]) -> dict[str, list[str]]:
    """Field → its translated messages, for a form that shows each under its field."""
    found: dict[str, list[str]] = {}
    for problem in problems:
        found.setdefault(problem.field, []).append(problem_text(problem))
    return found


def error_text(error: Exception, header: Sequence[str] = ()) -> str:
    """What a refused operation says: its problems one a line, or its reason, translated where core coded it.
    ``header``: the columns of the file the problems are in."""
    if isinstance(error, ValidationError):
        return "\n".join(located_text(problem, header) for problem in error.problems)
    refusal = getattr(error, "refusal", None)
    return refusal_text(refusal) if refusal is not None else str(error)
