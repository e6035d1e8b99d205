"""Choosing which of two member records of one SME to keep when merging them."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ..core.services.directory import MemberDetails


class MergeDialog(QDialog):
    def __init__(self, first: MemberDetails, second: MemberDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicate members"))
        self._members = (first, second)
        explanation = QLabel(self.tr(
            "Contact persons, participations, matches, visits hosted and tags of the other record move to the "
            "one you keep; fields it lacks are filled in; the other is archived. Undo (Ctrl+Z) reverses it."))
        explanation.setWordWrap(True)
        self._choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        for number, member in enumerate(self._members):
            values = member.values
            label = self.tr("Keep {name} ({country}, {persons} contact persons, #{id})").format(
                name=" / ".join(dict.fromkeys(v for v in (values["name"], values.get("name_local")) if v)),
                country=values["country"], persons=len(member.persons), id=member.id)
            button = QRadioButton(label)
            button.setChecked(number == 0)
            self._choice.addButton(button, number)
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kept_and_duplicate(self) -> tuple[int, int]:
        keep = self._choice.checkedId()
        return self._members[keep].id, self._members[1 - keep].id
