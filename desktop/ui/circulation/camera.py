"""Scanning with a webcam or from a picture: codes read with zxing-cpp go into the same queue as the scanner's.

The camera needs QtMultimedia (PySide6-Addons) and zxing-cpp, the optional camera extra; both are imported only
here and only when used, so the desk works the same without them. A camera sees the same code in frame after
frame: it is passed on once, and again only after it has been out of sight for a moment.
"""

from __future__ import annotations

import importlib.util
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

FRAMES_PER_SECOND = 5
"""At most this many frames are decoded a second; the others are only shown."""
SEEN_SECONDS = 3.0
"""A code the camera keeps seeing is passed on again only after this long out of sight."""


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def decoder_available() -> bool:
    return _has("zxingcpp")


def camera_available() -> bool:
    return _has("PySide6.QtMultimedia") and decoder_available()


def camera_missing() -> str:
    """Why the camera cannot be used, naming only what is missing ("" when it can)."""
    multimedia, decoder = _has("PySide6.QtMultimedia"), decoder_available()
    if multimedia and decoder:
        return ""
    if not multimedia and not decoder:
        return QCoreApplication.translate("Camera", "The camera needs QtMultimedia (PySide6-Addons) and zxing-cpp, "
                                                    "which are not installed")
    if not multimedia:
        return QCoreApplication.translate("Camera", "The camera needs QtMultimedia (PySide6-Addons), which is not "
                                                    "installed")
    return QCoreApplication.translate("Camera", "The camera needs zxing-cpp, which is not installed")


def read_codes(image: QImage) -> list[str]:
    """The text of every barcode and QR code zxing-cpp finds in the image, in its order."""
    import zxingcpp

    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    try:  # rows of a QImage are padded to 4 bytes: hand zxing-cpp the stride, not a packed buffer
        buffer = memoryview(gray.constBits()).cast("B")
        view = zxingcpp.ImageView(buffer, gray.width(), gray.height(), zxingcpp.ImageFormat.Lum, gray.bytesPerLine())
        found = zxingcpp.read_barcodes(view)
    except (AttributeError, TypeError, ValueError):  # an older zxing-cpp without ImageView reads a QImage itself
        found = zxingcpp.read_barcodes(gray)
    return [barcode.text for barcode in found if barcode.text]


def read_codes_from_file(path: str) -> list[str]:
    return read_codes(QImage(path))


class CameraScanner(QDialog):
    """A small window showing the camera; each newly seen code is emitted once."""

    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self.setWindowTitle(self.tr("Camera scanner"))
        self.preview = QLabel(self)
        self.preview.setMinimumSize(480, 360)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.stop_button = QPushButton(self.tr("Stop camera"), self)
        self.stop_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.stop_button)
        self._last_decode = 0.0
        self._seen: dict[str, float] = {}
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.status.setText(self.tr("No camera found."))
            self._camera: Any = None
            return
        self._camera = QCamera(device, self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self.status.setText(self.tr("Hold a code in front of the camera."))
        self._camera.start()

    def _frame(self, frame: Any) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        now = time.monotonic()
        if now - self._last_decode < 1 / FRAMES_PER_SECOND:
            return
        self._last_decode = now
        for code in read_codes(image):
            last = self._seen.get(code)
            self._seen[code] = now
            if last is None or now - last > SEEN_SECONDS:
                self.code_read.emit(code)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self._camera is not None:
            self._camera.stop()
        super().closeEvent(event)


class CameraLink(QObject):
    """Opens the camera window on demand (none is created where the extra is missing)."""

    code_read = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.window: CameraScanner | None = None

    def open(self) -> None:
        if not camera_available():
            return
        if self.window is None:
            self.window = CameraScanner(self._parent)
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.window.code_read.connect(self.code_read)
            self.window.destroyed.connect(self._gone)
        self.window.show()
        self.window.raise_()

    def _gone(self, _obj: object = None) -> None:
        self.window = None
