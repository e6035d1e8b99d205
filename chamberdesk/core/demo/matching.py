"""Buyer-seller meets and their one-to-one matches between Asian and Japanese member SMEs.

Yesterday's meet in Tokyo (during the Indonesian mission) was held, with outcomes; the meet in
Nagoya during the Kerala study tour is scheduled. Reasons and scores come from the members'
need and strength tags, as the matcher would give them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ..enums import MatchOutcome, MatchStatus, MeetingKind, MeetingStatus
from ..model import Match
from . import mission_indonesia, tour_kerala
from .industries import SECTORS
from .meetings import Agenda, Invite, MeetingPlan, add_meeting
from .members import Directory, MemberInfo
from .organisations import Organisations
from .plan import Plan, Ref
from .timeline import Timeline

# The Japanese sectors that make a sensible counterpart for each sector.
COUNTERPARTS = {
    "auto_parts": ("machining", "forging", "auto_parts"), "machining": ("machining", "forging"),
    "medical": ("medical",), "herbal": ("food", "medical"), "food": ("food", "packaging"),
    "tea_coffee": ("food", "tea_coffee"), "seafood": ("seafood", "food"), "spices": ("food",),
    "cashew": ("food",), "coconut": ("food",), "ayurveda": ("medical", "food"), "rubber": ("auto_parts",),
    "handloom": ("textiles",), "coir": ("textiles", "packaging"), "software": ("software", "electronics"),
    "electronics": ("electronics",), "plywood": ("packaging",), "ceramics": ("ceramics",),
}
_EXPORT_NEED = {"IN": "export to india", "TH": "export to asean", "ID": "export to asean"}
_COUNTRY = {"IN": "India", "TH": "Thailand", "ID": "Indonesia"}
_OUTCOMES = ((MatchOutcome.FOLLOW_UP, 9), (MatchOutcome.NDA, 3), (MatchOutcome.DEAL, 1), (MatchOutcome.NO_FIT, 4),
             (MatchOutcome.NONE, 3))
_FOLLOW_UP_NOTES = ("Samples to be sent by air within two weeks.", "Factory visit planned next quarter.",
                    "Quotation requested for 5,000 pieces.", "Will meet again online after the mission.")


@dataclass(frozen=True)
class Pairing:
    seller: MemberInfo
    buyer: MemberInfo  # the Japanese member
    reasons: str
    score: int


def pair(rng: random.Random, member: MemberInfo, japanese: list[MemberInfo], busy: set[str]) -> Pairing:
    candidates = [j for j in japanese if j.sector in COUNTERPARTS.get(member.sector, ()) and j.key not in busy]
    candidates = candidates or [j for j in japanese if j.key not in busy]
    ranked = sorted(candidates, key=lambda j: (-len(reasons_for(member, j)), j.key))[:3]
    buyer = rng.choice(ranked)
    reasons = reasons_for(member, buyer)
    score = min(96, 52 + 11 * len(reasons) + rng.randint(0, 8))
    if not reasons:
        reasons = [f"Sector fit: {SECTORS[member.sector].label} ↔ {SECTORS[buyer.sector].label}"]
    return Pairing(member, buyer, "; ".join(reasons), score)


def reasons_for(seller: MemberInfo, buyer: MemberInfo) -> list[str]:
    """Why two members should meet, from their tags: what one needs and the other offers."""
    needs = {t for k, t in seller.tags if k == "need"}
    buyer_needs = {t for k, t in buyer.tags if k == "need"}
    offers = [t for k, t in buyer.tags if k == "strength"]
    reasons = [f"Need meets strength: {tag}" for tag in sorted(needs & set(offers))]
    reasons += [f"{buyer.company.name} needs {tag}" for k, tag in seller.tags
                if k == "strength" and tag in buyer_needs]
    in_trade = buyer.sector in COUNTERPARTS.get(seller.sector, ())
    if in_trade and needs & {"technology transfer", "quality certification", "joint venture"}:
        reasons.append(f"Seeks a Japanese technical partner; {buyer.company.name} offers {', '.join(offers[:2])}")
    if in_trade and needs & {"japanese buyers", "export to japan"}:
        reasons.append(f"Seeks Japanese buyers; {buyer.company.name} is in {SECTORS[buyer.sector].label.lower()}")
    if _EXPORT_NEED[seller.country] in buyer_needs:
        reasons.append(f"{buyer.company.name} wants to export to {_COUNTRY[seller.country]}")
    if buyer_needs & {"overseas production", "raw material sourcing"} and in_trade:
        reasons.append(f"{buyer.company.name} looks for a production or sourcing partner abroad")
    return reasons


def build(plan: Plan, timeline: Timeline, orgs: Organisations, directory: Directory) -> Ref:
    """Both meets with their matches; returns the Tokyo meet (the evidence of business matching)."""
    japanese = directory.group("jp")
    tokyo = _tokyo_meet(plan, timeline, orgs)
    sellers = mission_indonesia.selected_members(directory)[::2] + directory.group("th")[:3] \
        + directory.group("kerala")[:2]
    _matches(plan, random.Random("chamberdesk-demo:matches:tokyo"), "match:tokyo", tokyo, sellers, japanese,
             datetime.combine(timeline.tokyo_matching_day, time(10)), held=True)
    nagoya = _nagoya_meet(plan, timeline, orgs)
    _matches(plan, random.Random("chamberdesk-demo:matches:nagoya"), "match:nagoya", nagoya,
             tour_kerala.selected_members(directory), japanese,
             datetime.combine(timeline.nagoya_matching_day, time(10, 30)), held=False)
    return tokyo


def _matches(plan: Plan, rng: random.Random, key: str, meeting: Ref, sellers: list[MemberInfo],
             japanese: list[MemberInfo], first_slot: datetime, *, held: bool) -> None:
    tables = 8
    busy_by_slot: dict[int, set[str]] = {}
    for number, seller in enumerate(sellers, start=1):
        slot = (number - 1) // tables
        busy = busy_by_slot.setdefault(slot, set())
        pairing = pair(rng, seller, japanese, busy)
        busy.add(pairing.buyer.key)
        online = seller.country == "IN" and held
        starts = first_slot + timedelta(minutes=30 * slot) + (timedelta(hours=2) if slot >= 4 else timedelta())
        if held:
            status, outcome = MatchStatus.HELD, rng.choices(*zip(*_OUTCOMES))[0]
        else:
            status = rng.choices((MatchStatus.SCHEDULED, MatchStatus.ACCEPTED, MatchStatus.PROPOSED), (6, 2, 2))[0]
            outcome = MatchOutcome.NONE
        scheduled = status in (MatchStatus.HELD, MatchStatus.SCHEDULED)
        plan.add(f"{key}:{number:02d}", Match, member_a_id=seller.ref, member_b_id=pairing.buyer.ref,
                 meeting_id=meeting, status=status, reasons=pairing.reasons, score=pairing.score,
                 slot_local=starts if scheduled else None, slot_tz="Asia/Tokyo" if scheduled else None,
                 table_label=("Online" if online else f"T{(number - 1) % tables + 1}") if scheduled else None,
                 outcome=outcome,
                 outcome_notes=rng.choice(_FOLLOW_UP_NOTES) if outcome is MatchOutcome.FOLLOW_UP else None)


def _tokyo_meet(plan: Plan, timeline: Timeline, orgs: Organisations) -> Ref:
    people, day = orgs.people, timeline.tokyo_matching_day
    return add_meeting(plan, MeetingPlan(
        "meeting:matching-tokyo", MeetingKind.BUYER_SELLER, f"Asia SME Business Matching Day, Tokyo {day.year}",
        f"アジア中小企業ビジネスマッチング商談会 {day.year}（東京）", "ja", datetime.combine(day, time(9, 30)),
        "Asia/Tokyo", mission_indonesia.MATCHING_VENUE, orgs["icosa"], partner_tz="Asia/Jakarta",
        online_url="https://meet.jit.si/Asia-SME-Matching-Tokyo", status=MeetingStatus.HELD,
        minutes=("Indonesian, Thai and Indian SMEs met Japanese SMEs one to one, the Indian SMEs online. Most "
                 "meetings ended with a follow-up; two NDAs were signed on the day.",
                 "インドネシア、タイ、インドの中小企業が日本の中小企業と個別に商談した（インド企業はオンライン参加）。"
                 "多くの商談が継続協議となり、当日2件の秘密保持契約が締結された。"),
        agenda=[Agenda("Opening", "開会", people["icosa.president"], 15),
                Agenda("SMRJ: support for cross-border business matching", "中小機構：海外ビジネスマッチング支援",
                       people["smrj.matching"], 20),
                Agenda("B2B meetings, round 1 (30 minutes each)", "個別商談 第1部（各30分）", None, 120),
                Agenda("Lunch (halal)", "昼食（ハラール対応）", None, 60),
                Agenda("B2B meetings, round 2", "個別商談 第2部", None, 120),
                Agenda("Closing and networking", "閉会・交流", people["smrj.international"], 25)],
        invites=[Invite(people["icosa.president"], "chair", attended=True),
                 Invite(people["smrj.matching"], "presenter", attended=True),
                 Invite(people["smrj.international"], "organiser", attended=True),
                 Invite(people["kemenkop.deputy"], "delegation leader", attended=True),
                 Invite(people["injack.programme"], "organiser", attended=True, online=True)]))


def _nagoya_meet(plan: Plan, timeline: Timeline, orgs: Organisations) -> Ref:
    people, day = orgs.people, timeline.nagoya_matching_day
    return add_meeting(plan, MeetingPlan(
        "meeting:matching-nagoya", MeetingKind.BUYER_SELLER, f"Kerala–Japan Business Matching, Nagoya {day.year}",
        f"ケララ・日本ビジネスマッチング商談会 {day.year}（名古屋）", "ja", datetime.combine(day, time(10)),
        "Asia/Tokyo", tour_kerala.MATCHING_VENUE, orgs["icosa"], partner_tz="Asia/Kolkata",
        agenda=[Agenda("Opening", "開会", people["icosa.secretary"], 15),
                Agenda("Introducing the Kerala delegation", "ケララ研修団の紹介", people["injack.treasurer"], 15),
                Agenda("B2B meetings (30 minutes each)", "個別商談（各30分）", None, 240),
                Agenda("Closing", "閉会", people["icosa.exchange"], 10)],
        invites=[Invite(people["icosa.secretary"], "chair"), Invite(people["injack.treasurer"], "delegation leader"),
                 Invite(people["icosa.exchange"], "organiser"),
                 Invite(people["injack.programme"], "organiser")]))
