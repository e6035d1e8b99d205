"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    CHAMBER = "chamber"
    AGENCY = "agency"
    MINISTRY = "ministry"
    ASSOCIATION = "association"
    CENTRE = "centre"
    OTHER = "other"


class SizeClass(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class MembershipStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    LAPSED = "lapsed"
    RESIGNED = "resigned"
    HONORARY = "honorary"


class NameOrder(StrEnum):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class TagKind(StrEnum):
    STRENGTH = "strength"
    NEED = "need"
    GENERAL = "general"


class AgreementStatus(StrEnum):
    """The states a person sets; 'in force', 'expired' and 'renewal due' follow from dates."""

    DRAFT = "draft"
    SIGNED = "signed"
    TERMINATED = "terminated"


class Cadence(StrEnum):
    ONCE = "once"
    MONTHLY = "monthly"  # every N months, N in Commitment.interval_months
    YEARLY = "yearly"


class CommitmentStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


class OccurrenceStatus(StrEnum):
    """Computed, never stored."""

    MET = "met"
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    SEMINAR = "seminar"
    BUYER_SELLER = "buyer_seller"
    BOARD = "board"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Rsvp(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DelegationKind(StrEnum):
    STUDY_TOUR = "study_tour"
    TRADE_MISSION = "trade_mission"
    MUTUAL_VISIT = "mutual_visit"
    TRADE_FAIR = "trade_fair"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class DelegationStatus(StrEnum):
    """Workflow states a person sets; 'under way' and 'past' follow from dates."""

    PLANNING = "planning"
    RECRUITING = "recruiting"
    SELECTION = "selection"
    CONFIRMED = "confirmed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ParticipantRole(StrEnum):
    LEADER = "leader"
    DELEGATE = "delegate"
    STAFF = "staff"
    INTERPRETER = "interpreter"
    OBSERVER = "observer"


class SelectionStatus(StrEnum):
    APPLIED = "applied"
    SHORTLISTED = "shortlisted"
    SELECTED = "selected"
    WAITLISTED = "waitlisted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class VisaStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    TO_APPLY = "to_apply"
    APPLIED = "applied"
    GRANTED = "granted"
    REFUSED = "refused"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"
    WAIVED = "waived"


class ItineraryKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    TRANSPORT = "transport"
    HOTEL = "hotel"
    MEAL = "meal"
    SIGHTSEEING = "sightseeing"
    FREE = "free"
    OTHER = "other"


class ExpenseCategory(StrEnum):
    AIRFARE = "airfare"
    ACCOMMODATION = "accommodation"
    GROUND_TRANSPORT = "ground_transport"
    VISA = "visa"
    MEALS = "meals"
    VENUE = "venue"
    INTERPRETATION = "interpretation"
    INSURANCE = "insurance"
    REGISTRATION = "registration"
    OTHER = "other"


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    HELD = "held"
    DECLINED = "declined"


class MatchOutcome(StrEnum):
    NONE = "none"
    FOLLOW_UP = "follow_up"
    NDA = "nda"
    DEAL = "deal"
    NO_FIT = "no_fit"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MOVE = "move"  # a relationship re-pointed to another record (merges)
