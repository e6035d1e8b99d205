"""The documents ChamberDesk prints, each built from the database into one document frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import agenda, badges, directory, itinerary, roster, sign_in, tents
from .common import DELEGATION, MEETING, Target


@dataclass(frozen=True)
class DocumentKind:
    key: str  # the command-line name: chamberdesk print KEY
    title_key: str  # its title in the label catalogue
    subjects: tuple[str, ...]  # what it is printed for; () for the whole directory
    summary: str  # what it is, for the command line's help
    build: Callable  # (session, context, target) -> (DocumentFrame, flowables)


DOCUMENTS: dict[str, DocumentKind] = {kind.key: kind for kind in (
    DocumentKind("roster", "roster", (DELEGATION,), "the delegation's participants", roster.build),
    DocumentKind("itinerary", "itinerary", (DELEGATION,), "day-by-day programme, hotels, flights, contacts",
                 itinerary.build),
    DocumentKind("agenda", "agenda", (MEETING,), "agenda with times in the venue's and the partner's zone",
                 agenda.build),
    DocumentKind("sign-in", "sign_in", (MEETING,), "sign-in sheet of those invited", sign_in.build),
    DocumentKind("badges", "badges", (DELEGATION, MEETING), "name badges to cut out, several per sheet",
                 badges.build),
    DocumentKind("tents", "tents", (DELEGATION, MEETING), "folded table tents, the name on both sides",
                 tents.build),
    DocumentKind("directory", "directory", (), "member directory by country", directory.build),
)}

__all__ = ["DOCUMENTS", "DELEGATION", "MEETING", "DocumentKind", "Target"]
