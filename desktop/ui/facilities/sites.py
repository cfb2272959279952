"""The site filter of the facilities page and the due calendar: "All sites", then every open site by code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.sites import SiteInfo
from desktop.ui.context import UiContext
from desktop.ui.widgets.labels import I18N_SKIP


class SiteFilter(QComboBox):
    """Items "JH11  近湖街道…" with the site code as data, after a first item for all sites (data "")."""

    loaded = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty(I18N_SKIP, True)  # site names are data; the first item is set by the owner
        self.sites: list[SiteInfo] = []
        self.addItem("", "")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def reload(self) -> None:
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.list_sites(), on_done=self._fill)

    def code(self) -> str:
        return str(self.currentData() or "")

    def choose(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def _fill(self, sites: list[SiteInfo]) -> None:
        keep = self.code()
        self.sites = [s for s in sites if s.active]
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for site in self.sites:
            self.addItem(f"{site.code}  {site.name}", site.code)
        self.setCurrentIndex(max(self.findData(keep), 0))
        self.blockSignals(False)
        self.loaded.emit(self.sites)
        if self.code() != keep:
            self.currentIndexChanged.emit(self.currentIndex())
