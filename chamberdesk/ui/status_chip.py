"""A small rounded label in a status tone: "Overdue", "Under way", "In 12 days"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .style import Tone


class StatusChip(QLabel):
    def __init__(self, text: str, tone: Tone, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("statusChip")
        self.tone = tone
        foreground, background = tone.value
        self.setStyleSheet(f"QLabel#statusChip {{ color: {foreground}; background: {background};"
                           " border-radius: 9px; padding: 2px 9px; font-weight: 600; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
