"""What needs the secretariat's attention today: the data behind the dashboard, computed once here.

The GUI's dashboard page only formats what this returns; reports and the CLI can reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .enums import (AgreementStatus, CommitmentStatus, DelegationStatus, MeetingStatus, OccurrenceStatus,
                    SelectionStatus)
from .localtime import resolve
from .model import Agreement, AgreementParty, Clause, Commitment, Delegation, Meeting
from .occurrences import occurrences
from .states import AgreementState, DelegationState, agreement_state, delegation_state

WINDOW_DAYS = 60
# A meeting without an end time is taken to last this long when deciding whether it is in progress.
ASSUMED_MEETING_LENGTH = timedelta(hours=2)
# Wall times are stored per zone; zones differ from UTC by at most 14 hours, so this margin on the
# naive SQL filter never loses a meeting that the exact check afterwards would keep.
_ZONE_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class UpcomingMeeting:
    id: int
    title: str
    title_local: str | None
    local_lang: str | None
    kind: str
    starts: datetime  # aware, in the venue's zone
    ends: datetime | None
    tz: str
    partner_tz: str | None
    venue: str | None
    venue_local: str | None
    online: bool
    in_progress: bool


@dataclass(frozen=True)
class ActiveDelegation:
    id: int
    title: str
    title_local: str | None
    local_lang: str | None
    kind: str
    starts_on: date
    ends_on: date
    origin_country: str
    host_country: str
    state: DelegationState  # under way or preparing
    participants: int  # selected participants
    capacity: int | None


@dataclass(frozen=True)
class CommitmentDue:
    commitment_id: int
    description: str
    description_local: str | None
    agreement_id: int
    agreement_title: str
    agreement_title_local: str | None
    local_lang: str | None  # of the agreement's local texts
    clause_number: int
    clause_heading: str
    clause_heading_local: str | None
    responsible: str | None  # short name of the responsible organisation
    period_start: date
    due_on: date
    status: OccurrenceStatus  # due or overdue


@dataclass(frozen=True)
class RenewalDue:
    agreement_id: int
    title: str
    title_local: str | None
    local_lang: str | None
    parties: str
    valid_until: date


@dataclass(frozen=True)
class Dashboard:
    today: date
    meetings: tuple[UpcomingMeeting, ...]
    delegations: tuple[ActiveDelegation, ...]
    commitments: tuple[CommitmentDue, ...]  # overdue first, then due; each by due date
    renewals: tuple[RenewalDue, ...]

    def commitments_grouped(self) -> list[tuple[CommitmentDue, ...]]:
        """The open occurrences of each commitment together, in the order of each one's most urgent.

        A commitment that missed three half-yearly meetings is one thing to act on, not three.
        """
        groups: dict[int, list[CommitmentDue]] = {}
        for item in self.commitments:
            groups.setdefault(item.commitment_id, []).append(item)
        return [tuple(group) for group in groups.values()]


def dashboard(session: Session, today: date, *, now: datetime | None = None,
              window_days: int = WINDOW_DAYS) -> Dashboard:
    """Meetings and delegations of the coming ``window_days`` (and those in progress), commitment
    occurrences due or overdue, and agreements whose renewal is due.

    ``now`` (aware) decides which meetings have finished; without it, the start of ``today`` in UTC.
    """
    now = now or datetime.combine(today, time.min, UTC)
    return Dashboard(
        today=today,
        meetings=tuple(_meetings(session, now, window_days)),
        delegations=tuple(_delegations(session, today, window_days)),
        commitments=tuple(_commitments(session, today, window_days)),
        renewals=tuple(_renewals(session, today)),
    )


def _meetings(session: Session, now: datetime, window_days: int) -> list[UpcomingMeeting]:
    horizon = now + timedelta(days=window_days)
    naive_now = now.astimezone(UTC).replace(tzinfo=None)
    lower = naive_now - _ZONE_MARGIN - ASSUMED_MEETING_LENGTH
    upper = naive_now + timedelta(days=window_days) + _ZONE_MARGIN
    candidates = session.scalars(
        select(Meeting)
        .where(Meeting.status != MeetingStatus.CANCELLED, Meeting.starts_local <= upper,
               or_(Meeting.starts_local >= lower, Meeting.ends_local >= lower)))
    found = []
    for meeting in candidates:
        starts = resolve(meeting.starts_local, meeting.tz).instant
        ends = resolve(meeting.ends_local, meeting.tz).instant if meeting.ends_local else None
        finishes = ends or starts + ASSUMED_MEETING_LENGTH
        if finishes < now or starts > horizon or meeting.status is MeetingStatus.HELD:
            continue
        found.append(UpcomingMeeting(
            id=meeting.id, title=meeting.title, title_local=meeting.title_local, local_lang=meeting.local_lang,
            kind=meeting.kind.value, starts=starts, ends=ends, tz=meeting.tz, partner_tz=meeting.partner_tz,
            venue=meeting.venue, venue_local=meeting.venue_local, online=bool(meeting.online_url),
            in_progress=starts <= now))
    found.sort(key=lambda m: (m.starts, m.id))
    return found


def _delegations(session: Session, today: date, window_days: int) -> list[ActiveDelegation]:
    candidates = session.scalars(
        select(Delegation)
        .where(Delegation.status != DelegationStatus.CANCELLED, Delegation.ends_on >= today,
               Delegation.starts_on <= today + timedelta(days=window_days))
        .options(selectinload(Delegation.participants))
        .order_by(Delegation.starts_on, Delegation.id))
    return [ActiveDelegation(
        id=d.id, title=d.title, title_local=d.title_local, local_lang=d.local_lang, kind=d.kind.value,
        starts_on=d.starts_on, ends_on=d.ends_on, origin_country=d.origin_country, host_country=d.host_country,
        state=delegation_state(d, today), capacity=d.capacity,
        participants=sum(1 for p in d.participants if p.selection is SelectionStatus.SELECTED))
        for d in candidates]


_AGREEMENTS_WITH_DUTIES = (AgreementState.IN_FORCE, AgreementState.RENEWAL_DUE)
_ATTENTION = (OccurrenceStatus.OVERDUE, OccurrenceStatus.DUE)


def _commitments(session: Session, today: date, window_days: int) -> list[CommitmentDue]:
    commitments = session.scalars(
        select(Commitment)
        .join(Commitment.clause).join(Clause.agreement)
        .where(Commitment.status == CommitmentStatus.ACTIVE, Agreement.status == AgreementStatus.SIGNED)
        .options(selectinload(Commitment.evidence), selectinload(Commitment.responsible_organisation),
                 selectinload(Commitment.clause).selectinload(Clause.agreement)))
    found = []
    for commitment in commitments:
        clause = commitment.clause
        agreement = clause.agreement
        if agreement_state(agreement, today) not in _AGREEMENTS_WITH_DUTIES:
            continue
        responsible = commitment.responsible_organisation
        for occurrence in occurrences(commitment, today, horizon_days=window_days):
            if occurrence.status not in _ATTENTION:
                continue
            if agreement.valid_until and occurrence.period_start > agreement.valid_until:
                continue  # a period the agreement no longer covers
            found.append(CommitmentDue(
                commitment_id=commitment.id, description=commitment.description,
                description_local=commitment.description_local, agreement_id=agreement.id,
                agreement_title=agreement.title, agreement_title_local=agreement.title_local,
                local_lang=agreement.local_lang, clause_number=clause.number, clause_heading=clause.heading,
                clause_heading_local=clause.heading_local,
                responsible=responsible and (responsible.short_name or responsible.name),
                period_start=occurrence.period_start, due_on=occurrence.due_on, status=occurrence.status))
    found.sort(key=lambda c: (_ATTENTION.index(c.status), c.due_on, c.agreement_id, c.clause_number,
                              c.commitment_id))
    return found


def _renewals(session: Session, today: date) -> list[RenewalDue]:
    """Agreements in their renewal-notice period that no signed agreement renews yet."""
    renewed = select(Agreement.renews_id).where(Agreement.renews_id.is_not(None),
                                                 Agreement.status == AgreementStatus.SIGNED)
    candidates = session.scalars(
        select(Agreement)
        .where(Agreement.status == AgreementStatus.SIGNED, Agreement.valid_until.is_not(None),
               Agreement.id.not_in(renewed))
        .options(selectinload(Agreement.parties).selectinload(AgreementParty.organisation))
        .order_by(Agreement.valid_until, Agreement.id))
    return [RenewalDue(agreement_id=a.id, title=a.title, title_local=a.title_local, local_lang=a.local_lang,
                       valid_until=a.valid_until,
                       parties=" – ".join(p.organisation.short_name or p.organisation.name for p in a.parties))
            for a in candidates if agreement_state(a, today) is AgreementState.RENEWAL_DUE]
