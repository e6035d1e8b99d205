"""Print preview: shows the very PDF that will be printed or saved, built off the GUI thread.

The document and its language pair can be changed in the dialog; each change builds the PDF again
(a build still running is cancelled). Characters no bundled font has are listed above the
preview, as the command line lists them. Printing renders the PDF's pages onto the printer, so
paper and file are the same document.
"""

from __future__ import annotations

import threading
from io import BytesIO
from pathlib import Path

from babel import Locale
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ..print.bilingual import LanguagePair
from ..print.context import default_pair
from ..print.frame import Cancelled
from ..print.jobs import PrintResult, print_document
from ..store import Store
from .print_choices import PrintChoice, choices_for

PAIRS = ("en,ja", "ja,en", "en,ml", "en,hi", "en,th", "en,id", "en", "ja")
PRINT_DPI = 300  # pages are rendered to the printer at this resolution (sharp text, bounded memory)


def pair_label(pair: LanguagePair) -> str:
    """Each language in its own name: "English · 日本語" reads right whatever the interface language."""
    return " · ".join(Locale.parse(lang).get_display_name(lang).split(" (")[0] for lang in pair.languages)


class _Builder(QObject):
    """Builds one PDF in a worker thread; the dialog hears back through signals."""

    progressed = Signal(int)  # pages laid out so far
    finished = Signal(bytes, object)  # the PDF and its PrintResult
    failed = Signal(str)

    def __init__(self, store: Store, choice: PrintChoice, pair: LanguagePair) -> None:
        super().__init__()
        self._store, self._choice, self._pair = store, choice, pair
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, page: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self.progressed.emit(page)

    @Slot()
    def run(self) -> None:
        buffer = BytesIO()
        try:
            result = print_document(self._store, self._choice.document, self._choice.target, buffer,
                                    pair=self._pair, progress=self._progress)
        except Cancelled:
            self.failed.emit("")
        except Exception as exc:  # shown in the dialog; the GUI must stay up whatever the cause
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.finished.emit(buffer.getvalue(), result)


class PrintPreviewDialog(QDialog):
    def __init__(self, store: Store, choices: list[PrintChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print"))
        self._store = store
        self._choices = choices
        self._pdf = b""
        self._result: PrintResult | None = None
        self._thread: QThread | None = None
        self._builder: _Builder | None = None
        self._pending = False

        self._document_box = QComboBox()
        for choice in choices:
            self._document_box.addItem(choice.title)
        self._pair_box = QComboBox()
        with store.read() as session:
            default = default_pair(session)
        pairs = [LanguagePair.parse(text) for text in PAIRS]
        if default not in pairs:
            pairs.insert(0, default)
        for pair in pairs:
            self._pair_box.addItem(pair_label(pair), pair)
        self._pair_box.setCurrentIndex(pairs.index(default))
        self._status = QLabel()
        self._status.setObjectName("secondaryText")
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # the page count is known only at the end
        self._progress.setMaximumWidth(160)
        self._warning = QLabel()
        self._warning.setObjectName("printWarning")
        self._warning.setWordWrap(True)
        self._warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._warning.setStyleSheet("QLabel#printWarning { background: #fff4d6; border: 1px solid #e0b84a;"
                                    " border-radius: 4px; padding: 6px; color: #5a4300; }")
        self._warning.hide()

        self._document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._view = QPdfView()
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setMinimumSize(QSize(560, 480))

        self._save_button = QPushButton(self.tr("Save as PDF…"))
        self._print_button = QPushButton(self.tr("Print…"))
        self._print_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self._save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self._print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self._save_button.clicked.connect(self.save_as_pdf)
        self._print_button.clicked.connect(self.print_pages)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Document:")))
        choose.addWidget(self._document_box, 1)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Languages:")))
        choose.addWidget(self._pair_box)
        choose.addSpacing(12)
        choose.addWidget(self._progress)
        choose.addWidget(self._status)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self._warning)
        layout.addWidget(self._view, 1)
        layout.addWidget(buttons)
        self.resize(900, 760)

        self._document_box.currentIndexChanged.connect(self.rebuild)
        self._pair_box.currentIndexChanged.connect(self.rebuild)
        self.rebuild()

    # -- what tests and callers read ---------------------------------------------------------

    @property
    def pdf(self) -> bytes:
        return self._pdf

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._pdf else 0

    @property
    def warning_text(self) -> str:
        return self._warning.text() if not self._warning.isHidden() else ""

    @property
    def document_box(self) -> QComboBox:
        return self._document_box

    @property
    def pair_box(self) -> QComboBox:
        return self._pair_box

    def is_building(self) -> bool:
        return self._thread is not None

    # -- building ----------------------------------------------------------------------------

    @Slot()
    def rebuild(self) -> None:
        if self._builder is not None:
            self._pending = True
            self._builder.cancel()
            return
        self._set_busy(True)
        choice = self._choices[self._document_box.currentIndex()]
        self._builder = _Builder(self._store, choice, self._pair_box.currentData())
        self._thread = QThread(self)
        self._builder.moveToThread(self._thread)
        self._thread.started.connect(self._builder.run)
        self._builder.progressed.connect(self._on_progress)
        self._builder.finished.connect(self._on_finished)
        self._builder.failed.connect(self._on_failed)
        self._thread.start()

    def _on_progress(self, page: int) -> None:
        self._status.setText(self.tr("Laying out page {page}…").format(page=page))

    def _on_finished(self, pdf: bytes, result: PrintResult) -> None:
        self._end_build()
        if self._pending:
            self._pending = False
            self.rebuild()
            return
        self._show(pdf, result)

    def _on_failed(self, message: str) -> None:
        self._end_build()
        if self._pending:
            self._pending = False
            self.rebuild()
            return
        self._set_busy(False)
        self._status.setText("")
        QMessageBox.warning(self, self.tr("Print"), self.tr("The document could not be made: {reason}")
                            .format(reason=message))

    def _end_build(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._builder.deleteLater()
        self._thread = self._builder = None

    def _show(self, pdf: bytes, result: PrintResult) -> None:
        self._pdf, self._result = pdf, result
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        lines = [str(missing) for missing in result.missing] + result.notes
        if result.missing:
            lines.insert(0, self.tr("Some characters are in no bundled font; they were left out:"))
        self._warning.setText("\n".join(lines))
        self._warning.setVisible(bool(lines))
        self._status.setText(self.tr("Pages: {pages}").format(pages=result.pages))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._save_button.setEnabled(not busy and bool(self._pdf))
        self._print_button.setEnabled(not busy and bool(self._pdf))

    # -- saving and printing -----------------------------------------------------------------

    @Slot()
    def save_as_pdf(self) -> None:
        choice = self._choices[self._document_box.currentIndex()]
        suggested = f"{choice.document}-{str(self._pair_box.currentData()).replace(',', '-')}.pdf"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        try:
            Path(name).write_bytes(self._pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr("Could not save {file}: {reason}")
                                .format(file=name, reason=exc.strerror or str(exc)))

    @Slot()
    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document_box.currentText())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        """Draw each page of the PDF, as an image at PRINT_DPI, fitted to the printer's page."""
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), self.page_count) if printer.toPage() else self.page_count
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self._document.pagePointSize(number - 1)
                image = self._document.render(number - 1, QSize(round(points.width() * PRINT_DPI / 72),
                                                                 round(points.height() * PRINT_DPI / 72)))
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(target.x() + (target.width() - width) / 2,
                                         target.y() + (target.height() - height) / 2, width, height), image)
        finally:
            painter.end()

    def done(self, result: int) -> None:
        if self._builder is not None:
            self._builder.cancel()
            self._end_build()
        super().done(result)


def open_print_preview(store: Store, page: QWidget, parent: QWidget) -> PrintPreviewDialog | None:
    """The preview of what can be printed from ``page`` (its selected delegation or meeting, or the
    member directory); a word instead when a list page has nothing selected."""
    choices = choices_for(page)
    if not choices:
        QMessageBox.information(parent, QCoreApplication.translate("PrintPreviewDialog", "Print"),
                                QCoreApplication.translate("PrintPreviewDialog",
                                                           "Select a delegation, meeting or agreement in the "
                                                           "list first."))
        return None
    dialog = PrintPreviewDialog(store, choices, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
