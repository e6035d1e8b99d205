"""Render one page of the main window to PNG without a display (``chamberdesk screenshot``).

The caller sets ``QT_QPA_PLATFORM=offscreen`` before Qt is first imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler

from ..store import Store
from .app import build_application
from .main_window import MainWindow
from .pages import PAGE_KEYS

SETTLE_MS = 100  # lets layouts, deferred deletions and the first paint of the rows finish
# The offscreen platform says so about every window it shows; nothing is wrong.
_OFFSCREEN_NOISE = "does not support propagateSizeHints"


def render_page(store: Store, page: str, lang: str, size: tuple[int, int], out: Path) -> None:
    if page not in PAGE_KEYS:
        raise ValueError(f"no page '{page}' (one of {', '.join(PAGE_KEYS)})")
    app = build_application(lang)
    previous_handler = qInstallMessageHandler(None)

    def forward(mode, context, message: str) -> None:
        if _OFFSCREEN_NOISE in message:
            return
        if previous_handler is not None:
            previous_handler(mode, context, message)
        else:
            print(message, file=sys.stderr)

    qInstallMessageHandler(forward)
    window = MainWindow(store, remember_layout=False)
    try:
        window.resize(*size)
        window.show_page(page)
        window.show()
        for _ in range(3):
            app.processEvents()
            loop = QEventLoop()
            QTimer.singleShot(SETTLE_MS, loop.quit)
            loop.exec()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        qInstallMessageHandler(previous_handler)
