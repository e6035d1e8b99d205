"""Start the interface: the application object with our fonts, language and style, then the window.

The caller has checked that a display exists; the database is opened (backed up, upgraded) here,
behind a progress window when that takes a moment: an upgrade that recomputes the search keys
of 100,000 members takes a minute, and a window that does not appear looks like a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLoggingCategory
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.progress import Progress
from ..store import Store
from .background_task import run_with_progress
from .fonts import apply_interface_font, load_bundled_fonts
from .localisation import install_language, resolve_language
from .main_window import MainWindow
from .settings import UI_LANGUAGE
from .style import STYLE_SHEET

ORGANISATION = "ChamberDesk"
APPLICATION = "ChamberDesk"


def build_application(language: str | None = None) -> QApplication:
    """The configured application (created, or the existing one reconfigured).

    ``language``: "en" or "ja"; None follows the user's setting, else the system's language.
    """
    # Qt notes each bundled script font that lacks another script's tables: the fallback is meant.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    load_bundled_fonts()
    apply_interface_font(app)
    install_language(app, resolve_language(language or UI_LANGUAGE.read()))
    app.setStyleSheet(STYLE_SHEET)
    return app


def run_gui(open_database: Callable[[Progress], Store]) -> int:
    """``open_database(progress)`` opens (and upgrades) the database, telling the window how far it is."""
    app = build_application()
    title = QCoreApplication.translate("Startup", "Opening the database (an upgrade to this version keeps a "
                                                  "backup)…")
    store = run_with_progress(None, title, lambda progress, _cancelled: open_database(progress),
                              cancellable=False)
    window = MainWindow(store)
    window.show()
    return app.exec()
