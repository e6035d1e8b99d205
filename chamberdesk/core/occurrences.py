"""Commitment occurrences and their status: computed here once for the dashboard, reports and GUI."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from .enums import Cadence, CommitmentStatus, OccurrenceStatus
from .model import Commitment, Evidence

UPCOMING_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Occurrence:
    commitment_id: int
    period_start: date
    period_end: date  # inclusive; the occurrence is due by this day
    status: OccurrenceStatus
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @property
    def due_on(self) -> date:
        return self.period_end


def add_months(day: date, months: int) -> date:
    """Same day N months later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _periods(commitment: Commitment, until: date) -> list[tuple[date, date]]:
    if commitment.cadence is Cadence.ONCE:
        due = commitment.due_on
        start = commitment.starts_on or due
        return [(start, due)]
    step = 12 if commitment.cadence is Cadence.YEARLY else (commitment.interval_months or 1)
    last = min(until, commitment.ends_on) if commitment.ends_on else until
    periods, start = [], commitment.starts_on
    while start <= last:
        following = add_months(commitment.starts_on, step * (len(periods) + 1))
        periods.append((start, following - timedelta(days=1)))
        start = following
    return periods


def occurrences(commitment: Commitment, today: date, *, horizon_days: int = 365) -> list[Occurrence]:
    """Every period from the first to the one that contains today + horizon, with its status.

    A period with evidence is met; one whose end (plus grace) has passed is overdue; the period
    that contains today, or ends within the upcoming window, is due; later ones are upcoming.
    """
    if commitment.status in (CommitmentStatus.CANCELLED, CommitmentStatus.SUSPENDED):
        return []
    evidence_by_period: dict[date, list[Evidence]] = {}
    for item in commitment.evidence:
        evidence_by_period.setdefault(item.period_start, []).append(item)
    result = []
    for start, end in _periods(commitment, today + timedelta(days=horizon_days)):
        found = tuple(evidence_by_period.get(start, ()))
        if found or commitment.status is CommitmentStatus.FULFILLED:
            status = OccurrenceStatus.MET
        elif end + timedelta(days=commitment.grace_days) < today:
            status = OccurrenceStatus.OVERDUE
        elif start <= today or (end - today).days <= UPCOMING_WINDOW_DAYS:
            status = OccurrenceStatus.DUE
        else:
            status = OccurrenceStatus.UPCOMING
        result.append(Occurrence(commitment.id, start, end, status, found))
    return result


def period_containing(commitment: Commitment, day: date) -> date | None:
    """The start of the period a piece of evidence dated ``day`` belongs to."""
    for start, end in _periods(commitment, day):
        if start <= day <= end:
            return start
    return None
