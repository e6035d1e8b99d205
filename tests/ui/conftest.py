"""GUI tests: offscreen Qt and settings kept in the test's folder (records: the root ``sample`` fixture)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path):
    """QSettings of the test in its own folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def app(qapp):
    """The application as ``run_gui`` configures it, in English."""
    from chamberdesk.ui.app import build_application

    return build_application("en")
