"""The scan box, and the redirect that sends a scanner's keys to it from anywhere on the page.

A scanner types a code as fast key presses ending in Return (or keypad Enter). The box has the input method
switched off, so a Chinese IME left on cannot swallow the keys into a composition; it empties at once, so the
next scan types into a clean field. What it submits goes into the desk's queue (queue.py).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SCAN_HINTS = (Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhPreferUppercase
              | Qt.InputMethodHint.ImhNoPredictiveText)


class ScanBox(QLineEdit):
    """A line edit for scanners: no input method; Return, keypad Enter (and Tab after a code) submit; emptied at
    once."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBox")
        self.setInputMethodHints(SCAN_HINTS)
        self._no_input_method()
        self.setClearButtonEnabled(False)

    def _no_input_method(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self._no_input_method()  # QLineEdit re-enables it when its echo mode or read-only state changes

    def event(self, event: QEvent) -> bool:
        """A scanner set to end codes with Tab submits too, instead of moving the focus away."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab and not event.modifiers() and self.text().strip()):
            self._submit()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        """Should an input method reach the box anyway, keep only what it commits, folded to plain ASCII
        (full-width ＣＪＨ０１ → CJH01); a composition in progress is never shown or submitted."""
        committed = unicodedata.normalize("NFKC", event.commitString())
        if committed:
            self.insert(committed)
        event.accept()

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        if text.strip():
            self.scanned.emit(text)


def is_text_input(widget: QWidget) -> bool:
    """A widget a librarian types into on purpose: its keys are its own."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


class KeyRedirect(QObject):
    """While the page is shown, what a scanner types at any other widget of its window (a button clicked last, a
    table, the reader panel, the navigation list) goes to the scan box. Text fields keep their keys; so do other
    windows (dialogs)."""

    ALLOWED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier

    def __init__(self, page: QWidget, box: ScanBox) -> None:
        super().__init__(page)
        self._page, self._box = page, box
        self._attached = False

    def attach(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._attached:
            app.installEventFilter(self)
            self._attached = True

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None and self._attached:
            app.removeEventFilter(self)
            self._attached = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or watched is self._box:
            return False
        page = self._page
        if not page.isVisible() or watched.window() is not page.window() or is_text_input(watched):
            return False  # the navigation list and status bar beside the page count as the page; dialogs do not
        assert isinstance(event, QKeyEvent)
        if not self._box.isEnabled() or not self._from_scanner(event):
            return False
        self._box.setFocus(Qt.FocusReason.OtherFocusReason)
        QCoreApplication.sendEvent(self._box, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                                        event.isAutoRepeat(), event.count()))
        return True

    def _from_scanner(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~self.ALLOWED:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self._box.text())  # ends a code begun here; alone it stays with the widget
        text = event.text()
        if not text or not text.isprintable():
            return False
        return text != " " or bool(self._box.text())  # a space starts no code, and still clicks a button
