"""The agreements of the seed documents, their clauses, the commitments they create and the evidence.

Evidence is linked to the period its meeting or delegation falls in, computed with the same
function the dashboard uses, so which occurrences are met, due or overdue follows from 'today'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..enums import AgreementStatus, Cadence
from ..model import Agreement, AgreementParty, Clause, Commitment, Evidence
from ..occurrences import add_months, period_containing
from . import agreement_texts as text
from .organisations import Organisations
from .plan import Plan, Ref

INJACK_ICOSA_SIGNED = date(2024, 10, 21)
KEMENKOP_SMRJ_SIGNED = date(2023, 7, 31)
SMRJ_DIP_FIRST_SIGNED = date(2014, 9, 1)  # the source gives the month only
SMRJ_DIP_RENEWAL_SIGNED = date(2017, 2, 15)  # approximate: the source says "last week"


@dataclass(frozen=True)
class Proof:
    """A meeting or delegation that fulfilled a commitment, and the day it happened."""

    key: str
    source: Ref
    day: date
    note: str
    is_meeting: bool


@dataclass(frozen=True)
class Duty:
    key: str
    description: str
    description_local: str | None
    responsible: Ref
    owner: Ref
    cadence: Cadence
    starts_on: date | None = None
    interval_months: int | None = None
    due_on: date | None = None
    grace_days: int = 0
    proofs: tuple[Proof, ...] = ()


def _party(plan: Plan, agreement: Ref, key: str, organisation: Ref, position: int, name: str | None,
           name_local: str | None, title: str, title_local: str | None) -> None:
    plan.add(f"{key}:party:{position}", AgreementParty, identity=("agreement_id", "organisation_id"),
             agreement_id=agreement, organisation_id=organisation, position=position, signatory_name=name,
             signatory_name_local=name_local, signatory_title=title, signatory_title_local=title_local)


def _clauses(plan: Plan, agreement: Ref, key: str, clauses) -> list[Ref]:
    return [plan.add(f"{key}:clause:{number}", Clause, agreement_id=agreement, number=number, heading=heading,
                     body=body, heading_local=heading_local, body_local=body_local)
            for number, (heading, body, heading_local, body_local) in enumerate(clauses, start=1)]


def _duty(plan: Plan, clause: Ref, duty: Duty) -> None:
    commitment = plan.add(
        f"commitment:{duty.key}", Commitment, clause_id=clause, description=duty.description,
        description_local=duty.description_local, responsible_organisation_id=duty.responsible,
        owner_person_id=duty.owner, cadence=duty.cadence, interval_months=duty.interval_months,
        starts_on=duty.starts_on, due_on=duty.due_on, grace_days=duty.grace_days)
    schedule = Commitment(cadence=duty.cadence, interval_months=duty.interval_months, starts_on=duty.starts_on,
                          due_on=duty.due_on)
    for proof in duty.proofs:
        period = period_containing(schedule, proof.day)
        if period is None:  # it happened before the commitment began
            continue
        plan.add(f"evidence:{duty.key}:{proof.key}", Evidence, commitment_id=commitment, period_start=period,
                 meeting_id=proof.source if proof.is_meeting else None,
                 delegation_id=None if proof.is_meeting else proof.source, note=proof.note)


@dataclass(frozen=True)
class Fulfilment:
    """What the other builders produced that the commitments point at."""

    regular_meetings: tuple[tuple[Ref, date], ...]
    next_regular_meeting: date
    questionnaire_agreed_at: date
    mutual_visit: tuple[Ref, date]
    tokyo_matching: tuple[Ref, date]
    indonesian_mission: tuple[Ref, date]
    thai_seminar: tuple[Ref, date]


def build(plan: Plan, today: date, orgs: Organisations, done: Fulfilment) -> None:
    _injack_icosa(plan, orgs, done)
    _smrj_dip(plan, today, orgs, done)
    _kemenkop_smrj(plan, orgs, done)


def _injack_icosa(plan: Plan, orgs: Organisations, done: Fulfilment) -> None:
    key = "agreement:injack-icosa-2024"
    agreement = plan.add(
        key, Agreement, title=text.TITLE, title_local=text.TITLE_LOCAL, local_lang="ja",
        reference="INJACK-ICOSA-2024", status=AgreementStatus.SIGNED, signed_on=INJACK_ICOSA_SIGNED,
        valid_from=INJACK_ICOSA_SIGNED, notes=f"Preamble: {text.PREAMBLE}\n\n前文：{text.PREAMBLE_LOCAL}\n\n"
                                              "No term of validity is stated; in force until terminated.")
    _party(plan, agreement, key, orgs["injack"], 0, "Dr. Viju Jacob", "ヴィジュ・ジェイコブ", "President", "会頭")
    _party(plan, agreement, key, orgs["icosa"], 1, "Dr. Kurose Naohiro", "黒瀬 直宏", "President", "理事長")
    learning, cooperation, survey = _clauses(plan, agreement, key, text.CLAUSES)
    people, start = orgs.people, INJACK_ICOSA_SIGNED
    visit, visit_day = done.mutual_visit
    _duty(plan, learning, Duty(
        "injack-icosa:regular-meetings", "Hold an INJACK–ICOSA regular meeting every six months",
        "INJACK・ICOSA定例会議を6か月ごとに開催する", orgs["injack"], people["injack.secretary"], Cadence.MONTHLY,
        start, interval_months=6, grace_days=14,
        proofs=tuple(Proof(f"regular-{n}", ref, day, "Held; minutes approved.", True)
                     for n, (ref, day) in enumerate(done.regular_meetings, start=1))))
    _duty(plan, learning, Duty(
        "injack-icosa:mutual-visits", "Organise a mutual visit of SME owners every year",
        "中小企業経営者の相互訪問を毎年実施する", orgs["icosa"], people["icosa.exchange"], Cadence.YEARLY, start,
        grace_days=30, proofs=(Proof("icosa-visit", visit, visit_day, "ICOSA owners' visit to Kerala.", False),)))
    tokyo, tokyo_day = done.tokyo_matching
    _duty(plan, cooperation, Duty(
        "injack-icosa:business-matching", "Hold a business-matching session for Asian SMEs every year",
        "アジアの中小企業のビジネスマッチング商談会を毎年開催する", orgs["icosa"], people["icosa.secretary"],
        Cadence.YEARLY, start, grace_days=30,
        proofs=(Proof("icosa-visit", visit, visit_day, "B2B session in Kochi during the visit.", False),
                Proof("tokyo-matching", tokyo, tokyo_day, "Asia SME Business Matching Day, Tokyo.", True))))
    _duty(plan, survey, Duty(
        "injack-icosa:survey-report", "Publish a joint survey report on SME challenges and policies every year",
        "各国中小企業の課題と政策に関する共同調査報告書を毎年まとめる", orgs["injack"], people["injack.secretary"],
        Cadence.YEARLY, start, grace_days=60))
    _duty(plan, survey, Duty(
        "injack-icosa:questionnaire", "Agree the questionnaire of the joint SME survey", "共同調査の調査票を確定する",
        orgs["icosa"], people["icosa.secretary"], Cadence.ONCE, starts_on=done.questionnaire_agreed_at,
        due_on=done.next_regular_meeting))


def _smrj_dip(plan: Plan, today: date, orgs: Organisations, done: Fulfilment) -> None:
    first_key, renewal_key = "agreement:smrj-dip-2014", "agreement:smrj-dip-renewal"
    first = plan.add(
        first_key, Agreement, title="Memorandum of Understanding on SME Development Cooperation",
        title_local="บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการพัฒนาวิสาหกิจขนาดกลางและขนาดย่อม", local_lang="th",
        reference="SMRJ-DIP-2014", status=AgreementStatus.SIGNED, signed_on=SMRJ_DIP_FIRST_SIGNED,
        valid_from=SMRJ_DIP_FIRST_SIGNED, valid_until=date(2019, 8, 31),
        notes="The first collaborative agreement between SMRJ and DIP (September 2014; day not recorded).")
    _party(plan, first, first_key, orgs["smrj"], 0, None, None, "Chairman", None)
    _party(plan, first, first_key, orgs["dip"], 1, None, None, "Director-General", "อธิบดีกรมส่งเสริมอุตสาหกรรม")
    renewal = plan.add(
        renewal_key, Agreement, title="Memorandum of Understanding on Further Synergy for SME Development",
        title_local="บันทึกความเข้าใจว่าด้วยความร่วมมือเพื่อการพัฒนาวิสาหกิจขนาดกลางและขนาดย่อม", local_lang="th",
        reference="SMRJ-DIP-RENEWAL", status=AgreementStatus.SIGNED, signed_on=SMRJ_DIP_RENEWAL_SIGNED,
        valid_from=SMRJ_DIP_RENEWAL_SIGNED, valid_until=_current_term_end(SMRJ_DIP_RENEWAL_SIGNED, today),
        renewal_notice_days=180, renews_id=first,
        notes="Renews the 2014 agreement; runs in five-year terms that continue unless either side gives notice. "
              "Signing date approximate (reported as 'last week' by the press). Clause headings summarise the "
              "press report; the signed text is not on file.")
    _party(plan, renewal, renewal_key, orgs["smrj"], 0, "Hiroshi Takada", None, "Chairman", None)
    _party(plan, renewal, renewal_key, orgs["dip"], 1, None, None, "Director-General", "อธิบดีกรมส่งเสริมอุตสาหกรรม")
    matching, *_ = _clauses(plan, renewal, renewal_key, (
        ("Business-to-business matching", "Both sides encourage business matching between Thai and Japanese SMEs, "
         "through J-GoodTech, SMRJ's online matching platform, and through events.",
         "การจับคู่ธุรกิจระหว่างผู้ประกอบการ", None),
        ("Human resource development", "Exchange of know-how and training for SME promotion staff.",
         "การพัฒนาทรัพยากรมนุษย์", None),
        ("Technology and innovation exchange", "Exchanges of technology and innovation between SMEs.",
         "การแลกเปลี่ยนเทคโนโลยีและนวัตกรรม", None),
        ("Guidance on SME promotion projects", "SMRJ provides guidance on the management of SME promotion "
         "projects, the SME Rescue Center, the Business Service Center and DIP's SME development fund.",
         "การให้คำแนะนำด้านการบริหารโครงการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม", None),
    ))
    seminar, seminar_day = done.thai_seminar
    _duty(plan, matching, Duty(
        "smrj-dip:matching-event", "Hold a joint Japan–Thailand business-matching event every year",
        "จัดกิจกรรมจับคู่ธุรกิจไทย–ญี่ปุ่นร่วมกันทุกปี", orgs["dip"], orgs.people["dip.director"], Cadence.YEARLY,
        date(2025, 4, 1), grace_days=30,
        proofs=(Proof("dip-seminar", seminar, seminar_day, "J-GoodTech seminar in Bangkok.", True),)))


def _current_term_end(start: date, today: date, years: int = 5) -> date:
    """End of the five-year term running a month from today (terms renew until notice is given)."""
    end = start
    while end <= today + timedelta(days=30):
        end = add_months(end, 12 * years)
    return end - timedelta(days=1)


def _kemenkop_smrj(plan: Plan, orgs: Organisations, done: Fulfilment) -> None:
    key = "agreement:kemenkop-smrj-2023"
    agreement = plan.add(
        key, Agreement, title="Memorandum of Understanding on Cooperation in the Development of MSMEs",
        title_local="Nota Kesepahaman tentang Kerja Sama Pengembangan Usaha Mikro, Kecil, dan Menengah",
        local_lang="id", reference="KUKM-SMRJ-2023", status=AgreementStatus.SIGNED, signed_on=KEMENKOP_SMRJ_SIGNED,
        signed_place="Tokyo", signed_place_local="Tokyo", valid_from=KEMENKOP_SMRJ_SIGNED,
        valid_until=date(2028, 7, 30), renewal_notice_days=180,
        notes="Signed on Monday 31 July 2023 during the Minister's working visit to Japan. Clause texts "
              "summarise the Kemenkop UKM press release of 1 August 2023; the signed text is not on file.")
    _party(plan, agreement, key, orgs["kemenkop"], 0, "Teten Masduki", None, "Minister of Cooperatives and SMEs",
           "Menteri Koperasi dan UKM")
    _party(plan, agreement, key, orgs["smrj"], 1, None, None, "President", None)
    promotion, *_ = _clauses(plan, agreement, key, (
        ("Promotion of MSME products in the global market",
         "Both parties help Indonesian MSMEs present their products to Japanese buyers, including through "
         "business missions and business matching.",
         "Promosi produk UMKM di pasar global",
         "Kedua pihak membantu UMKM Indonesia memperkenalkan produknya kepada pembeli Jepang, antara lain melalui "
         "misi bisnis dan temu bisnis."),
        ("Supply-chain partnerships",
         "Both parties encourage supply-chain partnerships between Indonesian MSMEs and Japanese companies, with "
         "technology transfer and capacity building.",
         "Kemitraan rantai pasok",
         "Kedua pihak mendorong kemitraan rantai pasok antara UMKM Indonesia dan perusahaan Jepang, disertai alih "
         "teknologi dan peningkatan kapasitas."),
        ("Start-up development",
         "Both parties exchange knowledge on start-up development and start-up funding opportunities.",
         "Pengembangan usaha rintisan",
         "Kedua pihak bertukar pengetahuan tentang pengembangan usaha rintisan dan peluang pendanaannya."),
    ))
    mission, mission_day = done.indonesian_mission
    _duty(plan, promotion, Duty(
        "kemenkop-smrj:business-mission", "Receive an Indonesian MSME business mission in Japan every year",
        "Menerima misi bisnis UMKM Indonesia di Jepang setiap tahun", orgs["smrj"],
        orgs.people["smrj.international"], Cadence.YEARLY, date(2024, 7, 31), grace_days=30,
        proofs=(Proof("mission", mission, mission_day, "30 MSMEs; Tokyo and Osaka.", False),)))
