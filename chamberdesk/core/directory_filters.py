"""The filters of the member directory (country, sector, size, membership, tags), as one value.

The GUI's filter bar, the CLI and the export of "the current list" pass the same value to
``MemberSource``, so they always agree on which members a filter selects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from babel import Locale
from sqlalchemy import Select, exists, select

from .model import Member, MemberTag
from .text import fold


@dataclass(frozen=True)
class DirectoryFilters:
    countries: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    size_classes: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()  # a member must carry every tag chosen
    include_archived: bool = True
    archived_only: bool = False  # the archived members alone (a list that leaves them out reads them so)

    @property
    def is_empty(self) -> bool:
        return self == DirectoryFilters()

    @property
    def narrows(self) -> bool:
        """True when a value is chosen (a country, a tag …), beyond showing or hiding archived members."""
        return not replace(self, include_archived=True).is_empty

    def apply(self, query: Select) -> Select:
        if self.countries:
            query = query.where(Member.country.in_(sorted(self.countries)))
        if self.sectors:
            query = query.where(Member.sector.in_(sorted(self.sectors)))
        if self.size_classes:
            query = query.where(Member.size_class.in_(sorted(self.size_classes)))
        if self.statuses:
            query = query.where(Member.membership_status.in_(sorted(self.statuses)))
        for tag in sorted(self.tags):
            query = query.where(exists(select(MemberTag.id).where(MemberTag.member_id == Member.id,
                                                                  MemberTag.tag == tag)))
        if not self.include_archived:
            query = query.where(Member.archived_at.is_(None))
        if self.archived_only:
            query = query.where(Member.archived_at.is_not(None))
        return query


@cache
def _countries() -> dict[str, str]:
    """Folded ISO code, English name and Japanese name → ISO code (JP, jp, Japan, 日本 → JP)."""
    codes: dict[str, str] = {}
    for lang in ("en", "ja"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                codes[fold(name)] = codes[fold(code)] = code
    return codes


def country_code(text: str) -> str | None:
    """The ISO 3166 code of a country written as its code or its English or Japanese name, in any
    case or width (ＪＰ); None when the text names no country."""
    return _countries().get(fold(text.strip()))
