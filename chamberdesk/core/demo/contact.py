"""Phone numbers, e-mail addresses and web domains for invented people and companies."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers

COUNTRY_CODES = {"IN": "91", "JP": "81", "TH": "66", "ID": "62"}

# Length of the national significant number (without the trunk 0) of a landline, by area code.
_NATIONAL_LENGTH = {"IN": 10, "JP": 9, "TH": 8}


def _valid(e164: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(e164))


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def landline(rng: random.Random, country: str, area: str) -> str:
    """A valid E.164 landline in the area (Kochi 484, Tokyo 3, Bangkok 2, Jakarta 21 …)."""
    if country == "ID":
        length = len(area) + (8 if area == "21" else 7)
    else:
        length = _NATIONAL_LENGTH[country]
    while True:
        number = area + rng.choice("2345678") + _digits(rng, length - len(area) - 1)
        e164 = f"+{COUNTRY_CODES[country]}{number}"
        if _valid(e164):
            return e164


_MOBILE_PREFIXES = {
    "IN": ("98", "94", "97", "90", "88", "79", "70", "63"),
    "JP": ("90", "80", "70"),
    "TH": ("81", "86", "89", "92", "95", "61"),
    "ID": ("812", "813", "821", "822", "815", "817", "818", "857", "878"),
}
_MOBILE_LENGTH = {"IN": 10, "JP": 10, "TH": 9, "ID": 11}


def mobile(rng: random.Random, country: str) -> str:
    while True:
        prefix = rng.choice(_MOBILE_PREFIXES[country])
        e164 = f"+{COUNTRY_CODES[country]}{prefix}{_digits(rng, _MOBILE_LENGTH[country] - len(prefix))}"
        if _valid(e164):
            return e164


def ascii_words(text: str) -> list[str]:
    """Latin letters and digits of a name, accents removed, lower case, one entry per word."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", plain.lower())


def email_local(given: str | None, family: str, style: int) -> str:
    given_words, family_words = ascii_words(given or ""), ascii_words(family)
    # Balinese birth-order names ("I Wayan", "Ni Luh"): the mail name is the last given word.
    first = next((w for w in reversed(given_words) if len(w) > 2), given_words[0] if given_words else "")
    last = family_words[-1] if family_words else "office"
    if not first:
        return last
    return (f"{first}.{last}", f"{first[0]}.{last}", first, f"{last}.{first[0]}")[style % 4]
