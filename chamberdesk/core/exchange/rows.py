"""One row of a member file → the values of a member, its tags and its primary contact, or the problems.

Every problem names the file, the row (1 = the header line) and the column as the file calls it,
and the rules are the services' own (``core.rules``), so a file is held to what the editor
accepts. A member named only in Japanese gets the Hepburn romanisation as its Latin name (of its
reading, when the file gives one), and a local name without a language the language of its script.
"""

from __future__ import annotations

import re
import unicodedata
from sys import intern
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..directory_filters import country_code
from ..enums import MembershipStatus, NameOrder, SizeClass
from ..errors import InvalidValue, Problem, ValidationError
from ..messages import Refusal, refuse
from ..rules import member_rules, person_rules
from ..search.romanise import capitalised, is_japanese, latin_from_reading, plain_romaji, romaji, suggested_latin
from ..text import script_language
from ..typed_values import iso_date, read_dues, whole_number, year
from ..validation import check_mixed_encoding, normalise_phone, normalise_typed_text
from .layout import CONTACT_FIELDS, CONTACT_PREFIX, MEMBER_COLUMNS, TAG_COLUMNS, TAG_SEPARATOR
from .mapping import ColumnMapping
from .xlsx_rows import UncomputedFormula

_CJK_ORDER = {"ja", "zh", "ko", "hu"}
_REPEATING = frozenset({"local_lang", "country", "city", "city_local", "sector", "size_class", "membership_status",
                        "dues_currency", "postal_code"})
_REPEATING_CONTACT = frozenset({"local_lang", "name_order", "honorific", "title", "title_local", "preferred_lang",
                                "dietary", "family_name", "family_name_local", "family_name_reading"})
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff]+$")  # Latin letters with every accent, digits, signs
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
WHOLE_ROW = "(whole row)"
WHOLE_FILE = "(whole file)"
_ENUMS = {"size_class": SizeClass, "membership_status": MembershipStatus}
# Besides the stored values and their English labels (in any case): the Japanese interface's labels
# and what Japanese offices write in their lists.
JAPANESE_CHOICES = {
    MembershipStatus: {
        "入会見込み": "prospect", "見込み": "prospect", "入会予定": "prospect", "候補": "prospect",
        "有効": "active", "会員": "active", "正会員": "active", "現会員": "active", "在籍": "active",
        "在籍中": "active", "活動中": "active",
        "失効": "lapsed", "休会": "lapsed", "休会中": "lapsed", "期限切れ": "lapsed",
        "会費未納": "lapsed",
        "退会": "resigned", "退会済み": "resigned", "脱会": "resigned",
        "名誉会員": "honorary", "名誉": "honorary",
    },
    SizeClass: {
        "零細": "micro", "零細企業": "micro", "小規模事業者": "micro",
        "小規模": "small", "小企業": "small", "小": "small",
        "中規模": "medium", "中企業": "medium", "中堅": "medium", "中堅企業": "medium", "中": "medium",
        "大規模": "large", "大企業": "large", "大": "large",
    },
}


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


def romanised_name(local: str, reading: str | None = None) -> str:
    """The Latin name a member named only in Japanese is given: 林精機株式会社 → Hayashi Seiki
    Kabushikigaisha, as the editor suggests it ('' for a name in another script). A reading says how the
    name is read where the characters cannot: 株式会社東海林商事 read ショウジショウジ → … Shoji Shoji."""
    local = unicodedata.normalize("NFKC", local)
    return latin_from_reading(local, reading) if reading else suggested_latin(local)


def header_problems(source: str, header: list[str], mapping: ColumnMapping, *, row: int = 1) -> list[Problem]:
    """What the file's header line says under a mapping: a field fed by a header the file has twice
    (which column is meant?) is an error; a column no field takes is a warning, so that nobody
    believes its contents imported."""
    problems: list[Problem] = []
    used = set(mapping.columns.values())
    first_position: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if name in first_position and name in used:
            problems.append(Problem.of(name, refuse("duplicate_header", column=name, first=first_position[name],
                                                    second=position), row, source))
        first_position.setdefault(name, position)
    for name in dict.fromkeys(mapping.unused_headers(header)):
        problems.append(Problem.of(name, refuse("column_not_imported", column=name), row, source, warning=True))
    return problems


class RowReader:
    """Converts rows of one file under one mapping; collects problems instead of stopping at the first.

    A header that makes the mapping ambiguous is refused at once (ValidationError): no row could be
    read right."""

    def __init__(self, source: str, header: list[str], mapping: ColumnMapping) -> None:
        errors = [p for p in header_problems(source, header, mapping) if not p.warning]
        if errors:
            raise ValidationError(errors)
        self._source = source
        self._mapping = mapping
        self._width = len(header)
        positions = {name: i for i, name in reversed(list(enumerate(header)))}
        self._positions = [(column, positions[h]) for column, h in mapping.columns.items() if h in positions]
        # One column for both names (a Japanese-only file): the Latin name is its romanisation.
        self._latin_from_local = mapping.source_of("name") is not None and \
            mapping.source_of("name") == mapping.source_of("name_local")

    def header_of(self, column: str) -> str:
        """The file's name for one of our columns, as reports show it."""
        return self._mapping.source_of(column) or column

    def read(self, number: int, cells: list[object]) -> ImportRow:
        problems: list[Problem] = []

        def problem(column: str, refusal: Refusal) -> None:
            problems.append(Problem.of(self.header_of(column), refusal, number, self._source))

        filled: dict[str, object] = {}
        width = len(cells)
        for column, position in self._positions:
            if position < width:
                value = cells[position]
                if isinstance(value, UncomputedFormula):
                    problem(column, refuse("formula_without_value", formula=value))
                    continue
                if isinstance(value, str):
                    value = value.strip()
                    mixed = check_mixed_encoding(value)  # garbled text is never stored as it reads
                    if mixed is not None:
                        problem(column, mixed)
                        continue
                if value not in ("", None):
                    filled[column] = value
        raw = filled.get

        member: dict[str, object] = {}
        for column in MEMBER_COLUMNS:
            value = raw(column)
            if column == "dues_amount":
                continue
            member[column] = self._convert(column, value, problem)
        normalise_typed_text(member, _country_of(member))
        self._latin_name(member, problem)
        if member.get("local_lang") is None and member.get("name_local") is not None:
            member["local_lang"] = script_language(str(member["name_local"]), country=member.get("country"))
        self._dues(member, raw("dues_amount"), problem)
        tags = [(kind, tag.strip()) for column, kind in TAG_COLUMNS.items()
                for tag in str(raw(column) or "").split(TAG_SEPARATOR) if tag.strip()]
        contact = self._contact(raw, member, problem)
        extra = [c for c in cells[self._width:] if str(c).strip()]
        if extra:
            problem(WHOLE_ROW, refuse("extra_cells", cells=self._width + len(extra), columns=self._width))
        self._apply_rules(member, contact, problem, problems)
        # Only the cells that hold something, and one copy of each value that repeats from row to
        # row (a country, a city, a status): a plan of 50,000 rows stays small.
        member = {k: (intern(v) if k in _REPEATING and type(v) is str else v) for k, v in member.items()
                  if v is not None}
        if contact is not None:
            for key in _REPEATING_CONTACT.intersection(contact):
                if type(contact[key]) is str:
                    contact[key] = intern(contact[key])
        return ImportRow(number, member, tags, contact, problems)

    def _convert(self, column: str, value: object, problem) -> object:
        if value is None:
            return None
        if column in ("employees", "founded_year", "member_since", "member_until"):
            if column == "founded_year" and isinstance(value, date):  # a date cell (1985-01-01): its year
                return value.year
            try:
                if column == "employees":
                    return whole_number(str(value))
                return year(str(value)) if column == "founded_year" else iso_date(value)
            except InvalidValue as exc:
                problem(column, exc.refusal)
                return None
        if column in _ENUMS:
            return _choice(_ENUMS[column], value, lambda refusal: problem(column, refusal))
        text = str(value)
        if column == "country":
            return _country(text, lambda refusal: problem(column, refusal))
        if column in ("local_lang", "dues_currency"):
            return text.lower() if column == "local_lang" else text.upper()
        return text

    def _latin_name(self, member: dict[str, object], problem) -> None:
        """Japanese partners' files often name the company in kanji only: Hepburn stands in for the Latin name."""
        local = member.get("name_local")
        if not local or not (self._latin_from_local or member.get("name") is None):
            return
        local = unicodedata.normalize("NFKC", str(local))
        if is_japanese(local):
            reading = member.get("name_reading")
            member["name"] = romanised_name(local, str(reading) if reading else None)
        elif self._latin_from_local:
            member["name"] = local if _LATIN.match(local) else None
            if member["name"] is None:
                problem("name", refuse("not_romanisable", value=local))

    def _dues(self, member: dict[str, object], amount: object, problem) -> None:
        currency = member.get("dues_currency")
        member["dues_minor"], refused = read_dues(None if amount is None else str(amount),
                                                  str(currency) if currency else None)
        for field_name, refusal in refused:
            problem(field_name, refusal)

    def _contact(self, raw, member: dict[str, object], problem) -> dict[str, object] | None:
        values = {name: raw(CONTACT_PREFIX + name) for name in CONTACT_FIELDS}
        if not any(values.values()):
            return None
        values = {k: (str(v) if v is not None else None) for k, v in values.items()}
        normalise_typed_text(values, _country_of(member))
        for language in ("local_lang", "preferred_lang"):
            if values[language] is not None:
                values[language] = values[language].lower()
        _split_whole_name(values)
        if values["local_lang"] is None and (values["family_name_local"] or values["given_name_local"]):
            values["local_lang"] = script_language(values["family_name_local"], values["given_name_local"],
                                                   country=member.get("country")) or member.get("local_lang")
        for latin, local, reading in (("family_name", "family_name_local", "family_name_reading"),
                                      ("given_name", "given_name_local", "given_name_reading")):
            if values[latin] is None and is_japanese(values[local]):
                # Japanese partners' files often name the contact in kanji only: Hepburn (of the reading
                # where there is one: names are often read irregularly) stands in.
                spoken = values[reading] if is_japanese(values[reading]) else values[local]
                values[latin] = capitalised(plain_romaji(romaji(str(spoken))))
        order = values.pop("name_order")
        if order is None:
            order = NameOrder.FAMILY_FIRST if values["local_lang"] in _CJK_ORDER else NameOrder.GIVEN_FIRST
        else:
            order = _choice(NameOrder, order, lambda refusal: problem(CONTACT_PREFIX + "name_order", refusal))
        values["name_order"] = order
        values["is_primary_contact"] = True
        return {k: v for k, v in values.items() if v is not None}

    def _apply_rules(self, member: dict[str, object], contact: dict[str, object] | None, problem,
                     problems: list[Problem]) -> None:
        """The services' rules, except where reading a cell was already refused (one message a cell)."""
        region = _country_of(member)
        # Phones are parsed once here (the costliest check of a row), the rest by the services' rules.
        member["phone"] = self._phone(member.get("phone"), region, lambda refusal: problem("phone", refusal))
        refused = {p.field for p in problems}

        def unless_refused(column: str, found: Problem) -> None:
            if self.header_of(column) not in refused:
                problem(column, found.refusal)

        for each in member_rules({**member, "phone": None}):
            unless_refused(each.field if each.field in MEMBER_COLUMNS else "dues_amount", each)
        if member.get("uid") and not _UID.match(str(member["uid"])):
            problem("uid", refuse("not_uid", value=member["uid"]))
        if contact is None:
            return
        contact["phone"] = self._phone(contact.get("phone"), region,
                                       lambda refusal: problem(CONTACT_PREFIX + "phone", refusal))
        for each in person_rules({**contact, "phone": None}, region=region):
            unless_refused(CONTACT_PREFIX + each.field, each)

    @staticmethod
    def _phone(value: object, region: str | None, problem) -> str | None:
        if not value:
            return None
        try:
            return normalise_phone(str(value), region)
        except InvalidValue as exc:
            problem(exc.refusal)
            return None


def _country_of(member: dict[str, object]) -> str | None:
    """The row's country code, if it was read as one (a refused value is not)."""
    country = member.get("country")
    return country if isinstance(country, str) else None


def _split_whole_name(values: dict[str, str | None]) -> None:
    """A Japanese whole name in the family-name column (担当者: 鈴木 花子, also with an ideographic space) and
    none in the given-name one: family name first, given name after the space; its reading likewise."""
    for family, given in (("family_name_local", "given_name_local"), ("family_name_reading", "given_name_reading")):
        whole = values[family]
        if values[given] is None and is_japanese(whole):
            parts = str(whole).split(maxsplit=1)  # str.split takes U+3000 for a space
            if len(parts) == 2:
                values[family], values[given] = parts


def _choice_key(text: object) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip().casefold().replace(" ", "_").replace("-", "_")


@cache
def _choices(enum_cls) -> dict[str, str]:
    words = {member.value: member.value for member in enum_cls}
    words.update((_choice_key(word), value) for word, value in JAPANESE_CHOICES.get(enum_cls, {}).items())
    return words


def _choice(enum_cls, value: object, problem):
    found = _choices(enum_cls).get(_choice_key(value))
    if found is None:
        problem(refuse("not_choice", value=value, choices=", ".join(m.value for m in enum_cls)))
    return found


def _country(text: str, problem) -> str | None:
    code = country_code(text)
    if code is None:
        problem(refuse("not_country", value=text))
    return code
