"""Wall time + zone, computed commitment occurrences and date-driven states."""

from datetime import date, datetime, time

from chamberdesk.core.enums import AgreementStatus, Cadence, CommitmentStatus, OccurrenceStatus
from chamberdesk.core.localtime import combine, in_zone, resolve
from chamberdesk.core.model import Agreement, Commitment, Evidence
from chamberdesk.core.occurrences import add_months, occurrences, period_containing
from chamberdesk.core.states import AgreementState, agreement_state


def test_a_wall_time_keeps_its_zone():
    kochi = resolve(datetime(2026, 12, 3, 15, 30), "Asia/Kolkata")
    assert kochi.warning is None
    assert kochi.utc.isoformat() == "2026-12-03T10:00:00+00:00"
    assert in_zone(datetime(2026, 12, 3, 15, 30), "Asia/Kolkata", "Asia/Tokyo").strftime("%H:%M") == "19:00"


def test_a_time_in_a_daylight_saving_gap_moves_forward_with_a_warning():
    resolved = resolve(datetime(2026, 3, 29, 2, 30), "Europe/Brussels")
    assert resolved.instant.strftime("%H:%M %Z") == "03:30 CEST"
    assert "does not exist" in resolved.warning


def test_a_repeated_hour_takes_the_first_occurrence_with_a_warning():
    resolved = resolve(datetime(2026, 10, 25, 2, 30), "Europe/Brussels")
    assert resolved.instant.strftime("%H:%M %Z") == "02:30 CEST"
    assert "twice" in resolved.warning


def test_a_date_only_itinerary_item_has_no_instant():
    assert combine(date(2026, 12, 3), None, "Asia/Tokyo") is None
    assert combine(date(2026, 12, 3), time(9), "Asia/Tokyo").utcoffset().total_seconds() == 9 * 3600


def test_months_are_added_to_the_end_of_short_months():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)


def _half_yearly(evidence_periods=()):
    commitment = Commitment(id=1, description="Regular meeting", cadence=Cadence.MONTHLY, interval_months=6,
                            starts_on=date(2024, 10, 21), grace_days=14, status=CommitmentStatus.ACTIVE)
    commitment.evidence = [Evidence(period_start=p, meeting_id=1) for p in evidence_periods]
    return commitment


def test_occurrences_are_met_overdue_due_and_upcoming_by_date_and_evidence():
    commitment = _half_yearly([date(2024, 10, 21)])
    found = occurrences(commitment, date(2025, 11, 10), horizon_days=200)
    assert [(o.period_start, o.status) for o in found] == [
        (date(2024, 10, 21), OccurrenceStatus.MET),
        (date(2025, 4, 21), OccurrenceStatus.OVERDUE),
        (date(2025, 10, 21), OccurrenceStatus.DUE),
        (date(2026, 4, 21), OccurrenceStatus.UPCOMING),
    ]
    assert found[1].due_on == date(2025, 10, 20)


def test_grace_days_delay_overdue():
    found = occurrences(_half_yearly(), date(2025, 4, 30), horizon_days=0)
    assert found[0].status is OccurrenceStatus.DUE  # ended 20 April, 14 days of grace


def test_a_one_off_commitment_and_a_suspended_one():
    once = Commitment(id=2, description="Survey report", cadence=Cadence.ONCE, due_on=date(2025, 3, 31),
                      status=CommitmentStatus.ACTIVE, grace_days=0)
    once.evidence = []
    assert [o.status for o in occurrences(once, date(2025, 4, 2))] == [OccurrenceStatus.OVERDUE]
    once.status = CommitmentStatus.SUSPENDED
    assert occurrences(once, date(2025, 4, 2)) == []


def test_evidence_dated_inside_a_period_belongs_to_it():
    assert period_containing(_half_yearly(), date(2025, 6, 1)) == date(2025, 4, 21)


def test_agreement_state_follows_dates():
    mou = Agreement(title="MoU", status=AgreementStatus.SIGNED, signed_on=date(2014, 9, 1),
                    valid_from=date(2014, 9, 1), valid_until=date(2017, 8, 31), renewal_notice_days=90)
    assert agreement_state(mou, date(2016, 1, 1)) is AgreementState.IN_FORCE
    assert agreement_state(mou, date(2017, 7, 1)) is AgreementState.RENEWAL_DUE
    assert agreement_state(mou, date(2018, 1, 1)) is AgreementState.EXPIRED
