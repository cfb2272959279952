"""Labels every page uses: a heading, a sentence, a data label (not translated), an error box and a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

I18N_SKIP = "i18n_skip"
"""Dynamic property on widgets that show data or language names, not translatable UI text."""
ERROR_STYLE = "color: #b3261e;"
"""A refusal's reason, in dark red (readable on white, and the words say it without colour)."""


def heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def sentence(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def data_label(parent: QWidget) -> QLabel:
    label = sentence(parent)
    label.setProperty(I18N_SKIP, True)
    return label


def error_box(parent: QWidget) -> QLabel:
    """A hidden line for a refusal's reason, shown in place by say(…, error=True)."""
    label = data_label(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show a message (an error in red) on a message line; an empty text hides it."""
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))
