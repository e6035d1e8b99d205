"""The duplicates an import found, one per row: what the file has, what it looks like, why, and
the choice — skip the row, merge it into the existing record, or create a new member anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.exchange.importer import DECISIONS, Duplicate, ImportPlan

ROW, FROM_FILE, EXISTING, REASON, DECISION = range(5)
CHOICE_MARGIN = 4


def decision_label(decision: str) -> str:
    """What a choice is called, here and on the check page that announces the choices to come."""
    labels = {"skip": QCoreApplication.translate("DuplicateReview", "Skip the row"),
              "merge": QCoreApplication.translate("DuplicateReview", "Merge into it"),
              "create": QCoreApplication.translate("DuplicateReview", "Create a new member")}
    return labels[decision]


class DuplicateReview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateReview")
        self._plan: ImportPlan | None = None
        self.choices: list[QComboBox] = []  # the choice of each row, in the table's order
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("wrappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("In the file"), self.tr("Looks like"),
                                              self.tr("Why"), self.tr("Do")])
        self.table.verticalHeader().hide()
        # Names in two scripts are long: the two name columns share the width and wrap, and each row is as
        # tall as its longest name, so nothing is cut off at the window's default size.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that came and went would narrow the columns after the rows took their heights.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FROM_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXISTING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DECISION, self._choice_width())
        self.all_choice = QComboBox()
        self.all_choice.setObjectName("decideAll")
        self.all_choice.addItem(self.tr("Choose for all…"), None)
        for decision in DECISIONS:
            self.all_choice.addItem(decision_label(decision), decision)
        self.all_choice.activated.connect(self._decide_all)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.all_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _choice_width() -> int:
        """Wide enough for the longest choice in the interface's language, with the combo's arrow."""
        widest = QComboBox()
        for decision in DECISIONS:
            widest.addItem(decision_label(decision))
        return widest.sizeHint().width() + 2 * CHOICE_MARGIN + 1  # and the grid line

    def set_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        duplicates = list(plan.duplicates.values())
        self.table.setRowCount(len(duplicates))
        self.choices = []
        for position, duplicate in enumerate(duplicates):
            for column, text in ((ROW, str(duplicate.row)), (FROM_FILE, duplicate.label),
                                 (EXISTING, self._existing(duplicate)),
                                 (REASON, self._reason(duplicate.candidate.reason))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(position, column, item)
            combo = QComboBox()
            # Only the choices this row allows: a second member with the same registration number cannot be.
            for decision in duplicate.choices:
                combo.addItem(decision_label(decision), decision)
            combo.setCurrentIndex(combo.findData(duplicate.decision))
            combo.currentIndexChanged.connect(lambda _i, row=duplicate.row, box=combo: plan.decide(row, box.currentData()))
            # Centred in a row that is as tall as its names, rather than stretched to that height.
            holder = QWidget()
            centred = QVBoxLayout(holder)
            centred.setContentsMargins(CHOICE_MARGIN, 0, CHOICE_MARGIN, 0)
            centred.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(position, DECISION, holder)
            self.choices.append(combo)
        self.summary.setText(self.tr("{count} rows look like members you have or like earlier rows of the file.")
                             .format(count=len(duplicates)))

    def _existing(self, duplicate: Duplicate) -> str:
        """The name, and under it which record it is (the number finds it in the member list)."""
        candidate = duplicate.candidate
        if candidate.member_id is not None:
            where = self.tr("member #{id}").format(id=candidate.member_id)
        else:
            where = self.tr("row {row} of this file").format(row=candidate.row)
        return f"{candidate.label}\n{where}"

    def _reason(self, reason: str) -> str:
        reasons = {"same uid": self.tr("same uid"), "same registration number": self.tr("same registration number"),
                   "same e-mail": self.tr("same e-mail"), "same phone": self.tr("same phone"),
                   "same name": self.tr("same name")}
        if reason.startswith("similar name"):
            return self.tr("similar name {score}").format(score=reason.removeprefix("similar name").strip())
        return reasons.get(reason, reason)

    def _decide_all(self, _index: int) -> None:
        decision = self.all_choice.currentData()
        if decision is None:
            return
        for combo in self.choices:
            index = combo.findData(decision)
            if index >= 0:  # rows that do not allow it keep their choice
                combo.setCurrentIndex(index)
        self.all_choice.setCurrentIndex(0)
