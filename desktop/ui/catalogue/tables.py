"""Thin table models for titles (searched, or browsed with lazy fetching) and for a title's copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex

from desktop.core.catalogue import CopyInfo, TitleInfo
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.isbn import hyphenated
from desktop.ui.table_model import Index, RowTableModel
from desktop.ui.widgets.status import COPY_STATUS

TITLE, AUTHOR, PUBLISHER, YEAR, CLASS, ISBN, COPIES = range(7)
TITLE_HEADERS = (
    QT_TRANSLATE_NOOP("TitleTableModel", "Title"),
    QT_TRANSLATE_NOOP("TitleTableModel", "Author"),
    QT_TRANSLATE_NOOP("TitleTableModel", "Publisher"),
    QT_TRANSLATE_NOOP("TitleTableModel", "Year"),
    QT_TRANSLATE_NOOP("TitleTableModel", "Class"),
    QT_TRANSLATE_NOOP("TitleTableModel", "ISBN"),
    QT_TRANSLATE_NOOP("TitleTableModel", "Copies"),
)
FETCH_BATCH = 500


class TitleTableModel(RowTableModel[TitleInfo]):
    """Either a list of search results, or every title fetched page by page as the view scrolls."""

    CONTEXT = "TitleTableModel"
    HEADERS = TITLE_HEADERS
    NUMERIC = frozenset({COPIES})

    def __init__(self) -> None:
        super().__init__()
        self._total = 0
        self._fetching = False
        self.fetcher: Callable[[int, int], None] | None = None
        """Asks for `limit` rows from `offset`; the answer comes back through append()."""

    def set_rows(self, rows: Sequence[TitleInfo], *, total: int | None = None) -> None:
        self._total = len(rows) if total is None else total
        self._fetching = False
        super().set_rows(rows)

    def append(self, rows: Sequence[TitleInfo], *, offset: int) -> None:
        self._fetching = False
        if offset != len(self._rows) or not rows:  # an answer for a list that has since been replaced
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()


    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.fetcher is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self._fetching or self.fetcher is None:
            return
        self._fetching = True
        self.fetcher(len(self._rows), FETCH_BATCH)

    def cell(self, t: TitleInfo, column: int) -> Any:
        return (t.title, t.author, t.publisher, t.year, t.clc, hyphenated(t.isbn13) if t.isbn13 else "",
                t.copies)[column]


COPY_HEADERS = (
    QT_TRANSLATE_NOOP("CopyTableModel", "Code"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Room"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Call number"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Status"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Shelf"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Acquired"),
    QT_TRANSLATE_NOOP("CopyTableModel", "Label"),
)

LABEL_PRINTED = {
    True: QT_TRANSLATE_NOOP("CopyTableModel", "Printed"),
    False: QT_TRANSLATE_NOOP("CopyTableModel", "Not yet"),
}


class CopyTableModel(RowTableModel):
    CONTEXT = "CopyTableModel"
    HEADERS = COPY_HEADERS

    def cell(self, c: CopyInfo, column: int) -> str:
        return (c.code, c.site_code, c.call_number, self.tr_(COPY_STATUS[c.status.value]), c.shelf,
                c.acquired_on.isoformat() if c.acquired_on else "", self.tr_(LABEL_PRINTED[c.label_printed]))[column]
