"""ICOSA's SME owners' visit to Kerala, about seven months ago: the evidence of a mutual visit."""

from __future__ import annotations

import random
from datetime import timedelta

from ..enums import DelegationKind, DelegationStatus, Direction, ExpenseCategory, ItineraryKind as K
from ..enums import ParticipantRole
from ..model import Delegation
from .members import Directory, MemberInfo
from .organisations import Organisations
from .plan import Plan, Ref
from .timeline import Timeline
from .travel import Leg, Money, Stop, Traveller, add_expenses, add_itinerary, add_participants, at

KEY = "delegation:icosa-visit"
HOTEL = ("Hotel Marine Drive Residency", "ホテル・マリンドライブ・レジデンシー", "Marine Drive, Ernakulam, Kochi, Kerala",
         "インド ケララ州 コーチ エルナクラム マリンドライブ")
# Japanese members who went: machining, packaging, food, ceramics, sake, seafood, electronics.
_VISITORS = (("machining", "Shimomaruko"), ("packaging", "Yahiro"), ("food", "Honmachi"),
             ("ceramics", "Kasaharacho"), ("sake", "Minamihamacho"), ("seafood", "Nakaminato"),
             ("electronics", "Kamikodanaka"))


def build(plan: Plan, timeline: Timeline, orgs: Organisations, directory: Directory) -> Ref:
    rng = random.Random("chamberdesk-demo:mutual-visit")
    start = timeline.mutual_visit_start
    end = start + timedelta(days=4)
    delegation = plan.add(
        KEY, Delegation, kind=DelegationKind.MUTUAL_VISIT, title=f"ICOSA SME Owners' Visit to Kerala {start.year}",
        title_local=f"ICOSA中小企業経営者 ケララ訪問 {start.year}", local_lang="ja", direction=Direction.INBOUND,
        origin_country="JP", host_country="IN", starts_on=start, ends_on=end,
        organiser_organisation_id=orgs["icosa"], host_organisation_id=orgs["injack"],
        status=DelegationStatus.CLOSED, capacity=10, fee_minor=380_000, fee_currency="JPY",
        notes="Mutual visit under clause (1) of the INJACK–ICOSA agreement; included a B2B session in Kochi "
              "(clause 2).")
    visitors = [directory.find("jp", sector, area) for sector, area in _VISITORS]
    travellers = [Traveller(orgs.people["icosa.secretary"], None, True, "JP", ParticipantRole.LEADER)]
    travellers += [Traveller(m.primary.ref, m.ref, m.primary.name.female, "JP", dietary=m.primary.dietary)
                   for m in visitors]
    travellers.append(Traveller(orgs.people["icosa.interpreter"], None, True, "JP", ParticipantRole.INTERPRETER))
    legs = [Leg("SQ 631", "HND", at(start, "00:05"), "Asia/Tokyo", "SIN", at(start, "06:25"), "Asia/Singapore"),
            Leg("SQ 528", "SIN", at(start, "08:00"), "Asia/Singapore", "COK", at(start, "09:35"), "Asia/Kolkata"),
            Leg("SQ 527", "COK", at(end, "23:10"), "Asia/Kolkata", "SIN", at(end + timedelta(days=1), "06:10"),
                "Asia/Singapore"),
            Leg("SQ 634", "SIN", at(end + timedelta(days=1), "08:10"), "Asia/Singapore", "HND",
                at(end + timedelta(days=1), "16:15"), "Asia/Tokyo")]
    add_participants(plan, rng, delegation, KEY, travellers, legs=legs, rooms=[f"3{n:02d}" for n in range(1, 10)],
                     visa={"JP": (1.0, 0.0)}, fee=Money(380_000, "JPY"), today=timeline.today)
    add_itinerary(plan, KEY, delegation, start, _stops(orgs, directory))
    add_expenses(plan, KEY, delegation, [
        (ExpenseCategory.ACCOMMODATION, "Hotel Marine Drive Residency, 4 nights", end, 1_82_400_00, "INR", False,
         "ICOSA"),
        (ExpenseCategory.GROUND_TRANSPORT, "Air-conditioned coach, 4 days", end, 48_000_00, "INR", False, "INJACK"),
        (ExpenseCategory.VENUE, "B2B session hall, Kochi", start + timedelta(days=1), 35_000_00, "INR", False,
         "INJACK"),
    ])
    return delegation


def _visit(day: int, starts: str, ends: str, title: str, title_local: str, host: MemberInfo) -> Stop:
    return Stop(day, K.VISIT, title, title_local, starts, ends, host.company.name, None, host.address, None,
                host.place.city, tz="Asia/Kolkata", host_member=host.ref, host_person=host.primary.ref)


def _stops(orgs: Organisations, directory: Directory) -> list[Stop]:
    kolkata = "Asia/Kolkata"
    return [
        Stop(1, K.TRANSPORT, "Flights Tokyo Haneda (HND) → Singapore → Kochi (COK)", "東京・羽田（HND）→ シンガポール → コーチ（COK）",
             "00:05", "09:35", "Haneda Airport, Terminal 3", "羽田空港 第3ターミナル", city="Tokyo", end_tz=kolkata,
             reference="SQ 631 / SQ 528"),
        Stop(1, K.HOTEL, f"Hotel: {HOTEL[0]} (4 nights)", f"宿泊：{HOTEL[1]}（4泊）", "11:00", "20:00", *HOTEL,
             city="Kochi", tz=kolkata, end_day=5),
        Stop(2, K.MEETING, "INJACK–ICOSA business exchange and B2B session", "INJACK・ICOSA ビジネス交流会・個別商談会",
             "10:00", "16:00", "INJACK Business Centre", "INJACK ビジネスセンター", city="Kochi", tz=kolkata,
             host_person=orgs.people["injack.secretary"]),
        _visit(3, "09:30", "11:30", "Factory visit: spice cleaning and sterilisation", "工場見学：スパイスの洗浄・殺菌",
               directory.find("kerala", "spices")),
        _visit(3, "14:30", "16:30", "Factory visit: seafood processing for export", "工場見学：輸出向け水産加工",
               directory.find("kerala", "seafood")),
        _visit(4, "10:00", "12:00", "Visit: Ayurveda pharmacy and herb garden", "訪問：アーユルヴェーダ製薬所と薬草園",
               directory.find("kerala", "ayurveda")),
        _visit(4, "14:30", "16:30", "Factory visit: electronics assembly", "工場見学：電子機器組立",
               directory.find("kerala", "electronics")),
        Stop(5, K.SIGHTSEEING, "Backwater cruise, Alappuzha", "アレッピーの水郷クルーズ", "09:00", "15:00",
             city="Alappuzha", tz=kolkata),
    ]
