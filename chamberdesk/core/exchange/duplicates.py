"""Is a row of a file an SME we already have, or one an earlier row of the same file has?

Exact keys first — uid, registration number, e-mail, phone, the normalised name — then a fuzzy
comparison of names (rapidfuzz), but only among the candidates that share a blocking key: the
same country and a distinctive word of the name (its first letters). Words most names of a
country carry (Industries, Kogyo, Trading) make no block, or every row would be compared with
thousands: comparing 50,000 rows with 100,000 members pairwise would take hours, within
blocks it takes a second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from ..text import fold

FUZZY_THRESHOLD = 90  # token_sort_ratio: "Kurose Precision Ind." ~ "Kurose Precision Industries"
BLOCK_PREFIX = 6  # letters of a word that make its blocking key: "Precision" ~ "Precisn"
MAX_BLOCK = 300  # a word shared by more names than this is too common to narrow anything
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

    @cached_property
    def latin(self) -> str:
        return name_key(self.name)


class DuplicateFinder:
    """Exact keys and blocks of the SMEs seen so far. Each is stored as one int (a member id, or
    minus a row number) with its label once: 100,000 members carry 400,000 keys."""

    def __init__(self) -> None:
        # Keyed by the hash of the key, not the key: an int costs a third of a tuple of strings
        # (a false match would need a 64-bit collision).
        self._exact: dict[int, int] = {}
        self._blocks: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        self._labels: dict[int, str] = {}
        self._identities: dict[int, tuple[int, int, int]] = {}  # hashes of uid, registration, local name

    def _keys(self, known: Known) -> list[tuple[tuple[str, ...], str]]:
        keys: list[tuple[tuple[str, ...], str]] = []
        latin = known.latin
        if known.uid:
            keys.append((("uid", known.uid), "same uid"))
        if known.registration_no and known.country:
            keys.append((("reg", known.country, fold(known.registration_no)), "same registration number"))
        keys += [(("email", e.strip().casefold()), "same e-mail") for e in known.emails if e]
        keys += [(("phone", p), "same phone") for p in known.phones if p]
        if latin:
            keys.append((("name", known.country or "", latin), "same name"))
        local = name_key(known.name_local)
        if local:
            keys.append((("local", known.country or "", local), "same name"))
        return keys

    @staticmethod
    def _block_keys(country: str | None, latin: str) -> set[tuple[str, str]]:
        return {(country or "", word[:BLOCK_PREFIX]) for word in latin.split() if len(word) >= 3}

    def add(self, known: Known, *, member_id: int | None = None, row: int | None = None) -> None:
        where = member_id if member_id is not None else -(row or 0)
        self._labels[where] = known.label
        self._identities[where] = _identity(known)
        for key, _reason in self._keys(known):
            self._exact.setdefault(hash(key), where)
        for block in self._block_keys(known.country, known.latin):
            self._blocks[block].append((known.latin, where))

    def _candidate(self, reason: str, where: int) -> Candidate:
        if where > 0:
            return Candidate(reason, member_id=where, label=self._labels[where])
        return Candidate(reason, row=-where, label=self._labels[where])

    def find(self, known: Known) -> Candidate | None:
        latin = known.latin
        for key, reason in self._keys(known):
            where = self._exact.get(hash(key))
            if where is not None:
                return self._candidate(reason, where)
        candidates: dict[str, int] = {}
        for block in self._block_keys(known.country, latin):
            members = self._blocks.get(block, ())
            if len(members) <= MAX_BLOCK:
                candidates.update((key, where) for key, where in members if key not in candidates)
        if not candidates:
            return None
        # A similar Latin name alone is a guess: an SME whose uid, registration number or local-script
        # name differs from the candidate's is a different SME (三河プレス is not 石川プレス).
        identity = _identity(known)
        for key, score, _position in process.extract(latin, list(candidates), scorer=fuzz.token_sort_ratio,
                                                     score_cutoff=FUZZY_THRESHOLD, limit=5):
            if not _contradicts(identity, self._identities[candidates[key]]):
                return self._candidate(f"similar name ({score:.0f}%)", candidates[key])
        return None


def _identity(known: Known) -> tuple[int, int, int]:
    """Hashes (0 when absent) of what tells two SMEs apart even when their names look alike."""
    registration = fold(known.registration_no) if known.registration_no else ""
    return (hash(known.uid) if known.uid else 0, hash(registration) if registration else 0,
            hash(name_key(known.name_local)) if known.name_local else 0)


def _contradicts(one: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    return any(a and b and a != b for a, b in zip(one, other))
