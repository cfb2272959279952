"""A thin table model over a list of SiteInfo rows: one constant per column, no database access."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo, SiteKind

CONTEXT = "SiteTableModel"
CODE, KIND, NAME, ADDRESS, POSITION, OPENED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("SiteTableModel", "Code"),
    QT_TRANSLATE_NOOP("SiteTableModel", "Kind"),
    QT_TRANSLATE_NOOP("SiteTableModel", "Name"),
    QT_TRANSLATE_NOOP("SiteTableModel", "Address"),
    QT_TRANSLATE_NOOP("SiteTableModel", "Position (as entered)"),
    QT_TRANSLATE_NOOP("SiteTableModel", "Opened"),
)
KIND_LABELS = {
    SiteKind.READING_ROOM: QT_TRANSLATE_NOOP("SiteTableModel", "Reading room"),
    SiteKind.SERVICE_STATION: QT_TRANSLATE_NOOP("SiteTableModel", "Service station"),
}
DATUM_LABELS = {"wgs84": "WGS-84", "gcj02": "GCJ-02", "bd09": "BD-09"}

Index = QModelIndex | QPersistentModelIndex


class SiteTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SiteInfo] = []

    def set_rows(self, rows: Sequence[SiteInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> SiteInfo:
        return self._rows[n]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        site = self._rows[index.row()]
        column = index.column()
        if column == CODE:
            return site.code
        if column == KIND:
            return QCoreApplication.translate(CONTEXT, KIND_LABELS[site.kind])
        if column == NAME:
            return site.name
        if column == ADDRESS:
            return site.address
        if column == POSITION:
            p = site.position
            return f"{p.lng:.5f}, {p.lat:.5f} ({DATUM_LABELS[p.system.value]})" if p else ""
        if column == OPENED:
            return site.opened_on.isoformat() if site.opened_on else ""
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, KIND), self.index(len(self._rows) - 1, KIND))
