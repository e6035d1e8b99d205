"""Language pairs, and which stored value a document prints in each of its languages.

DESIGN.md: a record keeps a Latin value and a local-script value with the local value's language.
A document printed in ``en,th`` takes the local values whose language is Thai and the Latin value
otherwise; a missing secondary value falls back to the Latin one, and the document then prints
that value once instead of twice, so the layout holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from ..i18n.names import PersonName, format_name, has_name_in
from .coverage import Origin
from .labels import label, label_origin
from .languages import LanguagePair
from .paragraph import Span


def record_origin(record, field: str) -> Origin:
    label = getattr(record, "name", None) or getattr(record, "title", None) or ""
    return Origin(record.__tablename__.replace("_", " "), record.id, str(label), field)


def value_in(record, field: str, lang: str, *, local_lang: str | None = None) -> Span | None:
    """``record.field`` as written in ``lang``: the ``field_local`` value when its language is
    ``lang`` (``local_lang`` overrides the record's own, for rows that take their parent's), else
    the Latin value. None when there is no value at all."""
    local_lang = local_lang or getattr(record, "local_lang", None)
    if lang != "en" and local_lang == lang:
        local = getattr(record, f"{field}_local", None)
        if local and local.strip():
            return Span(local.strip(), origin=record_origin(record, f"{field}_local"))
    latin = getattr(record, field, None)
    if latin is None or not str(latin).strip():
        return None
    return Span(str(latin).strip(), origin=record_origin(record, field))


def name_in(person: PersonName, lang: str, *, honorific: bool = False) -> Span:
    suffix = "_local" if has_name_in(person, lang) and lang not in ("en", "id") else ""
    fields = (f"family_name{suffix}", f"given_name{suffix}")
    origin = record_origin(person, "/".join(fields))
    parts = tuple((field, getattr(person, field) or "") for field in fields)
    return Span(format_name(person, lang, honorific=honorific), origin=replace(origin, parts=parts))


def distinct(spans: Iterable[Span | None]) -> list[Span]:
    """The values to print, in language order, each once (a fallback equal to the primary goes)."""
    seen: list[Span] = []
    for span in spans:
        if span is not None and all(span.text != other.text for other in seen):
            seen.append(span)
    return seen


def values_in(pair: LanguagePair, record, field: str, *, local_lang: str | None = None) -> list[Span]:
    return distinct(value_in(record, field, lang, local_lang=local_lang) for lang in pair.languages)


def names_in(pair: LanguagePair, person: PersonName, *, honorific: bool = False) -> list[Span]:
    """The name in the first language (the Latin name if need be), then in the second only when
    the person has a name written in it — the same name again with another honorific is no help."""
    return distinct(name_in(person, lang, honorific=honorific) for lang in pair.languages
                    if lang == pair.primary or has_name_in(person, lang))


def labels_in(pair: LanguagePair, key: str, **values: object) -> list[Span]:
    return distinct(Span(label(key, lang, **values), origin=label_origin(key)) for lang in pair.languages)


def labels_for(pair: LanguagePair, key: str, fill: Callable[[str], dict[str, object]]) -> list[Span]:
    """The label in each language, its fields written in that language too (a date, a country)."""
    return distinct(Span(label(key, lang, **fill(lang)), origin=label_origin(key)) for lang in pair.languages)
