"""The station detail's activity panel: services held (with a form to record one), twelve months of visitors as
bars and by occupation (with the quick tally a key away), and the duty roster with its uncovered hours flagged.

`ActivityPanel(ctx, site_code, parent)`: the register's detail view gives it a slot; everything is read through
`ctx.app.activity` on the task runner and read again whenever data changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core.stations.roster import Gap, ShiftInfo
from desktop.core.stations.service_events import ServiceInfo
from desktop.core.stations.terms import TermInfo, Vocabulary
from desktop.core.stations.visits_summary import StationActivity
from desktop.ui.activity.chart import MonthBars
from desktop.ui.activity.dialogs import ServiceDialog, ShiftDialog
from desktop.ui.activity.models import OccupationTableModel, ServiceTableModel, ShiftTableModel, hours_shown
from desktop.ui.activity.tally import open_tally
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import ERROR_STYLE, data_label, say, sentence
from desktop.ui.widgets.tables import table_view

SERVICES_SHOWN = 200

Loaded = tuple[StationActivity, list[ServiceInfo], list[ShiftInfo], list[TermInfo]]


class ActivityPanel(QWidget):
    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_code = site_code
        self.summary: StationActivity | None = None
        self.categories: list[TermInfo] = []
        self.headline = sentence(self)
        self.error = data_label(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.tabs = QTabWidget(self)

        self.services = ServiceTableModel()
        self.service_table = table_view(self.services, self, stretch=2, compact=True)
        self.add_service = QPushButton(self)
        self.add_service.clicked.connect(self._record_service)
        self.tabs.addTab(self._page(self.service_table, self.add_service), "")

        self.bars = MonthBars(self)
        self.occupations = OccupationTableModel()
        self.occupation_table = table_view(self.occupations, self, stretch=0, compact=True)
        self.tally = QPushButton(self)
        self.tally.clicked.connect(lambda: open_tally(self.ctx, self, site_code=self.site_code))
        visitors = QWidget(self)
        split = QHBoxLayout()
        split.addWidget(self.bars, 3)
        split.addWidget(self.occupation_table, 2)
        self.tabs.addTab(self._page(split, self.tally, parent=visitors), "")

        self.roster_line = sentence(self)
        self.shifts = ShiftTableModel()
        self.shift_table = table_view(self.shifts, self, stretch=2, compact=True)
        self.add_shift = QPushButton(self)
        self.add_shift.clicked.connect(lambda: self._open(ShiftDialog(self.ctx, self.site_code, self)))
        roster = QWidget(self)
        self.tabs.addTab(self._page(self.shift_table, self.add_shift, parent=roster, above=self.roster_line), "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def _page(self, body: QWidget | QHBoxLayout, button: QPushButton, *, parent: QWidget | None = None,
              above: QWidget | None = None) -> QWidget:
        page = parent or QWidget(self)
        layout = QVBoxLayout(page)
        if above is not None:
            layout.addWidget(above)
        if isinstance(body, QHBoxLayout):
            layout.addLayout(body, 1)
        else:
            layout.addWidget(body, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        return page

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Services"))
        self.tabs.setTabText(1, self.tr("Visitors"))
        self.tabs.setTabText(2, self.tr("Duty roster"))
        self.add_service.setText(self.tr("Record a service…"))
        self.tally.setText(self.tr("Count visitors…"))
        self.add_shift.setText(self.tr("Add a shift…"))
        for model in (self.services, self.occupations):
            model.language = self.ctx.translations.language
        for model in (self.services, self.occupations, self.shifts):  # type: ignore[attr-defined]
            model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        code, activity, terms = self.site_code, self.ctx.app.activity, self.ctx.app.terms
        self.ctx.tasks.submit(lambda: (activity.station_summary(code),
                                       activity.services(site_code=code, limit=SERVICES_SHOWN),
                                       activity.shifts(code), terms.list(Vocabulary.SERVICE_CATEGORY)),
                              on_done=self._loaded, on_error=self._failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.summary, services, shifts, self.categories = loaded
        say(self.error, "")
        self.services.set_rows(services)
        self.occupations.set_rows(list(self.summary.occupations))
        rows: list[ShiftInfo | Gap] = [*shifts, *self.summary.roster.uncovered, *self.summary.roster.outside]
        self.shifts.set_rows(rows)
        self._show()

    def _failed(self, exc: BaseException) -> None:
        say(self.error, error_text(exc), error=True)
        for button in (self.add_service, self.tally, self.add_shift):
            button.setEnabled(False)

    def _show(self) -> None:
        s = self.summary
        if s is None:
            self.headline.setText(self.tr("Loading…"))
            return
        held = sum(t.events for t in s.services)
        people = sum(t.attendance for t in s.services)
        self.headline.setText(self.tr("{year}: {held} services, {people} attended. Last 12 months: {visits} "
                                      "visitors.").format(year=s.year, held=held, people=people, visits=s.visits))
        self.bars.set_months(list(s.months), [self.tr("{month}/{year}").format(
            month=int(m[5:]), year=m[2:4]) for m, _n in s.months])
        check = s.roster
        if not check.hours:
            self.roster_line.setText(self.tr("No opening hours are recorded for this station: the roster cannot be "
                                             "checked against them."))
        elif check.uncovered:
            hours = sum(g.minutes for g in check.uncovered) / 60
            text = self.tr("Open {hours}. Not covered by the roster: {n} span(s), {h:g} hours a week (in red "
                           "below).")
            self.roster_line.setText(text.format(hours=hours_shown(check.hours), n=len(check.uncovered),
                                                 h=round(hours, 1)))
        else:
            self.roster_line.setText(self.tr("Open {hours}. Every open hour has someone on duty.").format(
                hours=hours_shown(check.hours)))
        self.roster_line.setStyleSheet(ERROR_STYLE if check.uncovered else "")

    def _record_service(self) -> None:
        self._open(ServiceDialog(self.ctx, self.site_code, self.categories, self))

    def _open(self, dialog: ServiceDialog | ShiftDialog) -> None:
        dialog.completed.connect(lambda _value: self.ctx.events.changed.emit())
        open_dialog(self.ctx, dialog)
