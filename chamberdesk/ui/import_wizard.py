"""Importing members from a partner's spreadsheet, step by step: file → encoding → columns → check
(the dry run: every bad row and field) → duplicates (skip, merge or create per row) → import.

Reading, checking and writing run off the GUI thread behind a progress dialog; cancelling the
import writes nothing (the service's operation is rolled back).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
                               QWizard, QWizardPage)

from ..core.errors import ServiceError
from ..core.exchange.importer import ImportCancelled, ImportOptions, ImportPlan, apply_import, plan_import
from ..core.exchange.reading import CSV_SUFFIXES, ENCODINGS, SHEET_SUFFIXES, SheetData, read_file
from .background_task import run_with_progress
from .column_mapping_editor import ColumnMappingEditor
from .duplicate_review import DuplicateReview, decision_label
from .member_fields import field_label
from .problem_text import column_text, error_text, problem_text
from .style import Tone

PREVIEW_ROWS = 8
FILE_PAGE, ENCODING_PAGE, MAPPING_PAGE, CHECK_PAGE, DUPLICATE_PAGE, RESULT_PAGE = range(6)


class ImportWizard(QWizard):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import members"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.store = store
        self.sheet: SheetData | None = None
        self.plan: ImportPlan | None = None
        self.operation_id: int | None = None
        self.summary = ""
        self.file_page = FilePage(self)
        self.encoding_page = EncodingPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.duplicate_page = DuplicatePage(self)
        self.result_page = ResultPage(self)
        for number, page in enumerate((self.file_page, self.encoding_page, self.mapping_page, self.check_page,
                                       self.duplicate_page, self.result_page)):
            self.setPage(number, page)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(980, 640)

    def read(self, path: Path, encoding: str | None) -> bool:
        try:
            self.sheet = run_with_progress(self, self.tr("Reading {file}…").format(file=path.name),
                                           lambda _p, _c: read_file(path, encoding=encoding, limit=PREVIEW_ROWS),
                                           cancellable=False)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), error_text(exc))
            return False
        return True

    def check(self) -> bool:
        """The whole file is read again here (only its first rows were, for the preview)."""
        path = Path(self.file_page.path.text())
        options = ImportOptions(encoding=self.sheet.encoding, mapping=self.mapping_page.editor.mapping())
        try:
            self.plan = run_with_progress(self, self.tr("Checking the rows…"), lambda progress, cancelled: plan_import(
                self.store, path, options, progress=progress, cancelled=cancelled))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not checked"), error_text(exc, self.sheet.header))
            return False
        return True

    def run_import(self) -> bool:
        skip = self.check_page.skip_bad.isChecked()
        try:
            result = run_with_progress(self, self.tr("Importing…"), lambda progress, cancelled: apply_import(
                self.store, self.plan, skip_bad_rows=skip, progress=progress, cancelled=cancelled))
        except ImportCancelled as exc:
            QMessageBox.information(self, self.tr("Import cancelled"), error_text(exc))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), error_text(exc))
            return False
        self.operation_id = result.operation_id
        self.summary = self.tr("{created} members created, {merged} merged, {unchanged} already up to date, "
                               "{skipped} duplicates skipped, {bad} bad rows skipped.").format(
            created=result.created, merged=result.merged, unchanged=result.unchanged,
            skipped=result.skipped_duplicates, bad=result.skipped_bad)
        if result.kept_values:
            self.summary += " " + self.tr("{count} values in the file differ from those on record and were left as "
                                          "they are; edit the members to change them.").format(count=result.kept_values)
        if result.operation_id is None:
            self.summary += " " + self.tr("Nothing needed to be written.")
        return True


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (XLSX) file of members, one row per member. Our own export is "
                                 "read as it is; other layouts are mapped in a later step."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import members"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path.text()).suffix.lower() in SHEET_SUFFIXES

    def validatePage(self) -> bool:
        return self._wizard.read(Path(self.path.text()), None)

    def nextId(self) -> int:
        return ENCODING_PAGE if Path(self.path.text()).suffix.lower() in CSV_SUFFIXES else MAPPING_PAGE


class EncodingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the characters"))
        self.setSubTitle(self.tr("The encoding was detected. If names look wrong below (�, 縺, Ã©), choose the "
                                 "encoding the file was saved in."))
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        names = {"utf-8": self.tr("UTF-8"), "cp932": self.tr("Japanese Windows (Shift_JIS, CP932)"),
                 "shift_jis": self.tr("Shift_JIS (strict)"), "cp1252": self.tr("Western Windows (Windows-1252)"),
                 "utf-16": self.tr("Unicode text (UTF-16)")}
        for code in ENCODINGS:
            self.encoding.addItem(names[code], code)
        self.encoding.activated.connect(self._reread)
        self.preview = QTableWidget()
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setHighlightSections(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encoding)
        layout.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        detected = (self._wizard.sheet.encoding or "utf-8").replace("utf-8-sig", "utf-8")
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(detected)))
        self._show()

    def _reread(self) -> None:
        if self._wizard.read(Path(self._wizard.file_page.path.text()), self.encoding.currentData()):
            self._show()

    def _show(self) -> None:
        sheet = self._wizard.sheet
        self.preview.clear()
        self.preview.setColumnCount(len(sheet.header))
        self.preview.setHorizontalHeaderLabels(sheet.header)
        rows = sheet.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, (_number, cells) in enumerate(rows):
            for c, value in enumerate(cells[:len(sheet.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("For each field, the column of the file that holds it. Fields marked * are "
                                 "required. Save the mapping to use it again, or with 'chamberdesk import members "
                                 "--mapping'."))
        self.editor = ColumnMappingEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)

    def initializePage(self) -> None:
        self.editor.set_sheet(self._wizard.sheet)

    def validatePage(self) -> bool:
        missing = self.editor.missing_required()
        if missing:
            QMessageBox.warning(self, self.tr("Required fields"), self.tr(
                "Choose the column of the file for: {fields}").format(
                    fields=QLocale().createSeparatedList([field_label(column) for column in missing])))
            return False
        return self._wizard.check()


class CheckPage(QWizardPage):
    """The dry run's result: the counts first (rows, valid, with problems, duplicates and what will happen
    to them, columns left out), then every problem found."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check"))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        counts = QFormLayout()
        counts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("read", self.tr("Rows read")), ("valid", self.tr("Valid")),
                           ("bad", self.tr("With problems")), ("duplicates", self.tr("Duplicates found")),
                           ("unused", self.tr("Columns not imported"))):
            value = self.counts[key] = QLabel()
            value.setObjectName(f"{key}Count")
            value.setWordWrap(True)
            counts.addRow(label, value)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skip_bad = QCheckBox(self.tr("Import the other rows and leave the bad ones out"))
        self.skip_bad.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(counts)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_bad)
        # Takes the free height when there is no problem to list, so the summary stays at the top.
        layout.addStretch()

    def initializePage(self) -> None:
        plan = self._wizard.plan
        problems = plan.all_problems
        # Columns no field takes are listed first: whoever expects them imported must see it before importing.
        warnings = plan.warnings
        shown = warnings + problems
        self.problems.setRowCount(len(shown))
        for r, problem in enumerate(shown):
            row = "" if problem.row is None else str(problem.row)
            for c, text in enumerate((row, column_text(problem.field, plan.header), problem_text(problem))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if problem.warning:
                    item.setForeground(Tone.WARNING.foreground)
                self.problems.setItem(r, c, item)
        self.problems.setVisible(bool(shown))
        self.skip_bad.setVisible(bool(plan.bad_rows) and not plan.problems)
        self.skip_bad.setChecked(False)
        good = len(plan.rows) - len(plan.bad_rows)
        if plan.problems:  # of the file itself: no row was read
            text = self.tr("The file cannot be imported as it is: correct its header line, or go back and "
                           "change which column feeds which field.")
        elif problems:
            text = self.tr("{bad} of {total} rows have problems; nothing is imported until they are corrected, "
                           "unless you leave them out.").format(bad=len(plan.bad_rows), total=len(plan.rows))
        else:
            text = self.tr("All {total} rows are valid.").format(total=good)
        self.summary.setText(text)
        self._show_counts(plan, good)
        # Without duplicates to review, leaving this page imports.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import") if not plan.duplicates
                           else self._wizard.buttonText(QWizard.WizardButton.NextButton))

    def _show_counts(self, plan: ImportPlan, good: int) -> None:
        locale = QLocale()
        self.counts["read"].setText(locale.toString(len(plan.rows)))
        self.counts["valid"].setText(locale.toString(good))
        self.counts["bad"].setText(locale.toString(len(plan.bad_rows)))
        decisions = Counter(duplicate.decision for duplicate in plan.duplicates.values())
        if not decisions:
            duplicates = self.tr("none")
        else:
            duplicates = self.tr("{count} — you choose what to do with each on the next page; unless you change it: "
                                 "{choices}").format(count=locale.toString(len(plan.duplicates)),
                                                     choices=locale.createSeparatedList(
                                                         [f"{decision_label(d)} ({locale.toString(n)})"
                                                          for d, n in decisions.most_common()]))
        self.counts["duplicates"].setText(duplicates)
        unused = [p.field for p in plan.warnings if p.code == "column_not_imported"]
        self.counts["unused"].setText(locale.createSeparatedList(unused)
                                      if unused else self.tr("none"))

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and not plan.problems and (not plan.bad_rows or self.skip_bad.isChecked())

    def nextId(self) -> int:
        return DUPLICATE_PAGE if self._wizard.plan and self._wizard.plan.duplicates else RESULT_PAGE

    def validatePage(self) -> bool:
        return self.nextId() == DUPLICATE_PAGE or self._wizard.run_import()


class DuplicatePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(self.tr("Merging fills the fields the existing member lacks with the file's values and "
                                 "adds its tags and contact; what the member has is kept."))
        self.review = DuplicateReview()
        layout = QVBoxLayout(self)
        layout.addWidget(self.review)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        # Leaving this page imports; a commit page disables Back so the import cannot run twice.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        self.review.set_plan(self._wizard.plan)

    def validatePage(self) -> bool:
        return self._wizard.run_import()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Imported"))
        # The import is done and cannot be cancelled or redone from here: only Finish is offered.
        self.setFinalPage(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Undo (Ctrl+Z) in the member list removes the whole import again.")))
        layout.addStretch()

    def initializePage(self) -> None:
        self.result.setText(self._wizard.summary)
