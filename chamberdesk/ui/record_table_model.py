"""One table model for every record list: ordered ids in memory, rows fetched by block when shown.

Searching and sorting happen in the database through the list source (``core.listing``), so a
list of 100,000 members costs a list of ints plus the few blocks of rows on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ..core.listing import ListSource, Row
from ..i18n.formatting import country_name, format_date, format_datetime, format_number
from ..store import Store
from .labels import COLUMN_VOCABULARIES, COUNTRY_COLUMNS, NUMERIC_COLUMNS, column_title, value_label
from .localisation import formatting_locale
from .style import tone_for

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, for sorting outside the database
    ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's id

    BLOCK_SIZE = 100
    MAX_CACHED_BLOCKS = 40

    def __init__(self, store: Store, source: ListSource, *, sort: str | None = None, descending: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._source = source
        self._columns = source.columns
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, Row]] = OrderedDict()
        self._search = ""
        self._filters = None  # a DirectoryFilters for the member list; None elsewhere
        self._sort = sort or source.columns[0]
        self._descending = descending
        self._total = 0
        self._today = date.today()
        self._lang = formatting_locale()

    # -- what the page asks -------------------------------------------------------------------

    @property
    def source(self) -> ListSource:
        return self._source

    @property
    def total(self) -> int:
        """Records in the list without the search (set by ``reload``)."""
        return self._total

    @property
    def search_text(self) -> str:
        return self._search

    def column_key(self, column: int) -> str:
        return self._columns[column]

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def is_sortable(self, column: int) -> bool:
        return self._columns[column] in self._source.sort_columns

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self.column_of(self._sort), order

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def reload(self) -> None:
        """Read the list again (after changes elsewhere, or on F5), keeping search and sort."""
        self._today = date.today()
        self._lang = formatting_locale()
        with self._store.read() as session:
            self._total = self._source.count(session)
        self._requery()

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._search:
            self._search = text
            self._requery()

    @property
    def filters(self):
        return self._filters

    def set_filters(self, filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self._requery()

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section] in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; a computed column (state, participants) cannot be, and is ignored."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not self.is_sortable(column) or (self._columns[column], descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = self._columns[column], descending
        self._requery()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.column(), self._row(index.row()).get(self._columns[index.column()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.data(index) or None
        if role == self.SORT_ROLE:
            return self._row(index.row()).get(self._columns[index.column()])
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(index)
        if role == Qt.ItemDataRole.FontRole and self._row(index.row()).get("archived"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()] in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- internals ----------------------------------------------------------------------------

    def _requery(self) -> None:
        self.beginResetModel()
        with self._store.read() as session:
            self._ids = self._source.ids(session, self._search or None, sort=self._sort,
                                         descending=self._descending, filters=self._filters)
        if not self._search and self._filters is None:
            self._total = len(self._ids)
        self._blocks.clear()
        self.endResetModel()

    def _row(self, row: int) -> Row:
        number = row // self.BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            block = self._fetch_block(number)
        else:
            self._blocks.move_to_end(number)
        return block.get(self._ids[row], {})

    def _fetch_block(self, number: int) -> dict[int, Row]:
        ids = self._ids[number * self.BLOCK_SIZE:(number + 1) * self.BLOCK_SIZE]
        with self._store.read() as session:
            block = self._source.rows(session, ids, self._today)
        self._blocks[number] = block
        if len(self._blocks) > self.MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def _display(self, column: int, value: object) -> str:
        key = self._columns[column]
        if value is None:
            return ""
        vocabulary = COLUMN_VOCABULARIES.get((self._source.kind, key))
        if vocabulary:
            return value_label(vocabulary, value)
        if key in COUNTRY_COLUMNS:
            return country_name(str(value), self._lang)
        if isinstance(value, datetime):
            return format_datetime(value, self._lang)
        if isinstance(value, date):
            return format_date(value, self._lang)
        if isinstance(value, bool):
            return "✓" if value else ""
        if isinstance(value, int):
            return format_number(value, self._lang)
        return str(value)

    def _foreground(self, index: Index):
        row = self._row(index.row())
        key = self._columns[index.column()]
        vocabulary = COLUMN_VOCABULARIES.get((self._source.kind, key))
        tone = vocabulary and tone_for(vocabulary, row.get(key))
        if tone:
            return tone.foreground
        if row.get("archived"):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
