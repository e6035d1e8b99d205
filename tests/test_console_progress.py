"""Long work on the command line: one line redrawn on a terminal, nothing in a log or a pipe."""

import io

from chamberdesk.cli.output import ConsoleProgress
from chamberdesk.core import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_one_line_redrawn_then_wiped():
    terminal = _Terminal()
    with ConsoleProgress(terminal) as report:
        report(progress.CHECKING_ROWS, 2_000, 50_000)
        report(progress.CHECKING_ROWS, 4_000, 50_000)  # within a fifth of a second: not redrawn
        report(progress.CHECKING_ROWS, 50_000, 50_000)  # the end of a stage always is
        report(progress.COMPACTING_INDEX, 0, 0)
    written = terminal.getvalue()
    assert "\n" not in written
    assert written.split("\r")[1:] == [
        "Checking rows: 2,000 of 50,000",
        "Checking rows: 50,000 of 50,000",
        "Compacting the search index…".ljust(len("Checking rows: 50,000 of 50,000")),
        " " * len("Checking rows: 50,000 of 50,000"), ""]


def test_a_log_or_a_pipe_gets_nothing():
    log = io.StringIO()
    with ConsoleProgress(log) as report:
        report(progress.WRITING, 1_000, 47_320)
    assert log.getvalue() == ""


def test_a_line_longer_than_the_terminal_is_cut_so_it_can_be_redrawn(monkeypatch):
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a, **k: os.terminal_size((20, 24)))
    terminal = _Terminal()
    with ConsoleProgress(terminal) as report:
        report(progress.FINDING_DUPLICATES, 1_000, 50_000)
    assert terminal.getvalue().split("\r")[1:] == ["Looking for duplica", " " * 19, ""]
