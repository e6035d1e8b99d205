"""The demo data set: loads once, is idempotent, completes a partial load, and looks like the seeds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload

import chamberdesk.core.demo as demo_package
from chamberdesk.core.base import Base
from chamberdesk.core.demo import build_plan, load_demo
from chamberdesk.core.demo.identifiers import corporate_check_digit
from chamberdesk.core.enums import (ActionStatus, DelegationKind, Direction, ItineraryKind, MatchStatus, MeetingKind, MeetingStatus,
                                    NameOrder, OccurrenceStatus, Rsvp, SelectionStatus)
from chamberdesk.core.model import (ActionItem, Agreement, AuditEntry, AuditOperation, Clause, Commitment,
                                    Delegation, Evidence, Expense, Flight, ItineraryItem, Match, Meeting, Member,
                                    MemberTag, Organisation, Participant, Person)
from chamberdesk.core.occurrences import occurrences
from chamberdesk.core.states import AgreementState, DelegationState, agreement_state, delegation_state
from chamberdesk.core.validation import check_country, check_currency, check_email, check_zone, normalise_phone
from chamberdesk.store import open_store

TODAY = date(2026, 11, 21)


def _counts(store) -> dict[str, int]:
    with store.read() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo") / "x.sqlite")
    store.first_result = load_demo(store, actor="tester", today=TODAY)
    yield store
    store.dispose()


@pytest.fixture
def session(store):
    with store.read() as session:
        yield session


def test_first_load_creates_everything_in_one_audited_operation(store, session):
    result = store.first_result
    assert result.anything_new
    assert result.created["member"] >= 200
    operations = session.scalars(select(AuditOperation)).all()
    assert [(o.action, o.actor) for o in operations] == [("demo.load", "tester")]
    entries = session.scalar(select(func.count()).select_from(AuditEntry))
    assert entries >= result.total  # one create per record, plus the room-mate links


def test_second_load_creates_nothing(store):
    before = _counts(store)
    again = load_demo(store, today=TODAY)
    assert not again.anything_new and again.created == {}
    assert "nothing was added" in again.summary()
    assert _counts(store) == before  # not even an empty audit operation


def test_a_later_day_adds_nothing_either(store):
    before = _counts(store)
    assert not load_demo(store, today=TODAY + timedelta(days=40)).anything_new
    assert _counts(store) == before


def test_partial_load_is_completed(tmp_path):
    store = open_store(tmp_path / "x.sqlite")
    try:
        load_demo(store, today=TODAY)
        complete = _counts(store)
        with store.session() as session, session.begin():
            member_id = session.scalar(select(Member.id).where(Member.country == "TH").limit(1))
            tag_count = session.scalar(select(func.count()).where(MemberTag.member_id == member_id))
            session.execute(delete(Match))
            session.execute(delete(MemberTag).where(MemberTag.member_id == member_id))
            session.execute(delete(Evidence))
        result = load_demo(store, today=TODAY)
        assert result.created == {"match": complete["match"], "member_tag": tag_count,
                                  "evidence": complete["evidence"]}
        after = _counts(store)
        assert {k: v for k, v in after.items() if not k.startswith("audit")} == \
               {k: v for k, v in complete.items() if not k.startswith("audit")}
    finally:
        store.dispose()


def test_existing_own_organisation_is_kept_and_partners_are_reused(tmp_path):
    store = open_store(tmp_path / "x.sqlite")
    try:
        with store.session() as session, session.begin():
            session.add_all([Organisation(name="Our Chamber", country="IN", is_ours=True),
                             Organisation(name="SMRJ (entered by hand)", short_name="SMRJ", country="JP")])
        result = load_demo(store, today=TODAY)
        assert result.created["organisation"] == 6
        with store.read() as session:
            ours = session.scalars(select(Organisation.name).where(Organisation.is_ours)).all()
            smrj = session.scalar(select(Organisation).where(Organisation.short_name == "SMRJ"))
            mission = session.scalar(select(Delegation).where(Delegation.kind == DelegationKind.TRADE_MISSION))
        assert ours == ["Our Chamber"] and mission.host_organisation_id == smrj.id
    finally:
        store.dispose()


@pytest.mark.parametrize("today", [date(2024, 11, 1), date(2030, 2, 28)])
def test_loads_for_any_today(tmp_path, today):
    store = open_store(tmp_path / "x.sqlite")
    try:
        assert load_demo(store, today=today).created["delegation"] == 3
    finally:
        store.dispose()


def test_plan_is_deterministic_and_members_do_not_depend_on_today():
    def snapshot(today):
        return [(s.key, s.model.__name__, repr(sorted(s.values.items(), key=lambda kv: kv[0])))
                for s in build_plan(today).specs]

    first, second = snapshot(TODAY), snapshot(TODAY)
    assert first == second
    later = snapshot(TODAY + timedelta(days=100))

    def directory(rows):  # passports are dated from today so that they stay valid
        return [row for row in rows if row[0].startswith(("member:", "person:member:")) and row[1] != "Passport"]

    assert directory(first) == directory(later)


def test_core_demo_has_no_qt():
    for source in Path(demo_package.__file__).parent.glob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source.name


# --- organisations and agreements --------------------------------------------------------------

def test_partner_organisations(session):
    orgs = {o.short_name: o for o in session.scalars(select(Organisation))}
    assert set(orgs) >= {"INJACK", "ICOSA", "SMRJ", "DIP", "Kemenkop UKM", "EU-Japan Centre", "MoMSME"}
    assert orgs["INJACK"].is_ours and sum(o.is_ours for o in orgs.values()) == 1
    assert (orgs["INJACK"].name_local, orgs["INJACK"].local_lang) == ("印日商工会議所ケララ", "ja")
    assert orgs["ICOSA"].name_local == "アジア中小企業協力機構"
    assert orgs["SMRJ"].name_local == "独立行政法人中小企業基盤整備機構"
    assert orgs["DIP"].name_local == "กรมส่งเสริมอุตสาหกรรม"
    assert (orgs["Kemenkop UKM"].name, orgs["Kemenkop UKM"].local_lang) == ("Ministry of Cooperatives and SMEs", "id")
    assert orgs["Kemenkop UKM"].name_local == "Kementerian Koperasi dan Usaha Kecil dan Menengah"
    assert orgs["EU-Japan Centre"].name_local == "日欧産業協力センター"
    assert (orgs["MoMSME"].name_local, orgs["MoMSME"].local_lang) == ("सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय", "hi")
    kurose = session.scalar(select(Person).where(Person.family_name == "Kurose"))
    assert (kurose.family_name_local, kurose.given_name_local) == ("黒瀬", "直宏")
    assert (kurose.family_name_reading, kurose.given_name_reading) == ("くろせ", "なおひろ")
    assert kurose.name_order is NameOrder.FAMILY_FIRST and kurose.organisation_id == orgs["ICOSA"].id
    assert session.scalar(select(Person).where(Person.family_name == "Jacob", Person.given_name == "Viju")) \
        .organisation_id == orgs["INJACK"].id
    assert session.scalar(select(Person).where(Person.family_name == "Takada")).title == "Chairman"


def test_injack_icosa_agreement_clauses_and_commitments(session):
    agreement = session.scalar(select(Agreement).where(Agreement.reference == "INJACK-ICOSA-2024"))
    assert agreement.title == "AGREEMENT ON COOPERATION FOR SMEs IN ASIA"
    assert agreement.title_local == "アジアの中小企業協力に関する覚書"
    assert agreement.signed_on == date(2024, 10, 21)
    assert [(p.organisation.short_name, p.signatory_name, p.signatory_title_local) for p in agreement.parties] == [
        ("INJACK", "Dr. Viju Jacob", "会頭"), ("ICOSA", "Dr. Kurose Naohiro", "理事長")]
    clauses = agreement.clauses
    assert [c.number for c in clauses] == [1, 2, 3]
    assert clauses[0].heading == "Providing learning place for the owners of SMEs"
    assert clauses[0].heading_local == "中小企業経営者に学習の機会を提供する。"
    assert clauses[0].body.endswith("organize regular meetings and mutual visits for the owners of SMEs in Asia to "
                                    "learn together.")
    assert "INJACK と ICOSA は両国を含むアジアの中小企業経営者が定期的に会合し" in clauses[0].body_local
    assert clauses[1].body_local.startswith("INJACK と ICOSA は互いに協力し、")
    assert clauses[2].heading_local == "各国中小企業の課題や政策を調査研究し、関係者や政府等へ改善策を提言する。"
    assert all(c.commitments for c in clauses)
    regular = session.scalar(select(Commitment).where(Commitment.description.like("%regular meeting%")))
    assert (regular.cadence.value, regular.interval_months) == ("monthly", 6)
    assert all(e.meeting_id is not None for e in regular.evidence) and len(regular.evidence) == 2


def test_commitments_show_met_due_and_overdue(session):
    statuses = Counter()
    commitments = session.scalars(select(Commitment).options(selectinload(Commitment.evidence))).all()
    for commitment in commitments:
        statuses.update(o.status for o in occurrences(commitment, TODAY))
    assert {OccurrenceStatus.MET, OccurrenceStatus.DUE, OccurrenceStatus.OVERDUE} <= set(statuses)
    evidence = session.scalars(select(Evidence)).all()
    assert any(e.meeting_id for e in evidence) and any(e.delegation_id for e in evidence)


def test_smrj_dip_renewal_and_kemenkop_mou(session):
    by_reference = {a.reference: a for a in session.scalars(select(Agreement))}
    first, renewal = by_reference["SMRJ-DIP-2014"], by_reference["SMRJ-DIP-RENEWAL"]
    assert (first.signed_on.year, first.signed_on.month) == (2014, 9)
    assert renewal.renews_id == first.id and renewal.valid_until > TODAY
    assert agreement_state(renewal, TODAY) in (AgreementState.IN_FORCE, AgreementState.RENEWAL_DUE)
    kemenkop = by_reference["KUKM-SMRJ-2023"]
    assert (kemenkop.signed_on, kemenkop.signed_place) == (date(2023, 7, 31), "Tokyo")
    assert {p.organisation.short_name for p in kemenkop.parties} == {"Kemenkop UKM", "SMRJ"}


# --- members and persons -----------------------------------------------------------------------

def test_members_are_many_varied_and_well_formed(session):
    members = session.scalars(select(Member).options(selectinload(Member.persons), selectinload(Member.tags))).all()
    assert len(members) >= 200
    by_country = Counter(m.country for m in members)
    assert set(by_country) == {"IN", "JP", "TH", "ID"} and min(by_country.values()) >= 30
    assert {m.local_lang for m in members if m.country == "IN"} == {"ml", "hi"}
    assert len({m.name for m in members}) == len(members)
    assert not [m.name for m in members if re.search(r"\b(Company|Member|Test|SME)\s*\d+", m.name)]
    assert len({m.sector for m in members}) >= 20 and len({m.city for m in members}) >= 40
    for member in members:
        assert check_country(member.country) is None
        assert 1 <= len(member.persons) <= 2, member.name
        assert {t.kind.value for t in member.tags} >= {"strength", "need"}, member.name
        assert member.strengths and member.needs and member.registration_no
        assert member.dues_minor is None or check_currency(member.dues_currency) is None
        if member.country == "JP":
            assert member.local_lang == "ja" and "会社" in member.name_local
            assert re.fullmatch(r"[\u30a0-\u30ff]+", member.name_reading), member.name_reading
            number = member.registration_no
            assert len(number) == 13 and int(number[0]) == corporate_check_digit(number[1:])
        if member.country == "TH":
            assert member.local_lang == "th" and re.search(r"[\u0e00-\u0e7f]", member.address_local)
        if member.country == "ID":
            assert member.name.startswith(("PT ", "CV ")) and member.name_local in (member.name, None)
        if member.local_lang == "ml":
            assert re.search(r"[\u0d00-\u0d7f]", member.name_local) and re.search(r"[\u0d00-\u0d7f]",
                                                                                  member.address_local)
        if member.local_lang == "hi":
            assert re.search(r"[\u0900-\u097f]", member.name_local)


def test_corporate_check_digit_matches_the_published_example():
    assert corporate_check_digit("700110005901") == 8  # National Tax Agency: 8700110005901


def test_persons_have_valid_contacts_and_both_scripts(session):
    persons = session.scalars(select(Person).options(selectinload(Person.member))).all()
    for person in persons:
        region = person.member.country if person.member else None
        for phone in (person.phone, person.emergency_contact_phone):
            if phone:
                assert normalise_phone(phone, region) == phone, (person.name, phone)
                assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), (person.name, phone)
                if region:
                    assert phonenumbers.region_code_for_number(phonenumbers.parse(phone)) == region
        assert check_email(person.email) is None
        for value in (person.family_name, person.given_name, person.family_name_local, person.given_name_local):
            assert value is None or unicodedata.normalize("NFC", value) == value
        if person.local_lang == "ja":
            assert person.name_order is NameOrder.FAMILY_FIRST
            assert re.fullmatch(r"[\u3040-\u309f]+", person.family_name_reading)
            assert person.family_name_local and person.given_name_local
        if person.local_lang == "ml":
            assert re.fullmatch(r"[\u0d00-\u0d7f ]+", person.family_name_local)
        if person.local_lang == "th":
            assert re.fullmatch(r"[\u0e00-\u0e7f]+", person.given_name_local)
    member_contacts = [p for p in persons if p.member_id]
    assert sum(p.is_primary_contact for p in member_contacts) == len({p.member_id for p in member_contacts})
    assert any(p.dietary == "halal" for p in persons) and any(p.dietary == "vegetarian" for p in persons)


# --- delegations -------------------------------------------------------------------------------

def _delegation(session, text: str) -> Delegation:
    return session.scalar(select(Delegation).where(Delegation.title.like(f"%{text}%")).options(
        selectinload(Delegation.participants).selectinload(Participant.flights),
        selectinload(Delegation.participants).selectinload(Participant.member),
        selectinload(Delegation.itinerary), selectinload(Delegation.expenses)))


def test_indonesian_mission(session):
    mission = _delegation(session, "Indonesian MSME Business Mission")
    assert (mission.kind.value, mission.direction, mission.origin_country, mission.host_country) == \
        ("trade_mission", Direction.INBOUND, "ID", "JP")
    assert (mission.organiser.short_name, mission.host.short_name) == ("Kemenkop UKM", "SMRJ")
    assert delegation_state(mission, TODAY) is DelegationState.UNDER_WAY
    assert mission.starts_on < TODAY and (mission.ends_on - mission.starts_on).days == 6
    smes = [p for p in mission.participants if p.member_id and p.selection is SelectionStatus.SELECTED]
    assert len(smes) == 30 and {p.member.country for p in smes} == {"ID"}
    assert {p.member.sector for p in smes} == {"Automotive parts", "Medical devices & health",
                                               "Herbal medicine (jamu)", "Food processing", "Tea & coffee",
                                               "Seafood & fisheries"}
    for participant in smes:
        assert participant.person.member_id == participant.member_id
        assert participant.room_number and participant.visa_status.value in ("granted", "not_needed")
        outbound = participant.flights[0]
        assert (outbound.from_airport, outbound.departs_tz, outbound.to_airport, outbound.arrives_tz) == \
            ("CGK", "Asia/Jakarta", "HND", "Asia/Tokyo")
    by_id = {p.id: p for p in mission.participants}
    sharing = [p for p in mission.participants if p.roommate_id]
    assert len(sharing) >= 20
    for participant in sharing:
        mate = by_id[participant.roommate_id]
        assert mate.roommate_id == participant.id and mate.room_number == participant.room_number
    assert sum(p.dietary == "halal" for p in smes) >= 20
    assert {p.selection for p in mission.participants} > {SelectionStatus.SELECTED}


def test_indonesian_mission_itinerary_and_money(session):
    mission = _delegation(session, "Indonesian MSME Business Mission")
    items = mission.itinerary
    assert {i.city for i in items} >= {"Tokyo", "Osaka"}
    assert len({i.starts_on for i in items}) == 7
    shinkansen = [i for i in items if i.kind is ItineraryKind.TRANSPORT and "Shinkansen" in i.title]
    assert shinkansen and (shinkansen[0].starts_tz, shinkansen[0].ends_tz) == ("Asia/Tokyo", "Asia/Tokyo")
    arrival = items[0]
    assert (arrival.kind, arrival.starts_tz, arrival.ends_tz) == (ItineraryKind.TRANSPORT, "Asia/Jakarta",
                                                                  "Asia/Tokyo")
    visits = [i for i in items if i.kind is ItineraryKind.VISIT]
    assert len(visits) >= 4
    for visit in visits:
        assert visit.host_member.country == "JP" and visit.host_person.member_id == visit.host_member_id
    assert any("Japan Finance Corporation" in i.title and "Otemachi, Chiyoda City" in i.address for i in items)
    assert any("SMRJ" in i.title for i in items if i.kind is ItineraryKind.MEETING)
    hotels = [i for i in items if i.kind is ItineraryKind.HOTEL]
    assert len(hotels) == 2 and all(h.address and h.address_local for h in hotels)
    assert any(i.kind is ItineraryKind.MEAL for i in items)
    for item in items:
        assert check_zone(item.starts_tz) is None and check_zone(item.ends_tz) is None
    assert {e.currency for e in mission.expenses} == {"JPY", "IDR"}
    assert all(e.spent_on <= TODAY for e in mission.expenses)


def test_kerala_study_tour(session):
    tour = _delegation(session, "Kerala SME Study Tour")
    assert (tour.direction, tour.origin_country, tour.host_country) == (Direction.OUTBOUND, "IN", "JP")
    assert (tour.organiser.short_name, tour.host.short_name) == ("INJACK", "ICOSA")
    assert tour.funding_scheme == "India MSME International Cooperation Scheme"
    assert 35 <= (tour.starts_on - TODAY).days <= 49
    smes = [p for p in tour.participants if p.member_id and p.selection is SelectionStatus.SELECTED]
    assert 12 <= len(smes) <= 18
    assert all(p.person.local_lang == "ml" and p.person.given_name_local for p in smes)
    first_leg = smes[0].flights[0]
    assert (first_leg.from_airport, first_leg.departs_tz) == ("COK", "Asia/Kolkata")
    assert {i.city for i in tour.itinerary} >= {"Tokyo", "Nagoya"}
    assert {e.currency for e in tour.expenses} == {"INR", "JPY"}
    assert any(e.reimbursable for e in tour.expenses) and not all(e.reimbursable for e in tour.expenses)


def test_flights_and_zones_are_valid(session):
    for flight in session.scalars(select(Flight)):
        assert check_zone(flight.departs_tz) is None and check_zone(flight.arrives_tz) is None
        assert re.fullmatch(r"[A-Z]{3}", flight.from_airport) and re.fullmatch(r"[A-Z]{3}", flight.to_airport)
    for delegation in session.scalars(select(Delegation)):
        assert check_country(delegation.origin_country) is None and check_country(delegation.host_country) is None
    for expense in session.scalars(select(Expense)):
        assert check_currency(expense.currency) is None and expense.amount_minor > 0


# --- meetings and matches ----------------------------------------------------------------------

def test_regular_meetings(session):
    regular = session.scalars(select(Meeting).where(Meeting.kind == MeetingKind.REGULAR)
                              .order_by(Meeting.starts_local)).all()
    held = [m for m in regular if m.status is MeetingStatus.HELD]
    coming = [m for m in regular if m.status is MeetingStatus.PLANNED]
    assert held and all(m.minutes and m.minutes_local for m in held)
    assert len(coming) == 1
    meeting = coming[0]
    assert meeting.starts_local.date() > TODAY
    assert (meeting.tz, meeting.partner_tz) == ("Asia/Kolkata", "Asia/Tokyo")
    assert "Kochi" in meeting.venue_address and meeting.online_url.startswith("https://")
    assert len(meeting.agenda) >= 5
    assert all(item.title and item.title_local and item.duration_minutes > 0 for item in meeting.agenda)
    assert sum(item.presenter is not None for item in meeting.agenda) >= 5
    assert meeting.ends_local == meeting.starts_local + timedelta(
        minutes=sum(item.duration_minutes for item in meeting.agenda))
    assert len({i.rsvp for i in meeting.invitations}) >= 3 and Rsvp.ACCEPTED in {i.rsvp for i in meeting.invitations}
    assert meeting.action_items
    evidence_meetings = set(session.scalars(select(Evidence.meeting_id).where(Evidence.meeting_id.is_not(None))))
    assert {m.id for m in held} <= evidence_meetings
    overdue = select(ActionItem).where(ActionItem.status == ActionStatus.OPEN, ActionItem.due_on < TODAY)
    assert session.scalars(overdue).all()  # something for the dashboard to chase
    for m in session.scalars(select(Meeting)):
        assert check_zone(m.tz) is None and check_zone(m.partner_tz) is None


def test_buyer_seller_matches(session):
    meets = session.scalars(select(Meeting).where(Meeting.kind == MeetingKind.BUYER_SELLER)).all()
    assert meets
    matches = session.scalars(select(Match).options(selectinload(Match.member_a), selectinload(Match.member_b))).all()
    held = [m for m in matches if m.status is MatchStatus.HELD]
    assert len(held) >= 5
    assert {m.member_a.country for m in matches} == {"IN", "TH", "ID"}
    assert {m.member_b.country for m in matches} == {"JP"}
    assert all(m.reasons and 0 <= m.score <= 100 for m in matches)
    assert all(m.slot_tz == "Asia/Tokyo" for m in matches if m.slot_local)
    assert len({m.outcome for m in held}) >= 3


def test_every_record_has_its_demo_uid(session):
    for model in (Organisation, Member, Person, Agreement, Clause, Meeting, Delegation, ItineraryItem):
        uids = session.scalars(select(model.uid)).all()
        assert all(re.fullmatch(r"[0-9a-f-]{36}", uid) and uid[14] == "5" for uid in uids), model.__name__
