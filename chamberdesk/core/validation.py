"""Field rules shared by every service: each returns a message, or None when the value is fine."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date
from functools import cache

import phonenumbers
from babel import Locale
from babel.numbers import list_currencies

from .errors import Problem

# Practical, not RFC 5322: one @, a dot in the domain, no spaces. What mail programs accept.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@cache
def _known_territories() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@cache
def _available_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def check_email(value: str | None) -> str | None:
    if value and not _EMAIL.match(value):
        return f"'{value}' is not an e-mail address (expected name@domain.tld)"
    return None


def normalise_phone(value: str, default_region: str | None) -> str:
    """E.164, or ValueError with a readable reason."""
    try:
        number = phonenumbers.parse(value, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"'{value}' is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"'{value}' does not have the length of a phone number in that country")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_country(value: str | None) -> str | None:
    if value and value.upper() not in _known_territories():
        return f"'{value}' is not a country code (two letters, ISO 3166, e.g. IN, JP, TH, ID)"
    return None


def check_currency(value: str | None) -> str | None:
    if value and value.upper() not in list_currencies():
        return f"'{value}' is not a currency code (ISO 4217, e.g. INR, JPY, THB, IDR)"
    return None


def check_zone(value: str | None) -> str | None:
    if value and value not in _available_zones():
        return f"'{value}' is not a time zone (IANA name, e.g. Asia/Tokyo, Asia/Kolkata)"
    return None


def check_year(value: int | None, *, earliest: int = 1600) -> str | None:
    if value is not None and not (earliest <= value <= date.today().year):
        return f"{value} is not a plausible year (between {earliest} and {date.today().year})"
    return None


def check_count(value: int | None) -> str | None:
    if value is not None and value < 0:
        return f"{value} cannot be negative"
    return None


def check_required(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is required"
    return None


def collect(checks: dict[str, str | None]) -> list[Problem]:
    return [Problem(field, message) for field, message in checks.items() if message]
