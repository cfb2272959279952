"""The form of a site: add one or change one, every attribute on three tabs; the position pasted in one box
with its datum, the hours typed in one box, both read back in words as they are typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from desktop.core import errors
from desktop.core.coords import CoordSystem
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import BuildMode, NewSite, SiteInfo, SiteKind
from desktop.core.stations.facts import FACT_LABELS, SiteFact
from desktop.core.stations.hours import parse_hours
from desktop.core.stations.register import BUILD_MODE_LABELS
from desktop.core.stations.register_position import parse_position
from desktop.core.stations.terms import TermInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.stations.hours_text import in_words
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import I18N_SKIP, data_label, say

DATUMS = (
    (CoordSystem.GCJ02, QT_TRANSLATE_NOOP("SiteFormDialog", "GCJ-02 (Gaode, Tencent)")),
    (CoordSystem.BD09, QT_TRANSLATE_NOOP("SiteFormDialog", "BD-09 (Baidu)")),
    (CoordSystem.WGS84, QT_TRANSLATE_NOOP("SiteFormDialog", "WGS-84 (GPS)")),
)


def _lang_tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class SiteFormDialog(FormDialog):
    """`site` None adds a site, else changes it (its code stays). completed(SiteInfo) on success."""

    def __init__(self, ctx: UiContext, site: SiteInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site = site
        self.setMinimumWidth(560)
        self.tabs = QTabWidget(self)
        self.form.addRow(self.tabs)
        self.basics = self._tab()
        self.code = self._line(self.basics, 6)
        self.kind = QComboBox(self)
        self.kind.addItem("", SiteKind.SERVICE_STATION)
        self.kind.addItem("", SiteKind.READING_ROOM)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._row(self.basics, self.kind)
        self.name = self._line(self.basics, 100)
        self.address = self._line(self.basics, 200)
        self.position = self._line(self.basics, 60)
        self.position.setPlaceholderText("119.7985,33.4712")
        self.datum = QComboBox(self)
        for system, _label in DATUMS:
            self.datum.addItem("", system)
        self._row(self.basics, self.datum)
        self.position_said = self._feedback(self.basics)
        self.hours = self._line(self.basics, 200)
        self.hours.setPlaceholderText("Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00")
        self.hours_said = self._feedback(self.basics)
        self.opened = self._line(self.basics, 10)
        self.opened.setPlaceholderText("2021-06-15")
        self.note = self._line(self.basics, 2000)

        self.station = self._tab()
        self.station_kind = QComboBox(self)
        self.station_kind.setProperty(I18N_SKIP, True)
        self._row(self.station, self.station_kind)
        self.build_mode = QComboBox(self)
        self.build_mode.addItem("", None)
        for mode in BuildMode:
            self.build_mode.addItem("", mode)
        self._row(self.station, self.build_mode)
        self.host_unit = self._line(self.station, 100)
        self.area = QDoubleSpinBox(self)
        self.area.setRange(0, 100_000)
        self.area.setDecimals(1)
        self.area.setSuffix(" m²")
        self._row(self.station, self.area)
        self.seats = QSpinBox(self)
        self.seats.setRange(-1, 10_000)
        self._row(self.station, self.seats)
        self.stars = QComboBox(self)
        self.stars.addItem("", None)
        for n in range(1, 6):
            self.stars.addItem("★" * n, n)
        self._row(self.station, self.stars)
        self.stars_on = self._line(self.station, 10)
        self.stars_on.setPlaceholderText("2025-06-01")
        self.stars_by = self._line(self.station, 100)
        self.standard = QComboBox(self)
        self.standard.setProperty(I18N_SKIP, True)
        self._row(self.station, self.standard)

        self.people = self._tab()
        self.manager = self._line(self.people, 50)
        self.phone = self._line(self.people, 20)
        self.fact_boxes: dict[SiteFact, QCheckBox] = {}
        for fact in SiteFact:
            box = QCheckBox(self)
            self.fact_boxes[fact] = box
            self.people.addRow(box)
        self.position.textChanged.connect(self._read_position)
        self.datum.currentIndexChanged.connect(self._read_position)
        self.hours.textChanged.connect(self._read_hours)
        self._facts_before: dict[SiteFact, bool] = {}
        self.retranslate()
        self._fill(site)
        sites = ctx.app.sites
        ctx.tasks.submit(sites.form_choices, on_done=self._choices, on_error=lambda exc: self.refuse(error_text(exc)))

    # -- building ------------------------------------------------------------------------------------------
    def _tab(self) -> QFormLayout:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.tabs.addTab(page, "")
        return form

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        """A row whose caption (set in retranslate) is the field's buddy."""
        label = QLabel(self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _line(self, form: QFormLayout, most: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(most)
        self._row(form, edit)
        return edit

    def _feedback(self, form: QFormLayout) -> QLabel:
        label = data_label(self)
        form.addRow("", label)
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a site") if self.site is None else self.tr("Change {code}").format(
            code=self.site.code))
        self.intro.setText(self.tr(
            "A reading room lends books; a service station (驿站) is where outdoor workers rest, drink, heat a meal "
            "and charge. The code is printed on every label and card of the site and cannot change later."))
        self.ok_button.setText(self.tr("&Save"))
        for n, title in enumerate((self.tr("Site"), self.tr("Station"), self.tr("Person in charge and facts"))):
            self.tabs.setTabText(n, title)
        self.kind.setItemText(0, self.tr("Service station"))
        self.kind.setItemText(1, self.tr("Reading room"))
        captions = {self.code: self.tr("&Code"), self.kind: self.tr("&Kind"), self.name: self.tr("&Name"),
                    self.address: self.tr("&Address"), self.position: self.tr("&Position (lng,lat)"),
                    self.datum: self.tr("Coordinate s&ystem"), self.hours: self.tr("Opening &hours"),
                    self.opened: self.tr("Opened on"), self.note: self.tr("Note"),
                    self.station_kind: self.tr("Station kind"),
                    self.build_mode: self.tr("Build mode"), self.host_unit: self.tr("Host unit"),
                    self.area: self.tr("Area"), self.seats: self.tr("Seats"), self.stars: self.tr("Stars"),
                    self.stars_on: self.tr("Stars awarded on"), self.stars_by: self.tr("Awarded by"),
                    self.standard: self.tr("Standard held to"), self.manager: self.tr("Person in &charge"),
                    self.phone: self.tr("&Phone")}
        for form in (self.basics, self.station, self.people):
            for field, caption in captions.items():
                label = form.labelForField(field)
                if isinstance(label, QLabel):
                    label.setText(caption)
        for n, (_system, label) in enumerate(DATUMS):
            self.datum.setItemText(n, self.tr(label))
        self.build_mode.setItemText(0, self.tr("(not known)"))
        for n, mode in enumerate(BuildMode, start=1):
            self.build_mode.setItemText(n, _lang_tr("Fields", BUILD_MODE_LABELS[mode]))
        self.stars.setItemText(0, self.tr("(none)"))
        self.seats.setSpecialValueText(self.tr("(not known)"))
        self.area.setSpecialValueText(self.tr("(not known)"))
        self.phone.setPlaceholderText(self.tr("Mobile or landline; shown masked"))
        for fact, box in self.fact_boxes.items():
            box.setText(_lang_tr("Facts", FACT_LABELS[fact]))
        self._read_position()
        self._read_hours()

    def _choices(self, choices: tuple[list[TermInfo], list[str]]) -> None:
        kinds, standards = choices
        lang = self.ctx.translations.language
        current = self.site.station_kind.key if self.site and self.site.station_kind else ""
        self.station_kind.clear()
        self.station_kind.addItem("—", "")
        for term in kinds:
            self.station_kind.addItem(term.name(lang), term.key)
        self.station_kind.setCurrentIndex(max(self.station_kind.findData(current), 0))
        self.standard.clear()
        self.standard.addItem("—", "")
        for name in standards:
            self.standard.addItem(name, name)
        self.standard.setCurrentIndex(max(self.standard.findData(self.site.standard if self.site else ""), 0))

    def _fill(self, site: SiteInfo | None) -> None:
        self.seats.setValue(-1)
        if site is None:
            self._kind_changed()
            return
        self.code.setText(site.code)
        self.code.setEnabled(False)
        self.kind.setCurrentIndex(self.kind.findData(site.kind))
        for edit, text in ((self.name, site.name), (self.address, site.address), (self.hours, site.opening_hours),
                           (self.opened, site.opened_on.isoformat() if site.opened_on else ""),
                           (self.note, site.note), (self.host_unit, site.host_unit),
                           (self.stars_on, site.star_awarded_on.isoformat() if site.star_awarded_on else ""),
                           (self.stars_by, site.star_awarded_by), (self.manager, site.manager_name),
                           (self.phone, site.manager_phone_masked)):
            edit.setText(text)
        if site.position is not None:
            self.position.setText(f"{site.position.lng},{site.position.lat}")
            self.datum.setCurrentIndex(self.datum.findData(site.position.system))
        self.build_mode.setCurrentIndex(max(self.build_mode.findData(site.build_mode), 0))
        self.area.setValue(site.area_m2 or 0)
        self.seats.setValue(site.seats if site.seats is not None else -1)
        self.stars.setCurrentIndex(max(self.stars.findData(site.star_rating), 0))
        self._facts_before = {f.fact: f.present for f in site.facts}
        for fact, box in self.fact_boxes.items():
            box.setChecked(self._facts_before.get(fact, False))
        self._kind_changed()

    # -- reading back as typed -------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        station = self.kind.currentData() == SiteKind.SERVICE_STATION
        for field in (self.station_kind, self.build_mode, self.stars, self.stars_on, self.stars_by, self.standard):
            field.setEnabled(station)
        self.tabs.setTabText(1, self.tr("Station") if station else self.tr("Room"))

    def _read_position(self) -> None:
        try:
            found, swapped = parse_position(self.position.text(), self.datum.currentData() or CoordSystem.GCJ02)
        except errors.ShuyiError as exc:
            say(self.position_said, error_text(exc), error=True)
            return
        if found is None:
            say(self.position_said, self.tr("No position: the site will not be shown on maps."))
            return
        text = self.tr("Longitude {lng}, latitude {lat}").format(lng=found.lng, lat=found.lat)
        if swapped:
            text += self.tr(" (read the other way round: latitude came first)")
        say(self.position_said, text)

    def _read_hours(self) -> None:
        try:
            hours = parse_hours(self.hours.text())
        except errors.ShuyiError as exc:
            say(self.hours_said, error_text(exc), error=True)
            return
        say(self.hours_said, in_words(hours) if hours else self.tr("Hours not known."))

    # -- saving ----------------------------------------------------------------------------------------------
    def _date(self, edit: QLineEdit) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(text) from None

    def values(self) -> dict[str, Any]:
        """The attributes as typed (a ValueError names a date that is not one)."""
        found, _swapped = parse_position(self.position.text(), self.datum.currentData())
        station = self.kind.currentData() == SiteKind.SERVICE_STATION
        return {
            "kind": SiteKind(self.kind.currentData()), "name": self.name.text(), "address": self.address.text(),
            "position": found, "hours": self.hours.text(), "opened_on": self._date(self.opened),
            "note": self.note.text(), "host_unit": self.host_unit.text(),
            "area_m2": self.area.value() or None, "seats": None if self.seats.value() < 0 else self.seats.value(),
            "manager_name": self.manager.text(), "manager_phone": self.phone.text(),
            "station_kind": (self.station_kind.currentData() or "") if station else "",
            "build_mode": self.build_mode.currentData() if station else None,
            "star_rating": self.stars.currentData() if station else None,
            "star_awarded_on": self._date(self.stars_on) if station else None,
            "star_awarded_by": self.stars_by.text() if station else "",
            "standard": (self.standard.currentData() or "") if station else "",
        }

    def facts(self) -> dict[str, bool]:
        """The facts whose box differs from what was recorded (a new site: the boxes ticked)."""
        return {fact.value: box.isChecked() for fact, box in self.fact_boxes.items()
                if box.isChecked() != self._facts_before.get(fact, False)}

    def accept_input(self) -> None:
        try:
            values = self.values()
        except errors.ShuyiError as exc:
            self.refuse(error_text(exc))
            return
        except ValueError as exc:
            self.refuse(self.tr("{text} is not a date: write it like 2025-06-01").format(text=exc))
            return
        sites, facts = self.ctx.app.sites, self.facts()
        if self.site is None:
            new = NewSite(code=self.code.text(), **values)
            self.submit(lambda: sites.add_site(new, facts=facts))
        else:
            code = self.site.code
            self.submit(lambda: sites.edit_site(code, values, facts=facts))
