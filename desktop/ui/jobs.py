"""Progress and cancelling for long jobs on the worker thread (imports, label sheets, exports)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class JobProgress(QObject):
    """Hand `callback` to the core: it reports progress to the GUI thread by signal and says whether to go on."""

    progressed = Signal(int, int)
    """(done, total); total is 0 when not known in advance."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def callback(self, done: int, total: int | None) -> bool:
        """Called on the worker thread; the signal is queued to the GUI thread."""
        self.progressed.emit(done, total or 0)
        return not self._cancelled.is_set()
