"""The duplicates an import found, one per row: what the file has, what it looks like, why, and
the choice — skip the row, merge it into the existing record, or create a new member anyway.

A table model with a choice delegate, not a widget per row: an import of 50,000 rows against a
large directory finds thousands of duplicates, and a combo box per row took seconds and hundreds
of megabytes to show them.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QMargins, QModelIndex, QPersistentModelIndex, QRect, Qt,
                            QTimer)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStyle,
                               QStyledItemDelegate, QStyleOptionComboBox, QTableView, QVBoxLayout, QWidget)

from ..core.exchange.importer import DECISIONS, Duplicate, ImportPlan
from .combo_data import add_no_choice, chosen

ROW, FROM_FILE, EXISTING, REASON, DECISION = range(5)
CHOICE_MARGIN = 4
MEASURED_ROWS = 400
Index = QModelIndex | QPersistentModelIndex


def decision_label(decision: str) -> str:
    """What a choice is called, here and on the check page that announces the choices to come."""
    labels = {"skip": QCoreApplication.translate("DuplicateReview", "Skip the row"),
              "merge": QCoreApplication.translate("DuplicateReview", "Merge into it"),
              "create": QCoreApplication.translate("DuplicateReview", "Create a new member")}
    return labels[decision]


def reason_text(reason: str) -> str:
    """Core's reason ("same e-mail", "similar name (93%)") in the interface's language."""
    if reason.startswith("similar name"):
        return QCoreApplication.translate("DuplicateReview", "similar name {score}").format(
            score=reason.removeprefix("similar name").strip())
    reasons = {
        "same uid": QCoreApplication.translate("DuplicateReview", "same uid"),
        "same registration number": QCoreApplication.translate("DuplicateReview", "same registration number"),
        "same e-mail": QCoreApplication.translate("DuplicateReview", "same e-mail"),
        "same phone": QCoreApplication.translate("DuplicateReview", "same phone"),
        "same name": QCoreApplication.translate("DuplicateReview", "same name"),
    }
    return reasons.get(reason, reason)


def why_text(duplicate: Duplicate) -> str:
    """The reason, which record, and why 'create' is not offered when it is not."""
    lines = [reason_text(duplicate.candidate.reason), duplicate.candidate.matched, record_text(duplicate)]
    lines = [line for line in lines if line]  # the value found in both, when there is one, under the reason
    if "create" not in duplicate.choices and duplicate.candidate.reason != "same registration number":
        lines.append(QCoreApplication.translate("DuplicateReview", "its registration number is taken"))
    return "\n".join(lines)


def record_text(duplicate: Duplicate) -> str:
    """Which record it looks like (the number finds it in the member list)."""
    candidate = duplicate.candidate
    if candidate.member_id is not None:
        return QCoreApplication.translate("DuplicateReview", "member #{id}").format(id=candidate.member_id)
    return QCoreApplication.translate("DuplicateReview", "row {row} of this file").format(row=candidate.row)


class DuplicateModel(QAbstractTableModel):
    """The plan's duplicates; the choice column is editable and decides in the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._rows: list[Duplicate] = []
        self._headers = [QCoreApplication.translate("DuplicateReview", "Row"),
                         QCoreApplication.translate("DuplicateReview", "In the file"),
                         QCoreApplication.translate("DuplicateReview", "Looks like"),
                         QCoreApplication.translate("DuplicateReview", "Why"),
                         QCoreApplication.translate("DuplicateReview", "Do")]

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.duplicates.values())
        self.endResetModel()

    def duplicate(self, row: int) -> Duplicate:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == DECISION else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        duplicate = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == DECISION:
            return duplicate.decision
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Which record goes under the reason, not under the name: a long name in two scripts
            # would push it out of its cell.
            return (str(duplicate.row), duplicate.label, duplicate.candidate.label, why_text(duplicate),
                    decision_label(duplicate.decision))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != DECISION or role != Qt.ItemDataRole.EditRole or self._plan is None:
            return False
        duplicate = self._rows[index.row()]
        if value not in duplicate.choices or value == duplicate.decision:
            return False
        self._plan.decide(duplicate.row, value)
        self.dataChanged.emit(index, index)
        return True

    def decide_all(self, decision: str) -> None:
        """Every row that allows it (a row sharing a registration number keeps its choice)."""
        for duplicate in self._rows:
            if decision in duplicate.choices and duplicate.decision != decision:
                self._plan.decide(duplicate.row, decision)
        if self._rows:
            self.dataChanged.emit(self.index(0, DECISION), self.index(len(self._rows) - 1, DECISION))


def _choice_rect(cell: QRect) -> QRect:
    """A combo box of its natural height, centred in a cell as tall as the row's names."""
    height = min(_combo_height(), cell.height() - 2 * CHOICE_MARGIN)
    return QRect(cell.left() + CHOICE_MARGIN, cell.top() + (cell.height() - height) // 2,
                 cell.width() - 2 * CHOICE_MARGIN, height)


def _combo_height() -> int:
    return QComboBox().sizeHint().height()


class ChoiceDelegate(QStyledItemDelegate):
    """Draws the choice as a combo box and edits it with one: only the row being edited has a widget."""

    def paint(self, painter, option, index: Index) -> None:
        box = QStyleOptionComboBox()
        box.rect = _choice_rect(option.rect)
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        style = (option.widget.style() if option.widget else QApplication.style())
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for decision in index.model().duplicate(index.row()).choices:
            editor.addItem(decision_label(decision), decision)
        # Chosen in one click: the list opens at once, and a choice is written as soon as it is made.
        editor.activated.connect(lambda _i, box=editor: self.commitData.emit(box))
        editor.activated.connect(lambda _i, box=editor: self.closeEditor.emit(box))
        QTimer.singleShot(0, editor.showPopup)
        return editor

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: Index) -> None:
        editor.setGeometry(_choice_rect(option.rect))


class NameDelegate(QStyledItemDelegate):
    """Names in every script, wrapped, with room for their last line. Qt sizes a wrapped cell by its
    lines' heights but draws it in a rect a few pixels shorter, and elides the last line that does
    not fit: two lines of Malayalam (18 + 15 px) in a row sized for two of Japanese (2 × 17) lost
    their second line to '…'. A fifth of a line more keeps every line whole."""

    def sizeHint(self, option, index: Index):
        hint = super().sizeHint(option, index)
        return hint.grownBy(QMargins(0, 0, 0, (option.fontMetrics.lineSpacing() + 4) // 5)) if hint.isValid() else hint


class DuplicateReview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateReview")
        self.model = DuplicateModel(self)
        self.table = QTableView()
        self.table.setObjectName("wrappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DECISION, ChoiceDelegate(self.table))
        for column in (FROM_FILE, EXISTING):
            self.table.setItemDelegateForColumn(column, NameDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that came and went would narrow the columns.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().setDefaultSectionSize(3 * self.table.fontMetrics().lineSpacing() + 20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FROM_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXISTING, QHeaderView.ResizeMode.Stretch)
        # As wide as the reasons, not as the longest e-mail found (that one wraps, whole in its tooltip).
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DECISION, self.choice_width())
        header.resizeSection(REASON, self._why_width())
        self.all_choice = QComboBox()
        self.all_choice.setObjectName("decideAll")
        add_no_choice(self.all_choice, self.tr("Choose for all…"))
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

    def _why_width(self) -> int:
        texts = [reason_text(r) for r in ("same uid", "same registration number", "same e-mail", "same phone",
                                           "same name", "similar name (100%)")]
        texts.append(QCoreApplication.translate("DuplicateReview", "row {row} of this file").format(row=99999))
        texts.append(QCoreApplication.translate("DuplicateReview", "its registration number is taken"))
        metrics = self.table.fontMetrics()
        return max(metrics.horizontalAdvance(text) for text in texts) + 16

    @staticmethod
    def choice_width() -> int:
        """Wide enough for the longest choice in the interface's language, with the combo's arrow."""
        widest = QComboBox()
        for decision in DECISIONS:
            widest.addItem(decision_label(decision))
        return widest.sizeHint().width() + 2 * CHOICE_MARGIN + 1  # and the grid line

    def set_plan(self, plan: ImportPlan) -> None:
        self.model.set_plan(plan)
        # Each row as tall as its longest name; past a few hundred rows, measuring every row takes
        # seconds, so rows are three lines and a longer name is whole in its tooltip.
        measured = self.model.rowCount() <= MEASURED_ROWS
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if measured else QHeaderView.ResizeMode.Fixed)
        self.summary.setText(self.tr("{count} rows look like members you have or like earlier rows of the file.")
                             .format(count=self.model.rowCount()))

    def _decide_all(self, _index: int) -> None:
        decision = chosen(self.all_choice)
        if decision is not None:
            self.model.decide_all(decision)
        self.all_choice.setCurrentIndex(0)
