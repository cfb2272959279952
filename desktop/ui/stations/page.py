"""The stations page: the site register (reading rooms and service stations) of this database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import Page, heading, sentence
from desktop.ui.stations.site_table import SiteTableModel
from desktop.ui.widgets.tables import table_view

FILTERS: tuple[SiteKind | None, ...] = (None, SiteKind.SERVICE_STATION, SiteKind.READING_ROOM)


class StationsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self._filter = QComboBox(self)
        self._filter.addItems(["", "", ""])
        self._filter.currentIndexChanged.connect(self.refresh)
        self._summary = sentence(self)
        self.model = SiteTableModel()
        self.table = table_view(self.model, self, alternate=True)
        self._later = sentence(self)

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(top)
        layout.addWidget(self._summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._later)
        self._count: int | None = None
        self._error: str | None = None
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Site register"))
        for i, label in enumerate(
            (self.tr("All sites"), self.tr("Service stations"), self.tr("Reading rooms"))
        ):
            self._filter.setItemText(i, label)
        self._later.setText(self.tr("Facilities, services, visitor counts and inspections of each station "
                                               "will be recorded here in a later version."))
        self.model.retranslate()
        self._show_summary()

    def refresh(self) -> None:
        kind = FILTERS[max(self._filter.currentIndex(), 0)]
        self.ctx.tasks.submit(lambda: self.ctx.app.sites.list_sites(kind=kind), on_done=self._loaded,
                              on_error=self._failed)

    def _loaded(self, rows: list[SiteInfo]) -> None:
        self.model.set_rows(rows)
        self._count, self._error = len(rows), None
        self._show_summary()

    def _failed(self, exc: BaseException) -> None:
        self._error = error_text(exc)
        self._show_summary()

    def _show_summary(self) -> None:
        if self._error:
            self._summary.setText(self._error)
        elif self._count == 0:
            self._summary.setText(self.tr("There are no sites in this database yet."))
        elif self._count is not None:
            self._summary.setText(self.tr("{n} sites").format(n=self._count))
        else:
            self._summary.setText(self.tr("Loading…"))
