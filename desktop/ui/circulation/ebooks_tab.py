"""E-books (电子书): the licences (a title, its reading address, how many read at once, for how long), licensing a
catalogue title, withdrawing one, and the current loans of a licence with their QR (and A6 slip) or a revoke.

A loan is made at the desk: a reader's card, then the licence's slip (its E code). Readers are named masked, as
on any list others at the desk may see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.ebooks import DEFAULT_LOAN_DAYS, EbookLoanInfo, LicenceInfo
from desktop.core.circulation.results import Action
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.privacy import mask_name
from desktop.core.search import Hit
from desktop.ui.circulation.reader_panel import table_view
from desktop.ui.circulation.stocktake_tab import DeskTab, FormDialog, ask, day, open_dialog
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, data_label, sentence
from desktop.ui.table_model import RowTableModel

GREY = QColor("#80868b")
QR_MODULE_PIXELS = 6
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 30
ACTIVE_LABELS = {True: QT_TRANSLATE_NOOP("LicenceTableModel", "Lending"),
                 False: QT_TRANSLATE_NOOP("LicenceTableModel", "Withdrawn")}


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


class LicenceTableModel(RowTableModel):
    CONTEXT = "LicenceTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("LicenceTableModel", "Title"), QT_TRANSLATE_NOOP("LicenceTableModel", "E code"),
               QT_TRANSLATE_NOOP("LicenceTableModel", "At once"), QT_TRANSLATE_NOOP("LicenceTableModel", "In use"),
               QT_TRANSLATE_NOOP("LicenceTableModel", "Next free"), QT_TRANSLATE_NOOP("LicenceTableModel", "Days"),
               QT_TRANSLATE_NOOP("LicenceTableModel", "State"))
    TITLE, CODE, CAP, IN_USE, NEXT_FREE, DAYS, STATE = range(7)
    NUMERIC = frozenset({CAP, IN_USE, DAYS})

    def cell(self, lic: LicenceInfo, column: int) -> Any:
        return (lic.title, lic.code, str(lic.max_concurrent), str(lic.in_use), day(lic.next_free_on),
                str(lic.loan_days), self.tr_(ACTIVE_LABELS[lic.active]))[column]

    def foreground(self, lic: LicenceInfo) -> Any:
        return None if lic.active else QBrush(GREY)


class EbookLoanTableModel(RowTableModel):
    CONTEXT = "EbookLoanTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("EbookLoanTableModel", "Reader"), QT_TRANSLATE_NOOP("EbookLoanTableModel", "Card"),
               QT_TRANSLATE_NOOP("EbookLoanTableModel", "Lent"), QT_TRANSLATE_NOOP("EbookLoanTableModel", "Until"),
               QT_TRANSLATE_NOOP("EbookLoanTableModel", "Room"))
    READER, CARD, LENT, UNTIL, ROOM = range(5)

    def cell(self, loan: EbookLoanInfo, column: int) -> Any:
        return (loan.reader_name, loan.reader_card, day(loan.lent_at), day(loan.expires_on),
                loan.site_code)[column]


class LicenceDialog(FormDialog):
    """Licence a catalogue title: find it, give its reading address, how many may read at once and how long."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.hits: list[Hit] = []
        self._request = 0
        self.setMinimumSize(560, 460)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setProperty(I18N_SKIP, True)  # titles are data
        self.results.itemSelectionChanged.connect(self._update)
        self.url_edit = QLineEdit(self)
        self.url_edit.setMaxLength(500)
        self.url_edit.setProperty(I18N_SKIP, True)  # an address; its placeholder is the scheme, the same in Chinese
        self.url_edit.textChanged.connect(lambda _text: self._update())
        self.cap_spin, self.days_spin = QSpinBox(self), QSpinBox(self)
        self.cap_spin.setRange(1, 9999)
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(DEFAULT_LOAN_DAYS)
        for field in (self.search, self.results, self.url_edit, self.cap_spin, self.days_spin):
            self.add_row(field)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.find)
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
        self._timer.stop()
        query, app = self.search.text().strip(), self.ctx.app
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
        self.save_button, self.copy_button = QPushButton(self), QPushButton(self)
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


class EbooksTab(DeskTab):
    SCANS = frozenset({Action.EBOOK_LEND})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown: LicenceInfo | None = None
        self.dialog: LicenceDialog | None = None
        self.qr_dialog: QrDialog | None = None
        self.licences, self.loans = LicenceTableModel(), EbookLoanTableModel()
        self.buttons = {key: QPushButton(self) for key in ("add", "withdraw", "refresh", "qr", "revoke")}
        for key, action in (("add", self.add_licence), ("withdraw", self.withdraw), ("refresh", self.reload),
                            ("qr", self.show_qr), ("revoke", self.revoke)):
            self.buttons[key].clicked.connect(action)
        self.view = table_view(self.licences, self, stretch=LicenceTableModel.TITLE)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.loans_view = table_view(self.loans, self, stretch=EbookLoanTableModel.READER)
        self.loans_view.selectionModel().selectionChanged.connect(lambda *_: self.retranslate())
        self.loans_view.doubleClicked.connect(lambda _index: self.show_qr())
        self.count = sentence(self)
        self.heading = data_label(self)
        top, loan_row = QHBoxLayout(), QHBoxLayout()
        for key in ("add", "withdraw"):
            top.addWidget(self.buttons[key])
        top.addWidget(self.count, 1)
        top.addWidget(self.buttons["refresh"])
        loan_row.addWidget(self.heading, 1)
        loan_row.addWidget(self.buttons["qr"])
        loan_row.addWidget(self.buttons["revoke"])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for row, view in ((top, self.view), (loan_row, self.loans_view)):
            pane = QWidget(splitter)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(row)
            column.addWidget(view, 1)
            splitter.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Every licence (they serve all rooms), and the current loans of the one selected."""
        ebooks, code = self.ctx.app.ebooks, self.shown.code if self.shown is not None else None

        def job() -> tuple[list[LicenceInfo], list[EbookLoanInfo]]:
            return ebooks.licences(), ebooks.loans(code) if code is not None else []

        self.load(job, lambda got: self._loaded(*got))

    def _loaded(self, licences: list[LicenceInfo], loans: list[EbookLoanInfo]) -> None:
        keep = self.shown.id if self.shown is not None else None
        self.licences.set_rows(licences)
        row = self.licences.row_of(keep) if keep is not None else None
        self.shown = self.licences.row(row) if row is not None else None
        self.loans.set_rows(loans if self.shown is not None else [])
        if row is not None:
            self.view.selectRow(row)
        self.retranslate()

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        picked = self.licences.row(rows[0].row()) if rows else None
        if (picked.id if picked else None) != (self.shown.id if self.shown else None):
            self.shown = picked
            self.loans.set_rows([])
            self.reload()

    def select(self, licence_id: int) -> None:
        row = self.licences.row_of(licence_id)
        if row is not None:
            self.view.selectRow(row)

    def selected_loan(self) -> EbookLoanInfo | None:
        rows = self.loans_view.selectionModel().selectedRows()
        return self.loans.row(rows[0].row()) if rows else None

    # -- actions -----------------------------------------------------------------------------------------------
    def add_licence(self) -> None:
        self.dialog = LicenceDialog(self.ctx, self.site_code, self)
        self.dialog.completed.connect(self._licensed)
        open_dialog(self.ctx, self.dialog)
        self.dialog.search.setFocus()

    def _licensed(self, info: LicenceInfo) -> None:
        self.shown = info
        self.say(lambda: self.tr("{title} is lent as an e-book with the code {code}: print its slip for the "
                                 "desk.").format(title=info.title, code=info.code))
        self.reload()

    def withdraw(self) -> None:
        lic, ebooks = self.shown, self.ctx.app.ebooks
        if lic is None:
            return
        if not lic.active:
            self.run(lambda: ebooks.update_licence(lic.code, active=True), lambda info: self.say(
                lambda: self.tr("{title} is lent again.").format(title=info.title)))
        elif ask(self, self.tr("Withdraw"), self.tr("Lend {title} no more? The {n} loans running now keep running "
                                                     "until they end.").format(title=lic.title, n=lic.in_use)):
            self.run(lambda: ebooks.withdraw(lic.code), lambda info: self.say(
                lambda: self.tr("{title} is withdrawn.").format(title=info.title)))

    def revoke(self) -> None:
        loan, ebooks = self.selected_loan(), self.ctx.app.ebooks
        if loan is None or not ask(self, self.tr("Revoke"), self.tr(
                "End {name}'s loan of {title} now? The reading address stops working.").format(
                name=loan.reader_name, title=loan.title)):
            return
        self.run(lambda: ebooks.revoke(loan.id), lambda info: self.say(
            lambda: self.tr("The loan of {title} to {name} is ended.").format(title=info.title,
                                                                               name=info.reader_name)))

    def show_qr(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self.qr_dialog = QrDialog(self.ctx, loan, self)
            open_dialog(self.ctx, self.qr_dialog)

    # -- texts -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lic, loan = self.shown, self.selected_loan()
        texts = {"add": self.tr("License an e-book…"), "refresh": self.tr("Refresh"), "qr": self.tr("Show QR"),
                 "revoke": self.tr("Revoke"),
                 "withdraw": self.tr("Lend again") if lic is not None and not lic.active else self.tr("Withdraw")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.buttons["withdraw"].setEnabled(lic is not None)
        self.buttons["qr"].setEnabled(loan is not None)
        self.buttons["revoke"].setEnabled(loan is not None)
        self.count.setText(self.tr("{n} e-book licence(s); lend one at the desk: a reader's card, then its slip.")
                           .format(n=self.licences.rowCount()))
        if lic is None:
            self.heading.setText(self.tr("Select a licence to see who reads it now."))
        else:
            self.heading.setText(self.tr("{title} ({code}): {used} of {cap} in use").format(
                title=lic.title, code=lic.code, used=lic.in_use, cap=lic.max_concurrent))
        self.licences.retranslate()
        self.loans.retranslate()
        super().retranslate()
