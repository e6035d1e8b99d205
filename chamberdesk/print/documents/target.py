"""What a document is printed for. Kept free of the layout code so that the command line and the
window can name documents and targets without loading reportlab and the fonts."""

from __future__ import annotations

from dataclasses import dataclass

DELEGATION = "delegation"
MEETING = "meeting"
AGREEMENT = "agreement"


@dataclass(frozen=True)
class Target:
    """A delegation, meeting or agreement (by id), or the whole directory (optionally one country)."""

    kind: str | None = None  # DELEGATION, MEETING, AGREEMENT or None
    record_id: int | None = None
    country: str | None = None
