"""Records with names in every script we print, built for these tests (not from the demo data).

Chosen to be hard: conjuncts (क्ष, ശ്രീ), Malayalam vowel signs written before their consonant
(കേ), Thai names whose digits and brackets are not in the Thai font, a family name outside the BMP
(𠮷田), accented Latin, an Indonesian name with no local script, a company name too long for any
column, and a character no bundled font has (𨳝, U+28CDD) in one person's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from chamberdesk.core.enums import Direction, NameOrder, OrganisationKind, ParticipantRole, Rsvp, SelectionStatus
from chamberdesk.core.model import (AgendaItem, Delegation, Invitation, ItineraryItem, Meeting, Member, Organisation,
                                    Participant, Person)
from chamberdesk.core.services.records import create_record

UNCOVERED = "\U00028CDD"  # 𨳝: in no bundled font (resources/fonts/README.md)
LONG_COMPANY = ("International Consortium of Precision Engineering, Advanced Manufacturing and Sustainable "
                "Export Development Cooperatives of Kerala and Tamil Nadu Private Limited")

MEMBERS = {
    "yoshida": dict(name="Yoshida Seisakusho Co., Ltd.", name_local="株式会社𠮷田製作所", local_lang="ja",
                    name_reading="よしだせいさくしょ", country="JP", city="Osaka", city_local="大阪",
                    sector="Metal pressing"),
    "watanabe": dict(name="Watanabe Lacquerware", name_local="渡邊漆器合同会社", local_lang="ja",
                     name_reading="わたなべしっき", country="JP", city="Wajima", city_local="輪島", sector="Crafts"),
    "kerala": dict(name="Keralam Textiles", name_local="കേരളം ടെക്സ്റ്റൈൽസ്", local_lang="ml", country="IN",
                   city="Perumbavoor", city_local="പെരുമ്പാവൂർ", sector="Textiles"),
    "krishna": dict(name="Shri Krishna Udyog Pvt Ltd", name_local="श्री कृष्ण उद्योग प्राइवेट लिमिटेड", local_lang="hi",
                    country="IN", city="Varanasi", city_local="वाराणसी", sector="Silk weaving"),
    "herbs": dict(name="Thai Herbs (2024) Co., Ltd.", name_local="บริษัท ไทยสมุนไพร (2024) จำกัด", local_lang="th",
                  country="TH", city="Chiang Rai", city_local="เชียงราย", sector="Herbal products"),
    "sinar": dict(name="PT Sinar Jaya Abadi Tbk.", local_lang="id", country="ID", city="Denpasar",
                  sector="Coffee"),
    "equip": dict(name="Société Générale d'Équipements", country="FR", city="Besançon", sector="Machinery"),
    "long": dict(name=LONG_COMPANY, name_local="കേരള തമിഴ്നാട് പ്രിസിഷൻ എഞ്ചിനീയറിംഗ് കൺസോർഷ്യം", local_lang="ml",
                 country="IN", city="Thiruvananthapuram", sector="Engineering"),
}

PEOPLE = {
    # key: (member, person values)
    "yoshida": ("yoshida", dict(family_name="Yoshida", given_name="Taro", family_name_local="𠮷田",
                                given_name_local="太郎", local_lang="ja", family_name_reading="よしだ",
                                given_name_reading="たろう", name_order=NameOrder.FAMILY_FIRST, honorific="Mr.",
                                title="President", title_local="代表取締役")),
    "watanabe": ("watanabe", dict(family_name="Watanabe", given_name="Hanako", family_name_local="渡邊",
                                  given_name_local="花子", local_lang="ja", family_name_reading="わたなべ",
                                  given_name_reading="はなこ", name_order=NameOrder.FAMILY_FIRST, honorific="Ms.",
                                  title="Director", title_local="取締役")),
    "sreelakshmi": ("kerala", dict(family_name="Krishnan", given_name="Sreelakshmi", family_name_local="കൃഷ്ണൻ",
                                   given_name_local="ശ്രീലക്ഷ്മി", local_lang="ml", honorific="Smt.",
                                   title="Managing Partner", title_local="മാനേജിംഗ് പാർട്ണർ")),
    "kshatriya": ("krishna", dict(family_name="Srivastava", given_name="Kshatriya", family_name_local="श्रीवास्तव",
                                  given_name_local="क्षत्रिय", local_lang="hi", honorific="Shri",
                                  title="Director", title_local="निदेशक")),
    "patcharaporn": ("herbs", dict(family_name="Srisawat", given_name="Patcharaporn", family_name_local="ศรีสวัสดิ์",
                                   given_name_local="พัชราภรณ์", local_lang="th", honorific="คุณ",
                                   title="Export Manager (ASEAN)", title_local="ผู้จัดการฝ่ายส่งออก (อาเซียน)")),
    "ayu": ("sinar", dict(family_name="Kusumawardhani", given_name="Ni Luh Ayu", local_lang="id", honorific="Ibu",
                          title="President Director", title_local="Direktur Utama")),
    "zoe": ("equip", dict(family_name="Ångström-Müller", given_name="Zoë", honorific="Dr.", title="CTO")),
    "long": ("long", dict(family_name="Pillai", given_name="Arun", family_name_local="പിള്ള",
                          given_name_local="അരുൺ", local_lang="ml", honorific="Mr.", title="Chairman")),
    "uncovered": ("watanabe", dict(family_name="Kiyomizu", given_name="Akiko", family_name_local="清水",
                                   given_name_local=f"{UNCOVERED}子", local_lang="ja",
                                   name_order=NameOrder.FAMILY_FIRST, honorific="Ms.")),
}


@dataclass
class World:
    delegation: int
    meeting: int
    members: dict[str, int]
    people: dict[str, int]


def build_world(store, *, extra_participants: int = 0) -> World:
    new = lambda model, values: create_record(store, model, values)  # noqa: E731
    ours = new(Organisation, dict(name="Indo Japan Chamber of Commerce Kerala", name_local="印日商工会議所ケララ",
                                  local_lang="ja", kind=OrganisationKind.CHAMBER, country="IN", is_ours=True))
    host = new(Organisation, dict(name="Osaka SME Association", name_local="大阪中小企業協会", local_lang="ja",
                                  kind=OrganisationKind.ASSOCIATION, country="JP", phone="+81 6 6123 4567"))
    members = {key: new(Member, values) for key, values in MEMBERS.items()}
    people = {key: new(Person, {**values, "member_id": members[member], "is_primary_contact": True})
              for key, (member, values) in PEOPLE.items()}
    delegation = new(Delegation, dict(title="Multiscript Study Mission 2027", title_local="多言語視察団 2027",
                                      local_lang="ja", direction=Direction.OUTBOUND, origin_country="IN",
                                      host_country="JP", starts_on=date(2027, 3, 1), ends_on=date(2027, 3, 3),
                                      organiser_organisation_id=ours, host_organisation_id=host))
    for position, key in enumerate(people):
        new(Participant, dict(delegation_id=delegation, person_id=people[key], member_id=members[PEOPLE[key][0]],
                              position=position, selection=SelectionStatus.SELECTED,
                              role=ParticipantRole.LEADER if key == "sreelakshmi" else ParticipantRole.DELEGATE))
    for number in range(extra_participants):
        person = new(Person, dict(family_name=f"Tanaka{number:04d}", given_name="Ichiro", family_name_local="田中",
                                  given_name_local=f"一郎{number}", local_lang="ja", member_id=members["yoshida"]))
        new(Participant, dict(delegation_id=delegation, person_id=person, member_id=members["yoshida"],
                              position=100 + number, selection=SelectionStatus.SELECTED))
    new(ItineraryItem, dict(delegation_id=delegation, starts_on=date(2027, 3, 1), starts_at=datetime(2027, 3, 1, 9).time(),
                            starts_tz="Asia/Kolkata", ends_on=date(2027, 3, 1), ends_at=datetime(2027, 3, 1, 21).time(),
                            ends_tz="Asia/Tokyo", kind="transport", title="Flight Kochi → Osaka",
                            title_local="コーチ → 大阪 移動", place="Cochin International Airport",
                            place_local="コーチン国際空港", transport_reference="SQ 529"))
    new(ItineraryItem, dict(delegation_id=delegation, starts_on=date(2027, 3, 2), starts_at=datetime(2027, 3, 2, 10).time(),
                            starts_tz="Asia/Tokyo", ends_on=date(2027, 3, 2), ends_at=datetime(2027, 3, 2, 12).time(),
                            ends_tz="Asia/Tokyo", kind="visit", title="Visit: Yoshida press shop",
                            title_local="訪問：𠮷田製作所", place="Yoshida Seisakusho", place_local="株式会社𠮷田製作所",
                            address="1-2-3 Hommachi, Chuo-ku, Osaka", address_local="大阪府大阪市中央区本町1-2-3",
                            host_person_id=people["yoshida"], host_member_id=members["yoshida"]))
    meeting = new(Meeting, dict(title="Multiscript Business Meeting", title_local="多言語ビジネス会議", local_lang="ja",
                                starts_local=datetime(2027, 3, 2, 15, 0), ends_local=datetime(2027, 3, 2, 17, 0),
                                tz="Asia/Kolkata", partner_tz="Asia/Tokyo", venue="Chamber House, Kochi",
                                venue_local="チェンバーハウス（コーチ）"))
    for position, (key, minutes) in enumerate((("yoshida", 20), ("sreelakshmi", 25), ("patcharaporn", 15)), 1):
        new(AgendaItem, dict(meeting_id=meeting, position=position, title=f"Presentation {position}",
                             title_local=f"発表 {position}", presenter_person_id=people[key], duration_minutes=minutes))
    for key in people:
        new(Invitation, dict(meeting_id=meeting, person_id=people[key], rsvp=Rsvp.ACCEPTED))
    return World(delegation, meeting, members, people)
