"""The one table-view set-up: rows selected whole, read-only, no row numbers, columns fitted to their contents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def table_view(model: QAbstractItemModel, parent: QWidget, *, stretch: int | None = None, multi: bool = False,
               widths: tuple[int, ...] = (), alternate: bool = False, compact: bool = False,
               sized_by_caller: bool = False) -> QTableView:
    """A view over `model`. `stretch`: the column that takes the room left (None: the last); `widths`: starting
    widths the user may drag (else columns fit their contents); `compact`: rows one line of text high;
    `sized_by_caller`: the columns are left as Qt makes them, for a caller that sizes them to the room it has."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(alternate)
    if compact:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
    if sized_by_caller:
        return view
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if widths
                                else QHeaderView.ResizeMode.ResizeToContents)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
