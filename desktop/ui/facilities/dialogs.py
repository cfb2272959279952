"""The facilities page's dialogs: add or edit a facility, change its status, record maintenance, add a plan or an
expiry date. Each is a FormDialog running one call of `app.facilities`; a refusal shows in place, nothing saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QRadioButton, QSpinBox, QWidget

from desktop.core import errors
from desktop.core.sites import SiteInfo
from desktop.core.stations.facilities import FacilityInfo, NewFacility
from desktop.core.stations.facilities_detail import FacilityDetail
from desktop.core.stations.facilities_words import SOURCE_LABELS, STATUS_LABELS
from desktop.core.stations.terms import TermInfo
from desktop.ui.context import UiContext
from desktop.ui.facilities.models import source_text, status_text
from desktop.ui.facilities.refusals import refusal_text
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import I18N_SKIP

STATUSES = tuple(STATUS_LABELS)
SOURCES = tuple(SOURCE_LABELS)


def today(ctx: UiContext) -> dt.date:
    """The facade's today (the clock tests move), for a date box's default and upper bound."""
    return ctx.app.uow.clock().today


def date_box(parent: QWidget, ctx: UiContext, *, latest_today: bool) -> QDateEdit:
    box = QDateEdit(QDate(today(ctx)), parent, calendarPopup=True, displayFormat="yyyy-MM-dd")
    if latest_today:
        box.setMaximumDate(QDate(today(ctx)))
    return box


class _Form(FormDialog):
    """A FormDialog whose refusals name statuses and fields in the interface's language."""

    def submit(self, fn: Callable[[], Any]) -> None:
        self.ok_button.setEnabled(False)
        self.ctx.tasks.submit(fn, on_done=self._done, on_error=lambda exc: self.refuse(refusal_text(exc)))


class FacilityDialog(_Form):
    """Register a facility (at a site, of a kind), or edit one (`facility` given: its site and status stay)."""

    def __init__(self, ctx: UiContext, sites: list[SiteInfo], kinds: list[TermInfo], *, lang: str,
                 facility: FacilityInfo | None = None, site_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.facility, self.kinds = facility, kinds
        self.site = QComboBox(self)
        self.site.setProperty(I18N_SKIP, True)
        for s in sites:
            self.site.addItem(f"{s.code}  {s.name}", s.code)
        self.kind = QComboBox(self)
        self.kind.setProperty(I18N_SKIP, True)
        for k in kinds:
            self.kind.addItem(k.name(lang), k.key)
        self.quantity = QSpinBox(self, minimum=1, maximum=10_000)
        self.status = QComboBox(self)
        self.source = QComboBox(self)
        self.brand, self.model, self.serial, self.note = (QLineEdit(self) for _ in range(4))
        self.acquired = QLineEdit(self, placeholderText="yyyy-mm-dd")
        for field in (self.site, self.kind, self.quantity, self.status, self.brand, self.model, self.serial,
                      self.acquired, self.source, self.note):
            self.add_row(field)
        self.kind.currentIndexChanged.connect(lambda _i: self._counted())
        if facility is not None:
            self.site.setCurrentIndex(max(self.site.findData(facility.site_code), 0))
            self.site.setEnabled(False)
            self.kind.setCurrentIndex(max(self.kind.findData(facility.kind_key), 0))
            self.quantity.setValue(facility.quantity)
            self.form.setRowVisible(self.status, False)  # a status changes through "Change status"
            self.brand.setText(facility.brand)
            self.model.setText(facility.model)
            self.serial.setText(facility.serial_no)
            self.acquired.setText(facility.acquired_on.isoformat() if facility.acquired_on else "")
            self.note.setText(facility.note)
        elif site_code:
            self.site.setCurrentIndex(max(self.site.findData(site_code), 0))
        self.retranslate()
        if facility is not None and facility.source is not None:
            self.source.setCurrentIndex(SOURCES.index(facility.source) + 1)
        self._counted()

    def _counted(self) -> None:
        """A quantity above 1 only for a counted kind (tables and chairs, rain gear, extinguishers)."""
        n = self.kind.currentIndex()
        counted = 0 <= n < len(self.kinds) and self.kinds[n].counted
        self.quantity.setEnabled(counted)
        if not counted:
            self.quantity.setValue(1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit facility") if self.facility else self.tr("Add a facility"))
        self.intro.setText(self.tr("It gets an asset tag to print and stick on it.") if self.facility is None
                           else self.tr("Asset tag {code}").format(code=self.facility.code))
        for field, text in ((self.site, self.tr("&Site")), (self.kind, self.tr("&Kind")),
                            (self.quantity, self.tr("&Quantity")), (self.status, self.tr("S&tatus")),
                            (self.brand, self.tr("&Brand")), (self.model, self.tr("&Model")),
                            (self.serial, self.tr("Serial &number")), (self.acquired, self.tr("&Acquired on")),
                            (self.source, self.tr("S&ource")), (self.note, self.tr("N&ote"))):
            self.form.labelForField(field).setText(text)
        keep_status, keep_source = self.status.currentIndex(), self.source.currentIndex()
        self.status.clear()
        for status in STATUSES[:-1]:  # a facility is not registered as scrapped
            self.status.addItem(status_text(status), status.value)
        self.source.clear()
        self.source.addItem(self.tr("Not recorded"), "")
        for source in SOURCES:
            self.source.addItem(source_text(source), source.value)
        self.status.setCurrentIndex(max(keep_status, 0))
        self.source.setCurrentIndex(max(keep_source, 0))
        self.ok_button.setText(self.tr("Save") if self.facility else self.tr("Add"))

    def accept_input(self) -> None:
        text = self.acquired.text().strip()
        try:
            acquired = dt.date.fromisoformat(text) if text else None
        except ValueError:
            self.refuse(refusal_text(errors.InvalidDate(text=text)))
            return
        facilities = self.ctx.app.facilities
        values = {"kind": str(self.kind.currentData() or ""), "brand": self.brand.text(), "model": self.model.text(),
                  "serial_no": self.serial.text(), "acquired_on": acquired, "source": str(self.source.currentData()),
                  "quantity": self.quantity.value(), "note": self.note.text()}
        if self.facility is not None:
            code = self.facility.code
            self.submit(lambda: facilities.edit(code, values))
            return
        new = NewFacility(site_code=str(self.site.currentData() or ""), status=str(self.status.currentData()),
                          **values)
        self.submit(lambda: facilities.add(new))


class StatusDialog(_Form):
    """A new status for a facility, from a date, with a note saying why."""

    def __init__(self, ctx: UiContext, facility: FacilityInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.facility = facility
        self.status = QComboBox(self)
        self.on = date_box(self, ctx, latest_today=True)
        self.note = QLineEdit(self)
        for field in (self.status, self.on, self.note):
            self.add_row(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change status"))
        self.intro.setText(self.tr("{code} is now: {status}. A scrapped facility takes no more changes.").format(
            code=self.facility.code, status=status_text(self.facility.status)))
        for field, text in ((self.status, self.tr("New &status")), (self.on, self.tr("&From")),
                            (self.note, self.tr("&Why"))):
            self.form.labelForField(field).setText(text)
        keep = self.status.currentData()
        self.status.clear()
        for status in STATUSES:
            if status is not self.facility.status:
                self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(max(self.status.findData(keep), 0))
        self.ok_button.setText(self.tr("Change"))

    def accept_input(self) -> None:
        code, status, on, note = self.facility.code, str(self.status.currentData()), self.on.date().toPython(), \
            self.note.text()
        facilities = self.ctx.app.facilities
        self.submit(lambda: facilities.set_status(code, status, on=on, note=note))


class ServiceDialog(_Form):
    """Maintenance done on a facility: when, what, by whom, its cost, and the plan it fulfils (if any)."""

    def __init__(self, ctx: UiContext, detail: FacilityDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.on = date_box(self, ctx, latest_today=True)
        self.work, self.by, self.cost = (QLineEdit(self) for _ in range(3))
        self.cost.setPlaceholderText("120.50")
        self.plan = QComboBox(self)
        self.plan.setProperty(I18N_SKIP, True)
        for field in (self.on, self.work, self.by, self.cost, self.plan):
            self.add_row(field)
        self.plan.currentIndexChanged.connect(self._plan_chosen)
        self.retranslate()

    def _plan_chosen(self, _index: int) -> None:
        plan = next((p for p in self.detail.plans if p.id == self.plan.currentData()), None)
        if plan is not None and not self.work.text().strip():
            self.work.setText(plan.task)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record maintenance"))
        self.intro.setText(self.tr("Work done on {code} ({kind}).").format(
            code=self.detail.facility.code, kind=self.detail.facility.kind_zh))
        for field, text in ((self.on, self.tr("&Date")), (self.work, self.tr("&Work done")),
                            (self.by, self.tr("&By")), (self.cost, self.tr("&Cost (yuan)")),
                            (self.plan, self.tr("&Fulfils plan"))):
            self.form.labelForField(field).setText(text)
        keep = self.plan.currentData()
        self.plan.clear()
        self.plan.addItem(self.tr("None"), None)
        for p in self.detail.plans:
            if p.active:
                self.plan.addItem(self.tr("{task} (due {due})").format(task=p.task, due=p.next_due.isoformat()), p.id)
        self.plan.setCurrentIndex(max(self.plan.findData(keep), 0))
        self.ok_button.setText(self.tr("Record"))

    def accept_input(self) -> None:
        code, on, work, by = self.detail.facility.code, self.on.date().toPython(), self.work.text(), self.by.text()
        cost, plan = self.cost.text(), self.plan.currentData()
        facilities = self.ctx.app.facilities
        self.submit(lambda: facilities.record_service(code, work, done_on=on, done_by=by, cost=cost, plan_id=plan))


class PlanDialog(_Form):
    """A maintenance plan: every N months from a date, or before summer (by 1 June) or winter (by 1 November)."""

    def __init__(self, ctx: UiContext, facility: FacilityInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.facility = facility
        self.task = QLineEdit(self)
        self.every = QRadioButton(self)
        self.months = QSpinBox(self, minimum=1, maximum=120, value=3)
        self.by_season = QRadioButton(self)
        self.season = QComboBox(self)
        self.starts = date_box(self, ctx, latest_today=False)
        interval, season = QWidget(self), QWidget(self)
        for holder, widgets in ((interval, (self.every, self.months)), (season, (self.by_season, self.season))):
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
        self.every.setChecked(True)
        self.months.valueChanged.connect(lambda _v: self.every.setChecked(True))
        self.season.activated.connect(lambda _i: self.by_season.setChecked(True))
        self.interval_row, self.season_row = interval, season
        for field in (self.task, interval, season, self.starts):
            self.add_row(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a maintenance plan"))
        self.intro.setText(self.tr("For {code} ({kind}). It shows in the due calendar when it falls due.").format(
            code=self.facility.code, kind=self.facility.kind_zh))
        for field, text in ((self.task, self.tr("&Task")), (self.interval_row, self.tr("Repeat")),
                            (self.season_row, self.tr("Or")), (self.starts, self.tr("&Starts on"))):
            self.form.labelForField(field).setText(text)
        self.every.setText(self.tr("every, in months:"))
        self.by_season.setText(self.tr("before a season:"))
        keep = max(self.season.currentIndex(), 0)
        self.season.clear()
        self.season.addItem(self.tr("Summer (due by 1 June, 夏季送清凉)"), "summer")
        self.season.addItem(self.tr("Winter (due by 1 November, 冬季送温暖)"), "winter")
        self.season.setCurrentIndex(keep)
        self.ok_button.setText(self.tr("Add"))

    def accept_input(self) -> None:
        code, task, starts = self.facility.code, self.task.text(), self.starts.date().toPython()
        months = self.months.value() if self.every.isChecked() else None
        season = None if self.every.isChecked() else str(self.season.currentData())
        facilities = self.ctx.app.facilities
        self.submit(lambda: facilities.add_plan(code, task, every_months=months, season=season, starts_on=starts))


class ExpiryDialog(_Form):
    """Something of a facility that runs out on a date; the same item again replaces its open date."""

    def __init__(self, ctx: UiContext, detail: FacilityDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.item = QComboBox(self, editable=True)
        self.item.setProperty(I18N_SKIP, True)
        open_items = [e.item for e in detail.expiries if e.replaced_on is None]
        self.item.addItems(list(dict.fromkeys([*open_items, "碘伏", "创可贴", "藿香正气水", "灭火器有效期",
                                               "AED电极片", "AED电池"])))
        self.item.setCurrentText("")
        self.expires = date_box(self, ctx, latest_today=False)
        self.expires.setDate(QDate(today(ctx)).addYears(1))
        for field in (self.item, self.expires):
            self.add_row(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an expiry date"))
        self.intro.setText(self.tr("What of {code} runs out, and when. An item that already has a date is "
                                   "replaced: the old date is closed today.").format(code=self.detail.facility.code))
        self.form.labelForField(self.item).setText(self.tr("&Item"))
        self.form.labelForField(self.expires).setText(self.tr("&Expires on"))
        self.ok_button.setText(self.tr("Add"))

    def accept_input(self) -> None:
        code, item, expires = self.detail.facility.code, self.item.currentText(), self.expires.date().toPython()
        facilities = self.ctx.app.facilities
        self.submit(lambda: facilities.add_expiry(code, item, expires))
