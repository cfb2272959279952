"""Where the main window opens: a comfortable size that fits the screen it is on, and a saved place kept on a screen.

A laptop at 1366 × 768 has about 1366 × 728 to spare under its panel, less the window's title bar: a fixed
1200 × 760 does not fit. Geometry saved on a monitor that is gone, or larger, is brought back onto a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

COMFORTABLE = QSize(1280, 800)
"""The size the window asks for when the screen has room for it."""
FRAME = QMargins(4, 32, 4, 4)
"""A window manager's frame (title bar and borders) assumed before the window is shown and has a real one."""


def fit_rect(rect: QRect, available: QRect, frame: QMargins = FRAME) -> QRect:
    """`rect` (the inside of a window) made no larger than `available` less the frame, and moved inside it."""
    inner = available.marginsRemoved(frame)
    size = rect.size().boundedTo(inner.size())
    x = min(max(rect.x(), inner.left()), inner.left() + inner.width() - size.width())
    y = min(max(rect.y(), inner.top()), inner.top() + inner.height() - size.height())
    return QRect(QPoint(x, y), size)


def _frame(window: QWidget) -> QMargins:
    if not window.isVisible():
        return FRAME
    outer, inner = window.frameGeometry(), window.geometry()
    real = QMargins(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
                    outer.bottom() - inner.bottom())
    return real if not real.isNull() else FRAME


def _screen(window: QWidget, point: QPoint | None = None) -> QScreen:
    found = QGuiApplication.screenAt(point) if point is not None else None
    screen = found or window.screen() or QGuiApplication.primaryScreen()
    assert screen is not None
    return screen


def initial_geometry(window: QWidget) -> QRect:
    """A comfortable size, no larger than the screen's free area, centred on it."""
    available = _screen(window).availableGeometry()
    frame = _frame(window)
    size = COMFORTABLE.boundedTo(available.marginsRemoved(frame).size()).expandedTo(
        window.minimumSize().boundedTo(available.marginsRemoved(frame).size()))
    rect = QRect(QPoint(), size)
    rect.moveCenter(available.marginsRemoved(frame).center())
    return fit_rect(rect, available, frame)


def fit_to_screen(window: QWidget) -> QRect:
    """The window's geometry brought onto the screen under its centre (or its own screen), fitted to it."""
    geometry = window.geometry()
    return fit_rect(geometry, _screen(window, geometry.center()).availableGeometry(), _frame(window))
