"""Start-up: the database is opened (and upgraded) off the interface thread, then the window shown."""

import shutil
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from chamberdesk.core import progress
from chamberdesk.store import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schemas"


def test_an_older_database_is_upgraded_behind_a_progress_window_then_the_window_shows(app, tmp_path, monkeypatch):
    from chamberdesk.ui import app as startup

    database = tmp_path / "office.sqlite"
    shutil.copyfile(FIXTURES / "0002.sqlite", database)
    opened_on, shown, heard = [], [], []

    def open_database(progress):
        opened_on.append(threading.current_thread())

        def listening(stage, done, total):
            heard.append((stage, done, total))
            progress(stage, done, total)

        return open_store(database, progress=listening)

    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # no event loop: the window is built and shown
    monkeypatch.setattr(startup.MainWindow, "show", lambda window: shown.append(window))
    assert startup.run_gui(open_database) == 0
    assert opened_on and opened_on[0] is not threading.main_thread()
    [window] = shown
    assert window._store.upgraded_from == "0002" and window._store.backup_path.exists()
    window.close()
    # The upgrade recomputed the search keys: the window was told how far it was, stage by stage.
    members = [(done, total) for stage, done, total in heard if stage == progress.MEMBER_KEYS]
    persons = [(done, total) for stage, done, total in heard if stage == progress.PERSON_KEYS]
    assert members and members[-1][0] == members[-1][1] > 0
    assert persons and persons[-1][0] == persons[-1][1] > 0
    assert heard[-1] == (progress.COMPACTING_INDEX, 0, 0)


def test_every_stage_of_long_work_reads_in_the_interface_language(app):
    from chamberdesk.ui.app import build_application
    from chamberdesk.ui.progress_text import STAGES, stage_text

    assert list(STAGES) == list(progress.STAGES) and all(STAGES[s] == s for s in STAGES)  # the same English
    try:
        build_application("ja")
        for stage in progress.STAGES:
            assert stage_text(stage) != stage and stage_text(stage).strip(), stage
        assert stage_text("Something else") == "Something else"
    finally:
        build_application("en")
    assert [stage_text(s) for s in progress.STAGES] == list(progress.STAGES)
