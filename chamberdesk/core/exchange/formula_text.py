"""Text that a spreadsheet would run as a formula, kept text in a CSV file by a leading apostrophe.

Excel and LibreOffice read a CSV cell that starts with '=', '@', '+' or '-' as a formula
("CSV injection": '=HYPERLINK(…)', '+cmd|…' run when the file is opened). The export writes such
text after an apostrophe, which both show as the text itself; the import removes exactly that
apostrophe. Phone numbers ('+81312345678') and negative numbers are not formulas and stay as they
are. Text that already starts with apostrophes before a formula gets one more, so the mapping is
one to one and our own export reads back as it was written.
"""

from __future__ import annotations

import re

APOSTROPHE = "'"
_FORMULA_STARTS = ("=", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-][\d\s().\-]*")  # +81 3-1234-5678, -5, -2.5: no formula


def _formula_like(text: str) -> bool:
    if text.startswith(_FORMULA_STARTS):
        return True
    return text.startswith(("+", "-")) and _SIGNED_NUMBER.fullmatch(text) is None


def needs_apostrophe(text: str) -> bool:
    """Whether a CSV cell holding ``text`` is written after an apostrophe."""
    return _formula_like(text.lstrip(APOSTROPHE))


def csv_text(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows and does not run."""
    return APOSTROPHE + text if needs_apostrophe(text) else text


def csv_cell_text(cell: str) -> str:
    """The text a CSV cell holds: ``csv_text`` undone."""
    if cell.startswith(APOSTROPHE) and needs_apostrophe(cell[1:]):
        return cell[1:]
    return cell


def csv_row_text(cells: list[str]) -> list[str]:
    """``csv_cell_text`` of each cell of a row (a row without an apostrophe, as most are, as it is)."""
    if APOSTROPHE not in "".join(cells):
        return cells
    return [csv_cell_text(cell) for cell in cells]
