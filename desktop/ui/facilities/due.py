"""The due and overdue calendar ("到期提醒"): maintenance plans and expiry dates across sites (or one), overdue in
red, this week in amber, later plain; double-click (or Enter on) a row to open its facility."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.stations.due import DueItem
from desktop.ui.context import UiContext
from desktop.ui.facilities.models import SOON_DAYS, DueTableModel
from desktop.ui.facilities.refusals import refusal_text
from desktop.ui.facilities.sites import SiteFilter
from desktop.ui.widgets.labels import sentence
from desktop.ui.widgets.tables import table_view

DEFAULT_DAYS = 60


class DueCalendar(QWidget):
    open_requested = Signal(str)
    """The asset tag of the row the user opened."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, site_code: str = "",
                 lang: str = "zh_CN") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_site = site_code
        """A calendar for one site (the station panel) has no site filter."""
        self.model = DueTableModel(lang, with_site=not site_code)
        self.site = SiteFilter(ctx, self)
        self.site.setVisible(not site_code)
        self.days = QSpinBox(self, minimum=0, maximum=3660, value=DEFAULT_DAYS)
        self.days_label = QLabel(self)
        self.days_label.setBuddy(self.days)
        self.summary = sentence(self)
        self.table = table_view(self.model, self, stretch=5, compact=True)
        self.table.setObjectName("dueTable")
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        top = QHBoxLayout()
        top.addWidget(self.site)
        top.addStretch(1)
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.items: list[DueItem] | None = None
        self._error = ""
        self.site.currentIndexChanged.connect(lambda _i: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.retranslate()
        if not site_code:
            self.site.reload()

    def retranslate(self) -> None:
        self.site.setItemText(0, self.tr("All sites"))
        self.days_label.setText(self.tr("Overdue, and due within (days)"))
        self.model.retranslate()
        self._show_summary()

    def refresh(self) -> None:
        service, site, days = self.ctx.app.facilities, self.fixed_site or self.site.code(), self.days.value()
        self.ctx.tasks.submit(lambda: service.due(site_code=site, days=days), on_done=self._loaded,
                              on_error=self._failed)

    def _loaded(self, items: list[DueItem]) -> None:
        self.items, self._error = items, ""
        self.model.set_rows(items)
        self._show_summary()

    def _failed(self, exc: BaseException) -> None:
        self._error = refusal_text(exc)
        self._show_summary()

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.row(row).facility_code)

    def _show_summary(self) -> None:
        if self._error:
            self.summary.setText(self._error)
            return
        if self.items is None:
            self.summary.setText(self.tr("Loading…"))
            return
        overdue = sum(1 for i in self.items if i.overdue)
        week = sum(1 for i in self.items if 0 <= i.days_left <= SOON_DAYS)
        if not self.items:
            self.summary.setText(self.tr("Nothing is overdue or due in the next {days} days.").format(
                days=self.days.value()))
            return
        self.summary.setText(self.tr("{overdue} overdue, {week} due this week, {later} later.").format(
            overdue=overdue, week=week, later=len(self.items) - overdue - week))
