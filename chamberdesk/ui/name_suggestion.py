"""A suggestion under a field (a kana reading, a romanisation) that the user takes with one click or ignores.

Japanese name readings are often irregular, so a suggestion never fills a field by itself, and
none is offered for a field that holds what the user entered: a reading typed (or kept from the
record) stands until the user clears it. A value taken from a suggestion may be suggested anew.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .style import Tone


class Suggestion(QWidget):
    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._value = ""
        self._template = ""
        self._taken = ""  # the value "Use" last put into the field
        self._label = QLabel()
        self._label.setStyleSheet(f"color: {Tone.INFO.value[0]};")
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.setObjectName("useSuggestion")
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self._use)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.use_button)
        self.hide()
        target.textChanged.connect(lambda _text: self._show_or_hide())

    @property
    def value(self) -> str:
        return self._value

    def offer(self, value: str, template: str) -> None:
        """Show ``template`` (with {value}) unless there is nothing to offer or the field is not open to it."""
        self._value, self._template = value, template
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        current = self._target.text().strip()
        entered = bool(current) and current != self._taken
        if not self._value or current == self._value or entered:
            self.hide()
            return
        self._label.setText(self._template.format(value=self._value))
        self.show()

    def _use(self) -> None:
        self._taken = self._value
        self._target.setText(self._value)
