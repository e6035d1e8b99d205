"""Wall time + IANA zone → instant. The wall time is the truth; UTC is derived when needed.

A wall time in a daylight-saving gap moves forward by the gap; one in a repeated hour takes
the first occurrence. Both come back with a warning so the user can check the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Resolved:
    instant: datetime  # aware, in the given zone
    warning: str | None = None

    @property
    def utc(self) -> datetime:
        return self.instant.astimezone(UTC)


def resolve(local: datetime, tz: str) -> Resolved:
    zone = ZoneInfo(tz)
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return Resolved(first)
    round_trip = first.astimezone(UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != local:
        # In a gap: fold=0 uses the offset before the change, which lands after the gap.
        moved = first.astimezone(UTC).astimezone(zone)
        return Resolved(moved, f"{local:%Y-%m-%d %H:%M} does not exist in {tz} (clocks go forward); "
                               f"taken as {moved:%H:%M}")
    return Resolved(first, f"{local:%Y-%m-%d %H:%M} happens twice in {tz} (clocks go back); "
                           "taken as the first")


def combine(day: date, at: time | None, tz: str | None) -> datetime | None:
    """An itinerary item's start or end as an aware datetime, or None when it is date-only."""
    if at is None or tz is None:
        return None
    return resolve(datetime.combine(day, at), tz).instant


def in_zone(local: datetime, tz: str, other_tz: str) -> datetime:
    """The same instant as wall time in another zone (an agenda shown for the partner's side)."""
    return resolve(local, tz).instant.astimezone(ZoneInfo(other_tz))
