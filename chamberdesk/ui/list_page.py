"""A page listing one kind of record: title, search-as-you-type, a count and the table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
                               QToolButton, QVBoxLayout, QWidget)

from ..core.listing import ListSource
from ..i18n.formatting import format_number
from ..store import Store
from .labels import COLUMN_VOCABULARIES, COUNTRY_COLUMNS, NUMERIC_COLUMNS
from .localisation import formatting_locale
from .record_table_model import RecordTableModel

SEARCH_DELAY_MS = 150  # long enough to skip the queries of a word still being typed

# Column widths follow what the columns hold, measured in the list's first rows (the block the view
# reads anyway) in the interface's language and fonts: a Malayalam name is wider than a Latin one
# of as many letters, and "Membership" longer than 会員状況. Codes, statuses, numbers and dates are
# always shown whole; a column of names or other text gives way, down to FLOOR_CHARS, when the
# table is too narrow for all, and never below its header.
SAMPLE_ROWS = 50
FLOOR_CHARS = 12


def fit_widths(wanted: list[int], floors: list[int], room: int, *, names: int = 2) -> list[int]:
    """Widths of the visible columns in order, the first (which stretches to fill the table) included.

    When the columns want more than ``room``, the last columns give way first, each down to its
    floor (the columns are in order of importance); then the first ``names`` columns, the record's
    name in its two scripts, share what is left, the wider giving way first.
    """
    widths = list(wanted)
    excess = sum(widths) - room
    for column in range(len(widths) - 1, names - 1, -1):
        if excess <= 0:
            break
        given = min(excess, widths[column] - floors[column])
        widths[column] -= given
        excess -= given
    if excess > 0:
        widths[:names] = _share(widths[:names], floors[:names], sum(widths[:names]) - excess)
    return widths


def _share(wanted: list[int], floors: list[int], room: int) -> list[int]:
    """Every width capped alike (none below its floor) so that together they fill ``room``."""
    low, high = 0, max(wanted, default=0)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(floor, min(width, cap)) for width, floor in zip(wanted, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(floor, min(width, low)) for width, floor in zip(wanted, floors, strict=True)]


@dataclass(frozen=True)
class ListPageSpec:
    key: str
    source: ListSource
    title: str  # translatable, context "Pages"
    search_hint: str  # translatable, context "Pages"
    sort: str
    descending: bool = False
    hidden: tuple[str, ...] = ()  # columns of the source this page does not show


class ListPage(QWidget):
    def __init__(self, store: Store, spec: ListPageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{spec.key}Page")
        self._spec = spec
        self._loaded = False
        self._model = self._create_model(store, spec)

        self._title = QLabel(QCoreApplication.translate("Pages", spec.title))
        self._title.setObjectName("pageTitle")
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        self._title.setFont(title_font)
        self._count = QLabel()
        self._count.setObjectName("countLabel")

        self._search = QLineEdit()
        self._search.setObjectName("searchBox")
        self._search.setPlaceholderText(QCoreApplication.translate("Pages", spec.search_hint))
        self._search.setClearButtonEnabled(True)
        self._search.setMaximumWidth(self._search.fontMetrics().averageCharWidth() * 60)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._search.textChanged.connect(lambda _text: self._search_timer.start())  # restarts while typing
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self._search, self._search.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self._table = self._build_table()
        self._sized_by_user = False  # once a column is resized by hand, the page leaves the widths alone
        self._fitting = False
        self._measured: tuple[list[int], list[int]] | None = None  # wanted widths and floors of the columns
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)  # after the layout has given the table its width
        self._fit_timer.timeout.connect(self.fit_columns)
        self._table.installEventFilter(self)
        self._table.horizontalHeader().sectionResized.connect(self._section_resized)

        heading = self._heading = QHBoxLayout()
        heading.addWidget(self._title)
        heading.addStretch()
        heading.addWidget(self._count, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self._search)
        layout.addWidget(self._table, 1)

    def _create_model(self, store: Store, spec: ListPageSpec) -> RecordTableModel:
        return RecordTableModel(store, spec.source, sort=spec.sort, descending=spec.descending, parent=self)

    @property
    def key(self) -> str:
        return self._spec.key

    @property
    def model(self) -> RecordTableModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def search_box(self) -> QLineEdit:
        return self._search

    @property
    def count_label(self) -> QLabel:
        return self._count

    def activate(self) -> None:
        """Called when the page is shown: the first time, read the list."""
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._model.reload()
        self._loaded = True
        self._measured = None
        self._fit_timer.start()
        self._show_sort_indicator()
        self._update_count()

    def fit_columns(self) -> None:
        """Size the columns to what they hold and the table's width (the first column takes the rest)."""
        if self._sized_by_user:
            return
        columns = [c for c in range(self._model.columnCount()) if not self._table.isColumnHidden(c)]
        if self._measured is None:
            self._measured = self._measure(columns)
        widths = fit_widths(*self._measured, self._table.viewport().width())
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in zip(columns[1:], widths[1:], strict=True):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _measure(self, columns: list[int]) -> tuple[list[int], list[int]]:
        """Per column: the width that shows its header and its texts (most of them, for text), and its floor."""
        table, header = self._table, self._table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        rows = range(min(self._model.rowCount(), SAMPLE_ROWS))
        wanted, floors = [], []
        for column in columns:
            texts = sorted(table.sizeHintForIndex(self._model.index(row, column)).width() for row in rows) or [0]
            title = header.sectionSizeFromContents(column).width()
            if self._holds_values(column, rows):
                wanted.append(max(title, texts[-1]))
                floors.append(wanted[-1])
            else:  # all but the longest tenth: a rare very long name is elided (its tooltip shows it whole)
                wanted.append(max(title, texts[-1 - len(texts) // 10]))
                floors.append(max(title, min(wanted[-1], FLOOR_CHARS * char)))
        return wanted, floors

    def _holds_values(self, column: int, rows: range) -> bool:
        """True for a column of codes, statuses, numbers or dates (short texts of known length)."""
        key = self._model.column_key(column)
        if key in COUNTRY_COLUMNS or key in NUMERIC_COLUMNS or (self._spec.source.kind, key) in COLUMN_VOCABULARIES:
            return True
        values = [self._model.index(row, column).data(RecordTableModel.SORT_ROLE) for row in rows]
        present = [value for value in values if value is not None]
        return bool(present) and all(isinstance(value, (date, int)) for value in present)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != 0 and self._loaded:
            self._sized_by_user = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def add_header_action(self, action: QAction) -> None:
        """A button in the heading for a window action that works on this page's selection (Print…)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._heading.insertWidget(self._heading.indexOf(self._count), button, 0, Qt.AlignmentFlag.AlignBottom)

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self._model)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        # Malayalam and Devanagari reach further above and below the line than Latin does.
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        char = table.fontMetrics().averageCharWidth()
        for key in self._spec.hidden:
            table.setColumnHidden(self._model.column_of(key), True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(char * 8)
        header.setSortIndicator(*self._model.sort_state())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        return table

    def _apply_search(self) -> None:
        self._model.set_search(self._search.text())
        self._update_count()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self._model.is_sortable(column):
            self._show_sort_indicator()  # a computed column: keep showing the order really in use

    def _show_sort_indicator(self) -> None:
        column, order = self._model.sort_state()
        header = self._table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _narrowed(self) -> bool:
        """True when the list shows only some of its records (a search): the count says 'N of M'."""
        return bool(self._model.search_text)

    def _update_count(self) -> None:
        lang = formatting_locale()
        shown, total = self._model.rowCount(), self._model.total
        if self._narrowed():
            text = self.tr("{shown} of {total} match").format(shown=format_number(shown, lang),
                                                              total=format_number(total, lang))
        else:
            text = self.tr("{total} in all").format(total=format_number(total, lang))
        self._count.setText(text)
