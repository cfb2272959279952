"""The activity panel's forms: record a service held, add a shift to the duty roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from desktop.core.stations.hours import DAYS
from desktop.core.stations.service_events import NewService
from desktop.core.stations.terms import TermInfo
from desktop.ui.activity.models import WEEKDAYS
from desktop.ui.context import UiContext
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import I18N_SKIP


def day_edit(ctx: UiContext, parent: QWidget) -> QDateEdit:
    """A day picker showing 2026-05-01, set to today and going no further: what happened, not what is planned."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    today = ctx.app.uow.clock().today
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(today.year, today.month, today.day))
    return edit


class ServiceDialog(FormDialog):
    """A service held at the station: category, title, day (today at the latest), hours, attendance, organiser."""

    def __init__(self, ctx: UiContext, site_code: str, categories: list[TermInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.category = QComboBox(self)
        self.category.setProperty(I18N_SKIP, True)
        for term in categories:
            self.category.addItem(term.name(ctx.translations.language), term.key)
        self.title = QLineEdit(self)
        self.title.setMaxLength(100)
        self.day = day_edit(ctx, self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.5, 24.0)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2.0)
        self.attendance = QSpinBox(self)
        self.attendance.setRange(0, 100_000)
        self.organiser = QLineEdit(self)
        self.organiser.setMaxLength(100)
        for field in (self.category, self.title, self.day, self.hours, self.attendance, self.organiser):
            self.add_row(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a service"))
        self.intro.setText(self.tr("A service held at {site}: what it was, when, how long and how many came.").format(
            site=self.site_code))
        for field, text in ((self.category, self.tr("&Category:")), (self.title, self.tr("&Title:")),
                            (self.day, self.tr("&Day:")), (self.hours, self.tr("&Hours:")),
                            (self.attendance, self.tr("&Attendance:")), (self.organiser, self.tr("&Organiser:"))):
            self.form.labelForField(field).setText(text)  # type: ignore[union-attr]
        self.ok_button.setText(self.tr("Record"))

    def accept_input(self) -> None:
        new = NewService(site_code=self.site_code, category=str(self.category.currentData() or ""),
                         title=self.title.text(), held_on=self.day.date().toPython(), hours=self.hours.value(),
                         attendance=self.attendance.value(), organiser=self.organiser.text())
        activity = self.ctx.app.activity
        self.submit(lambda: activity.add_service(new))


class ShiftDialog(FormDialog):
    """A weekly shift: which days, from and to (a shift past midnight runs into the next morning), who."""

    PRESETS = ("Mo-Su", "Mo-Fr", "Sa,Su", *DAYS)

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.days = QComboBox(self)
        self.days.addItems(["", "", "", *["" for _ in DAYS]])
        self.start = QTimeEdit(QTime(8, 0), self)
        self.end = QTimeEdit(QTime(14, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.person = QLineEdit(self)
        self.person.setMaxLength(50)
        for field in (self.days, self.start, self.end, self.person):
            self.add_row(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a shift"))
        self.intro.setText(self.tr("Who is on duty at {site}, on which days and when. An end before the start "
                                   "runs past midnight.").format(site=self.site_code))
        names = [self.tr("Every day"), self.tr("Monday to Friday"), self.tr("Saturday and Sunday"),
                 *[QCoreApplication.translate("ActivityPanel", day) for day in WEEKDAYS]]
        for i, name in enumerate(names):
            self.days.setItemText(i, name)
        for field, text in ((self.days, self.tr("&Days:")), (self.start, self.tr("&From:")),
                            (self.end, self.tr("&To:")), (self.person, self.tr("&Person on duty:"))):
            self.form.labelForField(field).setText(text)  # type: ignore[union-attr]
        self.ok_button.setText(self.tr("Add"))

    def accept_input(self) -> None:
        days = self.PRESETS[max(self.days.currentIndex(), 0)]
        end = self.end.time().toString("HH:mm")
        time = f"{self.start.time().toString('HH:mm')}-{'24:00' if end == '00:00' else end}"
        code, person, activity = self.site_code, self.person.text(), self.ctx.app.activity
        self.submit(lambda: activity.add_shifts(code, days, time, person))
