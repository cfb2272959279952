"""Thin table models for titles (searched, or browsed with lazy fetching) and for a title's copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

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


class TitleColumns(QObject):
    """Sizes the title table's columns to the room it has, so that the title is never the narrowest: numbers and
    codes get the width they need, author and publisher a share of the table, the title the rest. When that
    leaves the title less than MIN_TITLE of the table, the columns the detail pane shows anyway go first."""

    HIDE_FIRST = (ISBN, YEAR, CLASS)
    SAMPLES = {YEAR: "0000", CLASS: "I247.57", ISBN: "978-7-5302-1028-4", COPIES: "000"}
    SHARE, MIN_TITLE = 0.18, 0.34

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        room, pad, cjk = self.view.viewport().width(), 16, metrics.horizontalAdvance("中")
        widths = {column: max(metrics.horizontalAdvance(sample) + pad, header.sectionSizeFromContents(column).width())
                  for column, sample in self.SAMPLES.items()}
        for column in (AUTHOR, PUBLISHER):
            widths[column] = max(4 * cjk + pad, min(int(room * self.SHARE), 10 * cjk + pad))
        hidden: list[int] = []
        for column in self.HIDE_FIRST:
            if room - sum(w for c, w in widths.items() if c not in hidden) >= room * self.MIN_TITLE:
                break
            hidden.append(column)
        for column, width in widths.items():
            header.setSectionHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, width)


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


class CopyTableModel(RowTableModel[CopyInfo]):
    CONTEXT = "CopyTableModel"
    HEADERS = COPY_HEADERS

    def cell(self, c: CopyInfo, column: int) -> str:
        return (c.code, c.site_code, c.call_number, self.tr_(COPY_STATUS[c.status.value]), c.shelf,
                c.acquired_on.isoformat() if c.acquired_on else "", self.tr_(LABEL_PRINTED[c.label_printed]))[column]

    def empty_columns(self) -> set[int]:
        """Columns with nothing to show for these copies (a column of blanks only takes room)."""
        return {column for column in range(len(self.HEADERS)) if self._rows and
                not any(self.cell(c, column) for c in self._rows)}
