"""The reading-room combo: the open reading rooms, loaded off the GUI thread, reloaded on request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.context import UiContext
from desktop.ui.widgets.labels import I18N_SKIP


class RoomCombo(QComboBox):
    """Items "JH01  建湖县总工会职工书屋" with the room code as data; items put in before the rooms (e.g. "All
    reading rooms" at the top) stay. The choice is kept across reloads while its room is still open."""

    loaded = Signal(list)
    """The open reading rooms (SiteInfo), once they are in."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, pick_first: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick_first = pick_first
        """With no choice yet, choose the first item (else none: the caller chooses once the rooms are in)."""
        self.setProperty(I18N_SKIP, True)  # site names are data
        self.rooms: list[SiteInfo] = []
        self._fixed = 0
        self.reload()

    def reload(self) -> None:
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.list_sites(kind=SiteKind.READING_ROOM), on_done=self._fill)

    def code(self) -> str:
        """The room chosen ("" for none, or for an item such as "All reading rooms")."""
        return str(self.currentData() or "")

    def _fill(self, sites: list[SiteInfo]) -> None:
        if not self.rooms:
            self._fixed = self.count()  # what the caller put in before the first load
        keep = self.code()
        self.rooms = [s for s in sites if s.active]
        self.blockSignals(True)
        while self.count() > self._fixed:
            self.removeItem(self._fixed)
        for site in self.rooms:
            self.addItem(f"{site.code}  {site.name}", site.code)
        index = self.findData(keep) if keep else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() and self.pick_first else -1))
        self.blockSignals(False)
        self.loaded.emit(self.rooms)
        if self.code() != keep:
            self.currentIndexChanged.emit(self.currentIndex())


def room_combo(parent: QWidget, ctx: UiContext, on_loaded: Callable[[], None] | None = None) -> RoomCombo:
    """The open reading rooms; `on_loaded` runs once they are in."""
    combo = RoomCombo(ctx, parent)
    if on_loaded is not None:
        combo.loaded.connect(lambda _rooms: on_loaded())
    return combo
