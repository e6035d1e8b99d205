"""The documents ChamberDesk prints, each built from the database into one document frame.

This catalogue is light: the layout code of a document is imported when it is first built, so
``chamberdesk list`` does not pay for reportlab and the fonts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from .target import AGREEMENT, DELEGATION, MEETING, Target


@dataclass(frozen=True)
class DocumentKind:
    key: str  # the command-line name: chamberdesk print KEY
    title_key: str  # its title in the label catalogue
    subjects: tuple[str, ...]  # what it is printed for; () for the whole directory
    summary: str  # what it is, for the command line's help
    module: str  # the module of this package that lays it out

    @property
    def build(self) -> Callable:
        """(session, context, target) -> (DocumentFrame, flowables)"""
        return import_module(f"{__name__}.{self.module}").build


DOCUMENTS: dict[str, DocumentKind] = {kind.key: kind for kind in (
    DocumentKind("roster", "roster", (DELEGATION,), "the delegation's participants", "roster"),
    DocumentKind("itinerary", "itinerary", (DELEGATION,), "day-by-day programme, hotels, flights, contacts",
                 "itinerary"),
    DocumentKind("agenda", "agenda", (MEETING,), "agenda with times in the venue's and the partner's zone",
                 "agenda"),
    DocumentKind("sign-in", "sign_in", (MEETING,), "sign-in sheet of those invited", "sign_in"),
    DocumentKind("badges", "badges", (DELEGATION, MEETING), "name badges to cut out, several per sheet", "badges"),
    DocumentKind("tents", "tents", (DELEGATION, MEETING), "folded table tents, the name on both sides", "tents"),
    DocumentKind("agreement", "agreement", (AGREEMENT,), "agreement with the languages side by side",
                 "agreement"),
    DocumentKind("directory", "directory", (), "member directory by country", "directory"),
)}

__all__ = ["DOCUMENTS", "AGREEMENT", "DELEGATION", "MEETING", "DocumentKind", "Target"]
