"""The answer to the latest scan, large enough to read from a step away: a mark (✓ ! ✗) and a colour by level,
what happened, a KEEP ASIDE or SEND TO notice when a returned copy must not go back on the shelf, the QR of
an e-book loan's reading address for the reader to scan with a phone, and for an asset tag a button that opens
the facility on the facilities page.

The banner is what the queue at the desk can read, so it shows only the desk's messages, in which the core has
masked every reader's name (desktop/core/privacy.py); the reader panel beside it, a staff screen, names the reader
in full."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.circulation.tables import LOOKS, ScanEntry, ScanLogModel
from desktop.ui.pages.base import I18N_SKIP

QR_PIXELS = 120


def qr_pixmap(text: str, size: int = QR_PIXELS) -> QPixmap:
    """A QR code of text, its modules painted as squares (qrcode gives the matrix; no image library needed)."""
    import qrcode  # only when an e-book is lent

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    step = size / len(matrix)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:  # a hair of overlap so that no seams show between modules
                painter.drawRect(QRectF(x * step, y * step, step + 0.5, step + 0.5))
    painter.end()
    return pixmap


class ResultBanner(QFrame):
    asset_requested = Signal(str)
    """The asset tag whose facility the librarian asked to open (an asset tag scanned at the desk)."""

    def __init__(self, log: ScanLogModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self._log = log
        self.entry: ScanEntry | None = None
        self.qr_url: str | None = None
        self.mark = QLabel(self)
        self.mark.setObjectName("resultMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFixedWidth(44)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("resultMessage")
        self.message.setWordWrap(True)
        self.message.setProperty(I18N_SKIP, True)  # names titles and readers (data)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self)
        self.notice.setObjectName("resultNotice")
        self.notice.setProperty(I18N_SKIP, True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.asset_button = QPushButton(self)
        self.asset_button.setObjectName("openAsset")
        self.asset_button.clicked.connect(self._open_asset)
        self.qr = QLabel(self)
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.url = QLabel(self)
        self.url.setProperty(I18N_SKIP, True)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long token never
        self.url.setMinimumWidth(120)                                                      # widens the window
        for label in (self.message, self.hint):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        text.addWidget(self.hint)
        text.addWidget(self.message)
        text.addWidget(self.url)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        row.addWidget(self.notice)
        row.addWidget(self.asset_button)
        row.addWidget(self.qr)
        self.show_entry(None)

    def show_entry(self, entry: ScanEntry | None) -> None:
        self.entry = entry
        result = entry.result if entry is not None else None
        self.qr_url = result.url if result is not None and result.url else None
        if self.qr_url:
            self.qr.setPixmap(qr_pixmap(self.qr_url))
        self.retranslate()

    def show_qr(self, url: str) -> None:
        """An e-book loan's QR again, from the reader panel."""
        self.qr_url = url
        self.qr.setPixmap(qr_pixmap(url))
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.entry
        level = entry.level if entry is not None else None
        look = LOOKS.get(level or "")
        self.hint.setVisible(entry is None)
        self.hint.setText(self.tr("Ready. Scan a reader card to lend, or a book with no reader to return it."))
        self.message.setVisible(entry is not None)
        self.message.setText(self._log.message(entry) if entry is not None else "")
        notice = self._notice(entry)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.mark.setText(look.mark if look else "…" if entry is not None else "")
        self.qr.setVisible(bool(self.qr_url))
        self.url.setVisible(bool(self.qr_url))
        self.asset_button.setVisible(self._asset() is not None)
        self.asset_button.setText(self.tr("Open on the Facilities page"))
        self.url.setText(self.tr("Scan the QR to read, or open: {url}").format(url=self.qr_url)
                         if self.qr_url else "")
        self.url.setToolTip(self.qr_url or "")
        background, text = (look.background, look.text) if look else ("#eef1f5", "#1d2733")
        edge = QColor(text)
        self.setStyleSheet(
            f"QFrame#resultBanner {{ background: {background}; border-radius: 6px;"
            f" border: 1px solid rgba({edge.red()}, {edge.green()}, {edge.blue()}, 70); }}"
            f" QFrame#resultBanner QLabel {{ color: {text}; background: transparent; }}"
            " QLabel#resultMark { font-size: 28px; font-weight: bold; }"
            " QLabel#resultMessage { font-size: 16px; font-weight: bold; }"
            f" QFrame#resultBanner QLabel#resultNotice {{ font-size: 18px; font-weight: bold; color: {background};"
            f" background: {text}; border-radius: 5px; padding: 6px 14px; }}")

    def _asset(self) -> str | None:
        result = self.entry.result if self.entry is not None else None
        return result.asset_code if result is not None else None

    def _open_asset(self) -> None:
        code = self._asset()
        if code:
            self.asset_requested.emit(code)

    def _notice(self, entry: ScanEntry | None) -> str:
        result = entry.result if entry is not None else None
        if result is None:
            return ""
        if result.hold_for:
            return self.tr("KEEP ASIDE for {name}").format(name=result.hold_for)
        if result.send_to:
            room = f"{result.send_to} {result.send_to_name}" if result.send_to_name else result.send_to
            return self.tr("SEND TO {room}").format(room=room)
        return ""
