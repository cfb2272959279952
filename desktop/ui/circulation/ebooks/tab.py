"""E-books (电子书): the licences (a title, its reading address, how many read at once, for how long), licensing a
catalogue title, withdrawing one, and the current loans of a licence with their QR (and A6 slip) or a revoke.

A loan is made at the desk: a reader's card, then the licence's slip (its E code). Readers are named masked, as
on any list others at the desk may see.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from desktop.core.circulation.ebooks import EbookLoanInfo, LicenceInfo
from desktop.core.circulation.results import Action
from desktop.ui.circulation.ebooks.dialogs import LicenceDialog, QrDialog
from desktop.ui.circulation.ebooks.models import EbookLoanTableModel, LicenceTableModel
from desktop.ui.context import UiContext
from desktop.ui.widgets.confirm import ask
from desktop.ui.widgets.desk_tab import DeskTab
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import data_label, sentence
from desktop.ui.widgets.tables import table_view


class EbooksTab(DeskTab):
    SCANS = frozenset({Action.EBOOK_LEND})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown: LicenceInfo | None = None
        self.dialog: LicenceDialog | None = None
        self.qr_dialog: QrDialog | None = None
        self.licences = LicenceTableModel()
        self.loans = EbookLoanTableModel()
        self.buttons = {key: QPushButton(self) for key in ("add", "withdraw", "refresh", "qr", "revoke")}
        for key, action in (("add", self.add_licence), ("withdraw", self.withdraw), ("refresh", self.reload),
                            ("qr", self.show_qr), ("revoke", self.revoke)):
            self.buttons[key].clicked.connect(action)
        self.view = table_view(self.licences, self, compact=True, stretch=LicenceTableModel.TITLE)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.loans_view = table_view(self.loans, self, compact=True, stretch=EbookLoanTableModel.READER)
        self.loans_view.selectionModel().selectionChanged.connect(lambda *_: self.retranslate())
        self.loans_view.doubleClicked.connect(lambda _index: self.show_qr())
        self.count = sentence(self)
        self.heading = data_label(self)
        top = QHBoxLayout()
        loan_row = QHBoxLayout()
        for key in ("add", "withdraw"):
            top.addWidget(self.buttons[key])
        top.addWidget(self.count, 1)
        top.addWidget(self.buttons["refresh"])
        loan_row.addWidget(self.heading, 1)
        loan_row.addWidget(self.buttons["qr"])
        loan_row.addWidget(self.buttons["revoke"])
        self.lay_out_panes((top, self.view), (loan_row, self.loans_view), grow=(self.view, self.loans_view))
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
