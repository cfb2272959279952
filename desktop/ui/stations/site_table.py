"""The table model over SiteInfo rows: one constant per column, no database access."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.stations.hours_text import text_in_words
from desktop.ui.table_model import RowTableModel

CODE, KIND, NAME, HOURS, MANAGER, STARS, STATUS = range(7)
"""The address, position and the rest are in the detail view (and searched from the page's box)."""
KIND_LABELS = {
    SiteKind.READING_ROOM: QT_TRANSLATE_NOOP("SiteTableModel", "Reading room"),
    SiteKind.SERVICE_STATION: QT_TRANSLATE_NOOP("SiteTableModel", "Service station"),
}
DATUM_LABELS = {"wgs84": "WGS-84", "gcj02": "GCJ-02", "bd09": "BD-09"}
_RETIRED = QBrush(QColor("#80868b"))


def kind_text(site: SiteInfo, tr: Any, lang: str) -> str:
    """A station by its station kind (骑手之家), else by its kind (服务站, 职工书屋)."""
    if site.station_kind is not None:
        return str(site.station_kind.name(lang))
    return str(tr(KIND_LABELS[site.kind]))


class SiteTableModel(RowTableModel[SiteInfo]):
    CONTEXT = "SiteTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SiteTableModel", "Code"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Name"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Hours"),
        QT_TRANSLATE_NOOP("SiteTableModel", "In charge"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Stars"),
        QT_TRANSLATE_NOOP("SiteTableModel", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.lang = "zh_CN"

    def cell(self, site: SiteInfo, column: int) -> str:
        if column == KIND:
            return kind_text(site, self.tr_, self.lang)
        if column == HOURS:
            return text_in_words(site.opening_hours)
        if column == MANAGER:
            return f"{site.manager_name} {site.manager_phone_masked}".strip()
        if column == STARS:
            return "★" * (site.star_rating or 0)
        if column == STATUS:
            return (self.tr_(QT_TRANSLATE_NOOP("SiteTableModel", "Open")) if site.active else
                    self.tr_(QT_TRANSLATE_NOOP("SiteTableModel", "Retired")))
        return site.code if column == CODE else site.name

    def foreground(self, site: SiteInfo) -> QBrush | None:
        return None if site.active else _RETIRED
