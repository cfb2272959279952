"""The detail view's tabs after 概况: one place where each tab's title and the widget factory behind it are listed.

A provider is (title, factory): the title marked with QT_TRANSLATE_NOOP("SiteDetail", …), the factory called
with (ctx, site_code) each time a site is shown, returning the tab's widget. The facilities, services & visitors
and inspections helpers' panels plug in here (FacilitiesPanel, ActivityPanel, InspectionsPanel) by replacing
the factories below; until then each tab shows what the register itself can count for the site.
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


FACILITY_ROWS: list[Row] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Facilities registered"), lambda c: c.facilities),
    (QT_TRANSLATE_NOOP("SiteDetail", "Working"), lambda c: c.facilities_working),
    (QT_TRANSLATE_NOOP("SiteDetail", "Out of order, in repair or out of use"),
     lambda c: c.facilities - c.facilities_working),
]
ACTIVITY_ROWS: list[Row] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Services in the last year"), lambda c: c.services_year),
    (QT_TRANSLATE_NOOP("SiteDetail", "Attendance at them"), lambda c: c.attendance_year),
    (QT_TRANSLATE_NOOP("SiteDetail", "Visits in the last 30 days"), lambda c: c.visits_30_days),
    (QT_TRANSLATE_NOOP("SiteDetail", "Visits in the last year"), lambda c: c.visits_year),
    (QT_TRANSLATE_NOOP("SiteDetail", "Last day counted"), lambda c: c.last_visit_day),
]
INSPECTION_ROWS: list[Row] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Inspections"), lambda c: c.inspections),
    (QT_TRANSLATE_NOOP("SiteDetail", "Last inspected"), lambda c: c.last_inspection),
    (QT_TRANSLATE_NOOP("SiteDetail", "Rectifications open"), lambda c: c.open_rectifications),
    (QT_TRANSLATE_NOOP("SiteDetail", "Of them past their deadline"), lambda c: c.overdue_rectifications),
]
ROOM_ROWS: list[Row] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Copies"), lambda c: c.copies),
    (QT_TRANSLATE_NOOP("SiteDetail", "Readers"), lambda c: c.readers),
    (QT_TRANSLATE_NOOP("SiteDetail", "Books on loan"), lambda c: c.open_loans),
]


def counts(rows: list[Row]) -> PanelFactory:
    return lambda ctx, code: CountsPanel(ctx, code, rows)


PANELS: list[tuple[str, PanelFactory]] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Facilities"), counts(FACILITY_ROWS)),
    (QT_TRANSLATE_NOOP("SiteDetail", "Services and visitors"), counts(ACTIVITY_ROWS)),
    (QT_TRANSLATE_NOOP("SiteDetail", "Inspections"), counts(INSPECTION_ROWS)),
]
"""The station tabs after 概况, in order: replace a factory to plug a helper's panel in."""
ROOM_PANELS: list[tuple[str, PanelFactory]] = [
    (QT_TRANSLATE_NOOP("SiteDetail", "Books and readers"), counts(ROOM_ROWS)),
]
"""A reading room's tabs after 概况."""
