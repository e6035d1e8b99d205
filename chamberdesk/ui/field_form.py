"""A form whose every field can show its problem right under it (validation next to the field).

Editors add rows with ``add``; ``show_problems`` takes the services' problems and puts each one's
message, in the interface's language, under its field in the danger tone; ``clear_problems``
removes them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..core.errors import Problem
from .problem_text import messages_by_field
from .style import Tone


class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._messages: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}

    def add(self, key: str, label: str, editor: QWidget, *, hint: QWidget | None = None) -> QWidget:
        """A labelled field; ``hint`` (a suggestion, a normalised value) shows between field and message."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint is not None:
            column.addWidget(hint)
        message = QLabel()
        message.setObjectName(f"{key}Problem")
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {Tone.DANGER.value[0]};")
        message.hide()
        column.addWidget(message)
        self._messages[key] = message
        self._layout.addRow(label, box)
        return editor

    def add_section(self, title: str) -> None:
        heading = QLabel(title)
        heading.setObjectName("formSection")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._layout.addRow(heading)

    def message(self, key: str) -> str:
        label = self._messages.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show each field's messages; returns the problems of fields this form does not have."""
        self.clear_problems()
        for key, messages in messages_by_field(p for p in problems if p.field in self._messages).items():
            self._messages[key].setText("\n".join(messages))
            self._messages[key].show()
        return [p for p in problems if p.field not in self._messages]

    def clear_problems(self) -> None:
        for label in self._messages.values():
            label.hide()
            label.clear()
