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
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from ..text import fold

SAME_REGISTRATION = "same registration number"
SAME_NAME = "same name"
IDENTITY = 4  # hashes per SME in Known.identity: uid, registration number, local name, city
NAME_IDENTITY = 3  # of those, what tells apart SMEs of the same name (not the city: one SME has several)
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


def local_key(name: str | None) -> str:
    """A local-script name as ``name_key``, without spaces: Thai and Japanese names are written with
    and without them (บริษัท สยามออร์คิด ฟู้ดส์ จำกัด, บริษัทสยามออร์คิดฟู้ดส์จำกัด)."""
    return name_key(name).replace(" ", "")


_REGISTRATION_SEPARATORS = re.compile(r"[\s\-./]+")


def registration_key(number: str | None) -> str:
    """A registration number without case, width or separators: HRB 12345 is HRB12345."""
    return _REGISTRATION_SEPARATORS.sub("", fold(number)) if number else ""


@dataclass(frozen=True)
class Candidate:
    """Where a row's SME already is: a member of the database or an earlier row of the file."""

    reason: str  # "same e-mail", "similar name (93%)" …
    member_id: int | None = None
    row: int | None = None
    label: str = ""
    matched: str = ""  # the value found in both (the e-mail, phone, registration number or uid), if one


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
    city: str | None = None

    # Computed once: a row is looked up, then added; 100,000 members are added.
    @cached_property
    def latin(self) -> str:
        return name_key(self.name)

    @cached_property
    def local(self) -> str:
        return local_key(self.name_local)

    @cached_property
    def identity(self) -> tuple[int, int, int, int]:
        """Hashes (0 when absent) of what tells two SMEs apart even when their names look alike: uid,
        registration number, local-script name, and (for a name that is only similar) the city."""
        registration = registration_key(self.registration_no)
        city = name_key(self.city) if self.city else ""
        return (hash(self.uid) if self.uid else 0, hash(registration) if registration else 0,
                hash(self.local) if self.local else 0, hash(city) if city else 0)

    @cached_property
    def keys(self) -> list[tuple[int, str, str]]:
        """Hashes of the exact keys (uid, registration number, e-mails, phones, names), with the reason
        a match on each gives and the value shown for it. An int costs a third of a tuple of strings
        (a false match would need a 64-bit collision)."""
        keys: list[tuple[int, str, str]] = []
        if self.uid:
            keys.append((hash(("uid", self.uid)), "same uid", self.uid))
        if self.registration_no and self.country:
            keys.append((hash(("reg", self.country, registration_key(self.registration_no))), SAME_REGISTRATION,
                         self.registration_no))
        keys += [(email_key(e), "same e-mail", e) for e in self.emails if e]
        keys += [(phone_key(p), "same phone", p) for p in self.phones if p]
        if self.latin:
            keys.append((hash(("name", self.country or "", self.latin)), SAME_NAME, ""))
        if self.local:
            keys.append((hash(("local", self.country or "", self.local)), SAME_NAME, ""))
        return keys


def email_key(email: str) -> int:
    return hash(("email", email.strip().casefold()))


def phone_key(phone: str) -> int:
    return hash(("phone", phone))


class DuplicateFinder:
    """Exact keys and blocks of the SMEs seen so far (100,000 members carry 400,000 keys).

    Each SME is a position in flat arrays — its member id or minus its row number, its name key,
    the three hashes of its identity — and keys and blocks refer to positions: a tuple per
    block entry and per identity was a third of an import's memory."""

    def __init__(self) -> None:
        self._exact: dict[int, int] = {}  # hash of a key → position
        self._blocks: dict[str, array] = {}  # "country word-prefix" → positions
        self._where = array("q")  # position → member id, or minus the row number
        self._latins: list[str] = []  # position → name key
        self._identities = array("q")  # position × IDENTITY → hashes of uid, registration, local name, city
        self._labels: dict[int, str] = {}  # row number → label (members' are read when found)
        self._members = 0  # positions of members (first, by id), then of rows

    @staticmethod
    def _block_keys(country: str | None, latin: str) -> set[str]:
        return {f"{country or ''} {word[:BLOCK_PREFIX]}" for word in latin.split() if len(word) >= 3}

    def add(self, known: Known, *, member_id: int | None = None, row: int | None = None) -> None:
        position = len(self._where)
        self._where.append(member_id if member_id is not None else -(row or 0))
        if member_id is not None:
            if self._members != position or (position and self._where[position - 1] > member_id):
                raise ValueError("members are added first, by increasing id")
            self._members += 1
        if row is not None:
            self._labels[row] = known.label
        self._latins.append(known.latin)
        self._identities.extend(known.identity)
        for key, _reason, _value in known.keys:
            self._exact.setdefault(key, position)
        for block in self._block_keys(known.country, known.latin):
            positions = self._blocks.get(block)
            if positions is None:
                self._blocks[block] = array("l", (position,))
            else:
                positions.append(position)

    def add_contact(self, member_id: int, email: str | None, phone: str | None) -> None:
        """An e-mail or phone of a member (or of one of its persons) added after the members were:
        only those the file has too are read (see importer)."""
        position = bisect_left(self._where, member_id, hi=self._members)
        if position == self._members or self._where[position] != member_id:
            return  # archived since, or not a member the finder was given
        for key in ((email_key(email),) if email else ()) + ((phone_key(phone),) if phone else ()):
            self._exact.setdefault(key, position)

    def shares_registration(self, known: Known) -> bool:
        """Whether a member or an earlier row has this row's registration number (unique per country)."""
        return any(reason == SAME_REGISTRATION and key in self._exact for key, reason, _value in known.keys)

    def _candidate(self, reason: str, position: int, matched: str = "") -> Candidate:
        where = self._where[position]
        if where > 0:
            return Candidate(reason, member_id=where, matched=matched)
        return Candidate(reason, row=-where, label=self._labels[-where], matched=matched)

    def _identity(self, position: int):
        return self._identities[IDENTITY * position:IDENTITY * position + IDENTITY]

    def find(self, known: Known) -> Candidate | None:
        latin, identity = known.latin, known.identity
        for key, reason, value in known.keys:
            position = self._exact.get(key)
            if position is None:
                continue
            # The same name with another registration number, uid or local-script name is another
            # SME (two Yamada Seisakusho, in Tokyo and in Nagoya); the same e-mail or phone is not.
            if reason == SAME_NAME and _contradicts(identity[:NAME_IDENTITY],
                                                    self._identity(position)[:NAME_IDENTITY]):
                continue
            return self._candidate(reason, position, value)
        candidates: dict[str, int] = {}
        for block in self._block_keys(known.country, latin):
            positions = self._blocks.get(block, ())
            if len(positions) <= MAX_BLOCK:
                for position in positions:
                    candidates.setdefault(self._latins[position], position)
        if not candidates:
            return None
        # A similar Latin name alone is a guess: an SME whose uid, registration number, local-script
        # name or city differs from the candidate's is a different SME (三河プレス is not 石川プレス,
        # Tokai Seiko of Nagoya is not Tokai Seiki of Hamamatsu).
        for key, score, _position in process.extract(latin, list(candidates), scorer=fuzz.token_sort_ratio,
                                                     score_cutoff=FUZZY_THRESHOLD, limit=5):
            position = candidates[key]
            if not _contradicts(identity, self._identity(position)):
                return self._candidate(f"similar name ({score:.0f}%)", position)
        return None


def _contradicts(one: tuple[int, int, int], other) -> bool:
    return any(a and b and a != b for a, b in zip(one, other))
