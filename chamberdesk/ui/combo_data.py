"""Choices in combo boxes, read without ever getting None out of a QVariant.

PySide6 6.12 hands back a QVariant that holds None, or no data at all, without counting the
reference it gives: every read takes one from None's count (measured: 1,000 ``currentData()``
calls on an item without data leave None 1,000 references short), and when the count runs out
Python aborts with "none_dealloc" — at exit, or sooner in a long session. The import window's
column mapping (45 columns, read after each change) made it happen at every exit.

So a "no choice" item holds NO_CHOICE (the empty text, which is counted correctly) and is read
back as None here; no other data is ever None, and nothing is kept in Qt properties.
(pyproject.toml now excludes 6.12, whose every call of a method returning nothing took a
reference from None as well; this keeps a "no choice" safe whatever version is installed.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

NO_CHOICE = ""


def add_no_choice(combo: QComboBox, text: str) -> None:
    combo.addItem(text, NO_CHOICE)


def chosen(combo: QComboBox):
    """The current item's data, None for the "no choice" item."""
    value = combo.currentData()
    return None if value == NO_CHOICE else value


def find_choice(combo: QComboBox, value) -> int:
    return combo.findData(NO_CHOICE if value is None else value)
