"""Money is an integer amount in minor units plus an ISO 4217 code; never a float.

The minor unit is ISO 4217's, except where a currency's minor unit is not used in practice:
rupiah amounts are whole rupiah (ISO says 2 digits, nobody writes sen). Every reader and writer
of amounts — forms, imports, printing, the demo — uses ``minor_digits`` so they agree.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import get_currency_precision

MINOR_DIGITS_IN_PRACTICE = {"IDR": 0}


def minor_digits(currency: str) -> int:
    currency = currency.upper()
    return MINOR_DIGITS_IN_PRACTICE.get(currency, get_currency_precision(currency))


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def to_minor(amount: Decimal | str | int, currency: str) -> int:
    """A typed amount ("1,500.50" already cleaned to "1500.50") in minor units; refuses extra digits."""
    value = Decimal(str(amount)).scaleb(minor_digits(currency))
    if value != value.to_integral_value():
        raise ValueError(f"{amount} {currency.upper()} has more decimals than {currency.upper()} uses")
    return int(value)
