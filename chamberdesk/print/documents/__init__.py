"""The documents ChamberDesk prints, each built from the database into one document frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import agenda, badges, itinerary, roster, sign_in, tents
from .common import DELEGATION, MEETING, Target


@dataclass(frozen=True)
class DocumentKind:
    key: str  # the command-line name: chamberdesk print KEY
    title_key: str  # its title in the label catalogue
    subjects: tuple[str, ...]  # what it is printed for; () for the whole directory
    build: Callable  # (session, context, target) -> (DocumentFrame, flowables)


DOCUMENTS: dict[str, DocumentKind] = {kind.key: kind for kind in (
    DocumentKind("roster", "roster", (DELEGATION,), roster.build),
    DocumentKind("itinerary", "itinerary", (DELEGATION,), itinerary.build),
    DocumentKind("agenda", "agenda", (MEETING,), agenda.build),
    DocumentKind("sign-in", "sign_in", (MEETING,), sign_in.build),
    DocumentKind("badges", "badges", (DELEGATION, MEETING), badges.build),
    DocumentKind("tents", "tents", (DELEGATION, MEETING), tents.build),
)}

__all__ = ["DOCUMENTS", "DELEGATION", "MEETING", "DocumentKind", "Target"]
