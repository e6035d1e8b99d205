"""i18n.formatting: what the interface shows for dates, zoned times, money and numbers (no Qt)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from chamberdesk.i18n.formatting import (country_name, format_date, format_date_range, format_datetime,
                                         format_days, format_money, format_number, zone_abbreviation)


def test_dates_in_english_and_japanese():
    assert format_date(date(2025, 5, 5), "en") == "May 5, 2025"
    assert format_date(date(2025, 5, 5), "ja") == "2025/05/05"
    assert format_date(date(2025, 5, 5), "ja", style="full") == "2025年5月5日月曜日"
    assert format_date(None, "en") == ""


def test_a_date_range_writes_shared_parts_once():
    assert format_date_range(date(2025, 5, 12), date(2025, 5, 18), "en") == "May 12\u2009\u2013\u200918, 2025"
    assert format_date_range(date(2025, 5, 12), date(2025, 5, 18), "ja") == "2025年5月12日～18日"


@pytest.mark.parametrize(("zone", "expected"), [
    ("Asia/Tokyo", "JST"), ("Asia/Kolkata", "IST"), ("Asia/Jakarta", "WIB"), ("Asia/Bangkok", "UTC+7"),
    ("Asia/Kathmandu", "UTC+5:45"), ("America/Sao_Paulo", "UTC−3")])
def test_zone_abbreviation_letters_or_offset(zone, expected):
    assert zone_abbreviation(datetime(2025, 5, 5, 10, tzinfo=ZoneInfo(zone))) == expected


def test_datetime_in_its_own_zone_with_the_zone_named():
    ten_in_tokyo = datetime(2025, 5, 5, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert format_datetime(ten_in_tokyo, "ja") == "2025/05/05 10:00 JST"
    assert format_datetime(ten_in_tokyo, "en").replace("\u202f", " ") == "May 5, 2025, 10:00 AM JST"


def test_money_from_minor_units():
    assert format_money(150000, "JPY", "en") == "¥150,000"
    assert format_money(150000, "INR", "en") == "₹1,500.00"
    assert format_money(1500000, "IDR", "en") == "IDR\u00a01,500,000"  # no sen in practice
    assert format_money(1500000, "IDR", "id") == "Rp\u00a01.500.000"
    assert format_money(None, "INR", "en") == ""


def test_numbers_days_and_countries_follow_the_locale():
    assert format_number(10000000, "en_IN") == "1,00,00,000"
    assert (format_days(1, "en"), format_days(-12, "en"), format_days(12, "ja")) == ("1 day", "12 days", "12日")
    assert (country_name("JP", "en"), country_name("IN", "ja"), country_name("XX", "en")) == (
        "Japan", "インド", "XX")
