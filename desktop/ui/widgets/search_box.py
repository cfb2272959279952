"""The one search box: it searches after a pause in typing, and at once on Enter (a scanner ends with Enter)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 250
"""The pause in typing after which the search runs."""


class SearchBox(QLineEdit):
    search = Signal(str)
    """The text to search for (trimmed): after a pause in typing, on Enter, or from search_now()."""

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.search_now)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.search_now)

    def query(self) -> str:
        return self.text().strip()

    def search_now(self) -> None:
        """Search for what is in the box now (a pending delayed search is dropped)."""
        self._timer.stop()
        self.search.emit(self.query())

    def cancel(self) -> None:
        """Drop a delayed search (the caller searches by itself)."""
        self._timer.stop()
