"""The start-up probe of `shuyi bench startup`: with SHUYI_STARTUP_PROBE=FILE set, the main window's first paint
(its frame: menus, navigation, status bar) writes the time (seconds since the epoch) as the first line of FILE;
the first paint of its first page over the opened database writes the second line, and the application quits.
Without the variable, nothing happens."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

PROBE_ENV = "SHUYI_STARTUP_PROBE"


class _FirstPaints(QObject):
    def __init__(self, out: Path, window: MainWindow) -> None:
        super().__init__(window)
        self.out = out
        self.times: list[float] = []
        window.page_painted.connect(self._page_painted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._record(time.time())
        return False

    def _page_painted(self) -> None:
        self._record(time.time())
        QTimer.singleShot(0, QCoreApplication.quit)  # after this paint has finished

    def _record(self, when: float) -> None:
        self.times.append(when)
        self.out.write_text("".join(f"{t!r}\n" for t in self.times), encoding="ascii")


def install(window: MainWindow) -> None:
    """Watch `window` for its first paint and its first page's, when the probe's environment variable names a
    file."""
    path = os.environ.get(PROBE_ENV)
    if path:
        window.installEventFilter(_FirstPaints(Path(path), window))
