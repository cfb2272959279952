"""A site's detail view: a heading, then tabs — 概况 (every attribute, the position in its own datum and in
WGS-84, the 六有 facts with their dates) and the panels desktop/ui/stations/panels.py lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo, SiteKind
from desktop.core.stations.facts import FACT_LABELS, SiteFact
from desktop.core.stations.hours import parse_hours
from desktop.core.stations.register import BUILD_MODE_LABELS
from desktop.core.stations.register_detail import SiteDetail
from desktop.ui.context import UiContext, error_text
from desktop.ui.stations import panels
from desktop.ui.stations.hours_text import in_words
from desktop.ui.stations.site_table import DATUM_LABELS, kind_text
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.labels import I18N_SKIP, data_label, heading

OVERVIEW_ROWS = (
    ("kind", QT_TRANSLATE_NOOP("SiteDetail", "Kind")),
    ("build_mode", QT_TRANSLATE_NOOP("SiteDetail", "Build mode")),
    ("host_unit", QT_TRANSLATE_NOOP("SiteDetail", "Host unit")),
    ("address", QT_TRANSLATE_NOOP("SiteDetail", "Address")),
    ("position", QT_TRANSLATE_NOOP("SiteDetail", "Position")),
    ("wgs84", QT_TRANSLATE_NOOP("SiteDetail", "In WGS-84")),
    ("hours", QT_TRANSLATE_NOOP("SiteDetail", "Opening hours")),
    ("space", QT_TRANSLATE_NOOP("SiteDetail", "Area and seats")),
    ("manager", QT_TRANSLATE_NOOP("SiteDetail", "Person in charge")),
    ("stars", QT_TRANSLATE_NOOP("SiteDetail", "Stars")),
    ("standard", QT_TRANSLATE_NOOP("SiteDetail", "Standard")),
    ("dates", QT_TRANSLATE_NOOP("SiteDetail", "Opened")),
    ("note", QT_TRANSLATE_NOOP("SiteDetail", "Note")),
)
STATION_ONLY = {"build_mode", "stars", "standard"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteDetail", text)


class SiteDetailView(QWidget):
    """Shows one site (show_site(code)); the panels are made afresh for each site shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.detail: SiteDetail | None = None
        self.title = heading(self)
        self.title.setProperty(I18N_SKIP, True)
        self.subtitle = data_label(self)
        self.tabs = QTabWidget(self)
        self.overview = QWidget()
        self.form = QFormLayout(self.overview)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key, _caption in OVERVIEW_ROWS:
            self.captions[key] = QLabel(self.overview)
            self.values[key] = data_label(self.overview)
            self.form.addRow(self.captions[key], self.values[key])
        self.facts_caption = QLabel(self.overview)
        self.facts = data_label(self.overview)
        self.form.addRow(self.facts_caption, self.facts)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        self.tabs.addTab(scroll, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.providers: list[tuple[str, panels.PanelFactory]] = []
        self.tabs.currentChanged.connect(self._build_panel)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, _tr(QT_TRANSLATE_NOOP("SiteDetail", "Overview")))
        for n, (title, _factory) in enumerate(self.providers, start=1):
            self.tabs.setTabText(n, _tr(title))
        for key, caption in OVERVIEW_ROWS:
            self.captions[key].setText(_tr(caption))
        self.facts_caption.setText(_tr(QT_TRANSLATE_NOOP("SiteDetail", "Facts")))
        if self.detail is not None:
            self._fill(self.detail.site)
        elif self.code is None:
            self.title.setText(_tr(QT_TRANSLATE_NOOP("SiteDetail", "Choose a site to see it in full.")))

    def clear(self) -> None:
        self.code = None
        self.detail = None
        self.title.setText(_tr(QT_TRANSLATE_NOOP("SiteDetail", "Choose a site to see it in full.")))
        self.subtitle.clear()
        for value in self.values.values():
            value.clear()
        self.facts.clear()
        self._set_panels([])

    def show_site(self, code: str) -> None:
        self.code = code
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.site_detail(code), on_done=self._loaded,
                              on_error=lambda exc: self.subtitle.setText(error_text(exc)))

    def _loaded(self, detail: SiteDetail) -> None:
        if detail.site.code != self.code:
            return  # another site was chosen meanwhile
        self.detail = detail
        self._fill(detail.site)
        station = detail.site.kind is SiteKind.SERVICE_STATION
        self._set_panels(panels.PANELS if station else panels.ROOM_PANELS)

    def _set_panels(self, providers: list[tuple[str, panels.PanelFactory]]) -> None:
        """The site's tabs after 概况; a panel is built when its tab is first shown (each loads its own data).
        The panels of the site shown before go once the tasks they started have answered (the runner keeps
        order), so no answer reaches a deleted widget."""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.hide()
            self.ctx.tasks.submit(lambda: None, on_done=lambda _none, gone=widget: gone.deleteLater())
        self.providers = list(providers)
        for title, _factory in self.providers:
            self.tabs.addTab(QWidget(), _tr(title))
        self.tabs.setCurrentIndex(current if 0 <= current < self.tabs.count() else 0)
        self.tabs.blockSignals(False)
        self._build_panel(self.tabs.currentIndex())

    def _build_panel(self, index: int) -> None:
        """Put the real panel in place of a tab's stand-in when the tab is shown."""
        if index < 1 or self.code is None or index - 1 >= len(self.providers):
            return
        stand_in = self.tabs.widget(index)
        if stand_in is None or stand_in.property("panel"):
            return
        title, factory = self.providers[index - 1]
        panel = factory(self.ctx, self.code)
        panel.setProperty("panel", True)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, _tr(title))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        stand_in.deleteLater()

    def _fill(self, site: SiteInfo) -> None:
        self.title.setText(f"{site.code}  {site.name}")
        status = (_tr(QT_TRANSLATE_NOOP("SiteDetail", "Open")) if site.active else
                  _tr(QT_TRANSLATE_NOOP("SiteDetail", "Retired on {day}")).format(day=day(site.closed_on)))
        self.subtitle.setText(status)
        shown = self._texts(site)
        for key, _caption in OVERVIEW_ROWS:
            hidden = key in STATION_ONLY and site.kind is SiteKind.READING_ROOM
            self.values[key].setText(shown.get(key, "") or "—")
            self.values[key].setVisible(not hidden)
            self.captions[key].setVisible(not hidden)
        self.facts.setText("\n".join(self._fact_line(f.fact, f.present, day(f.noted_on)) for f in site.facts)
                           or _tr(QT_TRANSLATE_NOOP("SiteDetail", "None recorded yet")))

    @staticmethod
    def _fact_line(fact: SiteFact, present: bool, noted: str) -> str:
        mark = "✓" if present else "✗"
        return f"{mark} {QCoreApplication.translate('Facts', FACT_LABELS[fact])}（{noted}）"

    @staticmethod
    def _hours(text: str) -> str:
        try:
            weekly = parse_hours(text)
        except ShuyiError:  # stored before the rules it breaks (never by this register): shown as it is
            return text
        return in_words(weekly) if weekly is not None else ""

    def _texts(self, site: SiteInfo) -> dict[str, str]:
        lang = self.ctx.translations.language
        p, w = site.position, site.position_wgs84
        space = [f"{site.area_m2:g} m²" if site.area_m2 else "",
                 _tr(QT_TRANSLATE_NOOP("SiteDetail", "{n} seats")).format(n=site.seats) if site.seats is not None
                 else ""]
        stars = ""
        if site.star_rating:
            stars = " ".join(x for x in ("★" * site.star_rating, day(site.star_awarded_on), site.star_awarded_by) if x)
        return {
            "kind": kind_text(site, lambda t: QCoreApplication.translate("SiteTableModel", t), lang),
            "build_mode": (QCoreApplication.translate("Fields", BUILD_MODE_LABELS[site.build_mode])
                           if site.build_mode else ""),
            "host_unit": site.host_unit, "address": site.address,
            "position": f"{p.lng:.6f}, {p.lat:.6f}（{DATUM_LABELS[p.system.value]}）" if p else "",
            "wgs84": f"{w.lng:.6f}, {w.lat:.6f}" if w else "",
            "hours": self._hours(site.opening_hours), "space": "，".join(x for x in space if x),
            "manager": f"{site.manager_name} {site.manager_phone_masked}".strip(), "stars": stars,
            "standard": site.standard or "", "dates": day(site.opened_on), "note": site.note,
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
