"""Values typed as text (in an editor or a spreadsheet cell) → numbers, dates and amounts, or InvalidValue
(a ValueError) saying why not."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from .errors import InvalidValue
from .messages import Refusal, refuse
from .money import to_minor

_WHOLE = re.compile(r"^[+-]?\d{1,3}([,\s]\d{3})*$|^[+-]?\d+$")
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def whole_number(text: str) -> int:
    """'1,200' → 1200."""
    if not _WHOLE.match(text.strip()):
        raise InvalidValue(refuse("not_whole_number", value=text))
    return int(re.sub(r"[,\s]", "", text))


def iso_date(value: object) -> date:
    """A date (a spreadsheet's date and time: its day), or text as YYYY-MM-DD (also YYYY/MM/DD as Japanese
    offices write it)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value).strip())
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    raise InvalidValue(refuse("not_date", value=value))


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
