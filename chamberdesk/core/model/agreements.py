"""Agreements (MoUs), their clauses, the commitments clauses create and the evidence that fulfils them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Record, enum_column
from ..enums import AgreementStatus, Cadence, CommitmentStatus
from .directory import Organisation, Person


class Agreement(Record, Base):
    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from",
                        name="validity_ordered"),
        CheckConstraint("renewal_notice_days IS NULL OR renewal_notice_days >= 0",
                        name="notice_not_negative"),
        CheckConstraint("renews_id IS NULL OR renews_id <> id", name="not_renewing_itself"),
    )

    title: Mapped[str]
    title_local: Mapped[str | None]
    local_lang: Mapped[str | None]
    reference: Mapped[str | None] = mapped_column(unique=True)
    preamble: Mapped[str | None]
    preamble_local: Mapped[str | None]
    status: Mapped[AgreementStatus] = enum_column(AgreementStatus, default=AgreementStatus.DRAFT)
    signed_on: Mapped[date | None]
    signed_place: Mapped[str | None]
    signed_place_local: Mapped[str | None]
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]  # None: open-ended
    renewal_notice_days: Mapped[int | None]
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    document_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment.sha256"))
    notes: Mapped[str | None]

    renews: Mapped[Agreement | None] = relationship(remote_side="Agreement.id")
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.position")
    clauses: Mapped[list[Clause]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Clause.number")


class AgreementParty(Base):
    __tablename__ = "agreement_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    signatory_name: Mapped[str | None]
    signatory_name_local: Mapped[str | None]
    signatory_title: Mapped[str | None]
    signatory_title_local: Mapped[str | None]

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()


class Clause(Record, Base):
    __tablename__ = "clause"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    number: Mapped[int]
    heading: Mapped[str]
    heading_local: Mapped[str | None]
    body: Mapped[str | None]
    body_local: Mapped[str | None]

    agreement: Mapped[Agreement] = relationship(back_populates="clauses")
    commitments: Mapped[list[Commitment]] = relationship(back_populates="clause", order_by="Commitment.id")


class Commitment(Record, Base):
    """What a clause obliges someone to do, once or on a cadence. Occurrences are computed."""

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint("cadence <> 'once' OR due_on IS NOT NULL", name="once_has_due_date"),
        CheckConstraint("cadence = 'once' OR starts_on IS NOT NULL", name="recurring_has_start"),
        CheckConstraint("cadence <> 'monthly' OR interval_months >= 1", name="monthly_has_interval"),
        CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="span_ordered"),
        CheckConstraint("grace_days >= 0", name="grace_not_negative"),
    )

    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id", ondelete="CASCADE"), index=True)
    description: Mapped[str]
    description_local: Mapped[str | None]
    responsible_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    cadence: Mapped[Cadence] = enum_column(Cadence)
    interval_months: Mapped[int | None]
    starts_on: Mapped[date | None]  # first period of a recurring commitment begins here
    ends_on: Mapped[date | None]  # None: as long as the agreement is in force
    due_on: Mapped[date | None]  # for a one-off commitment
    grace_days: Mapped[int] = mapped_column(default=0)  # after a period's end, before 'overdue'
    status: Mapped[CommitmentStatus] = enum_column(CommitmentStatus, default=CommitmentStatus.ACTIVE)

    clause: Mapped[Clause] = relationship(back_populates="commitments")
    responsible_organisation: Mapped[Organisation | None] = relationship()
    owner: Mapped[Person | None] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(back_populates="commitment", cascade="all, delete-orphan",
                                                    order_by="Evidence.period_start")


class Evidence(Record, Base):
    """A meeting, delegation or document that fulfils one period of a commitment."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN document_sha256 IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_source"),
        UniqueConstraint("commitment_id", "period_start", "meeting_id", "delegation_id", "document_sha256"),
    )

    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[date]  # identifies the occurrence this evidence fulfils
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    document_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment.sha256"))
    note: Mapped[str | None]

    commitment: Mapped[Commitment] = relationship(back_populates="evidence")
