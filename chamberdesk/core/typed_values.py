"""Values typed as text (in an editor or a spreadsheet cell) → numbers and dates, with a readable refusal."""

from __future__ import annotations

import re
from datetime import date

_WHOLE = re.compile(r"^[+-]?\d{1,3}([,\s]\d{3})*$|^[+-]?\d+$")
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def whole_number(text: str) -> int:
    """'1,200' → 1200; ValueError naming the text otherwise."""
    if not _WHOLE.match(text.strip()):
        raise ValueError(f"'{text}' is not a whole number")
    return int(re.sub(r"[,\s]", "", text))


def iso_date(value: object) -> date:
    """A date, or text as YYYY-MM-DD (also YYYY/MM/DD as Japanese offices write it)."""
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value).strip())
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD)")
