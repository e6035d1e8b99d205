"""The member list's model: the shared lazy model plus a column of contact persons.

While a search is active the column names the persons it matched (the member was found through
them, or also through them); otherwise the primary contact. Read per block, like the rows.

Archived members (merged ones too) are hidden unless the filters ask for them. They are few, so
the model reads their ids once per reload and leaves them out in memory: a keystroke's search
keeps the index's fast path instead of a query that also tests every match for archiving.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..core.directory_filters import DirectoryFilters
from ..core.listing import SortedIds
from ..core.services.directory import contacts_of
from .record_table_model import RecordTableModel, Row
from .style import Tone

CONTACTS = "contacts"
LABELLED_COLUMNS = frozenset({"country", "size_class", "membership_status"})
ACTIVE_ONLY = DirectoryFilters(include_archived=False)
ARCHIVED_ONLY = DirectoryFilters(archived_only=True)


class MemberTableModel(RecordTableModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._columns = (*self._columns, CONTACTS)
        self._sorted: SortedIds | None = None  # the whole list's order, read once per sort and reload
        self._sorted_by: tuple[str, bool] | None = None
        self._archived: frozenset[int] | None = None  # read with the order, once per reload
        self._labels: dict[tuple[int, object], str] = {}
        self._filters = ACTIVE_ONLY

    @property
    def narrowed(self) -> bool:
        """True when a search or a chosen filter value leaves out members the list would show."""
        return bool(self._search) or self._filters.narrows

    def reload(self) -> None:
        self._sorted = None
        self._archived = None
        self._labels.clear()  # the language or the day (dates) may have changed
        super().reload()

    def _requery(self) -> None:
        """Matches come from the index unordered and are ordered against the whole list's order."""
        self.beginResetModel()
        with self._store.read() as session:
            if self._sorted is None or self._sorted_by != (self._sort, self._descending):
                self._sorted = SortedIds(self._source.ids(session, sort=self._sort, descending=self._descending))
                self._sorted_by = (self._sort, self._descending)
            if self._archived is None:
                self._archived = frozenset(self._source.matching_ids(session, None, ARCHIVED_ONLY))
            chosen = replace(self._filters, include_archived=True)  # archived ones are left out below, in memory
            if self._search or not chosen.is_empty:
                matching = self._source.matching_ids(session, self._search or None, None if chosen.is_empty else chosen)
                ids = self._sorted.subset(matching)
            else:
                ids = list(self._sorted.order)
        hidden = frozenset() if self._filters.include_archived else self._archived
        self._ids = [record_id for record_id in ids if record_id not in hidden] if hidden else ids
        self._total = len(self._sorted.order) - len(hidden)
        self._blocks.clear()
        self.endResetModel()

    def _fetch_block(self, number: int) -> dict[int, Row]:
        block = super()._fetch_block(number)
        contacts = contacts_of(self._store, list(block), self._search or None)
        for member_id, row in block.items():
            names, matched = contacts.get(member_id, ([], False))
            row[CONTACTS] = ", ".join(names) or None
            row["contacts_matched"] = matched
        return block

    def _display(self, column: int, value: object) -> str:
        # Countries, statuses and sizes repeat on every row: label each value once, not per paint.
        if self._columns[column] not in LABELLED_COLUMNS:
            return super()._display(column, value)
        key = (column, value)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = super()._display(column, value)
        return label

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self._columns[index.column()] == CONTACTS:
            row = self._row(index.row())
            if role == Qt.ItemDataRole.DisplayRole and row.get("contacts_matched"):
                return "✓ " + (row.get(CONTACTS) or "")
            if role == Qt.ItemDataRole.ForegroundRole and row.get("contacts_matched"):
                return Tone.INFO.foreground
            if role == Qt.ItemDataRole.ToolTipRole and row.get("contacts_matched"):
                return self.tr("Found through these contact persons: {names}").format(names=row.get(CONTACTS))
        return super().data(index, role)
