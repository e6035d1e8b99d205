"""Long work behind a progress window: the window appears for work that takes a while, reports
its stages in the interface's language, and hands back the result or the error."""

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from chamberdesk.core import progress
from chamberdesk.core.errors import ServiceError
from chamberdesk.ui.app import build_application
from chamberdesk.ui.background_task import run_with_progress


def _dialog_seen_after(ms: int, seen: list) -> None:
    def look():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.append((dialogs[0].labelText(), dialogs[0].value(), dialogs[0].maximum()) if dialogs else None)

    QTimer.singleShot(ms, look)


def test_work_that_reports_nothing_still_shows_its_window_after_a_moment(app):
    seen = []
    _dialog_seen_after(700, seen)
    assert run_with_progress(None, "Opening…", lambda _p, _c: time.sleep(1.2) or "opened", cancellable=False) == "opened"
    assert seen == [("Opening…", 0, 0)]  # busy: nobody can say how long


def test_stages_are_shown_in_the_interface_language_with_how_far_the_work_is(app):
    seen = []

    def work(report, _cancelled):
        report(progress.MEMBER_KEYS, 40_000, 100_000)
        time.sleep(1.2)
        return 1

    build_application("ja")
    try:
        _dialog_seen_after(700, seen)
        run_with_progress(None, "Opening…", work, cancellable=False)
    finally:
        build_application("en")
    assert seen == [("Opening…\n会員の検索キーを再計算しています", 40_000, 100_000)]


def test_the_error_of_the_work_is_raised_where_it_was_asked_for(app):
    def failing(_report, _cancelled):
        raise ServiceError("the file is locked")

    with pytest.raises(ServiceError, match="locked"):
        run_with_progress(None, "Importing…", failing)
