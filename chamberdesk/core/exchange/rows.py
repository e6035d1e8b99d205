"""One row of a member file → the values of a member, its tags and its primary contact, or the problems.

Every problem names the file, the row (1 = the header line) and the column as the file calls it,
and the rules are the services' own (``core.rules``), so a file is held to what the editor
accepts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from babel import Locale

from ..enums import MembershipStatus, NameOrder, SizeClass
from ..errors import Problem
from ..money import to_minor
from ..rules import member_rules, person_rules
from ..search.romanise import capitalised, is_japanese, plain_romaji, romaji
from ..typed_values import iso_date, whole_number
from ..validation import normalise_phone
from .layout import CONTACT_FIELDS, CONTACT_PREFIX, MEMBER_COLUMNS, TAG_COLUMNS, TAG_SEPARATOR
from .mapping import ColumnMapping

_CJK_ORDER = {"ja", "zh", "ko", "hu"}
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
WHOLE_ROW = "(whole row)"
_ENUMS = {"size_class": SizeClass, "membership_status": MembershipStatus}


@dataclass(slots=True)
class ImportRow:
    number: int
    member: dict[str, object]
    tags: list[tuple[str, str]]
    contact: dict[str, object] | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def label(self) -> str:
        names = dict.fromkeys(str(v) for v in (self.member.get("name"), self.member.get("name_local")) if v)
        return " / ".join(names)


@cache
def _country_codes() -> dict[str, str]:
    """English and Japanese country names → ISO code, for files that spell countries out."""
    names: dict[str, str] = {}
    for lang in ("en", "ja"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                names[name.casefold()] = code
    return names


class RowReader:
    """Converts rows of one file under one mapping; collects problems instead of stopping at the first."""

    def __init__(self, source: str, header: list[str], mapping: ColumnMapping) -> None:
        self._source = source
        self._mapping = mapping
        self._width = len(header)
        positions = {name: i for i, name in reversed(list(enumerate(header)))}
        self._positions = [(column, positions[h]) for column, h in mapping.columns.items() if h in positions]

    def header_of(self, column: str) -> str:
        """The file's name for one of our columns, as reports show it."""
        return self._mapping.source_of(column) or column

    def read(self, number: int, cells: list[object]) -> ImportRow:
        problems: list[Problem] = []

        def problem(column: str, message: str) -> None:
            problems.append(Problem(self.header_of(column), message, number, self._source))

        filled: dict[str, object] = {}
        width = len(cells)
        for column, position in self._positions:
            if position < width:
                value = cells[position]
                if isinstance(value, str):
                    value = value.strip()
                if value not in ("", None):
                    filled[column] = value
        raw = filled.get

        member: dict[str, object] = {}
        for column in MEMBER_COLUMNS:
            value = raw(column)
            if column == "dues_amount":
                continue
            member[column] = self._convert(column, value, problem)
        self._dues(member, raw("dues_amount"), problem)
        tags = [(kind, tag.strip()) for column, kind in TAG_COLUMNS.items()
                for tag in str(raw(column) or "").split(TAG_SEPARATOR) if tag.strip()]
        contact = self._contact(raw, member, problem)
        extra = [c for c in cells[self._width:] if str(c).strip()]
        if extra:
            problem(WHOLE_ROW, f"has {self._width + len(extra)} cells but the header has {self._width} columns "
                               "(a separator or quote out of place?)")
        self._apply_rules(member, contact, problem)
        # Only the cells that hold something: a plan of 50,000 rows stays small.
        member = {k: v for k, v in member.items() if v is not None}
        return ImportRow(number, member, tags, contact, problems)

    def _convert(self, column: str, value: object, problem) -> object:
        if value is None:
            return None
        if column in ("employees", "founded_year", "member_since", "member_until"):
            try:
                return whole_number(str(value)) if column in ("employees", "founded_year") else iso_date(value)
            except ValueError as exc:
                problem(column, str(exc))
                return None
        if column in _ENUMS:
            return _choice(_ENUMS[column], value, lambda message: problem(column, message))
        text = str(value)
        if column == "country":
            return _country(text, lambda message: problem(column, message))
        if column in ("local_lang", "dues_currency"):
            return text.lower() if column == "local_lang" else text.upper()
        return text

    def _dues(self, member: dict[str, object], amount: object, problem) -> None:
        member["dues_minor"] = None
        if amount is None:
            return
        currency = member.get("dues_currency")
        if not currency:
            problem("dues_currency", "is required when dues are given")
            return
        try:
            member["dues_minor"] = to_minor(str(amount).replace(",", ""), str(currency))
        except (ValueError, ArithmeticError) as exc:
            problem("dues_amount", str(exc) if isinstance(exc, ValueError) and str(exc) else
                    f"'{amount}' is not an amount")

    def _contact(self, raw, member: dict[str, object], problem) -> dict[str, object] | None:
        values = {name: raw(CONTACT_PREFIX + name) for name in CONTACT_FIELDS}
        if not any(values.values()):
            return None
        values = {k: (str(v) if v is not None else None) for k, v in values.items()}
        if values["local_lang"] is None and (values["family_name_local"] or values["given_name_local"]):
            values["local_lang"] = member.get("local_lang")
        for latin, local in (("family_name", "family_name_local"), ("given_name", "given_name_local")):
            if values[latin] is None and is_japanese(values[local]):
                # Japanese partners' files often name the contact in kanji only: Hepburn stands in.
                values[latin] = capitalised(plain_romaji(romaji(str(values[local]))))
        order = values.pop("name_order")
        if order is None:
            order = NameOrder.FAMILY_FIRST if values["local_lang"] in _CJK_ORDER else NameOrder.GIVEN_FIRST
        else:
            order = _choice(NameOrder, order, lambda message: problem(CONTACT_PREFIX + "name_order", message))
        values["name_order"] = order
        values["is_primary_contact"] = True
        return {k: v for k, v in values.items() if v is not None}

    def _apply_rules(self, member: dict[str, object], contact: dict[str, object] | None, problem) -> None:
        region = member.get("country") if isinstance(member.get("country"), str) else None
        # Phones are parsed once here (the costliest check of a row), the rest by the services' rules.
        member["phone"] = self._phone(member.get("phone"), region, lambda message: problem("phone", message))
        for each in member_rules({**member, "phone": None}):
            problem(each.field if each.field in MEMBER_COLUMNS else "dues_amount", each.message)
        if member.get("uid") and not _UID.match(str(member["uid"])):
            problem("uid", f"'{member['uid']}' is not a ChamberDesk uid (leave it empty for a new member)")
        if contact is None:
            return
        contact["phone"] = self._phone(contact.get("phone"), region,
                                       lambda message: problem(CONTACT_PREFIX + "phone", message))
        for each in person_rules({**contact, "phone": None}, region=region):
            problem(CONTACT_PREFIX + each.field, each.message)

    @staticmethod
    def _phone(value: object, region: str | None, problem) -> str | None:
        if not value:
            return None
        try:
            return normalise_phone(str(value), region)
        except ValueError as exc:
            problem(str(exc))
            return None


def _choice(enum_cls, value: object, problem):
    wanted = str(value).strip().casefold().replace(" ", "_").replace("-", "_")
    for member in enum_cls:
        if wanted == member.value:
            return member.value
    problem(f"'{value}' is not one of {', '.join(m.value for m in enum_cls)}")
    return None


def _country(text: str, problem) -> str | None:
    text = unicodedata.normalize("NFKC", text).strip()  # ＪＰ typed full-width is JP
    if len(text) == 2 and text.isascii():
        return text.upper()
    code = _country_codes().get(text.casefold())
    if code is None:
        problem(f"'{text}' is not a country (two-letter ISO code such as JP, IN, TH, ID, or its English name)")
    return code
