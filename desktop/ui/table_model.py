"""The one shape of every table model here: a list of frozen dataclasses, a constant per column, no database.

A subclass names its translation context and column headers (marked with QT_TRANSLATE_NOOP) and says what a
cell shows; the rest — row counts, translated headers, numbers aligned right, re-translation — lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Subclass as RowTableModel[TheDataclass]: row() and cell() are then typed for it."""

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[str, ...]]
    NUMERIC: ClassVar[frozenset[int]] = frozenset()
    """Columns holding numbers, aligned right."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> Row:
        return self._rows[n]

    def row_of(self, row_id: int) -> int | None:
        """The row showing the item with this id, or None when the current rows do not include it."""
        return next((n for n, item in enumerate(self._rows) if item.id == row_id), None)

    def tr_(self, text: str) -> str:
        """Translate a QT_TRANSLATE_NOOP-marked text of this model's context."""
        return QCoreApplication.translate(self.CONTEXT, text)

    def cell(self, item: Any, column: int) -> Any:
        """What a cell shows; every model overrides this."""
        return None

    def foreground(self, item: Any) -> Any:
        """A brush for the whole row (e.g. greyed when inactive), or None."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr_(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))
