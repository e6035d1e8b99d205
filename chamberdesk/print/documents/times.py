"""Local times with their zone, as the documents print them (DESIGN.md: wall time + IANA zone)."""

from __future__ import annotations

from datetime import date, datetime, time

from ...core.localtime import combine
from ...i18n.formatting import format_date, format_datetime, format_time, zone_abbreviation


def span_text(start_day: date, start_at: time | None, start_tz: str | None, end_day: date | None,
              end_at: time | None, end_tz: str | None, lang: str) -> str:
    """"10:00 – 12:00 JST"; "01:10 IST → 17:45 JST" across zones; the end's date when it differs."""
    start = combine(start_day, start_at, start_tz)
    end = combine(end_day or start_day, end_at, end_tz)
    if start is None:
        return ""
    if end is None:
        return format_time(start, lang)
    same_zone = start.tzinfo == end.tzinfo or zone_abbreviation(start) == zone_abbreviation(end)
    if end.date() != start.date():
        return f"{format_time(start, lang)} → {format_datetime(end, lang)}"
    if same_zone:
        return f"{format_time(start, lang, with_zone=False)} – {format_time(end, lang)}"
    return f"{format_time(start, lang)} → {format_time(end, lang)}"


def moment_text(value: datetime, reference_day: date, lang: str, *, with_zone: bool = True) -> str:
    """A time in its zone, with its date only when that is not ``reference_day``."""
    clock = format_time(value, lang, with_zone=with_zone)
    if value.date() == reference_day:
        return clock
    return f"{clock} ({format_date(value.date(), lang, style='MMMd')})"
