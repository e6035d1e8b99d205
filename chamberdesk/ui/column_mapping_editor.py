"""Which column of the file feeds which field: one row per field of ours, a choice of the file's columns,
and the first row's value as a preview; mappings can be saved and loaded (the CLI's --mapping)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.errors import ServiceError
from ..core.exchange.layout import COLUMNS, REQUIRED_COLUMNS
from ..core.exchange.mapping import ColumnMapping
from ..core.exchange.reading import SheetData
from ..core.exchange.rows import romanised_name
from .combo_data import add_no_choice, chosen, find_choice
from .member_fields import field_label
from .problem_text import error_text

FIELD, FILE_COLUMN, SAMPLE = range(3)
NAME_ROW, LOCAL_NAME_ROW = COLUMNS.index("name"), COLUMNS.index("name_local")


class ColumnMappingEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapping")
        self._sheet: SheetData | None = None
        self.table = QTableWidget(len(COLUMNS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the file"),
                                              self.tr("First row")])
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE_COLUMN, self.fontMetrics().averageCharWidth() * 28)
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        load = QPushButton(self.tr("Load mapping…"))
        load.clicked.connect(self._load)
        save = QPushButton(self.tr("Save mapping…"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(load)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_sheet(self, sheet: SheetData, mapping: ColumnMapping | None = None) -> None:
        self._sheet = sheet
        mapping = mapping or ColumnMapping.default_for(sheet.header)
        first = sheet.rows[0][1] if sheet.rows else []
        for row, column in enumerate(COLUMNS):
            required = column in REQUIRED_COLUMNS
            label = QTableWidgetItem(field_label(column) + (" *" if required else ""))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setToolTip(self.tr("Column '{column}' of ChamberDesk's own export").format(column=column))
            self.table.setItem(row, FIELD, label)
            combo = QComboBox()
            add_no_choice(combo, self.tr("(not in the file)"))
            for header in sheet.header:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(0, find_choice(combo, mapping.source_of(column))))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
            self.table.setCellWidget(row, FILE_COLUMN, combo)
            self._show_sample(row, first)
        self._show_sample(NAME_ROW, first)  # again, now that the local name's choice exists
        self._summarise()

    def _combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, FILE_COLUMN)

    def _changed(self, row: int) -> None:
        self._show_sample(row)
        if row == LOCAL_NAME_ROW:
            self._show_sample(NAME_ROW)

    def _show_sample(self, row: int, first: list[object] | None = None) -> None:
        if first is None:
            first = self._sheet.rows[0][1] if self._sheet and self._sheet.rows else []
        header = chosen(self._combo(row))
        sample = ""
        if header and self._sheet is not None and header in self._sheet.header:
            position = self._sheet.header.index(header)
            sample = str(first[position]) if position < len(first) and first[position] is not None else ""
            local_header = chosen(self._combo(LOCAL_NAME_ROW)) if self._combo(LOCAL_NAME_ROW) else None
            if row == NAME_ROW and header == local_header and romanised_name(sample):
                # One column for both names: the import romanises it (a Japanese-only file).
                sample = self.tr("{value} → {latin} (romanised)").format(value=sample, latin=romanised_name(sample))
        item = QTableWidgetItem(sample)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, SAMPLE, item)
        self._summarise()

    def _summarise(self) -> None:
        if self._sheet is None:
            return
        mapping = self.mapping()
        unused = mapping.unused_headers(self._sheet.header)
        text = self.tr("{mapped} of {total} columns of the file are used.").format(
            mapped=len(self._sheet.header) - len(unused), total=len(self._sheet.header))
        if unused:
            text += " " + self.tr("Not imported: {columns}").format(columns=QLocale().createSeparatedList(unused))
        self.summary.setText(text)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({column: chosen(self._combo(row)) if self._combo(row) else None
                              for row, column in enumerate(COLUMNS)})

    def missing_required(self) -> list[str]:
        mapping = self.mapping()
        return [column for column in REQUIRED_COLUMNS if not mapping.source_of(column)]

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a column mapping"), "",
                                              self.tr("Column mapping (*.json)"))
        if path and self._sheet is not None:
            try:
                self.set_sheet(self._sheet, ColumnMapping.load(Path(path)))
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Not a mapping"), error_text(exc))

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the column mapping"), "mapping.json",
                                              self.tr("Column mapping (*.json)"))
        if path:
            self.mapping().save(Path(path))
