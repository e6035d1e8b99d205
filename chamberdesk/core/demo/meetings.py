"""INJACK–ICOSA regular meetings (two held, one coming), INJACK's executive committee, a DIP seminar.

Each meeting is a wall time in the venue's zone; agenda times follow from the durations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..enums import ActionStatus, MeetingKind, MeetingStatus, Rsvp
from ..model import ActionItem, AgendaItem, Invitation, Meeting
from .members import Directory
from .organisations import Organisations
from .plan import Plan, Ref
from .timeline import Timeline

INJACK_CENTRE = ("INJACK Business Centre, Panampilly Nagar", "INJACK ビジネスセンター（パナンピリー・ナガル）",
                 "2nd Floor, Chamber House, Panampilly Nagar, Kochi, Kerala 682036",
                 "インド ケララ州 コーチ パナンピリー・ナガル チェンバーハウス2階")
ICOSA_ROOM = ("ICOSA meeting room, Kanda", "ICOSA会議室（神田）", "Kanda Nishikicho, Chiyoda City, Tokyo",
              "東京都千代田区神田錦町")


@dataclass
class Agenda:
    title: str
    title_local: str | None
    presenter: Ref | None
    minutes: int


@dataclass
class Invite:
    person: Ref
    role: str
    rsvp: Rsvp = Rsvp.ACCEPTED
    attended: bool | None = None
    online: bool = False


@dataclass
class Action:
    description: str
    description_local: str | None
    owner: Ref
    due_on: date
    done_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN


@dataclass
class MeetingPlan:
    key: str
    kind: MeetingKind
    title: str
    title_local: str | None
    local_lang: str | None
    starts: datetime
    tz: str
    venue: tuple[str, str | None, str | None, str | None]
    organiser: Ref
    partner_tz: str | None = None
    online_url: str | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    minutes: tuple[str, str | None] | None = None
    agenda: list[Agenda] = field(default_factory=list)
    invites: list[Invite] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


def add_meeting(plan: Plan, spec: MeetingPlan) -> Ref:
    length = sum(item.minutes for item in spec.agenda)
    venue, venue_local, address, address_local = spec.venue
    meeting = plan.add(
        spec.key, Meeting, kind=spec.kind, title=spec.title, title_local=spec.title_local,
        local_lang=spec.local_lang, starts_local=spec.starts, ends_local=spec.starts + timedelta(minutes=length),
        tz=spec.tz, partner_tz=spec.partner_tz, venue=venue, venue_local=venue_local, venue_address=address,
        venue_address_local=address_local, online_url=spec.online_url, organiser_organisation_id=spec.organiser,
        status=spec.status, minutes=spec.minutes[0] if spec.minutes else None,
        minutes_local=spec.minutes[1] if spec.minutes else None)
    for position, item in enumerate(spec.agenda, start=1):
        plan.add(f"{spec.key}:agenda:{position:02d}", AgendaItem, meeting_id=meeting, position=position,
                 title=item.title, title_local=item.title_local, presenter_person_id=item.presenter,
                 duration_minutes=item.minutes)
    for invite in spec.invites:
        plan.add(f"{spec.key}:invitation:{invite.person.key}", Invitation, meeting_id=meeting,
                 person_id=invite.person, role=invite.role, rsvp=invite.rsvp, attended=invite.attended,
                 attends_online=invite.online)
    for number, action in enumerate(spec.actions, start=1):
        plan.add(f"{spec.key}:action:{number:02d}", ActionItem, meeting_id=meeting, description=action.description,
                 description_local=action.description_local, owner_person_id=action.owner, due_on=action.due_on,
                 status=action.status, done_on=action.done_on)
    return meeting


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _month(day: date) -> tuple[str, str]:
    return f"{day:%B %Y}", f"{day.year}年{day.month}月"


@dataclass
class Meetings:
    regular_held: list[Ref]
    regular_next: Ref
    board: Ref
    thai_seminar: Ref


def build(plan: Plan, timeline: Timeline, orgs: Organisations, directory: Directory) -> Meetings:
    people = orgs.people
    held = [add_meeting(plan, _first_regular(timeline, orgs)), add_meeting(plan, _second_regular(timeline, orgs))]
    coming = add_meeting(plan, _next_regular(timeline, orgs, directory))
    board_day = timeline.board_meeting
    board = add_meeting(plan, MeetingPlan(
        "meeting:injack-board", MeetingKind.BOARD, "INJACK Executive Committee Meeting",
        "ഇൻജാക്ക് എക്സിക്യൂട്ടീവ് കമ്മിറ്റി യോഗം", "ml", _at(board_day, 10, 30), "Asia/Kolkata",
        (INJACK_CENTRE[0], "ഇൻജാക്ക് ബിസിനസ് സെന്റർ, പനമ്പിള്ളി നഗർ", INJACK_CENTRE[2], None), orgs["injack"],
        agenda=[Agenda("Approval of the minutes of the last meeting", "കഴിഞ്ഞ യോഗത്തിന്റെ മിനിറ്റ്സ് അംഗീകരിക്കൽ",
                       people["injack.secretary"], 10),
                Agenda("Study tour to Japan: final programme and budget", "ജപ്പാൻ പഠനയാത്ര: അന്തിമ പരിപാടിയും ബജറ്റും",
                       people["injack.programme"], 40),
                Agenda("Accounts and membership dues", "കണക്കുകളും അംഗത്വ ഫീസും", people["injack.treasurer"], 30),
                Agenda("Any other business", "മറ്റു കാര്യങ്ങൾ", None, 10)],
        invites=[Invite(people["injack.president"], "chair"), Invite(people["injack.secretary"], "secretary"),
                 Invite(people["injack.treasurer"], "member"),
                 Invite(people["injack.programme"], "member", Rsvp.TENTATIVE)]))
    return Meetings(held, coming, board, add_meeting(plan, _thai_seminar(timeline, orgs, directory)))


def _first_regular(timeline: Timeline, orgs: Organisations) -> MeetingPlan:
    people = orgs.people
    day = timeline.regular_meetings_held[0]
    month, month_local = _month(day)
    return MeetingPlan(
        "meeting:regular-1", MeetingKind.REGULAR, f"INJACK–ICOSA Regular Meeting, {month}",
        f"INJACK・ICOSA 定例会議（{month_local}）", "ja", _at(day, 15), "Asia/Kolkata", INJACK_CENTRE, orgs["injack"],
        partner_tz="Asia/Tokyo", online_url="https://meet.jit.si/INJACK-ICOSA-regular-1",
        status=MeetingStatus.HELD,
        minutes=("Both sides agreed on a first-year plan: a visit of ICOSA members to Kerala with a B2B session, "
                 "and a joint survey of SME challenges in both countries. ICOSA will circulate a draft programme "
                 "for the visit; INJACK will shortlist host companies.",
                 "双方は初年度計画に合意した。ICOSA会員のケララ訪問（個別商談会を含む）と、両国の中小企業の課題に関する"
                 "共同調査を実施する。ICOSAは訪問日程案を回覧し、INJACKは受入企業の候補を選定する。"),
        agenda=[Agenda("Opening remarks", "開会挨拶", people["injack.president"], 10),
                Agenda("Plan for the first year of the agreement", "覚書締結後の初年度計画", people["icosa.secretary"], 30),
                Agenda("Visit of ICOSA members to Kerala: proposal", "ICOSA会員のケララ訪問：計画案",
                       people["icosa.exchange"], 25),
                Agenda("Closing", "閉会", people["injack.secretary"], 5)],
        invites=[Invite(people["injack.president"], "chair", attended=True),
                 Invite(people["icosa.president"], "member", attended=True, online=True),
                 Invite(people["icosa.secretary"], "presenter", attended=True, online=True),
                 Invite(people["icosa.exchange"], "presenter", attended=True, online=True),
                 Invite(people["injack.secretary"], "secretary", attended=True),
                 Invite(people["injack.treasurer"], "member", Rsvp.DECLINED, attended=False)],
        actions=[Action("Circulate the draft programme for the Kerala visit", "ケララ訪問の日程案を回覧する",
                        people["icosa.exchange"], day + timedelta(days=14), day + timedelta(days=10),
                        ActionStatus.DONE),
                 Action("Shortlist host companies in Kerala", "ケララの受入企業候補を選定する", people["injack.secretary"],
                        day + timedelta(days=30), day + timedelta(days=27), ActionStatus.DONE)])


def _second_regular(timeline: Timeline, orgs: Organisations) -> MeetingPlan:
    people = orgs.people
    day, today = timeline.regular_meetings_held[1], timeline.today
    month, month_local = _month(day)
    return MeetingPlan(
        "meeting:regular-2", MeetingKind.REGULAR, f"INJACK–ICOSA Regular Meeting, {month}",
        f"INJACK・ICOSA 定例会議（{month_local}）", "ja", _at(day, 17), "Asia/Tokyo", ICOSA_ROOM, orgs["icosa"],
        partner_tz="Asia/Kolkata", online_url="https://meet.jit.si/INJACK-ICOSA-regular-2",
        status=MeetingStatus.HELD,
        minutes=("The visit to Kerala was reported: 7 Japanese SMEs, 4 factory visits, 23 B2B meetings and 3 "
                 "follow-up negotiations. The joint survey will cover 100 SMEs on each side; INJACK drafts the "
                 "English questionnaire and ICOSA the Japanese one. The Kerala study tour to Japan is planned for "
                 "the winter.",
                 "ケララ訪問について報告があった（日本の中小企業7社、工場見学4件、個別商談23件、継続交渉3件）。共同調査は"
                 "両国各100社を対象とし、英語の調査票はINJACK、日本語の調査票はICOSAが作成する。ケララ州中小企業の"
                 "訪日研修は冬に実施する予定である。"),
        agenda=[Agenda("Opening remarks", "開会挨拶", people["icosa.president"], 10),
                Agenda("Report on the ICOSA visit to Kerala", "ICOSAケララ訪問の報告", people["icosa.secretary"], 20),
                Agenda("Business matching: results and follow-up", "ビジネスマッチングの成果とフォローアップ",
                       people["injack.programme"], 20),
                Agenda("Joint SME survey: scope and timetable", "共同調査：範囲とスケジュール", people["icosa.exchange"], 25),
                Agenda("Closing", "閉会", people["injack.president"], 5)],
        invites=[Invite(people["icosa.president"], "chair", attended=True),
                 Invite(people["injack.president"], "member", attended=True, online=True),
                 Invite(people["icosa.secretary"], "presenter", attended=True),
                 Invite(people["icosa.exchange"], "presenter", attended=True),
                 Invite(people["injack.programme"], "presenter", attended=True, online=True),
                 Invite(people["injack.secretary"], "secretary", attended=True, online=True),
                 Invite(people["smrj.matching"], "observer", Rsvp.TENTATIVE, attended=False)],
        actions=[Action("Draft the English survey questionnaire", "英語の調査票案を作成する", people["injack.secretary"],
                        today - timedelta(days=20)),
                 Action("Draft the Japanese survey questionnaire", "日本語の調査票案を作成する", people["icosa.exchange"],
                        today - timedelta(days=20), today - timedelta(days=25), ActionStatus.DONE),
                 Action("Propose host companies for the Kerala study tour", "ケララ研修団の受入企業を提案する",
                        people["icosa.secretary"], today - timedelta(days=60), today - timedelta(days=64),
                        ActionStatus.DONE),
                 Action("Apply for International Cooperation Scheme support for the study tour",
                        "研修団について国際協力スキームの支援を申請する", people["injack.programme"],
                        today + timedelta(days=10))])


def _next_regular(timeline: Timeline, orgs: Organisations, directory: Directory) -> MeetingPlan:
    people = orgs.people
    day = timeline.next_regular_meeting
    month, month_local = _month(day)
    guests = [member.primary.ref for member in directory.group("kerala")[:3]]
    return MeetingPlan(
        "meeting:regular-3", MeetingKind.REGULAR, f"INJACK–ICOSA Regular Meeting, {month}",
        f"INJACK・ICOSA 定例会議（{month_local}）", "ja", _at(day, 15), "Asia/Kolkata", INJACK_CENTRE, orgs["injack"],
        partner_tz="Asia/Tokyo", online_url="https://meet.jit.si/INJACK-ICOSA-regular-3",
        agenda=[Agenda("Opening remarks", "開会挨拶", people["injack.president"], 10),
                Agenda("Greetings from ICOSA", "ICOSA理事長挨拶", people["icosa.president"], 10),
                Agenda("Report: Asia SME Business Matching Day in Tokyo", "報告：アジア中小企業ビジネスマッチング商談会（東京）",
                       people["icosa.exchange"], 20),
                Agenda("Kerala SME study tour to Japan: programme and participants", "ケララ州中小企業訪日研修：日程と参加者",
                       people["injack.programme"], 25),
                Agenda("Joint survey on SME challenges in India and Japan: draft questionnaire",
                       "日印中小企業の課題に関する共同調査：調査票案の検討", people["icosa.secretary"], 20),
                Agenda("Any other business", "その他", None, 10),
                Agenda("Closing", "閉会", people["injack.secretary"], 5)],
        invites=[Invite(people["injack.president"], "chair"),
                 Invite(people["icosa.president"], "member", online=True),
                 Invite(people["icosa.secretary"], "presenter", online=True),
                 Invite(people["icosa.exchange"], "presenter", Rsvp.TENTATIVE, online=True),
                 Invite(people["injack.secretary"], "secretary"), Invite(people["injack.programme"], "presenter"),
                 Invite(people["injack.treasurer"], "member", Rsvp.DECLINED),
                 Invite(people["smrj.matching"], "observer", Rsvp.INVITED, online=True)]
        + [Invite(guest, "member", rsvp) for guest, rsvp in zip(guests, (Rsvp.ACCEPTED, Rsvp.INVITED, Rsvp.TENTATIVE))],
        actions=[Action("Circulate the agenda and the draft questionnaire", "議題と調査票案を回覧する",
                        people["injack.secretary"], day - timedelta(days=7)),
                 Action("Confirm interpreters for the study tour", "研修団の通訳を確定する", people["icosa.secretary"],
                        day - timedelta(days=3))])


def _thai_seminar(timeline: Timeline, orgs: Organisations, directory: Directory) -> MeetingPlan:
    people = orgs.people
    day = timeline.thai_seminar
    case_study = directory.find("th", "auto_parts").primary.ref
    return MeetingPlan(
        "meeting:dip-seminar", MeetingKind.SEMINAR, "Japan–Thailand SME Business Matching Seminar: J-GoodTech",
        "สัมมนาการจับคู่ธุรกิจ SME ไทย–ญี่ปุ่น: J-GoodTech", "th", _at(day, 9), "Asia/Bangkok",
        ("Department of Industrial Promotion, Rama VI Road", "กรมส่งเสริมอุตสาหกรรม ถนนพระรามที่ 6",
         "Rama VI Road, Thung Phaya Thai, Ratchathewi, Bangkok",
         "ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร"),
        orgs["dip"], partner_tz="Asia/Tokyo", status=MeetingStatus.HELD,
        minutes=("42 Thai SMEs attended; 18 registered on J-GoodTech during the session. SMRJ will arrange online "
                 "meetings with interested Japanese companies.",
                 "มีผู้ประกอบการ SME ไทยเข้าร่วม 42 ราย และลงทะเบียนบน J-GoodTech ระหว่างการสัมมนา 18 ราย "
                 "SMRJ จะจัดการประชุมออนไลน์กับบริษัทญี่ปุ่นที่สนใจ"),
        agenda=[Agenda("Opening remarks", "กล่าวเปิดงาน", people["dip.director"], 10),
                Agenda("J-GoodTech: finding Japanese partners online", "J-GoodTech: การค้นหาคู่ค้าญี่ปุ่นทางออนไลน์",
                       people["smrj.matching"], 40),
                Agenda("Case study: a Thai supplier to Japanese carmakers",
                       "กรณีศึกษา: ผู้ผลิตชิ้นส่วนไทยในห่วงโซ่อุปทานของค่ายรถยนต์ญี่ปุ่น", case_study, 30),
                Agenda("Hands-on: registering on J-GoodTech", "ฝึกปฏิบัติ: การลงทะเบียนบน J-GoodTech",
                       people["dip.officer"], 60),
                Agenda("Closing", "กล่าวปิดงาน", people["dip.director"], 10)],
        invites=[Invite(people["dip.director"], "chair", attended=True),
                 Invite(people["dip.officer"], "presenter", attended=True),
                 Invite(people["smrj.matching"], "presenter", attended=True),
                 Invite(case_study, "presenter", attended=True)]
        + [Invite(m.primary.ref, "participant", attended=n % 4 != 0)
           for n, m in enumerate(directory.group("th")[1:9], start=1)])
