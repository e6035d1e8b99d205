"""The member list's model: the shared lazy model plus a column of contact persons.

While a search is active the column names the persons it matched (the member was found through
them, or also through them); otherwise the primary contact. Read per block, like the rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..core.listing import SortedIds
from ..core.services.directory import contacts_of
from .record_table_model import RecordTableModel, Row
from .style import Tone

CONTACTS = "contacts"
LABELLED_COLUMNS = frozenset({"country", "size_class", "membership_status"})


class MemberTableModel(RecordTableModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._columns = (*self._columns, CONTACTS)
        self._sorted: SortedIds | None = None  # the whole list's order, read once per sort and reload
        self._sorted_by: tuple[str, bool] | None = None
        self._labels: dict[tuple[int, object], str] = {}

    def reload(self) -> None:
        self._sorted = None
        self._labels.clear()  # the language or the day (dates) may have changed
        super().reload()

    def _requery(self) -> None:
        """Matches come from the index unordered and are ordered against the whole list's order."""
        self.beginResetModel()
        with self._store.read() as session:
            if self._sorted is None or self._sorted_by != (self._sort, self._descending):
                self._sorted = SortedIds(self._source.ids(session, sort=self._sort, descending=self._descending))
                self._sorted_by = (self._sort, self._descending)
            if self._search or self._filters is not None:
                matching = self._source.matching_ids(session, self._search or None, self._filters)
                self._ids = self._sorted.subset(matching)
            else:
                self._ids = list(self._sorted.order)
                self._total = len(self._ids)
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
