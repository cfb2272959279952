"""The label dialog's preview: one page on grey, zoomed to fit, to its real size (100 %) or larger, and turned.

A page is rendered once at the largest zoom (MAX_ZOOM times the screen's resolution) and scaled down for the
others, so zooming needs no new render. Ctrl+wheel and Ctrl+plus/minus step through ZOOMS.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.pages.base import I18N_SKIP

FIT = 0.0
"""The zoom that shows the whole page in the space there is."""
ZOOMS = (0.5, 0.75, 1.0, 1.5, 2.0)
MAX_ZOOM = ZOOMS[-1]
BUTTONS = (FIT, 1.0, 2.0)


class PreviewPane(QWidget):
    """Shows a rendered page (a QImage at render_dpi()) at the chosen zoom, with page turning below it."""

    turned = Signal(int)
    """-1 or +1: the user asked for the previous or next page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = FIT
        self.image: QImage | None = None
        self.view = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        self.view.setStyleSheet("QLabel { background: #8a8a8a; }")  # the paper shows white on grey
        self.scroll = QScrollArea(self, widgetResizable=True, minimumSize=QSize(300, 380))
        self.scroll.setWidget(self.view)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the zoom never resizes
        # the dialog: the layout gives the preview its share, and a larger page scrolls inside it
        self.prev_button = QPushButton("‹", self, clicked=lambda: self.turned.emit(-1))
        self.next_button = QPushButton("›", self, clicked=lambda: self.turned.emit(1))
        for button in (self.prev_button, self.next_button):
            button.setMaximumWidth(44)
        self.page_label = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        self.page_label.setProperty(I18N_SKIP, True)  # numbers
        self.zoom_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.page_label, 1)
        for n, zoom in enumerate(BUTTONS):
            button = QToolButton(self, checkable=True, checked=zoom == FIT)
            self.zoom_buttons.addButton(button, n)
            row.addWidget(button)
        self.zoom_buttons.idClicked.connect(lambda n: self.set_zoom(BUTTONS[n]))
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            QShortcut(keys, self, lambda step=step: self.step_zoom(step))
        self.retranslate()
        self.show_pages(0, 0)

    def retranslate(self) -> None:
        texts = (self.tr("Fit"), "100 %", "200 %")
        tips = (self.tr("The whole page"), self.tr("Real size"), self.tr("Twice the real size"))
        for n, (text, tip) in enumerate(zip(texts, tips, strict=True)):
            button = self.zoom_buttons.button(n)
            button.setText(text)
            button.setToolTip(tip + "  " + self.tr("(Ctrl+wheel or Ctrl+plus/minus to zoom)"))

    def render_dpi(self) -> float:
        """The resolution to render pages at: enough pixels for the largest zoom on this screen."""
        return self.logicalDpiY() * self.devicePixelRatioF() * MAX_ZOOM

    def show_image(self, image: QImage | None) -> None:
        self.image = image
        self._draw()

    def show_pages(self, page: int, pages: int) -> None:
        self.page_label.setText(self.tr("Page {n} of {m}").format(n=page + 1, m=pages) if pages else "")
        self.prev_button.setEnabled(pages > 0 and page > 0)
        self.next_button.setEnabled(page + 1 < pages)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        for n, shown in enumerate(BUTTONS):
            self.zoom_buttons.button(n).setChecked(shown == zoom)
        self._draw()

    def step_zoom(self, step: int) -> None:
        """The next zoom up (step 1) or down (-1) from the one shown; from Fit, from the scale Fit shows at."""
        now = self.zoom or self._fit_scale()
        larger = [z for z in ZOOMS if z > now + 1e-6]
        smaller = [z for z in ZOOMS if z < now - 1e-6]
        if step > 0 and larger:
            self.set_zoom(larger[0])
        elif step < 0 and smaller:
            self.set_zoom(smaller[-1])

    def shown_size(self) -> QSize:
        """The page's size on screen, in device-independent pixels (empty when no page is shown)."""
        pixmap = self.view.pixmap()
        return QSize() if pixmap.isNull() else pixmap.deviceIndependentSize().toSize()

    def _fit_scale(self) -> float:
        if self.image is None or self.image.isNull():
            return 1.0
        room = self.scroll.viewport().size() - QSize(4, 4)  # a margin, so that no scroll bar appears
        full = self.image.size() / (self.devicePixelRatioF() * MAX_ZOOM)  # the page at 100 %
        return min(room.width() / max(full.width(), 1), room.height() / max(full.height(), 1))

    def _draw(self) -> None:
        if self.image is None or self.image.isNull():
            self.view.clear()
            return
        ratio = self.devicePixelRatioF()
        scale = self.zoom or self._fit_scale()
        size = self.image.size() * (scale / MAX_ZOOM)
        pixmap = QPixmap.fromImage(self.image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.view.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.zoom == FIT:
            self._draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
