"""The print preview shows the very PDF that is printed or saved, built off the GUI thread."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from chamberdesk.core.model import Agreement
from chamberdesk.core.services.records import create_record
from chamberdesk.print.documents import DELEGATION, MEETING, Target
from chamberdesk.ui.main_window import MainWindow
from chamberdesk.ui.print_choices import PrintChoice, choices_for
from chamberdesk.ui.print_preview import PrintPreviewDialog
from tests.print.world import build_world


@pytest.fixture
def world(store):
    return build_world(store)


def _open(qtbot, store, choices) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(store, choices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_building() and dialog.page_count > 0, timeout=30_000)
    return dialog


def test_preview_shows_the_pdf_and_rebuilds_for_another_language_pair(app, qtbot, store, world, tmp_path):
    dialog = _open(qtbot, store, [PrintChoice("roster", Target(DELEGATION, world.delegation)),
                                  PrintChoice("badges", Target(DELEGATION, world.delegation))])
    assert dialog.pdf.startswith(b"%PDF") and dialog.page_count == 1
    assert dialog.pair_box.currentText() == "English · 日本語"  # the organisation's default pair
    first = dialog.pdf
    dialog.pair_box.setCurrentIndex(dialog.pair_box.findText("English · മലയാളം"))
    qtbot.waitUntil(lambda: not dialog.is_building() and dialog.pdf != first, timeout=30_000)
    path = tmp_path / "shown.pdf"
    path.write_bytes(dialog.pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
    assert "ശ്രീലക്ഷ്മി" in text and "പ്രതിനിധി സംഘ പട്ടിക" in text


def test_missing_characters_are_shown_as_the_command_line_shows_them(app, qtbot, store, world):
    dialog = _open(qtbot, store, [PrintChoice("sign-in", Target(MEETING, world.meeting))])
    assert "U+28CDD" in dialog.warning_text and "field given_name_local" in dialog.warning_text


def test_save_as_pdf_writes_the_previewed_bytes(app, qtbot, store, world, tmp_path, monkeypatch):
    dialog = _open(qtbot, store, [PrintChoice("agenda", Target(MEETING, world.meeting))])
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF"))
    dialog.save_as_pdf()
    assert target.read_bytes() == dialog.pdf


def test_printing_renders_every_page_onto_the_printer(app, qtbot, store, world, tmp_path):
    dialog = _open(qtbot, store, [PrintChoice("tents", Target(MEETING, world.meeting))])
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.render_to(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert re.search(rf"^Pages:\s+{dialog.page_count}$", info, re.M) and dialog.page_count == len(world.people)


def test_print_action_offers_the_selected_meetings_documents(app, qtbot, store, world):
    window = MainWindow(store, remember_layout=False)
    qtbot.addWidget(window)
    window.show_page("meetings")
    page = window.page("meetings")
    assert choices_for(page) == []  # nothing selected yet
    page.table.selectRow(0)
    assert [c.document for c in choices_for(page)] == ["agenda", "sign-in", "badges", "tents"]
    actions = [a for a in window.menuBar().actions()[0].menu().actions() if a.shortcut().toString() == "Ctrl+P"]
    assert len(actions) == 1
    actions[0].trigger()
    dialog = window.findChild(PrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.page_count > 0, timeout=30_000)
    assert dialog.document_box.currentText() == "Agenda"
    dialog.close()
    window.show_page("dashboard")
    assert [c.document for c in choices_for(window.page("dashboard"))] == ["directory"]


def test_the_agreements_page_offers_the_bilingual_agreement(app, qtbot, store):
    create_record(store, Agreement, {"title": "Memorandum on SME cooperation", "title_local": "中小企業協力覚書",
                                     "local_lang": "ja"})
    window = MainWindow(store, remember_layout=False)
    qtbot.addWidget(window)
    window.show_page("agreements")
    page = window.page("agreements")
    page.table.selectRow(0)
    assert [c.document for c in choices_for(page)] == ["agreement"]
