"""Every date of the demo, relative to 'today', in one place.

The Indonesian mission is under way (it started three days ago), the Kerala study tour leaves in
six weeks, the last mutual visit and two regular meetings are in the past, the next regular
meeting is three weeks away: the dashboard then shows work done, due and overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Timeline:
    today: date

    def days(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    @property
    def mission_start(self) -> date:  # Indonesian MSME business mission, 7 days
        return self.days(-3)

    @property
    def tour_start(self) -> date:  # Kerala SME study tour to Japan, 7 days
        return self.days(42)

    @property
    def mutual_visit_start(self) -> date:  # ICOSA owners' visit to Kerala, 5 days
        return self.days(-200)

    @property
    def regular_meetings_held(self) -> tuple[date, date]:
        return self.days(-330), self.days(-150)

    @property
    def next_regular_meeting(self) -> date:
        return self.days(19)

    @property
    def board_meeting(self) -> date:
        return self.days(8)

    @property
    def thai_seminar(self) -> date:
        return self.days(-75)

    @property
    def tokyo_matching_day(self) -> date:  # day 3 of the Indonesian mission
        return self.mission_start + timedelta(days=2)

    @property
    def nagoya_matching_day(self) -> date:  # day 6 of the Kerala tour
        return self.tour_start + timedelta(days=5)
