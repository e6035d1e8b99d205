"""The Members page: the directory staff open first — search across members and their persons in any
script, filters, the lazy table, and the actions: new, edit, merge, archive, import, export, undo.

Every change goes through a service in one audited operation; the page remembers the operations
it made, newest last, and Undo (Ctrl+Z) reverses them one by one through the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ..core.errors import ServiceError
from ..core.exchange.exporter import export_members
from ..core.model import Member
from ..core.services.directory import archive, facets, load_member
from ..core.services.merge import merge_members
from ..core.services.operation import undo
from ..store import Store
from .background_task import run_with_progress
from .directory_filter_bar import DirectoryFilterBar
from .list_page import ListPage, ListPageSpec
from .member_editor import MemberEditor
from .member_table_model import MemberTableModel
from .merge_dialog import MergeDialog

# The index answers a keystroke in a few milliseconds, so the list follows the typing at once;
# a single Latin letter matches most of the directory and waits for the next key instead.
SHORT_LATIN_DELAY_MS = 250


class MembersPage(ListPage):
    def __init__(self, store: Store, spec: ListPageSpec, parent: QWidget | None = None) -> None:
        super().__init__(store, spec, parent)
        self._store = store
        self._undo_stack: list[int] = []
        self.filter_bar = DirectoryFilterBar()
        self._model.set_filters(self.filter_bar.filters())  # the bar's defaults are the list's (no query: equal)
        self.filter_bar.changed.connect(self._apply_filters)
        self._search.textChanged.connect(self._search_as_typed)

        self.new_button = self._button(self.tr("New member…"), self.new_member, "newMember")
        self.edit_button = self._button(self.tr("Edit…"), self.edit_selected, "editMember")
        self.merge_button = self._button(self.tr("Merge…"), self.merge_selected, "mergeMembers")
        self.archive_button = self._button(self.tr("Archive"), self.archive_selected, "archiveMember")
        self.import_button = self._button(self.tr("Import…"), self.import_file, "importMembers")
        self.export_button = self._button(self.tr("Export…"), self.export_list, "exportMembers")
        self.undo_button = self._button(self.tr("Undo"), self.undo_last, "undoMember")
        self.undo_action = QAction(self.tr("Undo the last change"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self._table.addAction(self.undo_action)
        self.undo_button.setToolTip(self.tr("Undo the last change made here (Ctrl+Z in the list)"))

        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.merge_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch()
        for button in (self.import_button, self.export_button, self.undo_button):
            actions.addWidget(button)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self._search) + 1, self.filter_bar)
        layout.insertLayout(layout.indexOf(self._table), actions)
        self._table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._table.activated.connect(lambda _index: self.edit_selected())
        self._table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _create_model(self, store: Store, spec: ListPageSpec) -> MemberTableModel:
        return MemberTableModel(store, spec.source, sort=spec.sort, descending=spec.descending, parent=self)

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.filter_bar.set_facets(facets(self._store))
        super().refresh()
        self._update_actions()

    def _search_as_typed(self, text: str) -> None:
        """Search within the keystroke itself, so the list and the typed text are painted together."""
        if len(text.strip()) == 1 and text.strip().isascii():
            self._search_timer.start(SHORT_LATIN_DELAY_MS)
        else:
            self._search_timer.stop()
            self._apply_search()

    def _apply_filters(self, filters) -> None:
        self._model.set_filters(filters)
        self._update_count()

    def _narrowed(self) -> bool:
        return self._model.narrowed

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        return [self._model.record_id(row) for row in rows]

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.archive_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)
        self.undo_button.setEnabled(bool(self._undo_stack))
        self.undo_action.setEnabled(bool(self._undo_stack))

    def _changed(self, operation_ids: list[int], message: str | None = None) -> None:
        self._undo_stack.extend(operation_ids)
        self.refresh()
        if message:
            self._status(message)

    def _status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    # -- actions -------------------------------------------------------------------------------

    def new_member(self) -> None:
        self._edit(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._edit(ids[0])

    def _edit(self, member_id: int | None) -> MemberEditor:
        editor = MemberEditor(self._store, member_id, self)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()
        return editor

    def _editor_closed(self, editor: MemberEditor) -> None:
        # Contact persons saved inside a cancelled editor are changes too: the editor lists them all.
        if editor.operation_ids:
            self._changed(editor.operation_ids, self.tr("Saved. Undo (Ctrl+Z) reverses the change."))

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        details = load_member(self._store, ids[0])
        answer = QMessageBox.question(self, self.tr("Archive member"), self.tr(
            "Archive {name}? It stays in documents and history but is shown as archived.").format(
                name=details.values["name"]))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: archive(self._store, Member, ids[0], expected_version=details.version).operation_id,
                      self.tr("Archived {name}.").format(name=details.values["name"]))

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        dialog = MergeDialog(load_member(self._store, ids[0]), load_member(self._store, ids[1]), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            keep, duplicate = dialog.kept_and_duplicate()
            self._run(lambda: merge_members(self._store, keep, duplicate),
                      self.tr("Merged. Undo (Ctrl+Z) separates them again."))

    def undo_last(self) -> None:
        if not self._undo_stack:
            return
        operation_id = self._undo_stack[-1]
        try:
            undo(self._store, operation_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot undo"), str(exc))
            return
        self._undo_stack.pop()
        self.refresh()
        self._status(self.tr("Undone."))

    def _run(self, change, message: str) -> None:
        try:
            operation_id = change()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self._changed([operation_id], message)

    def import_file(self) -> None:
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self._store, self)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.operation_id is not None:
            self._changed([wizard.operation_id], wizard.summary)

    def export_list(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the members shown"), str(Path.home() / "members.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Contact persons as vCard (*.vcf)"))
        if not path:
            return
        self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the members shown (a .vcf: their contact persons); returns the number of rows or cards."""
        search, filters = self._model.search_text or None, self._model.filters
        work = lambda _progress, _cancelled: export_members(  # noqa: E731
            self._store, path, search=search, filters=filters)
        try:
            exported = run_with_progress(self, self.tr("Exporting…"), work, cancellable=False)
        except (ServiceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return 0
        if exported.persons_left_out:
            self._status(self.tr("Exported {count} to {file}; {persons} further contact persons are not in it (a "
                                 "member list holds one per member): export as vCard (.vcf) to keep them.").format(
                count=exported.written, file=path.name, persons=exported.persons_left_out))
        else:
            self._status(self.tr("Exported {count} to {file}.").format(count=exported.written, file=path.name))
        return exported.written
