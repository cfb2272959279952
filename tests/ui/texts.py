"""Collect the user-visible interface text of a window (not data), for the translation checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableView,
    QWidget,
)

from desktop.ui.pages.base import I18N_SKIP


def _skipped(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(I18N_SKIP):
            return True
        widget = widget.parentWidget()
    return False


def visible_ui_texts(window: QMainWindow) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _skipped(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.extend((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            found.extend((where, widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found.extend(
                (where, str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)))
                for c in range(model.columnCount())
            )
    return [(where, text) for where, text in found if text and text.strip()]
