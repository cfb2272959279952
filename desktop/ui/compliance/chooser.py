"""The top row of the compliance widgets: a heading, and the standard to measure against, chosen from those there
are (loaded once); `changed` fires when the choice is made or the list has loaded."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.core.stations.standards import StandardInfo
from desktop.ui.context import UiContext
from desktop.ui.widgets.labels import heading


class StandardBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget, *, own_first: bool, default: str | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self)
        self.caption = QLabel(self)
        self.chooser = QComboBox(self)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._own_first, self._default, self._filling = own_first, default, False
        self.chooser.currentIndexChanged.connect(self._chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.caption)
        row.addWidget(self.chooser)
        ctx.tasks.submit(ctx.app.standards.list, on_done=self._loaded)

    def standard(self) -> str | None:
        """The standard chosen by name; None for each station's own."""
        return self.chooser.currentData() or (None if self._own_first else self._default)

    def _loaded(self, rows: list[StandardInfo]) -> None:
        self._filling = True
        own = self.chooser.itemText(0) if self._own_first and self.chooser.count() else ""
        self.chooser.clear()
        if self._own_first:
            self.chooser.addItem(own, None)
        for s in rows:
            self.chooser.addItem(f"{s.name}　{s.title}" if s.title and self._own_first else s.name, s.name)
        if self._default is not None:
            self.chooser.setCurrentIndex(max(self.chooser.findData(self._default), 0))
        self._filling = False
        self.changed.emit()

    def set_own_text(self, text: str) -> None:
        if self._own_first and self.chooser.count():
            self.chooser.setItemText(0, text)

    def _chosen(self, _index: int) -> None:
        if not self._filling:
            self.changed.emit()
