"""Start-up: the database is opened (and upgraded) off the interface thread, then the window shown."""

import shutil
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from chamberdesk.store import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schemas"


def test_an_older_database_is_upgraded_behind_a_progress_window_then_the_window_shows(app, tmp_path, monkeypatch):
    from chamberdesk.ui import app as startup

    database = tmp_path / "office.sqlite"
    shutil.copyfile(FIXTURES / "0002.sqlite", database)
    opened_on, shown = [], []

    def open_database():
        opened_on.append(threading.current_thread())
        return open_store(database)

    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # no event loop: the window is built and shown
    monkeypatch.setattr(startup.MainWindow, "show", lambda window: shown.append(window))
    assert startup.run_gui(open_database) == 0
    assert opened_on and opened_on[0] is not threading.main_thread()
    [window] = shown
    assert window._store.upgraded_from == "0002" and window._store.backup_path.exists()
    window.close()
