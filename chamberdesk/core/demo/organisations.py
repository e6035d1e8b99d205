"""The chambers, agencies and ministries of the seed documents, and the people who speak for them.

Office holders named in the sources (Dr. Viju Jacob, Dr. Kurose Naohiro, Hiroshi Takada, Teten
Masduki) are kept without contact details; the staff beside them are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..enums import NameOrder, OrganisationKind
from ..model import Organisation, Person
from .plan import Plan, Ref


@dataclass
class Organisations:
    refs: dict[str, Ref] = field(default_factory=dict)  # short key → organisation
    people: dict[str, Ref] = field(default_factory=dict)  # role key → person

    def __getitem__(self, key: str) -> Ref:
        return self.refs[key]


_ORGANISATIONS = (
    dict(key="injack", short_name="INJACK", name="Indo Japan Chamber of Commerce Kerala",
         name_local="印日商工会議所ケララ", local_lang="ja", name_reading="インニチショウコウカイギショケララ",
         kind=OrganisationKind.CHAMBER, country="IN", city="Kochi", is_ours=True,
         address="Kochi, Kerala 682 016, India", address_local="インド ケララ州 コーチ 682 016",
         notes="Our chamber. Partner of ICOSA under the agreement of 21 October 2024."),
    dict(key="icosa", short_name="ICOSA", name="International Cooperation Organization for SMEs in Asia",
         name_local="アジア中小企業協力機構", local_lang="ja",
         name_reading="アジアチュウショウキギョウキョウリョクキコウ", kind=OrganisationKind.ASSOCIATION,
         country="JP", city="Tokyo", address="Tokyo, Japan", address_local="東京都", notes="特定非営利活動法人 (NPO). Partner under the 2024 agreement."),
    dict(key="smrj", short_name="SMRJ",
         name="Organization for Small and Medium Enterprises and Regional Innovation, Japan",  # official: "Enterprises"
         name_local="独立行政法人中小企業基盤整備機構", local_lang="ja",
         name_reading="チュウショウキギョウキバンセイビキコウ", kind=OrganisationKind.AGENCY, country="JP",
         city="Tokyo", website="https://www.smrj.go.jp",
         notes="Runs J-GoodTech, the online business-matching platform."),
    dict(key="dip", short_name="DIP", name="Department of Industrial Promotion",
         name_local="กรมส่งเสริมอุตสาหกรรม", local_lang="th", kind=OrganisationKind.AGENCY, country="TH",
         city="Bangkok", website="https://www.dip.go.th",
         notes="Under Thailand's Ministry of Industry; runs the SME Rescue Center and Business Service Center."),
    dict(key="kemenkop", short_name="Kemenkop UKM", name="Ministry of Cooperatives and SMEs",
         name_local="Kementerian Koperasi dan Usaha Kecil dan Menengah", local_lang="id",
         kind=OrganisationKind.MINISTRY, country="ID", city="Jakarta"),
    dict(key="eujc", short_name="EU-Japan Centre", name="EU-Japan Centre for Industrial Cooperation",
         name_local="日欧産業協力センター", local_lang="ja", name_reading="ニチオウサンギョウキョウリョクセンター",
         kind=OrganisationKind.CENTRE, country="JP", city="Tokyo", website="https://www.eu-japan.eu",
         notes="Runs the EU-Japan Technology Transfer Helpdesk; offices in Tokyo and Brussels."),
    dict(key="msme", short_name="MoMSME", name="Ministry of Micro, Small and Medium Enterprises",
         name_local="सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय", local_lang="hi", kind=OrganisationKind.MINISTRY,
         country="IN", city="New Delhi", website="https://msme.gov.in",
         notes="Implements the International Cooperation Scheme (reimbursement of delegation costs)."),
)

# role key, organisation, (family, given), (family, given) local, readings, order, honorific,
# title, title local, preferred language, e-mail
_PEOPLE = (
    ("injack.president", "injack", ("Jacob", "Viju"), ("ജേക്കബ്", "വിജു"), None, "ml", NameOrder.GIVEN_FIRST,
     "Dr.", "President", "പ്രസിഡന്റ്", "en", None),
    ("injack.secretary", "injack", ("Menon", "Anjali"), ("മേനോൻ", "അഞ്ജലി"), None, "ml", NameOrder.GIVEN_FIRST,
     "Ms.", "Executive Secretary", "എക്സിക്യൂട്ടീവ് സെക്രട്ടറി", "en", "anjali.menon@injack.in"),
    ("injack.programme", "injack", ("Nair", "Rahul"), ("നായർ", "രാഹുൽ"), None, "ml", NameOrder.GIVEN_FIRST,
     "Mr.", "Programme Officer", "പ്രോഗ്രാം ഓഫീസർ", "en", "rahul.nair@injack.in"),
    ("injack.treasurer", "injack", ("Kurian", "Thomas"), ("കുര്യൻ", "തോമസ്"), None, "ml",
     NameOrder.GIVEN_FIRST, "Mr.", "Treasurer", "ട്രഷറർ", "en", "thomas.kurian@injack.in"),
    ("icosa.president", "icosa", ("Kurose", "Naohiro"), ("黒瀬", "直宏"), ("くろせ", "なおひろ"), "ja",
     NameOrder.FAMILY_FIRST, "Dr.", "President", "理事長", "ja", None),
    ("icosa.secretary", "icosa", ("Sasaki", "Miho"), ("佐々木", "美穂"), ("ささき", "みほ"), "ja",
     NameOrder.FAMILY_FIRST, "Ms.", "Secretary General", "事務局長", "ja", None),
    ("icosa.exchange", "icosa", ("Nakano", "Takuya"), ("中野", "拓也"), ("なかの", "たくや"), "ja",
     NameOrder.FAMILY_FIRST, "Mr.", "International Exchange Officer", "国際交流担当", "ja", None),
    ("icosa.interpreter", "icosa", ("Mori", "Keiko"), ("森", "恵子"), ("もり", "けいこ"), "ja",
     NameOrder.FAMILY_FIRST, "Ms.", "Interpreter (English–Japanese)", "通訳（英語・日本語）", "ja", None),
    ("smrj.chairman", "smrj", ("Takada", "Hiroshi"), ("高田", "坦史"), ("たかだ", "ひろし"), "ja",
     NameOrder.FAMILY_FIRST, "Mr.", "Chairman", "理事長", "ja", None),
    ("smrj.international", "smrj", ("Nakamura", "Satoshi"), ("中村", "聡"), ("なかむら", "さとし"), "ja",
     NameOrder.FAMILY_FIRST, "Mr.", "Manager, International Cooperation", "国際協力課長", "ja", None),
    ("smrj.matching", "smrj", ("Ishida", "Aya"), ("石田", "彩"), ("いしだ", "あや"), "ja",
     NameOrder.FAMILY_FIRST, "Ms.", "Business Matching Coordinator (J-GoodTech)", "ビジネスマッチング担当",
     "ja", None),
    ("dip.director", "dip", ("Srisuk", "Kanokwan"), ("ศรีสุข", "กนกวรรณ"), None, "th", NameOrder.GIVEN_FIRST,
     "Ms.", "Director, International Cooperation Division", "ผู้อำนวยการกองความร่วมมือระหว่างประเทศ", "th",
     None),
    ("dip.officer", "dip", ("Boonmee", "Pichai"), ("บุญมี", "พิชัย"), None, "th", NameOrder.GIVEN_FIRST,
     "Mr.", "Industrial Promotion Officer", "นักวิชาการส่งเสริมอุตสาหกรรม", "th", None),
    ("kemenkop.minister", "kemenkop", ("Masduki", "Teten"), (None, None), None, "id", NameOrder.GIVEN_FIRST,
     "Bapak", "Minister of Cooperatives and SMEs", "Menteri Koperasi dan UKM", "id", None),
    ("kemenkop.deputy", "kemenkop", ("Kusumawati", "Ratna"), (None, None), None, "id", NameOrder.GIVEN_FIRST,
     "Ibu", "Assistant Deputy for International Cooperation", "Asisten Deputi Kerja Sama Internasional", "id",
     None),
    ("kemenkop.officer", "kemenkop", ("Nugroho", "Arif"), (None, None), None, "id", NameOrder.GIVEN_FIRST,
     "Bapak", "Programme Officer", "Analis Kebijakan", "id", None),
    ("interpreter.id", None, ("Tanaka", "Yuki"), ("田中", "由紀"), ("たなか", "ゆき"), "ja",
     NameOrder.FAMILY_FIRST, "Ms.", "Interpreter (Indonesian–Japanese)", "通訳（インドネシア語・日本語）", "ja",
     None),
)


def build(plan: Plan) -> Organisations:
    orgs = Organisations()
    for values in _ORGANISATIONS:
        values = dict(values)
        key = values.pop("key")
        orgs.refs[key] = plan.add(f"organisation:{key}", Organisation, **values)
    for (role, org, (family, given), (family_local, given_local), readings, lang, order, honorific, title,
         title_local, preferred, email) in _PEOPLE:
        orgs.people[role] = plan.add(
            f"person:{role}", Person, family_name=family, given_name=given, family_name_local=family_local,
            given_name_local=given_local, local_lang=lang,
            family_name_reading=readings[0] if readings else None,
            given_name_reading=readings[1] if readings else None, name_order=order, honorific=honorific,
            title=title, title_local=title_local, preferred_lang=preferred, email=email,
            phone="+914842" + str(316400 + len(orgs.people)) if email else None,
            organisation_id=orgs[org] if org else None)
    return orgs
