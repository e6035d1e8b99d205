"""What a member or person is found by, and what it sorts by: computed from its column values.

Works on a mapping of column values, so the ORM events, bulk imports and the upgrade of an old
database compute exactly the same keys.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...i18n.collation import reading_or_text, stored_sort_key
from ..text import search_key
from .romanise import is_japanese, plain_romaji, romaji

Values = Mapping[str, object]


def _romanised(*texts: object) -> list[str]:
    """Hepburn and plain romaji of the first Japanese text given (the reading, else the name)."""
    for text in texts:
        if isinstance(text, str) and is_japanese(text):
            hepburn = romaji(text)
            # search_key drops the forms that come out the same (one word; no long vowel)
            return [hepburn, hepburn.replace(" ", ""), plain_romaji(hepburn)]
    return []


def _text(values: Values, key: str) -> str | None:
    value = values.get(key)
    return value if isinstance(value, str) and value else None


def member_search_key(v: Values) -> str:
    return search_key(_text(v, "name"), _text(v, "name_local"), _text(v, "name_reading"),
                      *_romanised(_text(v, "name_reading"), _text(v, "name_local")),
                      _text(v, "city"), _text(v, "city_local"), _text(v, "registration_no"), _text(v, "email"))


def person_search_key(v: Values) -> str:
    family, given = _text(v, "family_name_local"), _text(v, "given_name_local")
    family_reading, given_reading = _text(v, "family_name_reading"), _text(v, "given_name_reading")
    # Japanese and Chinese names are often typed without a space between the parts (黒瀬直宏).
    joined_local = "".join(p for p in (family, given) if p) if family and given else None
    joined_reading = " ".join(p for p in (family_reading, given_reading) if p) or None
    spoken = joined_reading or " ".join(p for p in (family, given) if p) or None
    return search_key(_text(v, "family_name"), _text(v, "given_name"), family, given, joined_local,
                      family_reading, given_reading, *_romanised(spoken), _text(v, "email"))


def member_sort_keys(v: Values) -> tuple[bytes, bytes]:
    name = _text(v, "name") or ""
    local = reading_or_text(_text(v, "name_local") or name, _text(v, "local_lang"), _text(v, "name_reading"))
    return stored_sort_key(name), stored_sort_key(local)


def person_sort_keys(v: Values) -> tuple[bytes, bytes]:
    latin = " ".join(p for p in (_text(v, "family_name"), _text(v, "given_name")) if p)
    reading = " ".join(p for p in (_text(v, "family_name_reading"), _text(v, "given_name_reading")) if p)
    local = " ".join(p for p in (_text(v, "family_name_local"), _text(v, "given_name_local")) if p)
    return stored_sort_key(latin), stored_sort_key(reading_or_text(local or latin, _text(v, "local_lang"),
                                                                   reading or None))


def member_derived(v: Values) -> dict[str, object]:
    """The columns a member's other values determine: search key and the two sort keys."""
    sort_name, sort_local = member_sort_keys(v)
    return {"search_key": member_search_key(v), "sort_name": sort_name, "sort_local": sort_local}


def person_derived(v: Values) -> dict[str, object]:
    sort_name, sort_local = person_sort_keys(v)
    return {"search_key": person_search_key(v), "sort_name": sort_name, "sort_local": sort_local}


DERIVED = {"member": member_derived, "person": person_derived}


def organisation_search_key(v: Values) -> str:
    return search_key(_text(v, "name"), _text(v, "name_local"), _text(v, "name_reading"), _text(v, "short_name"))
