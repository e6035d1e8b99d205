"""Study tours, trade missions and mutual visits: participants, travel, itinerary and money."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Record, enum_column
from ..enums import (DelegationKind, DelegationStatus, Direction, ExpenseCategory, ItineraryKind,
                     ParticipantRole, PaymentStatus, SelectionStatus, VisaStatus)
from .directory import Member, Organisation, Person


class Delegation(Record, Base):
    __tablename__ = "delegation"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("budget_minor IS NULL OR budget_currency IS NOT NULL", name="budget_has_currency"),
    )

    kind: Mapped[DelegationKind] = enum_column(DelegationKind, default=DelegationKind.STUDY_TOUR)
    title: Mapped[str]
    title_local: Mapped[str | None]
    local_lang: Mapped[str | None]
    direction: Mapped[Direction] = enum_column(Direction)
    origin_country: Mapped[str]
    host_country: Mapped[str]
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date]
    organiser_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    host_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    status: Mapped[DelegationStatus] = enum_column(DelegationStatus, default=DelegationStatus.PLANNING)
    capacity: Mapped[int | None]
    fee_minor: Mapped[int | None]  # per participant
    fee_currency: Mapped[str | None]
    budget_minor: Mapped[int | None]
    budget_currency: Mapped[str | None]
    funding_scheme: Mapped[str | None]  # e.g. India MSME International Cooperation Scheme
    notes: Mapped[str | None]

    organiser: Mapped[Organisation | None] = relationship(foreign_keys=[organiser_organisation_id])
    host: Mapped[Organisation | None] = relationship(foreign_keys=[host_organisation_id])
    participants: Mapped[list[Participant]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", order_by="Participant.position",
        foreign_keys="Participant.delegation_id")
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan",
        order_by="(ItineraryItem.starts_on, ItineraryItem.starts_at, ItineraryItem.id)")
    expenses: Mapped[list[Expense]] = relationship(back_populates="delegation", cascade="all, delete-orphan",
                                                   order_by="Expense.spent_on")


class Participant(Record, Base):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("delegation_id", "person_id"),
        CheckConstraint("roommate_id IS NULL OR roommate_id <> id", name="not_own_roommate"),
        CheckConstraint("paid_minor >= 0", name="paid_not_negative"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # order on the roster
    role: Mapped[ParticipantRole] = enum_column(ParticipantRole, default=ParticipantRole.DELEGATE)
    selection: Mapped[SelectionStatus] = enum_column(SelectionStatus, default=SelectionStatus.APPLIED)
    visa_status: Mapped[VisaStatus] = enum_column(VisaStatus, default=VisaStatus.TO_APPLY)
    visa_number: Mapped[str | None]
    room_type: Mapped[str | None]
    room_number: Mapped[str | None]
    roommate_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    dietary: Mapped[str | None]  # for this trip; falls back to the person's
    payment_status: Mapped[PaymentStatus] = enum_column(PaymentStatus, default=PaymentStatus.UNPAID)
    paid_minor: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None]

    delegation: Mapped[Delegation] = relationship(back_populates="participants", foreign_keys=[delegation_id])
    person: Mapped[Person] = relationship()
    member: Mapped[Member | None] = relationship()
    roommate: Mapped[Participant | None] = relationship(remote_side="Participant.id")
    flights: Mapped[list[Flight]] = relationship(back_populates="participant", cascade="all, delete-orphan",
                                                 order_by="Flight.departs_local")


class Flight(Record, Base):
    """One leg; each end keeps its own wall time and zone (a flight leaves Jakarta, lands in Tokyo)."""

    __tablename__ = "flight"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    flight_number: Mapped[str]
    from_airport: Mapped[str]  # IATA code
    departs_local: Mapped[datetime]
    departs_tz: Mapped[str]
    to_airport: Mapped[str]
    arrives_local: Mapped[datetime]
    arrives_tz: Mapped[str]
    booking_reference: Mapped[str | None]

    participant: Mapped[Participant] = relationship(back_populates="flights")


class ItineraryItem(Record, Base):
    """A day's programme entry. Date-only when no time is given; transport has a zone at each end."""

    __tablename__ = "itinerary_item"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_not_before_start"),
        CheckConstraint("starts_at IS NULL OR starts_tz IS NOT NULL", name="timed_start_has_zone"),
        CheckConstraint("ends_at IS NULL OR ends_tz IS NOT NULL", name="timed_end_has_zone"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ItineraryKind] = enum_column(ItineraryKind, default=ItineraryKind.VISIT)
    starts_on: Mapped[date]
    starts_at: Mapped[time | None]
    starts_tz: Mapped[str | None]
    ends_on: Mapped[date | None]
    ends_at: Mapped[time | None]
    ends_tz: Mapped[str | None]
    title: Mapped[str]
    title_local: Mapped[str | None]
    place: Mapped[str | None]
    place_local: Mapped[str | None]
    address: Mapped[str | None]
    address_local: Mapped[str | None]
    city: Mapped[str | None]
    host_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    host_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    transport_reference: Mapped[str | None]  # train or flight number, coach company
    notes: Mapped[str | None]

    delegation: Mapped[Delegation] = relationship(back_populates="itinerary")
    host_person: Mapped[Person | None] = relationship()
    host_member: Mapped[Member | None] = relationship()


class BudgetLine(Record, Base):
    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("delegation_id", "category", "currency"),)

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    category: Mapped[ExpenseCategory] = enum_column(ExpenseCategory)
    amount_minor: Mapped[int]
    currency: Mapped[str]
    reimbursable: Mapped[bool] = mapped_column(default=False)


class Expense(Record, Base):
    __tablename__ = "expense"
    __table_args__ = (CheckConstraint("amount_minor >= 0", name="amount_not_negative"),)

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    category: Mapped[ExpenseCategory] = enum_column(ExpenseCategory)
    description: Mapped[str]
    spent_on: Mapped[date]
    amount_minor: Mapped[int]
    currency: Mapped[str]
    reimbursable: Mapped[bool] = mapped_column(default=False)
    paid_by: Mapped[str | None]
    receipt_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment.sha256"))

    delegation: Mapped[Delegation] = relationship(back_populates="expenses")
