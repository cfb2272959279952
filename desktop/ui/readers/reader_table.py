"""Thin table models over ReaderInfo and ReaderTypeInfo rows: one constant per column, no database access.

Phone numbers reach these models only masked (ReaderInfo.phone_masked); a revealed number never does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.readers import ReaderInfo, ReaderStatus, ReaderTypeInfo

CONTEXT = "ReaderTableModel"
CARD, NAME, UNIT, PHONE, TYPE, STATUS, ROOM, REGISTERED = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("ReaderTableModel", "Card"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Name"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Unit"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Phone"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Reader type"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Status"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Home room"),
    QT_TRANSLATE_NOOP("ReaderTableModel", "Registered"),
)
STATUS_LABELS = {
    ReaderStatus.ACTIVE: QT_TRANSLATE_NOOP("ReaderTableModel", "Active"),
    ReaderStatus.SUSPENDED: QT_TRANSLATE_NOOP("ReaderTableModel", "Suspended"),
    ReaderStatus.LEFT: QT_TRANSLATE_NOOP("ReaderTableModel", "Left"),
}
ANONYMISED = QT_TRANSLATE_NOOP("ReaderTableModel", "Left (anonymised)")
INACTIVE = QColor("#7a7a7a")

TYPES_CONTEXT = "ReaderTypeTableModel"
TYPE_NAME, MAX_LOANS, LOAN_DAYS, MAX_RENEWALS, DEFAULT = range(5)
TYPE_HEADERS = (
    QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Name"),
    QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Books at a time"),
    QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Loan days"),
    QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Renewals"),
    QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Default"),
)
DEFAULT_MARK = QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Default")

Index = QModelIndex | QPersistentModelIndex


def status_label(status: ReaderStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[status])


class ReaderTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ReaderInfo] = []

    def set_rows(self, rows: Sequence[ReaderInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> ReaderInfo:
        return self._rows[n]

    def row_of(self, reader_id: int) -> int | None:
        """The row showing this reader, or None when the current rows do not include it."""
        return next((n for n, r in enumerate(self._rows) if r.id == reader_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        reader = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INACTIVE) if reader.status != ReaderStatus.ACTIVE else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == CARD:
            return reader.card_code
        if column == NAME:
            return reader.name
        if column == UNIT:
            return reader.unit
        if column == PHONE:
            return reader.phone_masked
        if column == TYPE:
            return reader.reader_type
        if column == STATUS:
            if reader.anonymised:
                return QCoreApplication.translate(CONTEXT, ANONYMISED)
            return status_label(reader.status)
        if column == ROOM:
            return reader.site_code or ""
        if column == REGISTERED:
            return reader.registered_on.isoformat()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS))


class ReaderTypeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ReaderTypeInfo] = []

    def set_rows(self, rows: Sequence[ReaderTypeInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> ReaderTypeInfo:
        return self._rows[n]

    def row_of(self, type_id: int) -> int | None:
        return next((n for n, t in enumerate(self._rows) if t.id == type_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TYPE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(TYPES_CONTEXT, TYPE_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MAX_LOANS, LOAN_DAYS, MAX_RENEWALS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TYPE_NAME:
            return info.name
        if column == MAX_LOANS:
            return str(info.max_loans)
        if column == LOAN_DAYS:
            return str(info.loan_days)
        if column == MAX_RENEWALS:
            return str(info.max_renewals)
        if column == DEFAULT:
            return QCoreApplication.translate(TYPES_CONTEXT, DEFAULT_MARK) if info.is_default else ""
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TYPE_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, DEFAULT), self.index(len(self._rows) - 1, DEFAULT))
