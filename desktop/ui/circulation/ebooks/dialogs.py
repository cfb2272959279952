"""Licensing a catalogue title as an e-book, and a loan's QR (with its A6 slip as a PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bounded import EBOOK_CAP, EBOOK_LOAN_DAYS
from desktop.core.circulation.ebooks import DEFAULT_LOAN_DAYS, EbookLoanInfo
from desktop.core.privacy import mask_name
from desktop.core.search import Hit
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import I18N_SKIP, data_label, sentence
from desktop.ui.widgets.search_box import SearchBox

QR_MODULE_PIXELS = 6
SEARCH_LIMIT = 30

def qr_image(text: str, module: int = QR_MODULE_PIXELS) -> QImage:
    """The QR of text (ebook_qr.qr_matrix: error correction M, the quiet zone included), `module` pixels a module."""
    from desktop.core.circulation.ebook_qr import qr_matrix

    matrix = qr_matrix(text)
    side = len(matrix) * module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * module, y * module, module, module))
    painter.end()
    return image


class LicenceDialog(FormDialog):
    """Licence a catalogue title: find it, give its reading address, how many may read at once and how long."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.hits: list[Hit] = []
        self._request = 0
        self.setMinimumSize(560, 460)
        self.search = SearchBox(self)
        self.search.search.connect(lambda _query: self.find())
        self.results = QListWidget(self)
        self.results.setProperty(I18N_SKIP, True)  # titles are data
        self.results.itemSelectionChanged.connect(self._update)
        self.url_edit = QLineEdit(self)
        self.url_edit.setMaxLength(500)
        self.url_edit.setProperty(I18N_SKIP, True)  # an address; its placeholder is the scheme, the same in Chinese
        self.url_edit.textChanged.connect(lambda _text: self._update())
        self.cap_spin = QSpinBox(self)
        self.days_spin = QSpinBox(self)
        self.cap_spin.setRange(EBOOK_CAP.low, EBOOK_CAP.high)
        self.days_spin.setRange(EBOOK_LOAN_DAYS.low, EBOOK_LOAN_DAYS.high)
        self.days_spin.setValue(DEFAULT_LOAN_DAYS)
        for field in (self.search, self.results, self.url_edit, self.cap_spin, self.days_spin):
            self.add_row(field)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("License an e-book"))
        self.intro.setText(self.tr("Lend a title of the catalogue as an e-book: readers scan its QR with a phone. "
                                   "A title licensed already gets these terms and keeps its E code."))
        for field, text in ((self.search, self.tr("&Find the title")), (self.results, ""),
                            (self.url_edit, self.tr("Reading &address")), (self.cap_spin, self.tr("Readers at &once")),
                            (self.days_spin, self.tr("&Days a loan lasts"))):
            self.form.labelForField(field).setText(text)
        self.search.setPlaceholderText(self.tr("Title, author, ISBN or call number"))
        self.url_edit.setPlaceholderText("https://")
        self.ok_button.setText(self.tr("License"))

    def find(self) -> None:
        self.search.cancel()
        query, app = self.search.query(), self.ctx.app
        self._request += 1
        request = self._request
        if query:
            self.ctx.tasks.submit(lambda: app.catalogue.search(query, limit=SEARCH_LIMIT),
                                  on_done=lambda hits: self._found(request, hits),
                                  on_error=lambda exc: self.refuse(error_text(exc)))
        else:
            self._found(request, [])

    def _found(self, request: int, hits: list[Hit]) -> None:
        if request != self._request:
            return
        self.hits = hits
        self.results.clear()
        for hit in hits:
            title = hit.title
            self.results.addItem(QListWidgetItem(" · ".join(p for p in (title.title, title.author, title.isbn13 or "")
                                                            if p)))
        if hits:
            self.results.setCurrentRow(0)
        self._update()

    def selected(self) -> Hit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) and self.results.selectedItems() else None

    def _update(self) -> None:
        self.ok_button.setEnabled(self.selected() is not None and bool(self.url_edit.text().strip()))

    def accept_input(self) -> None:
        hit = self.selected()
        if hit is None:
            return
        ebooks, site = self.ctx.app.ebooks, self.site_code
        url, cap, days = self.url_edit.text(), self.cap_spin.value(), self.days_spin.value()
        self.submit(lambda: ebooks.add_licence(hit.title.id, access_url=url, max_concurrent=cap, loan_days=days,
                                               site_code=site))


class QrDialog(QDialog):
    """An e-book loan's QR for the reader's phone, its address and end date, and its A6 slip as a PDF."""

    def __init__(self, ctx: UiContext, loan: EbookLoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.loan = ctx, loan
        self.saved: Path | None = None
        self.title = data_label(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.qr = QLabel(self)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(loan.url)))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.until = sentence(self)
        self.url = data_label(self)
        self.url.setMaximumWidth(460)
        self.message = data_label(self)
        self.save_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.save_button.clicked.connect(self.choose_file)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(loan.url))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.qr, self.until, self.url, self.message, buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        loan = self.loan
        self.setWindowTitle(self.tr("E-book QR"))
        self.title.setText(f"{loan.title} · {mask_name(loan.reader_name)}")  # turned to the reader: masked
        self.until.setText(self.tr("Scan with a phone to read until {date}.").format(date=day(loan.expires_on)))
        self.url.setText(loan.url)
        self.save_button.setText(self.tr("Save slip as PDF…"))
        self.copy_button.setText(self.tr("Copy address"))
        if self.saved is not None:
            self.message.setText(self.tr("Saved: {path}").format(path=self.saved))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_file(self) -> None:
        name = f"电子书借阅单-{self.loan.reader_card}-{self.loan.id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save slip as PDF"), name, self.tr("PDF (*.pdf)"))
        if path:
            self.save_slip(Path(path))

    def save_slip(self, path: Path) -> None:
        ebooks, loan_id = self.ctx.app.ebooks, self.loan.id
        self.save_button.setEnabled(False)
        self.ctx.tasks.submit(lambda: ebooks.print_slip(loan_id, path), on_done=lambda _loan: self._saved(path),
                              on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.saved = path
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #a30000;")
        self.message.setText(error_text(exc))
