"""The member list's model: the shared lazy model plus a column of contact persons.

While a search is active the column names the persons it matched (the member was found through
them, or also through them); otherwise the primary contact. Read per block, like the rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..core.services.directory import contacts_of
from .record_table_model import RecordTableModel, Row
from .style import Tone

CONTACTS = "contacts"


class MemberTableModel(RecordTableModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._columns = (*self._columns, CONTACTS)

    def _fetch_block(self, number: int) -> dict[int, Row]:
        block = super()._fetch_block(number)
        contacts = contacts_of(self._store, list(block), self._search or None)
        for member_id, row in block.items():
            names, matched = contacts.get(member_id, ([], False))
            row[CONTACTS] = ", ".join(names) or None
            row["contacts_matched"] = matched
        return block

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
