"""One card of the dashboard: a heading with a count, a link to the full list, and its items."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from .status_chip import StatusChip
from .style import Tone


class DashboardPanel(QFrame):
    show_all = Signal()

    def __init__(self, title: str, link_text: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._empty_text = empty_text
        self._items: list[QWidget] = []

        self._title = QLabel(title)
        self._title.setObjectName("cardTitle")
        self._title.setWordWrap(True)  # a narrow window wraps the heading instead of refusing to shrink
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._count = StatusChip("0", Tone.NEUTRAL)
        link = QLabel(f'<a href="#">{link_text}</a>')
        link.setWordWrap(True)
        link.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        link.linkActivated.connect(self.show_all)

        heading = QHBoxLayout()
        heading.setContentsMargins(16, 14, 16, 10)
        heading.setSpacing(8)
        heading.addWidget(self._title)
        heading.addWidget(self._count)
        heading.addStretch()
        heading.addWidget(link, 0)

        self._content = QWidget()
        self._content.setObjectName("cardContent")
        self._list = QVBoxLayout(self._content)
        self._list.setContentsMargins(0, 0, 0, 8)
        self._list.setSpacing(0)
        # Word-wrapped labels claim their height at the narrowest width as a minimum, which would show
        # a scroll bar with nothing to scroll; the scroll area then sizes the content by its height
        # for the real width alone.
        self._list.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        scroll = QScrollArea()
        scroll.setObjectName("cardScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)

    @property
    def items(self) -> list[QWidget]:
        return list(self._items)

    def set_items(self, items: list[QWidget], count: int | None = None) -> None:
        """Show ``items`` (headings included); ``count`` is what the heading's chip says."""
        while self._list.count():
            widget = self._list.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._items = items
        for item in items:
            self._list.addWidget(item)
        if not items:
            empty = QLabel(self._empty_text)
            empty.setObjectName("secondaryText")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            empty.setContentsMargins(16, 32, 16, 32)
            self._list.addWidget(empty)
        self._list.addStretch()
        self._count.setText(str(len(items) if count is None else count))

    def texts(self) -> list[str]:
        """Every text the panel shows, for tests and accessibility checks."""
        return [label.text() for label in self._content.findChildren(QLabel)]
