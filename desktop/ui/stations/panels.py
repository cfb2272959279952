"""The detail view's tabs after 概况: one place where each tab's title and the widget factory behind it are listed.

A provider is (title, factory): the title marked with QT_TRANSLATE_NOOP("SiteDetail", …), the factory called
with (ctx, site_code) each time a site is shown, returning the tab's widget. A station shows its facilities, services
and visitors, its standard (compliance) and its inspections, each panel's module imported when first shown; a
reading room shows what the register counts for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.register_detail import SiteCounts
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.labels import I18N_SKIP

PanelFactory = Callable[[UiContext, str], QWidget]
Row = tuple[str, Callable[[SiteCounts], object]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteDetail", text)


class CountsPanel(QWidget):
    """A few counts of what hangs on the site, loaded off the GUI thread through app.sites.site_detail."""

    def __init__(self, ctx: UiContext, site_code: str, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.form = QFormLayout()
        self.values: list[QLabel] = []
        for label, _value in rows:
            value = QLabel("…", self)
            value.setProperty(I18N_SKIP, True)
            self.values.append(value)
            self.form.addRow(_tr(label), value)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        sites = ctx.app.sites
        ctx.tasks.submit(lambda: sites.site_detail(site_code).counts, on_done=self.show_counts,
                         on_error=lambda exc: self.values[0].setText(error_text(exc)))

    def show_counts(self, counts: SiteCounts) -> None:
        for label, (_text, value) in zip(self.values, self.rows, strict=True):
            shown = value(counts)
            label.setText(day(shown) if hasattr(shown, "isoformat") else str(shown) if shown is not None else "—")


ROOM_ROWS: list[Row] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Copies"), lambda c: c.copies),
    (QT_TRANSLATE_NOOP("SiteDetail", "Readers"), lambda c: c.readers),
    (QT_TRANSLATE_NOOP("SiteDetail", "Books on loan"), lambda c: c.open_loans),
]


def counts(rows: list[Row]) -> PanelFactory:
    return lambda ctx, code: CountsPanel(ctx, code, rows)


def _facilities(ctx: UiContext, code: str) -> QWidget:
    from desktop.ui.facilities.panel import FacilitiesPanel  # each panel's module loads when first shown

    panel = FacilitiesPanel(ctx, code)
    panel.open_requested.connect(lambda asset: open_on_facilities_page(panel, asset))
    return panel


def open_on_facilities_page(widget: QWidget, asset: str) -> None:
    """A facility double-clicked in a station's detail opens on the facilities page of the same window."""
    window = widget.window()
    show, page = getattr(window, "show_page", None), getattr(window, "page", None)
    if show is not None and page is not None:
        show("facilities")
        page("facilities").open_asset(asset)


def _activity(ctx: UiContext, code: str) -> QWidget:
    from desktop.ui.activity.panel import ActivityPanel

    return ActivityPanel(ctx, code)


def _compliance(ctx: UiContext, code: str) -> QWidget:
    from desktop.ui.compliance.panel import CompliancePanel

    return CompliancePanel(ctx, code)


def _inspections(ctx: UiContext, code: str) -> QWidget:
    from desktop.ui.inspections.panel import InspectionsPanel

    return InspectionsPanel(ctx, code)


PANELS: list[tuple[str, PanelFactory]] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Facilities"), _facilities),
    (QT_TRANSLATE_NOOP("SiteDetail", "Services and visitors"), _activity),
    (QT_TRANSLATE_NOOP("SiteDetail", "Standard"), _compliance),
    (QT_TRANSLATE_NOOP("SiteDetail", "Inspections"), _inspections),
]
"""The station tabs after 概况, in order."""
ROOM_PANELS: list[tuple[str, PanelFactory]] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Books and readers"), counts(ROOM_ROWS)),
]
"""A reading room's tabs after 概况."""
