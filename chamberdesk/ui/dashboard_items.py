"""The entries of the dashboard's cards: a meeting, a delegation, a commitment due, a renewal due.

Titles show first in the interface language when the record has a local text in it (a Japanese
user reads the Japanese title first), and the other script below.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.dashboard import ActiveDelegation, CommitmentDue, RenewalDue, UpcomingMeeting
from ..core.enums import OccurrenceStatus
from ..core.states import DelegationState
from ..i18n.formatting import (country_name, format_date, format_date_range, format_datetime, format_days,
                               format_time)
from .labels import value_label
from .status_chip import StatusChip
from .style import Tone


def bilingual(latin: str, local: str | None, local_lang: str | None, language: str) -> tuple[str, str | None]:
    """(first, second) text: the local one first when it is in the interface language."""
    if local and local_lang == language:
        return local, (latin if latin != local else None)
    return latin, local


def _plain_label(text: str, object_name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # record text is data, never markup
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


class _Entry(QFrame):
    """Layout shared by the entries: optional badge on the left, heading with a chip, then lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardItem")
        self._outer = QHBoxLayout(self)
        self._outer.setContentsMargins(16, 10, 16, 10)
        self._outer.setSpacing(12)
        self._lines = QVBoxLayout()
        self._lines.setSpacing(3)
        self._outer.addLayout(self._lines, 1)

    def _put_badge(self, badge: QWidget) -> None:
        self._outer.insertWidget(0, badge, 0, Qt.AlignmentFlag.AlignTop)

    def _put_heading(self, text: str, chip: StatusChip | None) -> None:
        """The chip above the title: beside it, a narrow card would squeeze the title into a column."""
        if chip is not None:
            self._lines.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
            self._lines.addSpacing(2)
        title = _plain_label(text, "itemTitle")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self._lines.addWidget(title)

    def _put_line(self, text: str | None, *, secondary: bool = False) -> None:
        if text:
            self._lines.addWidget(_plain_label(text, "secondaryText" if secondary else None))


class DateBadge(QFrame):
    """A calendar leaf: month, day and weekday of a meeting, in the venue's own calendar day."""

    def __init__(self, day: date, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateBadge")
        month = QLabel(format_date(day, locale, style="MMM"))
        number = QLabel(format_date(day, locale, style="d"))
        weekday = QLabel(format_date(day, locale, style="EEE"))
        month.setStyleSheet(f"color: {Tone.DANGER.value[0]}; font-weight: 600;")
        big = QFont(number.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        number.setFont(big)
        weekday.setObjectName("secondaryText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(0)
        for label in (month, number, weekday):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 8)


class SectionHeading(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("secondaryText")
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(16, 10, 16, 4)


class MeetingEntry(_Entry):
    def __init__(self, meeting: UpcomingMeeting, today: date, language: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = meeting.id
        first, second = bilingual(meeting.title, meeting.title_local, meeting.local_lang, language)
        self._put_badge(DateBadge(meeting.starts.date(), locale))
        self._put_heading(first, self._chip(meeting, today, locale))
        self._put_line(second, secondary=True)
        self._put_line(f"{value_label('meeting_kind', meeting.kind)} · {self._times(meeting, locale)}")
        venue = bilingual(meeting.venue or "", meeting.venue_local, meeting.local_lang, language)[0]
        self._put_line(venue or (self.tr("Online") if meeting.online else None))
        self._put_line(self._partner_time(meeting, locale), secondary=True)

    def _chip(self, meeting: UpcomingMeeting, today: date, locale: str) -> StatusChip | None:
        if meeting.in_progress:
            return StatusChip(self.tr("In progress"), Tone.SUCCESS)
        days = (meeting.starts.date() - today).days
        if days <= 0:
            return StatusChip(self.tr("Today"), Tone.WARNING)
        if days == 1:
            return StatusChip(self.tr("Tomorrow"), Tone.INFO)
        return StatusChip(self.tr("In {days}").format(days=format_days(days, locale)), Tone.NEUTRAL)

    @staticmethod
    def _times(meeting: UpcomingMeeting, locale: str) -> str:
        if meeting.ends is None:
            return format_time(meeting.starts, locale)
        if meeting.ends.date() == meeting.starts.date():
            return f"{format_time(meeting.starts, locale, with_zone=False)} – {format_time(meeting.ends, locale)}"
        return f"{format_datetime(meeting.starts, locale, with_zone=False)} – {format_datetime(meeting.ends, locale)}"

    def _partner_time(self, meeting: UpcomingMeeting, locale: str) -> str | None:
        if not meeting.partner_tz:
            return None
        theirs: datetime = meeting.starts.astimezone(ZoneInfo(meeting.partner_tz))
        if theirs.utcoffset() == meeting.starts.utcoffset():
            return None
        same_day = theirs.date() == meeting.starts.date()
        shown = format_time(theirs, locale) if same_day else format_datetime(theirs, locale)
        return self.tr("Partner side: {time}").format(time=shown)


class DelegationEntry(_Entry):
    def __init__(self, delegation: ActiveDelegation, today: date, language: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = delegation.id
        first, second = bilingual(delegation.title, delegation.title_local, delegation.local_lang, language)
        self._put_heading(first, self._chip(delegation, today, locale))
        self._put_line(second, secondary=True)
        dates = format_date_range(delegation.starts_on, delegation.ends_on, locale)
        if delegation.state is DelegationState.UNDER_WAY:
            day, days = (today - delegation.starts_on).days + 1, (delegation.ends_on - delegation.starts_on).days + 1
            dates = self.tr("{dates} (day {day} of {days})").format(dates=dates, day=day, days=days)
        self._put_line(f"{value_label('delegation_kind', delegation.kind)} · {dates}")
        self._put_line(f"{country_name(delegation.origin_country, locale)} → "
                       f"{country_name(delegation.host_country, locale)}")
        if delegation.capacity:
            participants = self.tr("Participants selected: {count} of {capacity}").format(
                count=delegation.participants, capacity=delegation.capacity)
        else:
            participants = self.tr("Participants selected: {count}").format(count=delegation.participants)
        self._put_line(participants, secondary=True)

    def _chip(self, delegation: ActiveDelegation, today: date, locale: str) -> StatusChip:
        if delegation.state is DelegationState.UNDER_WAY:
            return StatusChip(value_label("delegation_state", delegation.state.value), Tone.SUCCESS)
        days = (delegation.starts_on - today).days
        if days == 1:
            return StatusChip(self.tr("Tomorrow"), Tone.INFO)
        return StatusChip(self.tr("In {days}").format(days=format_days(days, locale)), Tone.INFO)


class CommitmentEntry(_Entry):
    """One commitment, told by its most urgent open period; the count says how many are open."""

    def __init__(self, periods: tuple[CommitmentDue, ...], today: date, language: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        commitment = periods[0]
        self.record_id = commitment.commitment_id
        first, second = bilingual(commitment.description, commitment.description_local, commitment.local_lang,
                                  language)
        self._put_heading(first, self._chip(commitment, today, locale))
        self._put_line(second, secondary=True)
        agreement = bilingual(commitment.agreement_title, commitment.agreement_title_local, commitment.local_lang,
                              language)[0]
        heading = bilingual(commitment.clause_heading, commitment.clause_heading_local, commitment.local_lang,
                            language)[0]
        self._put_line(self.tr("{agreement}, clause {number}: {heading}").format(
            agreement=agreement, number=commitment.clause_number, heading=heading))
        due = self.tr("Due {date}").format(date=format_date(commitment.due_on, locale))
        if commitment.responsible:
            due = self.tr("{due} · responsible: {party}").format(due=due, party=commitment.responsible)
        self._put_line(due, secondary=True)
        if len(periods) > 1:
            self._put_line(self.tr("Open periods: {count}").format(count=len(periods)), secondary=True)

    def _chip(self, commitment: CommitmentDue, today: date, locale: str) -> StatusChip:
        days = (commitment.due_on - today).days
        if commitment.status is OccurrenceStatus.OVERDUE:
            return StatusChip(self.tr("Overdue by {days}").format(days=format_days(days, locale)), Tone.DANGER)
        if days < 0:  # past its date but still within the grace the commitment allows
            return StatusChip(self.tr("Due {days} ago").format(days=format_days(days, locale)), Tone.WARNING)
        if days == 0:
            return StatusChip(self.tr("Due today"), Tone.WARNING)
        return StatusChip(self.tr("Due in {days}").format(days=format_days(days, locale)), Tone.WARNING)


class RenewalEntry(_Entry):
    def __init__(self, renewal: RenewalDue, today: date, language: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = renewal.agreement_id
        first, second = bilingual(renewal.title, renewal.title_local, renewal.local_lang, language)
        self._put_heading(first, StatusChip(value_label("agreement_state", "renewal_due"), Tone.WARNING))
        self._put_line(second, secondary=True)
        days, until = (renewal.valid_until - today).days, format_date(renewal.valid_until, locale)
        if days == 0:
            self._put_line(self.tr("Valid until {date} (today)").format(date=until))
        else:
            self._put_line(self.tr("Valid until {date} (in {days})").format(date=until,
                                                                             days=format_days(days, locale)))
        self._put_line(renewal.parties, secondary=True)
