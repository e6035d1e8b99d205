"""Values typed as text (in an editor or a spreadsheet cell) → numbers, dates and amounts, or InvalidValue
(a ValueError) saying why not."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from .errors import InvalidValue
from .messages import Refusal, refuse
from .money import to_minor

_WHOLE = re.compile(r"^[+-]?\d{1,3}([,\s]\d{3})*$|^[+-]?\d+$")
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


_COUNTER = re.compile(r"^約\s*|\s*(名|人)$")  # 約120名, 120人: how Japanese lists count staff
# Japanese eras by their first year (元年 is the first, 平成2年 is 1990), also by their letter (H2).
_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
         "M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
_ERA = r"(明治|大正|昭和|平成|令和|[MTSHRmtshr]\.?)\s*(元|\d{1,2})"
_ERA_YEAR = re.compile(rf"^{_ERA}\s*年?$")
_KANJI_DATE = re.compile(rf"^(?:{_ERA}|(\d{{4}}))\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日$")  # 令和6年4月1日
_ERA_DATE = re.compile(rf"^{_ERA}[./-](\d{{1,2}})[./-](\d{{1,2}})$")  # R6.4.1, H31/4/30
_WESTERN = re.compile(r"^西暦\s*")  # 西暦1990年: 'of the western calendar'


def whole_number(text: str) -> int:
    """'1,200' → 1200; also with a Japanese counter (120名, 120人) or in full width."""
    plain = _COUNTER.sub("", unicodedata.normalize("NFKC", text).strip())
    if not _WHOLE.match(plain):
        raise InvalidValue(refuse("not_whole_number", value=text))
    return int(re.sub(r"[,\s]", "", plain))


def _era_year(era: str, year: str) -> int:
    return _ERAS[era.rstrip(".").upper()] + (1 if year == "元" else int(year)) - 1  # (upper: h2 is H2)


def year(text: str) -> int:
    """A year as written: 1990, 1990年, or in a Japanese era (平成2年 → 1990, 令和元年 → 2019)."""
    plain = _WESTERN.sub("", unicodedata.normalize("NFKC", text).strip())
    era = _ERA_YEAR.match(plain)
    if era:
        return _era_year(*era.groups())
    try:
        return whole_number(plain.removesuffix("年"))
    except InvalidValue:
        raise InvalidValue(refuse("not_whole_number", value=text)) from None


def iso_date(value: object) -> date:
    """A date (a spreadsheet's date and time: its day), or text as YYYY-MM-DD (also YYYY/MM/DD as Japanese
    offices write it, and 2024年4月1日 or 令和6年4月1日)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    plain = _WESTERN.sub("", unicodedata.normalize("NFKC", str(value)).strip())
    try:
        found = _date_written(plain)
    except ValueError:  # a month or day that does not exist
        found = None
    if found is None:
        raise InvalidValue(refuse("not_date", value=value))
    return found


def _date_written(plain: str) -> date | None:
    """The date text states (2024-04-01, 2024年4月1日, 令和6年4月1日, R6.4.1), or None."""
    if match := _DATE.match(plain):
        return date(*(int(part) for part in match.groups()))
    if match := _KANJI_DATE.match(plain):
        era, era_year, western, month, day = match.groups()
        return date(_era_year(era, era_year) if era else int(western), int(month), int(day))
    if match := _ERA_DATE.match(plain):
        era, era_year, month, day = match.groups()
        return date(_era_year(era, era_year), int(month), int(day))
    return None


LARGEST_AMOUNT = 10 ** 12
_DECIMAL_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+,\d+$|^\d+,\d{1,2}$")  # 1.234,56 · 1234,5


def amount(text: str) -> Decimal:
    """'12,000.50' → Decimal('12000.50'); refuses text that is no number, and says so when a comma
    is a decimal comma (1.234,56 in Europe and Indonesia), which would otherwise read as thousands."""
    if _DECIMAL_COMMA.match(text.strip()):
        raise InvalidValue(refuse("decimal_comma", value=text,
                                  written=text.strip().replace(".", "").replace(",", ".")))
    try:
        number = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise InvalidValue(refuse("not_amount", value=text))
    if abs(number) >= LARGEST_AMOUNT:  # a typing error, and in minor units past what the database holds
        raise InvalidValue(refuse("implausible_amount", value=text, limit=f"{LARGEST_AMOUNT:,}"))
    return number


def amount_in_minor_units(text: str, currency: str) -> int:
    """'12,000.50' INR → 1200050; refuses text that is no number and more decimals than the currency has."""
    number = amount(text)
    try:
        return to_minor(number, currency)
    except ValueError:
        raise InvalidValue(refuse("too_many_decimals", value=text, currency=currency.upper())) from None


def read_dues(text: str | None, currency: str | None) -> tuple[int | None, list[tuple[str, Refusal]]]:
    """Yearly dues as typed (editor) or read (import): minor units, or what is wrong, by field. An
    amount without a currency is refused for the currency, and for itself too if it is no number."""
    if not text:
        return None, []
    if not currency:
        refused = [("dues_currency", refuse("dues_without_currency"))]
        try:
            amount(text)
        except InvalidValue as exc:
            refused.append(("dues_amount", exc.refusal))
        return None, refused
    try:
        return amount_in_minor_units(text, currency), []
    except InvalidValue as exc:
        return None, [("dues_amount", exc.refusal)]
