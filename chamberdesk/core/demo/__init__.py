"""The demo data set behind ``chamberdesk demo``: the partners, agreements, meetings and delegations of
the seed documents and about 240 invented member SMEs, dated relative to today.

Loading is idempotent: every record has a uid derived from a stable key, a second load creates
nothing and a partially loaded database is completed. Everything new is created in one audited
operation ("demo.load").
"""

from __future__ import annotations

import time as clock
from dataclasses import dataclass, field
from datetime import date

from . import agreements, matching, meetings, members, mission_indonesia, mutual_visit, organisations, tour_kerala
from .loader import apply_plan, describe
from .plan import Plan
from .timeline import Timeline

__all__ = ["DemoResult", "build_plan", "load_demo"]


@dataclass(frozen=True)
class DemoResult:
    created: dict[str, int] = field(default_factory=dict)  # table name → records created
    seconds: float = 0.0

    @property
    def anything_new(self) -> bool:
        return bool(self.created)

    @property
    def total(self) -> int:
        return sum(self.created.values())

    def summary(self) -> str:
        """One line for the person who ran ``chamberdesk demo``."""
        if not self.anything_new:
            return "The demo data set is already loaded; nothing was added."
        return f"Demo data loaded in {self.seconds:.1f} s: " + ", ".join(describe(self.created)) + "."

    __str__ = summary


def build_plan(today: date) -> Plan:
    """Every record of the demo, in an order that creates what is referred to first."""
    timeline = Timeline(today)
    plan = Plan()
    orgs = organisations.build(plan)
    directory = members.build(plan, orgs)
    held = meetings.build(plan, timeline, orgs, directory)
    visit = mutual_visit.build(plan, timeline, orgs, directory)
    mission = mission_indonesia.build(plan, timeline, orgs, directory)
    tour_kerala.build(plan, timeline, orgs, directory)
    tokyo = matching.build(plan, timeline, orgs, directory)
    agreements.build(plan, today, orgs, agreements.Fulfilment(
        regular_meetings=tuple(zip(held.regular_held, timeline.regular_meetings_held)),
        next_regular_meeting=timeline.next_regular_meeting,
        questionnaire_agreed_at=timeline.regular_meetings_held[1],
        mutual_visit=(visit, timeline.mutual_visit_start), tokyo_matching=(tokyo, timeline.tokyo_matching_day),
        indonesian_mission=(mission, timeline.mission_start), thai_seminar=(held.thai_seminar, timeline.thai_seminar)))
    return plan


def load_demo(store, *, actor: str | None = None, today: date | None = None) -> DemoResult:
    """Create whatever part of the demo data set the database does not have yet."""
    started = clock.perf_counter()
    plan = build_plan(today or date.today())
    created = apply_plan(store, plan, actor=actor, summary="Demo data set (partners, members, meetings, "
                                                             "delegations and agreements)")
    return DemoResult(created, round(clock.perf_counter() - started, 2))
