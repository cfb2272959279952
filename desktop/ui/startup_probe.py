"""The start-up probe of `shuyi bench startup`: with SHUYI_STARTUP_PROBE=FILE set, the window's first paint
writes the time (seconds since the epoch) to FILE and quits the application. Without it, nothing happens."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "SHUYI_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, out: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.out = out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.out.write_text(repr(time.time()), encoding="ascii")
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)  # after this paint has finished
        return False


def install(window: QWidget) -> None:
    """Watch `window` for its first paint when the probe's environment variable names a file."""
    path = os.environ.get(PROBE_ENV)
    if path:
        window.installEventFilter(_FirstPaint(Path(path), window))
