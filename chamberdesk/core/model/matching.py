"""Business matching: proposed and held one-to-one meetings between member SMEs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Record, enum_column
from ..enums import MatchOutcome, MatchStatus
from .directory import Member
from .meetings import Meeting


class Match(Record, Base):
    __tablename__ = "match"
    __table_args__ = (
        CheckConstraint("member_a_id <> member_b_id", name="two_different_members"),
        CheckConstraint("slot_local IS NULL OR slot_tz IS NOT NULL", name="slot_has_zone"),
        UniqueConstraint("member_a_id", "member_b_id", "meeting_id"),
    )

    member_a_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    member_b_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))  # the buyer-seller meet
    status: Mapped[MatchStatus] = enum_column(MatchStatus, default=MatchStatus.PROPOSED)
    reasons: Mapped[str | None]
    score: Mapped[int | None]  # 0–100, from the matcher
    slot_local: Mapped[datetime | None]
    slot_tz: Mapped[str | None]
    table_label: Mapped[str | None]
    outcome: Mapped[MatchOutcome] = enum_column(MatchOutcome, default=MatchOutcome.NONE)
    outcome_notes: Mapped[str | None]

    member_a: Mapped[Member] = relationship(foreign_keys=[member_a_id])
    member_b: Mapped[Member] = relationship(foreign_keys=[member_b_id])
    meeting: Mapped[Meeting | None] = relationship()
