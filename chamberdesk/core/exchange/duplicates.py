"""Is a row of a file an SME we already have, or one an earlier row of the same file has?

Exact keys first — uid, registration number, e-mail, phone, the normalised name — then a fuzzy
comparison of names (rapidfuzz), but only among the candidates that share a blocking key (same
country and the same first letters of the normalised name): comparing 50,000 rows with 100,000
members pairwise would take hours, within blocks it takes a second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..text import fold

FUZZY_THRESHOLD = 90  # token_sort_ratio: "Kurose Precision Ind." ~ "Kurose Precision Industries"
BLOCK_PREFIX = 3
# Legal forms and filler words that say nothing about which company it is.
_LEGAL_WORDS = frozenset("""
    pvt private ltd limited co company corp corporation inc incorporated llc llp plc pt tbk cv ud sarl sa gmbh ag
    kk bv nv srl spa the and of
""".split())
_LEGAL_LOCAL = re.compile(r"株式会社|有限会社|合同会社|合資会社|（株）|\(株\)|㈱|（有）|\(有\)|㈲|บริษัท|จำกัด|มหาชน|"
                          r"ห้างหุ้นส่วน|प्राइवेट|लिमिटेड|प्रा\.?|लि\.?")
_WORD = re.compile(r"\w+")


def name_key(name: str | None) -> str:
    """A company name without case, accents, width, punctuation or legal form: "Kurose Co., Ltd." → "kurose"."""
    folded = _LEGAL_LOCAL.sub(" ", fold(name))
    return " ".join(w for w in _WORD.findall(folded) if w not in _LEGAL_WORDS)


@dataclass(frozen=True)
class Candidate:
    """Where a row's SME already is: a member of the database or an earlier row of the file."""

    reason: str  # "same e-mail", "similar name (93%)" …
    member_id: int | None = None
    row: int | None = None
    label: str = ""


@dataclass(frozen=True)
class Known:
    """What is compared of one SME (a member, or a row of the file)."""

    label: str
    country: str | None
    name: str | None
    name_local: str | None = None
    uid: str | None = None
    registration_no: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


class DuplicateFinder:
    def __init__(self) -> None:
        self._exact: dict[tuple[str, ...], Candidate] = {}
        self._blocks: dict[tuple[str, str], list[tuple[str, Candidate]]] = defaultdict(list)

    def _keys(self, known: Known) -> list[tuple[tuple[str, ...], str]]:
        keys: list[tuple[tuple[str, ...], str]] = []
        if known.uid:
            keys.append((("uid", known.uid), "same uid"))
        if known.registration_no and known.country:
            keys.append((("reg", known.country, fold(known.registration_no)), "same registration number"))
        keys += [(("email", e.strip().casefold()), "same e-mail") for e in known.emails if e]
        keys += [(("phone", p), "same phone") for p in known.phones if p]
        latin = name_key(known.name)
        if latin:
            keys.append((("name", known.country or "", latin), "same name"))
        local = name_key(known.name_local)
        if local:
            keys.append((("local", known.country or "", local), "same name"))
        return keys

    def add(self, known: Known, *, member_id: int | None = None, row: int | None = None) -> None:
        where = Candidate("", member_id, row, known.label)
        for key, _reason in self._keys(known):
            self._exact.setdefault(key, where)
        latin = name_key(known.name)
        if latin:
            self._blocks[(known.country or "", latin[:BLOCK_PREFIX])].append((latin, where))

    def find(self, known: Known) -> Candidate | None:
        for key, reason in self._keys(known):
            where = self._exact.get(key)
            if where is not None:
                return Candidate(reason, where.member_id, where.row, where.label)
        latin = name_key(known.name)
        block = self._blocks.get((known.country or "", latin[:BLOCK_PREFIX])) if latin else None
        if not block:
            return None
        best = process.extractOne(latin, [key for key, _where in block], scorer=fuzz.token_sort_ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        _key, score, position = best
        where = block[position][1]
        return Candidate(f"similar name ({score:.0f}%)", where.member_id, where.row, where.label)
