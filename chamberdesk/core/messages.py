"""What core says about a value or a file it refuses: a stable code, its parameters and the English text.

The English is what the command line and the logs print (``str(Problem)``). The interface shows
the same refusal in its own language by looking the code up in ``ui/problem_text.py``, whose
English source texts are these (a test holds the two tables to each other).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ENGLISH: dict[str, str] = {
    # a value of a record (validation, rules, typed values)
    "required": "is required",
    "not_email": "'{value}' is not an e-mail address (expected name@domain.tld)",
    "not_phone": "'{value}' is not a phone number (too short, too long or not digits)",
    "phone_without_country": "'{value}' is not a phone number (its country code is missing or unknown)",
    "phone_length": "'{value}' does not have the length of a phone number in that country",
    "phone_invalid": "'{value}' is not a valid phone number: that country has no such area code or number range",
    "not_country_code": "'{value}' is not a country code (two letters, ISO 3166, e.g. IN, JP, TH, ID)",
    "not_currency": "'{value}' is not a currency code (ISO 4217, e.g. INR, JPY, THB, IDR)",
    "not_zone": "'{value}' is not a time zone (IANA name, e.g. Asia/Tokyo, Asia/Kolkata)",
    "not_language": "'{value}' is not a language code (ISO 639, e.g. ja, hi, ml, th, en)",
    "implausible_year": "{value} is not a plausible year (between {earliest} and {latest})",
    "implausible_date": "{value} is not a plausible date (between {earliest} and {latest})",
    "negative": "{value} cannot be negative",
    "implausible_count": "{value} is not a plausible number (at most {most})",
    "implausible_amount": "'{value}' is not a plausible amount (below {limit})",
    "line_break": "holds a line break or a tab where one line is expected (in a file: a quote out of place joins "
                  "lines)",
    "control_character": "holds a control character ({character}) that documents and workbooks cannot hold",
    "not_postal_code": "'{value}' is not a Japanese postal code (seven digits, e.g. 100-0001)",
    "mixed_encoding": "'{value}' looks like text in UTF-8 read as another encoding ('{meant}'?): the file mixes "
                      "encodings; save it again in one",
    "negative_amount": "cannot be negative",
    "not_website": "'{value}' is not a web address (http://, https:// or a bare domain such as example.co.jp)",
    "not_whole_number": "'{value}' is not a whole number",
    "not_date": "'{value}' is not a date (expected YYYY-MM-DD)",
    "not_amount": "'{value}' is not an amount",
    "decimal_comma": "'{value}' has a decimal comma: write the amount with a decimal point, {written}",
    "too_many_decimals": "{value} {currency} has more decimals than {currency} uses",
    "dues_without_currency": "is required when dues are given",
    "until_before_since": "is before the membership start",
    "member_and_organisation": "a person belongs to a member or an organisation, not both",
    "ends_before_start": "ends before it starts",
    "capacity_below_one": "must be at least 1",
    "until_before_effect": "is before the agreement takes effect",
    # a cell or a row of an imported file
    "not_choice": "'{value}' is not one of {choices}",
    "not_country": "'{value}' is not a country (two-letter ISO code such as JP, IN, TH, ID, or its name in English "
                   "or Japanese)",
    "not_uid": "'{value}' is not a ChamberDesk uid (leave it empty for a new member)",
    "not_romanisable": "is empty, and '{value}' cannot be romanised (only Japanese can); add a column with the "
                       "Latin name",
    "formula_without_value": "holds a formula ({formula}) whose value the file does not keep: open the file in "
                             "Excel or LibreOffice and save it again",
    "extra_cells": "has {cells} cells but the header has {columns} columns (a separator or quote out of place?)",
    # an imported file as a whole
    "mapping_column_missing": "the mapping names this column but the file has none",
    "required_unmapped": "no column of the file is mapped to it (it is required)",
    "column_not_imported": "column '{column}' is not imported (no field is mapped to it)",
    "header_below_title": "the header is on row {row}: the {count} row(s) above it (a title?) are not imported",
    "duplicate_header": "columns {first} and {second} are both called '{column}'; rename one so that it is clear "
                        "which to import",
    "unclosed_quote": "the quote opened on line {line} is never closed, so the rest of the file would be read as "
                      "one cell",
    "cell_too_long": "a cell that starts on line {line} is too long to be one: is a quote opened there never "
                     "closed?",
    "not_csv": "line {line} cannot be read as CSV ({reason})",
    "no_such_file": "{path}: no such file",
    "not_a_sheet": "{file}: not a CSV or XLSX file (the name must end in .csv or .xlsx)",
    "empty_file": "{file}: the file is empty; there is nothing to import",
    "empty_sheet": "{file}: the first sheet of the workbook is empty (only the first sheet is read); there is "
                   "nothing to import",
    "unknown_encoding": "{file}: '{encoding}' is not an encoding this computer knows",
    "wrong_encoding": "{file}, line {line}: the file is not valid {encoding} (byte {byte}); choose its encoding "
                      "(e.g. cp932, cp1252)",
    "no_encoding_reads": "{file}: none of the encodings tried ({encodings}) reads the whole file (as {encoding}, "
                         "line {line} has byte {byte}); choose its encoding",
    "not_xlsx": "{file}: cannot be read as an XLSX workbook ({reason})",
    "no_mapping_file": "{path}: no such mapping file",
    "not_mapping_json": "{path}: not a mapping file ({reason})",
    "not_member_mapping": "{path}: not a ChamberDesk member mapping (expected \"format\": \"{format}\")",
    "mapping_unknown_fields": "{path}: maps unknown fields {fields} (known: {known})",
}


@dataclass(frozen=True)
class Refusal:
    """One refusal without its place: which message (``code``) with which values (``params``)."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return ENGLISH[self.code].format_map(self.params)

    def __str__(self) -> str:
        return self.message


def refuse(code: str, **params: object) -> Refusal:
    if code not in ENGLISH:
        raise KeyError(f"no message '{code}'")
    return Refusal(code, params)
