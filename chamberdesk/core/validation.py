"""Field rules shared by every service: each returns a refusal (``core.messages``), or None when the value
is fine; the normalisations the faces (editors, imports) apply before checking and storing."""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from datetime import date
from functools import cache

from babel import Locale
from babel.numbers import list_currencies

from .errors import InvalidValue, Problem
from .messages import Refusal, refuse
from .occurrences import add_months

# Practical, not RFC 5322: one @, a dot in the domain, no spaces. What mail programs accept.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A scheme is letters before a colon that no port number follows (example.co.jp:8080 has none).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
_WEB_HOST = re.compile(r"^(?:https?://)?[^\s/?#:@]+\.[^\s/?#:@]+(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)
EARLIEST_MEMBERSHIP = date(1900, 1, 1)


@cache
def _known_territories() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


# Codes babel lists that name no language: undetermined, several, none, not coded.
_NOT_LANGUAGES = frozenset({"und", "mul", "zxx", "mis"})


@cache
def _known_languages() -> frozenset[str]:
    """ISO 639 codes of languages (ja, hi, ml, th, fil …), without regional variants (en_GB)."""
    return frozenset(code for code in Locale("en").languages
                     if code.isalpha() and code.islower() and code not in _NOT_LANGUAGES)


@cache
def _available_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def normalise_email(value: str) -> str:
    """Typed in full width on a Japanese keyboard (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) → taro@example.jp; the domain
    in lower case (INFO@ABC-SHOJI.CO.JP → INFO@abc-shoji.co.jp: domains know no case), and a name
    all in capitals too (info@…: typed with caps lock; a mixed-case Taro.Yamada stays as it is)."""
    value = value.strip()
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    name, at, domain = value.rpartition("@")
    if not at:
        return value
    return (name.lower() if name.isupper() else name) + at + domain.lower()


_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]+")


def normalise_local_text(value: str) -> str:
    """Half-width katakana (ｻｸﾗｺｳｷﾞｮｳ, from old systems and CSV exports) in full width (サクラコウギョウ),
    as names are printed and sorted; the rest of the text as it was typed."""
    if value.isascii():
        return value
    return _HALF_WIDTH_KANA.sub(lambda run: unicodedata.normalize("NFKC", run.group()), value)


EMAIL_FIELDS = ("email",)
READING_FIELDS = ("name_reading", "family_name_reading", "given_name_reading")
LOCAL_TEXT_FIELDS = ("name_local", "city_local", "address_local", "family_name_local", "given_name_local",
                     "title_local")


def normalise_typed_text(values: dict[str, object], country: str | None) -> None:
    """Text as every writer stores it, typed in an editor or read from a file: e-mails, readings and
    local names out of full or half width, postal codes without their mark (see each function)."""
    for names, normalise in ((EMAIL_FIELDS, normalise_email), (READING_FIELDS, normalise_reading),
                             (LOCAL_TEXT_FIELDS, normalise_local_text)):
        for name in names:
            if isinstance(values.get(name), str):
                values[name] = normalise(values[name])
    if isinstance(values.get("postal_code"), str):
        values["postal_code"] = normalise_postal_code(values["postal_code"], country)


_POSTAL_MARK = re.compile(r"^\s*[〒〶]\s*")
_JAPANESE_POSTAL = re.compile(r"(\d{3})[-\s]?(\d{4})")


def _in_japan(country: str | None) -> bool:
    return (country or "").upper() == "JP"


def normalise_postal_code(value: str, country: str | None) -> str:
    """A postal code without the postal mark (〒100-0001 → 100-0001), in half width; a Japanese one of
    seven digits with its hyphen (1500001 → 150-0001), as addresses print it."""
    text = _POSTAL_MARK.sub("", unicodedata.normalize("NFKC", value).strip()).strip()
    text = text.replace("\u2212", "-").replace("\u2010", "-").replace("\u30fc", "-")
    japanese = _JAPANESE_POSTAL.fullmatch(text) if _in_japan(country) else None
    return f"{japanese.group(1)}-{japanese.group(2)}" if japanese else text


def check_postal_code(value: str | None, country: str | None) -> Refusal | None:
    """A Japanese postal code is seven digits (100-0001); other countries' are taken as written."""
    if value and _in_japan(country) and not _JAPANESE_POSTAL.fullmatch(value):
        return refuse("not_postal_code", value=value)
    return None


_MOJIBAKE_MARKS = ("Ã", "Â", "â€", "ã")


def check_mixed_encoding(value: object) -> Refusal | None:
    """Text that reads right only as UTF-8 bytes taken for Windows-1252 (Café stored as CafÃ©): a file
    that mixes encodings, whichever one it was read in."""
    if not isinstance(value, str) or value.isascii() or not any(mark in value for mark in _MOJIBAKE_MARKS):
        return None
    try:
        meant = value.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return refuse("mixed_encoding", value=value, meant=meant) if meant != value else None


def normalise_reading(value: str) -> str:
    """A kana reading typed in half width (ｸﾛｾ) → クロセ: readings sort and print in full width."""
    return value if value.isascii() else unicodedata.normalize("NFKC", value)


def check_email(value: str | None) -> Refusal | None:
    if value and not _EMAIL.match(value):
        return refuse("not_email", value=value)
    return None


def check_website(value: str | None) -> Refusal | None:
    """http:// and https:// addresses, or a bare domain (example.co.jp): never javascript: or file:."""
    if not value:
        return None
    scheme = _SCHEME.match(value)
    if (scheme and scheme.group(1).lower() not in ("http", "https")) or not _WEB_HOST.match(value):
        return refuse("not_website", value=value)
    return None


def normalise_phone(value: str, default_region: str | None) -> str:
    """E.164, or InvalidValue (a ValueError) saying why not."""
    import phonenumbers  # (imported when a phone is checked: its metadata takes a fifth of a second)

    try:
        number = phonenumbers.parse(value, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        without_country = exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
        raise InvalidValue(refuse("phone_without_country" if without_country else "not_phone", value=value)) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue(refuse("phone_length", value=value))
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue(refuse("phone_invalid", value=value))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_country(value: str | None) -> Refusal | None:
    if value and value.upper() not in _known_territories():
        return refuse("not_country_code", value=value)
    return None


def check_language(value: str | None) -> Refusal | None:
    if value and value not in _known_languages():
        return refuse("not_language", value=value)
    return None


def check_currency(value: str | None) -> Refusal | None:
    if value and value.upper() not in list_currencies():
        return refuse("not_currency", value=value)
    return None


def check_zone(value: str | None) -> Refusal | None:
    if value and value not in _available_zones():
        return refuse("not_zone", value=value)
    return None


def check_year(value: int | None, *, earliest: int = 1600) -> Refusal | None:
    latest = date.today().year
    if value is not None and not (earliest <= value <= latest):
        return refuse("implausible_year", value=value, earliest=earliest, latest=latest)
    return None


def check_membership_date(value: date | None) -> Refusal | None:
    """Membership dates from 1900 to a year ahead: 1024-04-01 or 2206-04-01 is a typing error."""
    if value is None:
        return None
    latest = add_months(date.today(), 12)
    if not (EARLIEST_MEMBERSHIP <= value <= latest):
        return refuse("implausible_date", value=value.isoformat(), earliest=EARLIEST_MEMBERSHIP.isoformat(),
                      latest=latest.isoformat())
    return None


MOST_EMPLOYEES = 10_000_000  # the largest employers have about two million: more is a typing error


def check_count(value: int | None, *, most: int = MOST_EMPLOYEES) -> Refusal | None:
    if value is not None and value < 0:
        return refuse("negative", value=value)
    if value is not None and value > most:  # (and never a number too large for the database)
        return refuse("implausible_count", value=value, most=f"{most:,}")
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not tab, line feed, return


def check_one_line(value: object) -> Refusal | None:
    """A name, a city, an e-mail: no line break, tab or other control character (a stray quote in a
    CSV file joins the next lines into the cell)."""
    if isinstance(value, str) and _CONTROL.search(value):
        return refuse("line_break")
    return None


def check_text(value: object) -> Refusal | None:
    """Text of several lines (an address, notes): lines and tabs, but no other control character
    (a form feed or an escape pasted from another program cannot be printed or exported)."""
    found = CONTROL_IN_TEXT.search(value) if isinstance(value, str) else None
    return refuse("control_character", character=f"U+{ord(found.group()):04X}") if found else None


def check_required(value: object) -> Refusal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return refuse("required")
    return None


def collect(checks: dict[str, Refusal | None]) -> list[Problem]:
    return [Problem.of(field, refusal) for field, refusal in checks.items() if refusal]
