"""The table model over SiteInfo rows: one constant per column, no database access."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.table_model import RowTableModel

CODE, KIND, NAME, ADDRESS, POSITION, OPENED = range(6)
KIND_LABELS = {
    SiteKind.READING_ROOM: QT_TRANSLATE_NOOP("SiteTableModel", "Reading room"),
    SiteKind.SERVICE_STATION: QT_TRANSLATE_NOOP("SiteTableModel", "Service station"),
}
DATUM_LABELS = {"wgs84": "WGS-84", "gcj02": "GCJ-02", "bd09": "BD-09"}


class SiteTableModel(RowTableModel[SiteInfo]):
    CONTEXT = "SiteTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SiteTableModel", "Code"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Name"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Address"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Position (as entered)"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Opened"),
    )


    def cell(self, site: SiteInfo, column: int) -> str:
        p = site.position
        position = f"{p.lng:.5f}, {p.lat:.5f} ({DATUM_LABELS[p.system.value]})" if p else ""
        return (site.code, self.tr_(KIND_LABELS[site.kind]), site.name, site.address, position,
                site.opened_on.isoformat() if site.opened_on else "")[column]
