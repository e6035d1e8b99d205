"""How a person's name is written in each language: order of the parts and the honorific.

- Japanese: family name first, separated by a space, and 様 after the name (黒瀬 直宏 様); a
  person without a Japanese name keeps the Latin name, and 様 still follows it.
- English and Indonesian (Latin script): given name first (Anita Menon), unless the person's
  record says their name is written family name first (as the 2024 MoU writes "Dr. Kurose
  Naohiro", and as Japan asks for its names in English); the honorific before it: Mr./Ms./Dr. in
  English, Bapak/Ibu/Dr. in Indonesian.
- Hindi, Malayalam: given name first in Devanagari or Malayalam script, honorific before it
  (श्री / श्रीमती, ശ്രീ / ശ്രീമതി, डॉ. / ഡോ.).
- Thai: given name first; คุณ (or ดร.) is written against the given name (คุณสมชาย สุวรรณรัตน์).

The record stores one honorific as the person wrote it (Mr., Smt., Bapak, คุณ …); it is read as
a title kind (man, woman, doctor, professor) and written in the language of the document. A
language the person has no name in falls back to the Latin name, written as in English.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from ..core.enums import NameOrder


class Title(StrEnum):
    MAN = "man"
    WOMAN = "woman"
    DOCTOR = "doctor"
    PROFESSOR = "professor"


# What people type into the honorific field, folded (lower case, no dots or spaces).
_TITLE_WORDS = {
    Title.MAN: ("mr", "shri", "sri", "shree", "bapak", "pak", "bp", "herr", "m", "sig", "nai", "นาย",
                "श्री", "ശ്രീ", "さん", "殿", "氏"),
    Title.WOMAN: ("ms", "mrs", "miss", "smt", "shrimati", "kumari", "ibu", "bu", "frau", "mme", "mlle",
                  "nang", "nangsao", "นาง", "นางสาว", "श्रीमती", "सुश्री", "കുമാരി", "ശ്രീമതി"),
    Title.DOCTOR: ("dr", "doctor", "ดร", "डॉ", "ഡോ", "博士"),
    Title.PROFESSOR: ("prof", "professor", "ศ", "प्रो", "പ്രൊഫ", "教授"),
}
_TITLE_OF = {word: title for title, words in _TITLE_WORDS.items() for word in words}

# The honorific written before the name, per language and title kind.
_HONORIFICS = {
    "en": {Title.MAN: "Mr.", Title.WOMAN: "Ms.", Title.DOCTOR: "Dr.", Title.PROFESSOR: "Prof."},
    "id": {Title.MAN: "Bapak", Title.WOMAN: "Ibu", Title.DOCTOR: "Dr.", Title.PROFESSOR: "Prof."},
    "hi": {Title.MAN: "श्री", Title.WOMAN: "श्रीमती", Title.DOCTOR: "डॉ.", Title.PROFESSOR: "प्रो."},
    "ml": {Title.MAN: "ശ്രീ", Title.WOMAN: "ശ്രീമതി", Title.DOCTOR: "ഡോ.", Title.PROFESSOR: "പ്രൊഫ."},
    "th": {Title.MAN: "คุณ", Title.WOMAN: "คุณ", Title.DOCTOR: "ดร.", Title.PROFESSOR: "ศ."},
}
_JAPANESE_SUFFIX = "様"
_THAI_NEUTRAL = "คุณ"  # Thai addresses anyone so; no title needs to be known
_LATIN_LANGUAGES = ("en", "id")
_FAMILY_FIRST_LANGUAGES = ("ja", "zh", "ko")


class PersonName(Protocol):
    family_name: str
    given_name: str | None
    family_name_local: str | None
    given_name_local: str | None
    local_lang: str | None
    honorific: str | None


def title_of(honorific: str | None) -> Title | None:
    if not honorific:
        return None
    folded = honorific.strip().casefold().replace(".", "").replace(" ", "")
    return _TITLE_OF.get(folded)


def has_name_in(person: PersonName, lang: str) -> bool:
    """True when the person's name is written in ``lang`` itself, not in the Latin fallback."""
    if lang in _LATIN_LANGUAGES:
        return True
    return person.local_lang == lang and bool(person.family_name_local or person.given_name_local)


def format_name(person: PersonName, lang: str, *, honorific: bool = False) -> str:
    """The name as a reader of ``lang`` writes it; with ``honorific``, also how they address it."""
    if lang not in _LATIN_LANGUAGES and has_name_in(person, lang):
        family, given = person.family_name_local, person.given_name_local
        written_in = lang
    else:
        family, given = person.family_name, person.given_name
        written_in = "en" if lang not in _LATIN_LANGUAGES else lang
    family_first = written_in in _FAMILY_FIRST_LANGUAGES or (
        written_in in _LATIN_LANGUAGES and getattr(person, "name_order", None) == NameOrder.FAMILY_FIRST)
    parts = [family, given] if family_first else [given, family]
    name = " ".join(part.strip() for part in parts if part and part.strip())
    if not honorific:
        return name
    if lang == "ja":
        return f"{name} {_JAPANESE_SUFFIX}"
    return _with_honorific(name, person.honorific, written_in)


def _with_honorific(name: str, stored: str | None, lang: str) -> str:
    title = title_of(stored)
    if lang == "th":
        return f"{_HONORIFICS['th'][title] if title else _THAI_NEUTRAL}{name}"
    if title is None:
        # An honorific we cannot read (Hon., Sheikh …) stays as typed, in a Latin-script name only.
        return f"{stored.strip()} {name}" if stored and lang in _LATIN_LANGUAGES else name
    return f"{_HONORIFICS[lang][title]} {name}"
