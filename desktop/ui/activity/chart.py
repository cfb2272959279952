"""Twelve months of visitors as bars, drawn with QPainter: the month under each bar, the count above it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f6fb3")
PEAK = QColor("#c2571a")


class MonthBars(QWidget):
    """Bars of (month "2026-05", visitors); the busiest month in a warmer colour. Numbers only: nothing to
    translate but the month labels, which are digits ("5月" / "May" come from the caller's `labels`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[tuple[str, int]] = []
        self.labels: list[str] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(560, 220)

    def set_months(self, months: list[tuple[str, int]], labels: list[str]) -> None:
        self.months, self.labels = list(months), list(labels)
        self.setToolTip("\n".join(f"{label}: {n}" for label, (_m, n) in zip(labels, months, strict=True)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        if not self.months:
            painter.end()
            return
        top, bottom = line + 6, height - line - 8
        slot = width / len(self.months)
        most = max((n for _m, n in self.months), default=0) or 1
        painter.setPen(text)
        painter.drawLine(0, bottom, width, bottom)
        for i, ((_month, n), label) in enumerate(zip(self.months, self.labels, strict=True)):
            bar_h = (bottom - top) * n / most
            x = i * slot + slot * 0.18
            rect = QRectF(x, bottom - bar_h, slot * 0.64, bar_h)
            painter.fillRect(rect, PEAK if n == most and n else BAR)
            painter.setPen(text)
            painter.drawText(QRectF(i * slot, bottom - bar_h - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, str(n))
            painter.drawText(QRectF(i * slot, bottom + 4, slot, line), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
