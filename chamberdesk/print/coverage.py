"""Characters no bundled font has: left out of the page and reported with the record they came from.

DESIGN.md: such a character is printed nowhere as a box; the command warns naming the character
(its code point, U+28CDD) and the record, and the GUI shows the same warning. Every string a document prints
passes through the text layer with its origin, so the report is complete.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """Where a printed string comes from: a field of a record, or the document's own wording."""

    kind: str  # "person", "member", "delegation" … or "label"
    record_id: int | None
    label: str  # how a person recognises the record: a name or title
    field: str
    parts: tuple[tuple[str, str], ...] = ()  # (field, value) of a text made of several fields (a name)

    def field_of(self, char: str) -> str:
        """The field the character is in (given_name_local rather than the whole name)."""
        return next((field for field, value in self.parts if char in value), self.field)

    def describe(self, char: str | None = None) -> str:
        record = f"{self.kind} {self.record_id}" if self.record_id is not None else self.kind
        return f"{record} ({self.label}), field {self.field_of(char) if char else self.field}"

    def __str__(self) -> str:
        return self.describe()


@dataclass(frozen=True)
class MissingGlyph:
    char: str
    origin: Origin | None

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    def __str__(self) -> str:
        name = unicodedata.name(self.char, "unnamed character")
        where = f" in {self.origin.describe(self.char)}" if self.origin else ""
        return f"{self.code} {name}{where}: no bundled font has it; it was left out of the document"


class GlyphReport:
    """Collects missing characters while a document is built (each character and origin once)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, Origin | None], MissingGlyph] = {}
        self._lock = threading.Lock()

    def add(self, char: str, origin: Origin | None) -> None:
        with self._lock:
            self._seen.setdefault((char, origin), MissingGlyph(char, origin))

    @property
    def missing(self) -> list[MissingGlyph]:
        return list(self._seen.values())
