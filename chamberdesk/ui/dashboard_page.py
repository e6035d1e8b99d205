"""The first page: what is coming up and what is due, in three cards."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.dashboard import WINDOW_DAYS, Dashboard, dashboard
from ..i18n.formatting import format_date
from ..store import Store
from .dashboard_items import CommitmentEntry, DelegationEntry, MeetingEntry, RenewalEntry, SectionHeading
from .dashboard_panel import DashboardPanel
from .localisation import formatting_locale, interface_language


class DashboardPage(QWidget):
    open_page = Signal(str)  # the key of a list page the user asked to see in full

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._store = store
        self._data: Dashboard | None = None

        title = QLabel(QCoreApplication.translate("Pages", "Dashboard"))
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self._today = QLabel()
        self._today.setObjectName("countLabel")

        self.meetings_panel = DashboardPanel(
            self.tr("Upcoming meetings"), self.tr("All meetings"),
            self.tr("No meetings in the next {days} days.").format(days=WINDOW_DAYS))
        self.delegations_panel = DashboardPanel(
            self.tr("Delegations"), self.tr("All delegations"),
            self.tr("No delegation under way or starting in the next {days} days.").format(days=WINDOW_DAYS))
        self.commitments_panel = DashboardPanel(
            self.tr("Commitments due"), self.tr("All agreements"),
            self.tr("Nothing due: every commitment is met for now."))
        self.meetings_panel.show_all.connect(lambda: self.open_page.emit("meetings"))
        self.delegations_panel.show_all.connect(lambda: self.open_page.emit("delegations"))
        self.commitments_panel.show_all.connect(lambda: self.open_page.emit("agreements"))

        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch()
        heading.addWidget(self._today)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for panel in (self.meetings_panel, self.delegations_panel, self.commitments_panel):
            cards.addWidget(panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)
        layout.addLayout(heading)
        layout.addLayout(cards, 1)

    @property
    def data(self) -> Dashboard | None:
        return self._data

    def activate(self) -> None:
        """Called each time the page is shown: the dashboard is always read afresh."""
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        with self._store.read() as session:
            self._data = dashboard(session, today, now=datetime.now(UTC))
        self._show(self._data)

    def _show(self, data: Dashboard) -> None:
        language, locale = interface_language(), formatting_locale()
        self._today.setText(format_date(data.today, locale, style="full"))
        self.meetings_panel.set_items(
            [MeetingEntry(m, data.today, language, locale) for m in data.meetings])
        self.delegations_panel.set_items(
            [DelegationEntry(d, data.today, language, locale) for d in data.delegations])
        entries: list[QWidget] = []
        if data.renewals:
            entries.append(SectionHeading(self.tr("Renewals")))
            entries += [RenewalEntry(r, data.today, language, locale) for r in data.renewals]
            if data.commitments:
                entries.append(SectionHeading(self.tr("Commitments")))
        groups = data.commitments_grouped()
        entries += [CommitmentEntry(group, data.today, language, locale) for group in groups]
        self.commitments_panel.set_items(entries, count=len(data.renewals) + len(groups))
