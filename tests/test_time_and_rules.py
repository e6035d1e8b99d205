"""Wall time + zone, computed commitment occurrences, date-driven states and the field rules."""

from datetime import date, datetime, time

import pytest

from chamberdesk.core.enums import AgreementStatus, Cadence, CommitmentStatus, OccurrenceStatus
from chamberdesk.core.errors import InvalidValue, Problem
from chamberdesk.core.localtime import combine, in_zone, resolve
from chamberdesk.core.messages import refuse
from chamberdesk.core.model import Agreement, Commitment, Evidence
from chamberdesk.core.occurrences import add_months, occurrences, period_containing
from chamberdesk.core.rules import meeting_rules, member_rules, person_rules
from chamberdesk.core.states import AgreementState, agreement_state
from chamberdesk.core.typed_values import amount_in_minor_units, iso_date
from chamberdesk.core.validation import normalise_email, normalise_phone


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


def test_member_rules_refuse_implausible_membership_dates_negative_dues_and_unsafe_websites():
    today = date.today()
    refused = member_rules({"name": "Kochi Coir", "country": "IN", "member_since": date(1899, 12, 31),
                            "member_until": add_months(today, 13), "dues_minor": -500, "dues_currency": "INR",
                            "website": "javascript:alert(1)"})
    assert {(p.field, p.code) for p in refused} == {("member_since", "implausible_date"),
                                                   ("member_until", "implausible_date"),
                                                   ("dues_amount", "negative_amount"), ("website", "not_website")}
    assert member_rules({"name": "Kochi Coir", "country": "IN", "member_since": date(1900, 1, 1),
                         "member_until": add_months(today, 12), "dues_minor": 0, "dues_currency": "INR",
                         "website": "example.co.jp"}) == []
    for website in ("https://coir.example.in/about?x=1", "http://coir.example.in:8080", "www.coir.in/en"):
        assert member_rules({"name": "Kochi Coir", "country": "IN", "website": website}) == [], website
    for website in ("mailto:info@coir.in", "file:///etc/passwd", "https://", "coir", "two words.in"):
        assert [p.code for p in member_rules({"name": "K", "country": "IN", "website": website})] == ["not_website"]


def test_a_problem_says_what_it_said_in_english_and_carries_its_code_and_values():
    [problem] = person_rules({"family_name": "Nair", "email": "anil(at)coir.in"})
    assert (problem.code, dict(problem.params)) == ("not_email", {"value": "anil(at)coir.in"})
    located = Problem.of("email", problem.refusal, 7, "partners.csv")
    assert str(located) == ("partners.csv, row 7, field 'email': 'anil(at)coir.in' is not an e-mail address "
                            "(expected name@domain.tld)")
    assert str(Problem("name", "is required")) == "field 'name': is required"  # made without a code, as before
    with pytest.raises(KeyError):
        refuse("no_such_message")


def test_phone_numbers_that_cannot_exist_are_refused_with_the_reason():
    assert normalise_phone("06-6123-4567", "JP") == "+81661234567"
    for number, region, code in (("03-0123-4567", "JP", "phone_invalid"), ("12", "JP", "phone_length"),
                                 ("06-6123-4567", None, "phone_without_country"), ("call me", "JP", "not_phone")):
        with pytest.raises(InvalidValue) as refused:
            normalise_phone(number, region)
        assert (refused.value.refusal.code, refused.value.refusal.params) == (code, {"value": number}), number
        assert isinstance(refused.value, ValueError) and number in str(refused.value)


def test_typed_values_are_read_or_refused_with_a_code():
    assert normalise_email(" ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ") == "taro@example.jp"
    assert iso_date(datetime(2024, 4, 1, 9, 30)) == date(2024, 4, 1)  # a spreadsheet's date with a time
    assert amount_in_minor_units("12,000.50", "inr") == 1200050
    for text, currency, code in (("12.5", "JPY", "too_many_decimals"), ("lots", "INR", "not_amount"),
                                 ("NaN", "INR", "not_amount")):
        with pytest.raises(InvalidValue) as refused:
            amount_in_minor_units(text, currency)
        assert refused.value.refusal.code == code


def test_language_codes_of_members_persons_and_other_records_must_be_languages():
    assert [(p.field, p.code, dict(p.params)) for p in member_rules({"name": "K", "country": "JP", "local_lang": "zz"})
            ] == [("local_lang", "not_language", {"value": "zz"})]
    refused = person_rules({"family_name": "Sato", "local_lang": "und", "preferred_lang": "xx"})
    assert {(p.field, p.code) for p in refused} == {("local_lang", "not_language"), ("preferred_lang", "not_language")}
    assert [p.field for p in meeting_rules({"title": "T", "tz": "Asia/Tokyo", "starts_local": datetime(2026, 1, 5, 9),
                                            "local_lang": "en_GB"})] == ["local_lang"]
    for language in ("ja", "hi", "ml", "th", "id", "ta", "en", "fil", None, ""):
        assert person_rules({"family_name": "Sato", "local_lang": language, "preferred_lang": language}) == []
