"""The active reader at the desk: who (masked phone), under which rules, what they have and may still borrow,
why they cannot borrow when blocked, and their loans (renew), holds (reserve, cancel) and e-book loans."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.panel import ReaderPanel
from desktop.ui.circulation.tables import EbookTableModel, HoldTableModel, LoanTableModel
from desktop.ui.context import error_text
from desktop.ui.widgets.labels import I18N_SKIP, data_label, heading, sentence
from desktop.ui.widgets.tables import table_view

BLOCKED_STYLE = "color: #a30000; font-weight: bold;"
OVERDUE_STYLE = "color: #a30000;"
FIELDS = ("card", "unit", "phone", "type")


class ReaderPanelView(QWidget):
    renew_requested = Signal(list)
    """The loan ids to renew (the selected loans)."""
    cancel_hold_requested = Signal(int)
    reserve_requested = Signal()
    qr_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: ReaderPanel | None = None
        self.empty = sentence(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.details = QWidget(self)
        self.name = heading(self.details)
        self.name.setProperty(I18N_SKIP, True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._captions = {key: QLabel(self.details) for key in FIELDS}
        self.values = {key: data_label(self.details) for key in FIELDS}
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(2)
        for key in FIELDS:
            form.addRow(self._captions[key], self.values[key])
        self.rules = sentence(self.details)
        self.counts = sentence(self.details)
        self.counts.setObjectName("readerCounts")
        self.overdue = sentence(self.details)
        self.overdue.setStyleSheet(OVERDUE_STYLE)
        self.blocked = data_label(self.details)  # the reason names the reader
        self.blocked.setObjectName("readerBlocked")
        self.blocked.setStyleSheet(BLOCKED_STYLE)
        self.reserve_button = QPushButton(self.details)
        self.reserve_button.clicked.connect(self.reserve_requested)

        self.loans = LoanTableModel()
        self.holds = HoldTableModel()
        self.ebooks = EbookTableModel()
        self.tabs = QTabWidget(self.details)
        self.tabs.setDocumentMode(True)
        loans_tab, holds_tab, ebooks_tab = QWidget(), QWidget(), QWidget()
        self.loans_view = table_view(self.loans, loans_tab, stretch=LoanTableModel.TITLE, multi=True, compact=True)
        self.holds_view = table_view(self.holds, holds_tab, stretch=HoldTableModel.TITLE, compact=True)
        self.ebooks_view = table_view(self.ebooks, ebooks_tab, stretch=0, compact=True)
        self.renew_button = QPushButton(loans_tab)
        self.renew_button.clicked.connect(self._renew)
        self.cancel_hold_button = QPushButton(holds_tab)
        self.cancel_hold_button.clicked.connect(self._cancel_hold)
        self.qr_button = QPushButton(ebooks_tab)
        self.qr_button.clicked.connect(self._show_qr)
        for tab, view, buttons in ((loans_tab, self.loans_view, (self.renew_button,)),
                                   (holds_tab, self.holds_view, (self.cancel_hold_button,)),
                                   (ebooks_tab, self.ebooks_view, (self.qr_button,))):
            column = QVBoxLayout(tab)
            column.setContentsMargins(0, 4, 0, 0)
            column.addWidget(view, 1)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.addTab(loans_tab, "")
        self.tabs.addTab(holds_tab, "")
        self.tabs.addTab(ebooks_tab, "")
        self.loans_view.doubleClicked.connect(lambda _index: self._renew())

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.reserve_button, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self.rules)
        facts.addWidget(self.counts)
        facts.addWidget(self.overdue)
        facts.addWidget(self.blocked)
        facts.addStretch(1)
        info = QHBoxLayout()
        info.addLayout(form, 3)
        info.addSpacing(16)
        info.addLayout(facts, 4)
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(info)
        column.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.details, 1)
        self.show_panel(None)

    # -- showing -------------------------------------------------------------------------------------------
    def show_panel(self, panel: ReaderPanel | None) -> None:
        keep = self._selected_loan_ids() if self.panel is not None and panel is not None \
            and panel.reader.id == self.panel.reader.id else []
        self.panel = panel
        self.loans.set_rows(panel.loans if panel else ())
        self.holds.set_rows(panel.holds if panel else ())
        self.ebooks.set_rows(panel.ebooks if panel else ())
        for n, loan in enumerate(panel.loans if panel else ()):
            if loan.loan_id in keep:
                self.loans_view.selectionModel().select(
                    self.loans.index(n, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self.empty.setVisible(panel is None)
        self.details.setVisible(panel is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr(
            "No reader at the desk.\n\nScan a reader card: the reader's loans, holds and what they may still "
            "borrow appear here, and each book scanned next is lent at once.\nScan a book with no reader at the "
            "desk to return it.\nScan the same card again, press Esc or click End reader when the reader is done."))
        captions = {"card": self.tr("Card:"), "unit": self.tr("Unit:"), "phone": self.tr("Phone:"),
                    "type": self.tr("Reader type:")}
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.reserve_button.setText(self.tr("Reserve a title…"))
        self.renew_button.setText(self.tr("Renew selected"))
        self.renew_button.setToolTip(self.tr("Renew the selected loans (or scan the book again)"))
        self.cancel_hold_button.setText(self.tr("Cancel hold"))
        self.qr_button.setText(self.tr("Show QR"))
        self.qr_button.setToolTip(self.tr("Show the reading address of the selected e-book loan as a QR code"))
        for model in (self.loans, self.holds, self.ebooks):
            model.retranslate()
        panel = self.panel
        self.tabs.setTabText(0, self.tr("Loans ({n})").format(n=len(panel.loans) if panel else 0))
        self.tabs.setTabText(1, self.tr("Holds ({n})").format(n=len(panel.holds) if panel else 0))
        self.tabs.setTabText(2, self.tr("E-books ({n})").format(n=len(panel.ebooks) if panel else 0))
        if panel is None:
            for label in (self.name, self.rules, self.counts, self.overdue, self.blocked, *self.values.values()):
                label.setText("")
            self._update_buttons()
            return
        reader = panel.reader
        self.name.setText(reader.name)
        self.values["card"].setText(reader.card_code)
        self.values["unit"].setText(reader.unit or "—")
        self.values["phone"].setText(reader.phone_masked or "—")
        self.values["type"].setText(reader.reader_type)
        self.rules.setText(self.tr("Up to {max} books at a time for {days} days; {renewals} renewal(s)").format(
            max=panel.max_loans, days=panel.loan_days, renewals=panel.max_renewals))
        self.counts.setText(self.tr("{loans} of {max} on loan, {left} more allowed · {past} returned before").format(
            loans=len(panel.loans), max=panel.max_loans, left=panel.loans_left, past=panel.past_loans))
        self.overdue.setText(self.tr("{n} overdue").format(n=panel.overdue) if panel.overdue else "")
        self.overdue.setVisible(panel.overdue > 0)
        self.blocked.setText(self.tr("Cannot borrow now: {reason}").format(reason=error_text(panel.blocked))
                             if panel.blocked is not None else "")
        self.blocked.setVisible(panel.blocked is not None)
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------------------------
    def _selected_loan_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.loans_view.selectionModel().selectedRows())
        return [self.loans.row(n).loan_id for n in rows]

    def _update_buttons(self) -> None:
        self.renew_button.setEnabled(bool(self.loans_view.selectionModel().selectedRows()))
        self.cancel_hold_button.setEnabled(bool(self.holds_view.selectionModel().selectedRows()))
        self.qr_button.setEnabled(bool(self.ebooks_view.selectionModel().selectedRows()))

    def _renew(self) -> None:
        ids = self._selected_loan_ids()
        if ids:
            self.renew_requested.emit(ids)

    def _cancel_hold(self) -> None:
        rows = self.holds_view.selectionModel().selectedRows()
        if rows:
            self.cancel_hold_requested.emit(self.holds.row(rows[0].row()).hold_id)

    def _show_qr(self) -> None:
        rows = self.ebooks_view.selectionModel().selectedRows()
        if rows:
            self.qr_requested.emit(self.ebooks.row(rows[0].row()).url)
