"""The duplicates an import found, one per row: what the file has, what it looks like, why, and
the choice — skip the row, merge it into the existing record, or create a new member anyway."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.exchange.importer import DECISIONS, ImportPlan

ROW, FROM_FILE, EXISTING, REASON, DECISION = range(5)


class DuplicateReview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateReview")
        self._plan: ImportPlan | None = None
        self._labels = {"skip": self.tr("Skip the row"), "merge": self.tr("Merge into it"),
                        "create": self.tr("Create a new member")}
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("In the file"), self.tr("Looks like"),
                                              self.tr("Why"), self.tr("Do")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(FROM_FILE, self.fontMetrics().averageCharWidth() * 34)
        header.setSectionResizeMode(EXISTING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.ResizeToContents)
        self.all_choice = QComboBox()
        self.all_choice.setObjectName("decideAll")
        self.all_choice.addItem(self.tr("Choose for all…"), None)
        for decision in DECISIONS:
            self.all_choice.addItem(self._labels[decision], decision)
        self.all_choice.activated.connect(self._decide_all)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.all_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        duplicates = list(plan.duplicates.values())
        self.table.setRowCount(len(duplicates))
        for position, duplicate in enumerate(duplicates):
            for column, text in ((ROW, str(duplicate.row)), (FROM_FILE, duplicate.label),
                                 (EXISTING, self._existing(duplicate)),
                                 (REASON, self._reason(duplicate.candidate.reason))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(position, column, item)
            combo = QComboBox()
            for decision in DECISIONS:
                combo.addItem(self._labels[decision], decision)
            combo.setCurrentIndex(combo.findData(duplicate.decision))
            combo.currentIndexChanged.connect(lambda _i, row=duplicate.row, box=combo: plan.decide(row, box.currentData()))
            self.table.setCellWidget(position, DECISION, combo)
        self.summary.setText(self.tr("{count} rows look like members you have or like earlier rows of the file.")
                             .format(count=len(duplicates)))

    def _existing(self, duplicate) -> str:
        candidate = duplicate.candidate
        if candidate.member_id is not None:
            return self.tr("{name} (member #{id})").format(name=candidate.label, id=candidate.member_id)
        return self.tr("{name} (row {row} of this file)").format(name=candidate.label, row=candidate.row)

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
        for position in range(self.table.rowCount()):
            combo: QComboBox = self.table.cellWidget(position, DECISION)
            combo.setCurrentIndex(combo.findData(decision))
        self.all_choice.setCurrentIndex(0)
