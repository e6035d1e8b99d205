"""Dates, times with their zone, money and numbers as a reader of the given locale expects them (babel).

``lang`` is a UI language ("en", "ja") or any locale identifier babel knows ("en_IN", "th").
Empty values format as "" so callers can pass optional fields straight through.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.dates import format_interval, format_time as _babel_time, format_timedelta
from babel.numbers import format_currency, format_decimal, get_currency_symbol

from ..core.money import MINOR_DIGITS_IN_PRACTICE, minor_digits, to_decimal

FALLBACK_LOCALE = "en"


@cache
def babel_locale(lang: str | None) -> Locale:
    try:
        return Locale.parse((lang or FALLBACK_LOCALE).replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(FALLBACK_LOCALE)


def format_date(value: date | None, lang: str, *, style: str = "medium") -> str:
    """``style``: short, medium (the default: "May 5, 2025", "2025/05/05"), long, full (with weekday),
    or a CLDR pattern such as "MMM" (the month's short name) or "EEE" (the weekday's)."""
    if value is None:
        return ""
    return _thai_era(_babel_date(value, style, locale=babel_locale(lang)), lang, value.year)


def format_date_range(start: date, end: date | None, lang: str) -> str:
    """"May 12 – 18, 2025", "2025年5月12日～18日": the shared parts are written once."""
    if end is None or end == start:
        return format_date(start, lang)
    return _thai_era(format_interval(start, end, "yMMMd", locale=babel_locale(lang)), lang, start.year, end.year)


def format_open_date_range(start: date, lang: str, open_end: str) -> str:
    """A range without an end in the style of ``format_date_range``: "Oct 21, 2024 – open-ended",
    "2024年10月21日～期限なし" (the same date style and the locale's own range separator)."""
    locale = babel_locale(lang)
    begin = _thai_era(_babel_date(start, locale.datetime_skeletons.get("yMMMd", "medium"), locale=locale), lang,
                      start.year)
    return str(locale.interval_formats[None]).replace("{0}", begin).replace("{1}", open_end)


def _thai_era(text: str, lang: str | None, *years: int) -> str:
    """Thai dates count years in the Buddhist era (พ.ศ. = year + 543), which babel does not produce."""
    if babel_locale(lang).language != "th":
        return text
    for year in set(years):
        text = re.sub(rf"(?<!\d){year}(?!\d)", str(year + 543), text)
    return text.replace("ค.ศ.", "พ.ศ.")


def zone_abbreviation(value: datetime) -> str:
    """JST, IST, WIB, CEST … or UTC+7 where the zone has no letters (Asia/Bangkok's "+07")."""
    name = value.tzname() or ""
    if name and name[0] not in "+-":
        return name
    offset = value.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_time(value: datetime | None, lang: str, *, with_zone: bool = True) -> str:
    """Wall time in the value's own zone: "10:00 AM JST", "10:00 JST"."""
    if value is None:
        return ""
    text = _babel_time(value, "short", tzinfo=value.tzinfo, locale=babel_locale(lang))
    return f"{text} {zone_abbreviation(value)}" if with_zone and value.tzinfo else text


def format_datetime(value: datetime | None, lang: str, *, with_zone: bool = True) -> str:
    """Date and short time, in the value's own zone: "May 5, 2025, 10:00 AM JST", "2025/05/05 10:00 JST"."""
    if value is None:
        return ""
    locale = babel_locale(lang)
    day = format_date(value.date(), lang)
    clock = format_time(value, lang, with_zone=with_zone)
    return str(locale.datetime_formats["medium"]).format(clock, day)


def format_days(days: int, lang: str) -> str:
    """A count of days with the right plural: "1 day", "12 days", "12日"."""
    locale = babel_locale(lang)
    text = format_timedelta(timedelta(days=abs(days)), granularity="day", threshold=10_000, locale=locale)
    # CLDR writes "12 日"; Japanese and Chinese prose sets the number against the unit, and the
    # interface embeds this in phrases such as "12日超過".
    return text.replace(" ", "") if locale.language in ("ja", "zh") else text


def format_number(value: int | float | Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return format_decimal(value, locale=babel_locale(lang))


def format_money(minor: int | None, currency: str | None, lang: str) -> str:
    """An amount stored in minor units: (150000, "INR") → "₹1,500.00"; (1500, "JPY") → "¥1,500"."""
    if minor is None or not currency:
        return ""
    currency = currency.upper()
    locale = babel_locale(lang)
    amount = to_decimal(minor, currency)
    if currency not in MINOR_DIGITS_IN_PRACTICE:
        text = format_currency(amount, currency, locale=locale)
    else:
        shown = minor_digits(currency)
        pattern = locale.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace(".00", "." + "0" * shown if shown else "")
        text = format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    return _space_after_letter_symbol(text, get_currency_symbol(currency, locale=locale))


def _space_after_letter_symbol(text: str, symbol: str) -> str:
    # CLDR's currency spacing (which babel leaves out): "IDR 1,500", not "IDR1,500".
    sign, body = (text[0], text[1:]) if text[:1] in "-\u2212" else ("", text)
    if symbol and symbol[-1].isalpha() and body.startswith(symbol) and body[len(symbol):][:1].isdigit():
        return f"{sign}{symbol}\u00a0{body[len(symbol):]}"
    return text


def country_name(code: str | None, lang: str) -> str:
    """"JP" → "Japan" / "日本"; an unknown code comes back as it is."""
    if not code:
        return ""
    return babel_locale(lang).territories.get(code.upper(), code)


def format_phone(value: str | None) -> str:
    """A stored E.164 number as people write it internationally: "+91 484 231 6403"."""
    import phonenumbers  # (imported when a phone is shown: its metadata takes a fifth of a second)

    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
