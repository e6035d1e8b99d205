"""Meetings with their bilingual agenda, invitations and attendance, and action items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Record, enum_column
from ..enums import ActionStatus, MeetingKind, MeetingStatus, Rsvp
from .directory import Organisation, Person


class Meeting(Record, Base):
    """Start and end are wall times in the venue's zone ``tz``; UTC is derived."""

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("ends_local IS NULL OR ends_local >= starts_local", name="ends_after_start"),
    )

    kind: Mapped[MeetingKind] = enum_column(MeetingKind, default=MeetingKind.REGULAR)
    title: Mapped[str]
    title_local: Mapped[str | None]
    local_lang: Mapped[str | None]
    starts_local: Mapped[datetime] = mapped_column(index=True)
    ends_local: Mapped[datetime | None]
    tz: Mapped[str]  # IANA zone of the venue
    partner_tz: Mapped[str | None]  # the other side's zone, shown beside the venue's
    venue: Mapped[str | None]
    venue_local: Mapped[str | None]
    venue_address: Mapped[str | None]
    venue_address_local: Mapped[str | None]
    online_url: Mapped[str | None]
    organiser_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, default=MeetingStatus.PLANNED)
    minutes: Mapped[str | None]
    minutes_local: Mapped[str | None]

    organiser: Mapped[Organisation | None] = relationship()
    agenda: Mapped[list[AgendaItem]] = relationship(back_populates="meeting", cascade="all, delete-orphan",
                                                    order_by="AgendaItem.position")
    invitations: Mapped[list[Invitation]] = relationship(back_populates="meeting",
                                                         cascade="all, delete-orphan")
    action_items: Mapped[list[ActionItem]] = relationship(back_populates="meeting",
                                                          cascade="all, delete-orphan",
                                                          order_by="ActionItem.id")


class AgendaItem(Record, Base):
    """Times are computed from the meeting's start and the durations before it."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        UniqueConstraint("meeting_id", "position"),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str]
    title_local: Mapped[str | None]
    presenter_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    presenter_text: Mapped[str | None]  # a presenter who is not in the directory
    duration_minutes: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None]

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    presenter: Mapped[Person | None] = relationship()


class Invitation(Record, Base):
    __tablename__ = "invitation"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None]
    rsvp: Mapped[Rsvp] = enum_column(Rsvp, default=Rsvp.INVITED)
    attended: Mapped[bool | None]  # None until the meeting has been held
    attends_online: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="invitations")
    person: Mapped[Person] = relationship()


class ActionItem(Record, Base):
    __tablename__ = "action_item"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    description: Mapped[str]
    description_local: Mapped[str | None]
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = enum_column(ActionStatus, default=ActionStatus.OPEN)
    done_on: Mapped[date | None]

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    owner: Mapped[Person | None] = relationship()
