"""Headers, banners, presenters and zones as a reader expects them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from chamberdesk.core.model import Delegation, Meeting
from chamberdesk.i18n.formatting import zone_abbreviation
from chamberdesk.print.documents import DELEGATION, MEETING, Target

from .conftest import pdftotext, render


def _id(store, model, part: str) -> int:
    with store.read() as session:
        return session.scalar(select(model.id).where(model.title.contains(part)).order_by(model.id.desc()))


def test_zones_without_letters_in_tzdata_or_cldr_print_as_utc_offsets():
    # Decided: CLDR gives Singapore and Bangkok no short name (only "Singapore Time"), so they
    # print as UTC+8 / UTC+7 beside JST and IST rather than an abbreviation we make up.
    at = datetime(2026, 11, 20, 10, 0)
    assert zone_abbreviation(at.replace(tzinfo=ZoneInfo("Asia/Singapore"))) == "UTC+8"
    assert zone_abbreviation(at.replace(tzinfo=ZoneInfo("Asia/Bangkok"))) == "UTC+7"
    assert zone_abbreviation(at.replace(tzinfo=ZoneInfo("Asia/Tokyo"))) == "JST"
    assert zone_abbreviation(at.replace(tzinfo=ZoneInfo("Asia/Kolkata"))) == "IST"


def test_hotel_and_flight_tables_have_their_own_column_heads(demo_db, tmp_path):
    record = _id(demo_db, Delegation, "Kerala SME Study Tour")
    path, _result = render(demo_db, "itinerary", Target(DELEGATION, record), "en,ja", tmp_path)
    lines = pdftotext(path).splitlines()
    hotels = lines.index("Hotels")
    assert lines[hotels + 2:hotels + 4] == ["Hotel and address", "ホテル・住所"]
    flights = lines.index("Flights")
    assert lines[flights + 2:flights + 4] == ["Flight and route", "便名・区間"]


def test_a_badge_banner_shrinks_to_one_line_instead_of_breaking_a_hyphenated_word(demo_db, tmp_path):
    record = _id(demo_db, Meeting, "J-GoodTech")
    path, _result = render(demo_db, "badges", Target(MEETING, record), "en,th", tmp_path)
    text = pdftotext(path)
    assert "J-\nGoodTech" not in text
    assert "Japan–Thailand SME Business Matching Seminar: J-GoodTech · สัมมนาการจับคู่ธุรกิจ" in text


def test_the_agenda_keeps_a_japanese_organisation_name_on_one_line(demo_db, tmp_path):
    for meeting in ("Regular Meeting", "Business Matching"):
        record = _id(demo_db, Meeting, meeting)
        path, _result = render(demo_db, "agenda", Target(MEETING, record), "ja,en", tmp_path)
        text = pdftotext(path)
        assert "印日商工会議\n" not in text
