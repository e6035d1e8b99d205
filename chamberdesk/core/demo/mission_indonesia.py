"""The Indonesian MSME business mission to Japan: 30 selected MSMEs, Tokyo then Osaka, seven days.

Modelled on the Kemenkop UKM–SMRJ press release: automotive, health, food and fisheries MSMEs,
an opening at SMRJ, a meeting with Japan Finance Corporation in Otemachi, business matching.
"""

from __future__ import annotations

import random
from datetime import timedelta

from ..enums import DelegationKind, DelegationStatus, Direction, ExpenseCategory, ItineraryKind as K
from ..enums import ParticipantRole, SelectionStatus
from ..model import Delegation
from .members import Directory, MemberInfo
from .organisations import Organisations
from .plan import Plan, Ref
from .timeline import Timeline
from .travel import (Applicants, Leg, Money, Stop, Traveller, add_budget, add_expenses, add_itinerary,
                     add_participants, at)

KEY = "delegation:id-mission"
# Of the 34 applicants (the first Indonesian members), these did not travel.
_NOT_SELECTED = {9: SelectionStatus.WAITLISTED, 17: SelectionStatus.REJECTED, 33: SelectionStatus.WAITLISTED,
                 34: SelectionStatus.WITHDRAWN}

HOTEL_TOKYO = ("Hotel Edo Bridge Nihonbashi", "ホテル江戸ブリッジ日本橋", "2-4-12 Nihonbashi Kayabacho, Chuo City, Tokyo",
               "東京都中央区日本橋茅場町2-4-12")
HOTEL_OSAKA = ("Hotel Naniwa Riverside Honmachi", "ホテル浪速リバーサイド本町", "2-5-8 Honmachi, Chuo Ward, Osaka",
               "大阪府大阪市中央区本町2-5-8")
MATCHING_VENUE = ("Nihonbashi Conference Centre, Hall A", "日本橋カンファレンスセンター Aホール",
                  "2-3-4 Nihonbashi, Chuo City, Tokyo", "東京都中央区日本橋2-3-4")


def build(plan: Plan, timeline: Timeline, orgs: Organisations, directory: Directory) -> Ref:
    rng = random.Random("chamberdesk-demo:mission-indonesia")
    start = timeline.mission_start
    delegation = plan.add(
        KEY, Delegation, kind=DelegationKind.TRADE_MISSION,
        title=f"Indonesian MSME Business Mission to Japan {start.year}",
        title_local=f"インドネシア中小企業ビジネスミッション訪日団 {start.year}", local_lang="ja",
        direction=Direction.INBOUND, origin_country="ID", host_country="JP", starts_on=start,
        ends_on=start + timedelta(days=6), organiser_organisation_id=orgs["kemenkop"],
        host_organisation_id=orgs["smrj"], status=DelegationStatus.CONFIRMED, capacity=36,
        fee_minor=12_500_000, fee_currency="IDR", budget_minor=850_000_000, budget_currency="IDR",
        funding_scheme="Kemenkop UKM MSME export programme",
        notes="30 MSMEs selected in automotive, health, food and fisheries, under the Kemenkop UKM–SMRJ MoU "
              "of 31 July 2023. Halal meals throughout; prayer room booked at every venue.")
    travellers = [
        Traveller(orgs.people["kemenkop.deputy"], None, True, "ID", ParticipantRole.LEADER, dietary="halal"),
        Traveller(orgs.people["kemenkop.officer"], None, False, "ID", ParticipantRole.STAFF, dietary="halal"),
    ]
    delegates = applicants(directory).delegates()
    selected = sum(1 for d in delegates if d.travels)
    travellers += delegates[:selected]
    travellers.append(Traveller(orgs.people["interpreter.id"], None, True, "JP", ParticipantRole.INTERPRETER,
                                flies=False))
    travellers += delegates[selected:]
    legs = [Leg("GA 874", "CGK", at(start, "06:20"), "Asia/Jakarta", "HND", at(start, "15:35"), "Asia/Tokyo"),
            Leg("GA 889", "KIX", at(start + timedelta(days=6), "11:30"), "Asia/Tokyo", "CGK",
                at(start + timedelta(days=6), "16:50"), "Asia/Jakarta")]
    rooms = [f"{floor}{room:02d}" for floor in (8, 9) for room in range(1, 13)]
    add_participants(plan, rng, delegation, KEY, travellers, legs=legs, rooms=rooms, visa={"ID": (0.35, 0.65)},
                     fee=Money(12_500_000, "IDR"), today=timeline.today)
    add_itinerary(plan, KEY, delegation, start, _stops(orgs, directory))
    _money(plan, delegation, timeline)
    return delegation


def applicants(directory: Directory) -> Applicants:
    return Applicants(directory.group("id")[:34], "ID", _NOT_SELECTED)


def selected_members(directory: Directory) -> list[MemberInfo]:
    """The member SMEs that travel (the applicants not on the waiting list, rejected or withdrawn)."""
    return applicants(directory).selected()


def _visit(day: int, starts: str, ends: str, title: str, title_local: str, host: MemberInfo, city: str) -> Stop:
    return Stop(day, K.VISIT, title, title_local, starts, ends, host.company.name, host.company.name_local,
                host.address, host.address_local, city, host_member=host.ref, host_person=host.primary.ref)


def _stops(orgs: Organisations, directory: Directory) -> list[Stop]:
    smrj, matching = orgs.people["smrj.international"], orgs.people["smrj.matching"]
    machining_tokyo = directory.find("jp", "machining", "Shimomaruko")
    forging_tokyo = directory.find("jp", "forging", "Higashikojiya")
    machining_osaka = directory.find("jp", "machining", "Takaida")
    medical_osaka = directory.find("jp", "medical", "Mizuhai")
    food_osaka = directory.find("jp", "food", "Honmachi")
    return [
        Stop(1, K.TRANSPORT, "Flight Jakarta (CGK) → Tokyo Haneda (HND)", "ジャカルタ（CGK）→ 東京・羽田（HND）",
             "06:20", "15:35", "Soekarno-Hatta International Airport, Terminal 3", "スカルノ・ハッタ国際空港 第3ターミナル",
             city="Jakarta", tz="Asia/Jakarta", end_tz="Asia/Tokyo", reference="GA 874"),
        Stop(1, K.TRANSPORT, "Chartered coach: Haneda Airport → hotel", "貸切バス：羽田空港 → ホテル", "16:30", "17:40",
             "Haneda Airport, Terminal 3", "羽田空港 第3ターミナル", city="Tokyo", reference="Chartered coaches (2)"),
        Stop(1, K.HOTEL, f"Hotel: {HOTEL_TOKYO[0]} (4 nights)", f"宿泊：{HOTEL_TOKYO[1]}（4泊）", "17:45", "10:00",
             *HOTEL_TOKYO, city="Tokyo", end_day=5),
        Stop(1, K.MEAL, "Welcome dinner (halal)", "歓迎夕食会（ハラール対応）", "19:00", "21:00",
             "Asakusa Halal Dining Hanabi", "浅草ハラールダイニング花火", "1-12-6 Asakusa, Taito City, Tokyo",
             "東京都台東区浅草1-12-6", "Tokyo", host_person=smrj),
        Stop(2, K.MEETING, "Opening session at SMRJ: SME support in Japan", "中小機構オープニングセッション：日本の中小企業支援策",
             "09:30", "11:30", "SMRJ Headquarters, Toranomon 37 Mori Building", "中小企業基盤整備機構 本部（虎ノ門37森ビル）",
             "3-5-1 Toranomon, Minato City, Tokyo", "東京都港区虎ノ門3-5-1", "Tokyo", host_person=smrj),
        Stop(2, K.MEAL, "Lunch (halal bento)", "昼食（ハラール弁当）", "12:00", "13:15", "SMRJ Headquarters",
             "中小企業基盤整備機構 本部", city="Tokyo"),
        Stop(2, K.MEETING, "Meeting at Japan Finance Corporation: financing for MSMEs and start-ups",
             "日本政策金融公庫との意見交換：中小企業・スタートアップ向け融資", "14:30", "16:30",
             "Japan Finance Corporation, Head Office (Otemachi Financial City North Tower)",
             "日本政策金融公庫 本店（大手町フィナンシャルシティ ノースタワー）", "1-9-4 Otemachi, Chiyoda City, Tokyo",
             "東京都千代田区大手町1-9-4", "Tokyo"),
        Stop(3, K.MEETING, "Asia SME Business Matching Day (B2B meetings)", "アジア中小企業ビジネスマッチング商談会",
             "09:30", "17:00", *MATCHING_VENUE, "Tokyo", host_person=matching,
             notes="One-to-one meetings with Japanese SMEs; schedule in the buyer-seller meet."),
        Stop(3, K.MEAL, "Networking reception (halal buffet)", "交流会（ハラールビュッフェ）", "18:00", "20:00",
             *MATCHING_VENUE, "Tokyo"),
        _visit(4, "09:30", "11:30", "Factory visit: precision machining", "工場見学：精密加工", machining_tokyo, "Tokyo"),
        Stop(4, K.MEAL, "Lunch (halal menu arranged)", "昼食（ハラールメニュー手配済み）", "12:00", "13:00",
             city="Tokyo"),
        _visit(4, "14:00", "16:00", "Company visit: heat treatment and forging", "企業訪問：熱処理・鍛造",
               forging_tokyo, "Tokyo"),
        Stop(4, K.FREE, "Free evening", "自由行動", "17:00", city="Tokyo"),
        Stop(5, K.TRANSPORT, "Shinkansen Nozomi: Tokyo → Shin-Osaka", "新幹線のぞみ：東京 → 新大阪", "09:00", "11:27",
             "Tokyo Station", "東京駅", city="Tokyo", reference="Nozomi 21, cars 8–9 (reserved)"),
        Stop(5, K.HOTEL, f"Hotel: {HOTEL_OSAKA[0]} (2 nights)", f"宿泊：{HOTEL_OSAKA[1]}（2泊）", "12:30", "09:00",
             *HOTEL_OSAKA, city="Osaka", end_day=7, notes="Luggage sent ahead from Tokyo by courier."),
        _visit(5, "14:30", "16:30", "Factory visit: machining in Higashiosaka", "工場見学：東大阪のものづくり",
               machining_osaka, "Higashiosaka"),
        _visit(6, "10:00", "12:00", "Company visit: medical devices", "企業訪問：医療機器", medical_osaka, "Higashiosaka"),
        _visit(6, "14:00", "16:00", "Company visit: food processing and a halal production line",
               "企業訪問：食品加工とハラール対応ライン", food_osaka, "Osaka"),
        Stop(6, K.MEAL, "Farewell dinner (halal)", "送別夕食会（ハラール対応）", "18:30", "20:30",
             "Namba Halal Kitchen Sakura", "難波ハラールキッチンさくら", "3-2-1 Namba, Chuo Ward, Osaka",
             "大阪府大阪市中央区難波3-2-1", "Osaka"),
        Stop(7, K.TRANSPORT, "Chartered coach: hotel → Kansai Airport", "貸切バス：ホテル → 関西国際空港", "08:00",
             "09:15", HOTEL_OSAKA[0], HOTEL_OSAKA[1], city="Osaka", reference="Chartered coaches (2)"),
        Stop(7, K.TRANSPORT, "Flight Osaka Kansai (KIX) → Jakarta (CGK)", "関西（KIX）→ ジャカルタ（CGK）", "11:30",
             "16:50", "Kansai International Airport, Terminal 1", "関西国際空港 第1ターミナル", city="Osaka",
             end_tz="Asia/Jakarta", reference="GA 889"),
    ]


def _money(plan: Plan, delegation: Ref, timeline: Timeline) -> None:
    start = timeline.mission_start
    add_budget(plan, KEY, delegation, [
        (ExpenseCategory.AIRFARE, 323_400_000, "IDR", False),
        (ExpenseCategory.INSURANCE, 16_500_000, "IDR", False),
        (ExpenseCategory.VISA, 5_000_000, "IDR", False),
        (ExpenseCategory.ACCOMMODATION, 1_600_000, "JPY", False),
        (ExpenseCategory.GROUND_TRANSPORT, 1_250_000, "JPY", False),
        (ExpenseCategory.MEALS, 990_000, "JPY", False),
        (ExpenseCategory.VENUE, 350_000, "JPY", False),
        (ExpenseCategory.INTERPRETATION, 420_000, "JPY", False),
    ])

    def day(number: int):  # day 1 is the first day of the mission; day -30 a month before it
        return start + timedelta(days=number - 1)

    add_expenses(plan, KEY, delegation, [
        (ExpenseCategory.AIRFARE, "Group tickets CGK–HND, KIX–CGK (32 passengers)", day(-30), 313_600_000, "IDR",
         False, "Kemenkop UKM"),
        (ExpenseCategory.INSURANCE, "Travel insurance (32 passengers)", day(-20), 15_360_000, "IDR", False,
         "Kemenkop UKM"),
        (ExpenseCategory.VISA, "Visa fees, Embassy of Japan in Jakarta", day(-25), 3_960_000, "IDR", False,
         "Kemenkop UKM"),
        (ExpenseCategory.ACCOMMODATION, "Hotel Edo Bridge Nihonbashi, deposit", day(-14), 550_000, "JPY", False,
         "Kemenkop UKM"),
        (ExpenseCategory.GROUND_TRANSPORT, "Chartered coaches, Haneda transfer", day(1), 187_000, "JPY", False,
         "Kemenkop UKM"),
        (ExpenseCategory.MEALS, "Welcome dinner, Asakusa Halal Dining Hanabi", day(1), 231_000, "JPY", False,
         "Kemenkop UKM"),
        (ExpenseCategory.VENUE, "Nihonbashi Conference Centre, Hall A (1 day)", day(3), 330_000, "JPY", False,
         "SMRJ"),
        (ExpenseCategory.INTERPRETATION, "Indonesian–Japanese interpreter, days 1–3", day(3), 180_000, "JPY", False,
         "Kemenkop UKM"),
        (ExpenseCategory.MEALS, "Networking reception, halal buffet", day(3), 264_000, "JPY", False, "SMRJ"),
    ])
