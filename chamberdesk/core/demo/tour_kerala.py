"""The Kerala SME study tour to Japan, six weeks ahead: Tokyo, then Nagoya and the Gifu trades.

INJACK organises and ICOSA hosts; the costs are claimed back under the Ministry of MSME's
International Cooperation Scheme, so the airfare and visa lines are reimbursable.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..enums import DelegationKind, DelegationStatus, Direction, ExpenseCategory, ItineraryKind as K
from ..enums import ParticipantRole, SelectionStatus
from ..model import Delegation
from .members import Directory, MemberInfo
from .organisations import Organisations
from .plan import Plan, Ref
from .timeline import Timeline
from .travel import (Applicants, Leg, Money, Stop, Traveller, add_budget, add_expenses, add_itinerary,
                     add_participants, at)

KEY = "delegation:kerala-tour"
SCHEME = "India MSME International Cooperation Scheme"
_NOT_SELECTED = {16: SelectionStatus.WAITLISTED, 17: SelectionStatus.WAITLISTED, 18: SelectionStatus.WITHDRAWN}

HOTEL_TOKYO = ("Hotel Sakura Kanda", "ホテルさくら神田", "2-8-3 Kanda Tsukasamachi, Chiyoda City, Tokyo",
               "東京都千代田区神田司町2-8-3")
HOTEL_NAGOYA = ("Hotel Meieki Garden", "ホテル名駅ガーデン", "3-15-2 Meieki, Nakamura Ward, Nagoya, Aichi",
                "愛知県名古屋市中村区名駅3-15-2")
SMRJ_HQ = ("SMRJ Headquarters, Toranomon 37 Mori Building", "中小企業基盤整備機構 本部（虎ノ門37森ビル）",
           "3-5-1 Toranomon, Minato City, Tokyo", "東京都港区虎ノ門3-5-1")
MATCHING_VENUE = ("Sakae Business Forum, Room 3", "栄ビジネスフォーラム 第3会議室", "3-4-5 Sakae, Naka Ward, Nagoya, Aichi",
                  "愛知県名古屋市中区栄3-4-5")


def build(plan: Plan, timeline: Timeline, orgs: Organisations, directory: Directory) -> Ref:
    rng = random.Random("chamberdesk-demo:tour-kerala")
    start = timeline.tour_start
    end = start + timedelta(days=6)
    delegation = plan.add(
        KEY, Delegation, kind=DelegationKind.STUDY_TOUR, title=f"Kerala SME Study Tour to Japan {start.year}",
        title_local=f"ケララ州中小企業 訪日研修ツアー {start.year}", local_lang="ja", direction=Direction.OUTBOUND,
        origin_country="IN", host_country="JP", starts_on=start, ends_on=end,
        organiser_organisation_id=orgs["injack"], host_organisation_id=orgs["icosa"],
        status=DelegationStatus.CONFIRMED, capacity=20, fee_minor=2_40_000_00, fee_currency="INR",
        budget_minor=48_00_000_00, budget_currency="INR", funding_scheme=SCHEME,
        notes="Study tour under clause (1) of the INJACK–ICOSA agreement. Claim airfare and visa fees from the "
              "Ministry of MSME within three months of return, with boarding passes and receipts.")
    travellers = [
        Traveller(orgs.people["injack.treasurer"], None, False, "IN", ParticipantRole.LEADER),
        Traveller(orgs.people["injack.programme"], None, False, "IN", ParticipantRole.STAFF),
    ]
    delegates = applicants(directory).delegates()
    selected = sum(1 for d in delegates if d.travels)
    travellers += delegates[:selected]
    travellers.append(Traveller(orgs.people["icosa.interpreter"], None, True, "JP", ParticipantRole.INTERPRETER,
                                flies=False))
    travellers += delegates[selected:]
    legs = [Leg("SQ 529", "COK", at(start, "01:10"), "Asia/Kolkata", "SIN", at(start, "08:20"), "Asia/Singapore"),
            Leg("SQ 636", "SIN", at(start, "09:40"), "Asia/Singapore", "HND", at(start, "17:45"), "Asia/Tokyo"),
            Leg("SQ 671", "NGO", at(end, "10:35"), "Asia/Tokyo", "SIN", at(end, "16:30"), "Asia/Singapore"),
            Leg("SQ 528", "SIN", at(end, "20:25"), "Asia/Singapore", "COK", at(end, "21:55"), "Asia/Kolkata")]
    rooms = [f"{floor}{room:02d}" for floor in (6, 7) for room in range(1, 10)]
    add_participants(plan, rng, delegation, KEY, travellers, legs=legs, rooms=rooms, visa={"IN": (0.6, 0.0)},
                     fee=Money(2_40_000_00, "INR"), today=timeline.today)
    add_itinerary(plan, KEY, delegation, start, _stops(orgs, directory))
    _money(plan, delegation, timeline.today)
    return delegation


def applicants(directory: Directory) -> Applicants:
    return Applicants(directory.group("kerala")[:18], "IN", _NOT_SELECTED)


def selected_members(directory: Directory) -> list[MemberInfo]:
    """The member SMEs that travel (the applicants not on the waiting list, rejected or withdrawn)."""
    return applicants(directory).selected()


def _visit(day: int, starts: str, ends: str, title: str, title_local: str, host: MemberInfo) -> Stop:
    return Stop(day, K.VISIT, title, title_local, starts, ends, host.company.name, host.company.name_local,
                host.address, host.address_local, host.place.city, host_member=host.ref, host_person=host.primary.ref)


def _stops(orgs: Organisations, directory: Directory) -> list[Stop]:
    return [
        Stop(1, K.TRANSPORT, "Flights Kochi (COK) → Singapore → Tokyo Haneda (HND)",
             "コーチ（COK）→ シンガポール → 東京・羽田（HND）", "01:10", "17:45", "Cochin International Airport",
             "コーチン国際空港", city="Kochi", tz="Asia/Kolkata", end_tz="Asia/Tokyo", reference="SQ 529 / SQ 636",
             notes="Check in at Kochi by 22:00 the evening before."),
        Stop(1, K.HOTEL, f"Hotel: {HOTEL_TOKYO[0]} (3 nights)", f"宿泊：{HOTEL_TOKYO[1]}（3泊）", "19:30", "10:00",
             *HOTEL_TOKYO, city="Tokyo", end_day=4),
        Stop(2, K.MEETING, "ICOSA seminar: how Japanese SME owners learn from each other",
             "ICOSAセミナー：日本の中小企業経営者の学び合い", "10:00", "12:00", "ICOSA meeting room", "ICOSA会議室",
             city="Tokyo", host_person=orgs.people["icosa.secretary"]),
        Stop(2, K.MEAL, "Welcome lunch with ICOSA members (vegetarian options)", "ICOSA会員との歓迎昼食会（ベジタリアン対応）",
             "12:15", "13:30", city="Tokyo", host_person=orgs.people["icosa.exchange"]),
        _visit(2, "15:00", "17:00", "Factory visit: small-lot precision machining in Ota City",
               "工場見学：大田区の多品種少量精密加工", directory.find("jp", "machining", "Shimomaruko")),
        Stop(3, K.MEETING, "SMRJ briefing: J-GoodTech and support for overseas partners",
             "中小機構ブリーフィング：J-GoodTechと海外連携支援", "10:00", "12:00", *SMRJ_HQ, city="Tokyo",
             host_person=orgs.people["smrj.matching"]),
        _visit(3, "14:30", "16:30", "Company visit: packaging and printing", "企業訪問：包装・印刷",
               directory.find("jp", "packaging", "Yahiro")),
        Stop(4, K.TRANSPORT, "Shinkansen Nozomi: Tokyo → Nagoya", "新幹線のぞみ：東京 → 名古屋", "08:30", "10:07",
             "Tokyo Station", "東京駅", city="Tokyo", reference="Nozomi 11, car 7 (reserved)"),
        Stop(4, K.HOTEL, f"Hotel: {HOTEL_NAGOYA[0]} (3 nights)", f"宿泊：{HOTEL_NAGOYA[1]}（3泊）", "10:30", "08:00",
             *HOTEL_NAGOYA, city="Nagoya", end_day=7, notes="Early luggage drop arranged."),
        _visit(4, "13:30", "16:00", "Factory visit: automotive parts and kaizen", "工場見学：自動車部品とカイゼン",
               directory.find("jp", "auto_parts", "Tsutsumicho")),
        Stop(5, K.TRANSPORT, "Chartered coach: Nagoya → Seki → Tajimi → Nagoya", "貸切バス：名古屋 → 関 → 多治見 → 名古屋",
             "08:00", "18:00", city="Nagoya", reference="Chartered coach (1)"),
        _visit(5, "09:30", "11:30", "Company visit: Seki cutlery", "企業訪問：関の刃物づくり",
               directory.find("jp", "cutlery", "Hidase")),
        _visit(5, "14:00", "16:00", "Company visit: Mino ware tiles and tableware", "企業訪問：美濃焼のタイル・食器",
               directory.find("jp", "ceramics", "Kasaharacho")),
        Stop(6, K.MEETING, "Kerala–Japan business matching, Nagoya (B2B meetings)", "ケララ・日本ビジネスマッチング商談会（名古屋）",
             "10:00", "16:00", *MATCHING_VENUE, "Nagoya", host_person=orgs.people["icosa.exchange"]),
        Stop(6, K.MEAL, "Farewell dinner (vegetarian and Jain options)", "送別夕食会（ベジタリアン・ジャイナ教対応）", "18:30",
             "20:30", city="Nagoya"),
        Stop(7, K.TRANSPORT, "Meitetsu airport express: Nagoya → Chubu Centrair", "名鉄特急：名古屋 → 中部国際空港",
             "07:30", "08:10", "Meitetsu Nagoya Station", "名鉄名古屋駅", city="Nagoya", reference="Meitetsu μSKY"),
        Stop(7, K.TRANSPORT, "Flights Nagoya (NGO) → Singapore → Kochi (COK)", "名古屋（NGO）→ シンガポール → コーチ（COK）",
             "10:35", "21:55", "Chubu Centrair International Airport", "中部国際空港", city="Nagoya",
             end_tz="Asia/Kolkata", reference="SQ 671 / SQ 528"),
    ]


def _money(plan: Plan, delegation: Ref, today: date) -> None:
    add_budget(plan, KEY, delegation, [
        (ExpenseCategory.AIRFARE, 16_56_000_00, "INR", True),
        (ExpenseCategory.VISA, 27_000_00, "INR", True),
        (ExpenseCategory.INSURANCE, 21_600_00, "INR", False),
        (ExpenseCategory.ACCOMMODATION, 810_000, "JPY", False),
        (ExpenseCategory.GROUND_TRANSPORT, 620_000, "JPY", False),
        (ExpenseCategory.MEALS, 360_000, "JPY", False),
        (ExpenseCategory.INTERPRETATION, 240_000, "JPY", False),
        (ExpenseCategory.REGISTRATION, 90_000, "JPY", True),
    ])
    add_expenses(plan, KEY, delegation, [
        (ExpenseCategory.AIRFARE, "Group tickets COK–SIN–HND, NGO–SIN–COK (17 passengers)", today - timedelta(days=9),
         15_47_000_00, "INR", True, "INJACK"),
        (ExpenseCategory.INSURANCE, "Overseas travel insurance (17 passengers)", today - timedelta(days=6),
         20_400_00, "INR", False, "INJACK"),
        (ExpenseCategory.VISA, "Japan visa fees via VFS Kochi (first 9 passengers)", today - timedelta(days=4),
         13_500_00, "INR", True, "INJACK"),
        (ExpenseCategory.ACCOMMODATION, "Hotel Sakura Kanda, deposit", today - timedelta(days=2), 200_000, "JPY",
         False, "INJACK"),
    ])
