"""The look shared by every page: status tones and the application style sheet.

Surfaces take their colours from the palette so a dark system theme stays readable; only the
status tones are fixed, each a dark text on a light tint that reads on either theme.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor


class Tone(Enum):
    DANGER = ("#a50e0e", "#fce8e6")
    WARNING = ("#7a4a00", "#fef0d0")
    SUCCESS = ("#0d652d", "#e6f4ea")
    INFO = ("#174ea6", "#e8f0fe")
    NEUTRAL = ("#3c4043", "#eceff1")

    @property
    def foreground(self) -> QColor:
        return QColor(self.value[0])

    @property
    def background(self) -> QColor:
        return QColor(self.value[1])


# (vocabulary, value) → tone; values not listed are shown without colour.
VALUE_TONES = {
    ("delegation_state", "under_way"): Tone.SUCCESS,
    ("delegation_state", "preparing"): Tone.INFO,
    ("delegation_state", "past"): Tone.NEUTRAL,
    ("delegation_state", "cancelled"): Tone.NEUTRAL,
    ("agreement_state", "in_force"): Tone.SUCCESS,
    ("agreement_state", "renewal_due"): Tone.WARNING,
    ("agreement_state", "not_yet_in_force"): Tone.INFO,
    ("agreement_state", "expired"): Tone.DANGER,
    ("agreement_state", "terminated"): Tone.NEUTRAL,
    ("agreement_state", "draft"): Tone.NEUTRAL,
    ("occurrence_status", "overdue"): Tone.DANGER,
    ("occurrence_status", "due"): Tone.WARNING,
    ("occurrence_status", "met"): Tone.SUCCESS,
    ("meeting_status", "held"): Tone.SUCCESS,
    ("meeting_status", "cancelled"): Tone.NEUTRAL,
    ("membership_status", "active"): Tone.SUCCESS,
    ("membership_status", "prospect"): Tone.INFO,
    ("membership_status", "lapsed"): Tone.WARNING,
    ("membership_status", "resigned"): Tone.NEUTRAL,
}


def tone_for(vocabulary: str, value: object) -> Tone | None:
    return VALUE_TONES.get((vocabulary, value))


STYLE_SHEET = """
QFrame#sidebar {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
}
QListWidget#navigation {
    border: none;
    background: transparent;
    padding: 4px 0;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 0 12px;
    margin: 1px 8px;
    border-radius: 6px;
}
QListWidget#navigation::item:hover:!selected {
    background: palette(midlight);
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#productName {
    font-weight: 700;
    padding: 14px 18px 10px 18px;
}
QLabel#pageTitle {
    font-weight: 700;
}
QLabel#secondaryText, QLabel#countLabel {
    color: palette(placeholder-text);
}
QFrame#card {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame#card QLabel {
    background: transparent;
}
QLabel#cardTitle {
    font-weight: 700;
}
QFrame#dashboardItem {
    border: none;
    border-top: 1px solid palette(midlight);
    background: transparent;
}
QFrame#dateBadge {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 6px;
}
QScrollArea#cardScroll, QWidget#cardContent {
    background: transparent;
    border: none;
}
QTableView {
    border: 1px solid palette(mid);
    border-radius: 6px;
}
QTableView::item {
    padding: 0 6px;
}
/* Qt wraps a cell's text and sizes its row without the item padding, and places a cell's widget inside
   it: in tables whose cells wrap, padding at the sides would cut the last line off and narrow the widgets. */
QTableView#wrappingTable::item {
    padding: 3px 0;
}
QHeaderView::section {
    padding: 5px 6px;
    border: none;
    border-bottom: 1px solid palette(mid);
    background: palette(window);
    font-weight: 600;
}
"""
