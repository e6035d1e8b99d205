"""Root test configuration: Qt offscreen before anything imports it; a fresh database per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from chamberdesk.store import open_store  # noqa: E402

from .sample_records import Sample, add_sample_records  # noqa: E402


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "chamberdesk.sqlite")
    yield opened
    opened.dispose()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, default databases and Qt settings of the tests out of the real home folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def sample(store) -> Sample:
    from datetime import date

    return add_sample_records(store, date.today())
