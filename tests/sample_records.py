"""A small bilingual record set around a given day, for tests of lists, the dashboard and the GUI."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from chamberdesk.core.enums import (AgreementStatus, Cadence, DelegationKind, Direction, MeetingKind,
                                    MeetingStatus, OrganisationKind, SelectionStatus)
from chamberdesk.core.model import (Agreement, AgreementParty, Clause, Commitment, Delegation, Meeting, Member,
                                    Organisation, Participant, Person)
from chamberdesk.core.services.records import create_record


@dataclass
class Sample:
    today: date
    members: dict[str, int]
    meetings: dict[str, int]
    delegations: dict[str, int]
    agreements: dict[str, int]


MEMBERS = {
    "spices": {"name": "Malabar Spice Traders Pvt Ltd", "name_local": "മലബാർ സ്പൈസ് ട്രേഡേഴ്സ്",
               "local_lang": "ml", "country": "IN", "city": "Kochi", "sector": "Food processing",
               "size_class": "small"},
    "kurose": {"name": "Kurose Precision Industries", "name_local": "黒瀬精密工業株式会社", "local_lang": "ja",
               "name_reading": "くろせせいみつこうぎょう", "country": "JP", "city": "Higashiosaka",
               "sector": "Precision machining", "size_class": "medium"},
    "siam": {"name": "Siam Herbal Co., Ltd.", "name_local": "บริษัท สยามเฮอร์บัล จำกัด", "local_lang": "th",
             "country": "TH", "city": "Chiang Mai", "sector": "Herbal cosmetics", "size_class": "micro"},
    "ganesh": {"name": "Shree Ganesh Textiles", "name_local": "श्री गणेश टेक्सटाइल्स", "local_lang": "hi",
               "country": "IN", "city": "Surat", "sector": "Textiles", "size_class": "medium"},
    "batik": {"name": "PT Batik Nusantara Jaya", "country": "ID", "city": "Yogyakarta", "sector": "Handicrafts",
              "size_class": "small", "membership_status": "prospect"},
    "yamato": {"name": "Yamato Ceramics", "name_local": "大和陶器有限会社", "local_lang": "ja",
               "name_reading": "やまととうき", "country": "JP", "city": "Tajimi", "sector": "Ceramics",
               "size_class": "small"},
}


def add_sample_records(store, today: date) -> Sample:
    """Records around ``today``: two meetings and two delegations on the dashboard, one of each not;
    an agreement whose renewal is due with one overdue and one due commitment."""
    new = lambda model, values: create_record(store, model, values)  # noqa: E731
    injack = new(Organisation, {"name": "Indo-Japan Chamber of Commerce Kerala", "short_name": "INJACK",
                                "name_local": "ഇൻഡോ-ജപ്പാൻ ചേംബർ ഓഫ് കൊമേഴ്സ് കേരള", "local_lang": "ml",
                                "kind": OrganisationKind.CHAMBER, "country": "IN", "is_ours": True})
    icosa = new(Organisation, {"name": "International Cooperation Organization for SMEs in Asia",
                               "short_name": "ICOSA", "name_local": "アジア中小企業協力機構", "local_lang": "ja",
                               "kind": OrganisationKind.ASSOCIATION, "country": "JP"})
    members = {key: new(Member, values) for key, values in MEMBERS.items()}

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today + timedelta(days=days), time(hour, minute))

    meetings = {
        "monthly": new(Meeting, {"kind": MeetingKind.REGULAR, "title": "INJACK monthly members' meeting",
                                 "title_local": "INJACK 月例会員会議", "local_lang": "ja",
                                 "starts_local": at(5, 15), "ends_local": at(5, 16, 30), "tz": "Asia/Kolkata",
                                 "partner_tz": "Asia/Tokyo", "venue": "Chamber hall, Kochi"}),
        "seminar": new(Meeting, {"kind": MeetingKind.SEMINAR, "title": "Japan market entry seminar",
                                 "title_local": "日本市場参入セミナー", "local_lang": "ja",
                                 "starts_local": at(20, 10), "ends_local": at(20, 12), "tz": "Asia/Tokyo",
                                 "partner_tz": "Asia/Kolkata", "venue": "Ikeda Civic Hall",
                                 "venue_local": "池田市民文化会館"}),
        "board": new(Meeting, {"kind": MeetingKind.BOARD, "title": "Annual board meeting",
                               "starts_local": at(120, 11), "tz": "Asia/Kolkata", "venue": "Kochi"}),
        "held": new(Meeting, {"kind": MeetingKind.BUYER_SELLER, "title": "Thai herbal buyer-seller meet",
                              "title_local": "การประชุมจับคู่ธุรกิจสมุนไพรไทย", "local_lang": "th",
                              "starts_local": at(-30, 9), "tz": "Asia/Bangkok", "status": MeetingStatus.HELD}),
    }
    delegations = {
        "kerala": new(Delegation, {"title": "Kerala SME study tour to Osaka", "title_local": "ケララ中小企業大阪視察団",
                                   "local_lang": "ja", "kind": DelegationKind.STUDY_TOUR,
                                   "direction": Direction.OUTBOUND, "origin_country": "IN", "host_country": "JP",
                                   "starts_on": today - timedelta(days=2), "ends_on": today + timedelta(days=4),
                                   "capacity": 20}),
        "thai": new(Delegation, {"title": "Thai herbal SMEs mission to Japan",
                                 "title_local": "คณะผู้ประกอบการสมุนไพรไทยเยือนญี่ปุ่น", "local_lang": "th",
                                 "kind": DelegationKind.TRADE_MISSION, "direction": Direction.INBOUND,
                                 "origin_country": "TH", "host_country": "JP",
                                 "starts_on": today + timedelta(days=25), "ends_on": today + timedelta(days=30)}),
        "past": new(Delegation, {"title": "Hindi-belt textile delegation", "title_local": "वस्त्र उद्योग प्रतिनिधिमंडल",
                                 "local_lang": "hi", "kind": DelegationKind.TRADE_FAIR,
                                 "direction": Direction.OUTBOUND, "origin_country": "IN", "host_country": "JP",
                                 "starts_on": today - timedelta(days=200), "ends_on": today - timedelta(days=195)}),
    }
    for position, (family, given, member) in enumerate([("Menon", "Anita", "spices"), ("Nair", "Rahul", "spices"),
                                                         ("Patel", "Kiran", "ganesh")]):
        person = new(Person, {"family_name": family, "given_name": given, "member_id": members[member]})
        new(Participant, {"delegation_id": delegations["kerala"], "person_id": person,
                          "member_id": members[member], "position": position,
                          "selection": SelectionStatus.SELECTED if position < 2 else SelectionStatus.APPLIED})

    agreements = {
        "injack_icosa": new(Agreement, {"title": "INJACK–ICOSA memorandum of understanding",
                                        "title_local": "INJACK・ICOSA 覚書", "local_lang": "ja",
                                        "reference": "INJACK-ICOSA-2024", "status": AgreementStatus.SIGNED,
                                        "signed_on": today - timedelta(days=700),
                                        "valid_from": today - timedelta(days=700),
                                        "valid_until": today + timedelta(days=45), "renewal_notice_days": 90}),
        "draft": new(Agreement, {"title": "SMRJ–DIP cooperation programme",
                                 "title_local": "โครงการความร่วมมือ SMRJ–DIP", "local_lang": "th"}),
    }
    for position, organisation in enumerate((injack, icosa)):
        new(AgreementParty, {"agreement_id": agreements["injack_icosa"], "organisation_id": organisation,
                             "position": position})
    clause = new(Clause, {"agreement_id": agreements["injack_icosa"], "number": 4, "heading": "Joint activities",
                          "heading_local": "共同事業"})
    new(Commitment, {"clause_id": clause, "description": "Send the list of members seeking partners",
                     "description_local": "提携先を求める会員リストの送付", "cadence": Cadence.ONCE,
                     "due_on": today - timedelta(days=12), "responsible_organisation_id": injack})
    new(Commitment, {"clause_id": clause, "description": "Hold a joint business seminar",
                     "description_local": "合同ビジネスセミナーの開催", "cadence": Cadence.ONCE,
                     "due_on": today + timedelta(days=9), "responsible_organisation_id": icosa})
    new(Commitment, {"clause_id": clause, "description": "Exchange annual activity reports",
                     "cadence": Cadence.ONCE, "due_on": today + timedelta(days=200)})
    return Sample(today, members, meetings, delegations, agreements)
