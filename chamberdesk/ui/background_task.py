"""Long work (import, export) on a worker thread behind a progress dialog that can cancel it.

The work gets two callables: ``progress(stage, done, total)`` and ``cancelled()``; it raises to
stop. The GUI thread keeps painting and answering while it runs (an event loop waits for it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .progress_text import stage_text

Work = Callable[[Callable[[str, int, int], None], Callable[[], bool]], object]


class _Worker(QThread):
    progressed = Signal(str, int, int)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(lambda stage, done, total: self.progressed.emit(stage, done, total),
                                     self.cancel_requested.is_set)
        except BaseException as exc:  # handed to the GUI thread, which reports it
            self.error = exc


def run_with_progress(parent: QWidget | None, title: str, work: Work, *, cancellable: bool = True) -> object:
    """Run ``work`` off the GUI thread; return its result or raise its error (in the GUI thread)."""
    cancel = QCoreApplication.translate("BackgroundTask", "Cancel") if cancellable else None
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(440)  # room for a stage's name under the title, without a jumping width
    dialog.setMinimumDuration(300)  # quick work finishes before a dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)
    loop = QEventLoop()

    def show_progress(stage: str, done: int, total: int) -> None:
        dialog.setLabelText(f"{title}\n{stage_text(stage)}")  # what is being done, and which part of it
        dialog.setMaximum(max(total, 0))  # 0: busy, for as long as nobody can say how long
        dialog.setValue(min(done, max(total, 0)))

    # Qt shows the dialog after the minimum duration only once its value was set to the minimum:
    # without this, work that reports nothing (opening, upgrading) ran with no window at all.
    dialog.setValue(0)
    worker.progressed.connect(show_progress)
    dialog.canceled.connect(worker.cancel_requested.set)
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
