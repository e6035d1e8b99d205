"""A page listing one kind of record: title, search-as-you-type, a count and the table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
                               QToolButton, QVBoxLayout, QWidget)

from ..core.listing import ListSource
from ..i18n.formatting import format_number
from ..store import Store
from .localisation import formatting_locale
from .record_table_model import RecordTableModel

SEARCH_DELAY_MS = 150  # long enough to skip the queries of a word still being typed

# Width of each column in average characters; the first (the record's name or title) takes the rest.
COLUMN_WIDTHS = {
    "name_local": 34, "title_local": 30, "country": 13, "city": 17, "sector": 22, "size_class": 10,
    "membership_status": 13, "starts_on": 14, "ends_on": 14, "origin_country": 14, "host_country": 14, "state": 13,
    "participants": 12, "starts": 25, "tz": 15, "venue": 22, "kind": 18, "status": 11, "parties": 22,
    "signed_on": 14, "valid_until": 14,
}


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
        self._show_sort_indicator()
        self._update_count()

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
        for column, key in enumerate(self._spec.source.columns):
            header.resizeSection(column, COLUMN_WIDTHS.get(key, 16) * char)
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

    def _update_count(self) -> None:
        lang = formatting_locale()
        shown, total = self._model.rowCount(), self._model.total
        if self._model.search_text:
            text = self.tr("{shown} of {total} match").format(shown=format_number(shown, lang),
                                                              total=format_number(total, lang))
        else:
            text = self.tr("{total} in all").format(total=format_number(total, lang))
        self._count.setText(text)
