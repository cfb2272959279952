"""The readers page's detail pane: the chosen reader's loans now and returned, reservations and e-book loans.

Loaded on the task runner whenever the chosen reader changes; an answer for a reader no longer chosen is dropped.
This is a staff screen: the reader's name is shown in full.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop.core.circulation.panel import LoanLine
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.reader_history import EbookEntry, HoldEntry, ReaderHistory
from desktop.core.readers import ReaderInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, heading, sentence
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.tables import table_view

LATE = QColor("#b3261e")
HOLD_STATES = {
    "waiting": QT_TRANSLATE_NOOP("HoldHistoryModel", "Waiting"),
    "ready": QT_TRANSLATE_NOOP("HoldHistoryModel", "Ready to collect"),
    "collected": QT_TRANSLATE_NOOP("HoldHistoryModel", "Collected"),
    "cancelled": QT_TRANSLATE_NOOP("HoldHistoryModel", "Cancelled"),
    "expired": QT_TRANSLATE_NOOP("HoldHistoryModel", "Expired"),
}


class OpenLoanModel(RowTableModel[LoanLine]):
    CONTEXT = "OpenLoanModel"
    HEADERS = (QT_TRANSLATE_NOOP("OpenLoanModel", "Title"), QT_TRANSLATE_NOOP("OpenLoanModel", "Code"),
               QT_TRANSLATE_NOOP("OpenLoanModel", "Lent"), QT_TRANSLATE_NOOP("OpenLoanModel", "Due"),
               QT_TRANSLATE_NOOP("OpenLoanModel", "Renewals"), QT_TRANSLATE_NOOP("OpenLoanModel", "Days overdue"))
    NUMERIC = frozenset({4, 5})

    def cell(self, loan: LoanLine, column: int) -> str:
        return (loan.title, loan.copy_code, day(loan.lent_on), day(loan.due_on), str(loan.renewals),
                str(loan.overdue_days) if loan.overdue_days else "")[column]

    def foreground(self, loan: LoanLine) -> QBrush | None:
        return QBrush(LATE) if loan.overdue_days else None


class ReturnedLoanModel(RowTableModel[LoanLine]):
    CONTEXT = "ReturnedLoanModel"
    HEADERS = (QT_TRANSLATE_NOOP("ReturnedLoanModel", "Title"), QT_TRANSLATE_NOOP("ReturnedLoanModel", "Code"),
               QT_TRANSLATE_NOOP("ReturnedLoanModel", "Lent"), QT_TRANSLATE_NOOP("ReturnedLoanModel", "Returned"),
               QT_TRANSLATE_NOOP("ReturnedLoanModel", "Days late"))
    NUMERIC = frozenset({4})

    def cell(self, loan: LoanLine, column: int) -> str:
        return (loan.title, loan.copy_code, day(loan.lent_on), day(loan.returned_on),
                str(loan.overdue_days) if loan.overdue_days else "")[column]


class HoldHistoryModel(RowTableModel[HoldEntry]):
    CONTEXT = "HoldHistoryModel"
    HEADERS = (QT_TRANSLATE_NOOP("HoldHistoryModel", "Title"), QT_TRANSLATE_NOOP("HoldHistoryModel", "Room"),
               QT_TRANSLATE_NOOP("HoldHistoryModel", "Placed"), QT_TRANSLATE_NOOP("HoldHistoryModel", "Status"),
               QT_TRANSLATE_NOOP("HoldHistoryModel", "Until / closed"))

    def cell(self, entry: HoldEntry, column: int) -> str:
        hold = entry.hold
        return (hold.title, hold.pickup_site_code, day(hold.placed_on), self.tr_(HOLD_STATES[hold.status.value]),
                day(entry.closed_on or hold.expires_on))[column]


class EbookHistoryModel(RowTableModel[EbookEntry]):
    CONTEXT = "EbookHistoryModel"
    HEADERS = (QT_TRANSLATE_NOOP("EbookHistoryModel", "Title"), QT_TRANSLATE_NOOP("EbookHistoryModel", "Lent"),
               QT_TRANSLATE_NOOP("EbookHistoryModel", "Until"), QT_TRANSLATE_NOOP("EbookHistoryModel", "State"))
    RUNNING = QT_TRANSLATE_NOOP("EbookHistoryModel", "Reading")
    ENDED = QT_TRANSLATE_NOOP("EbookHistoryModel", "Ended")
    REVOKED = QT_TRANSLATE_NOOP("EbookHistoryModel", "Ended early")

    def cell(self, loan: EbookEntry, column: int) -> str:
        state = self.RUNNING if loan.running else self.REVOKED if loan.revoked_on else self.ENDED
        return (loan.title, day(loan.lent_on), day(loan.revoked_on or loan.expires_on), self.tr_(state))[column]


def _table(model: RowTableModel, parent: QWidget) -> QTableView:
    view = table_view(model, parent, stretch=0, alternate=True)  # the title takes what is left
    view.setProperty(I18N_SKIP, True)  # titles and codes are data; the headers are translated by the model
    return view


class ReaderHistoryPane(QWidget):
    """Shows one reader's history; show_reader(None) empties it."""

    TABS = (QT_TRANSLATE_NOOP("ReaderHistoryPane", "On loan ({n})"),
            QT_TRANSLATE_NOOP("ReaderHistoryPane", "Returned ({n})"),
            QT_TRANSLATE_NOOP("ReaderHistoryPane", "Reservations ({n})"),
            QT_TRANSLATE_NOOP("ReaderHistoryPane", "E-books ({n})"))

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = heading(self)
        self.name.setProperty(I18N_SKIP, True)
        self.name.setWordWrap(True)
        self.summary = sentence(self)
        self.loans, self.returned = OpenLoanModel(), ReturnedLoanModel()
        self.holds, self.ebooks = HoldHistoryModel(), EbookHistoryModel()
        self.tabs = QTabWidget(self)
        self.models: tuple[RowTableModel, ...] = (self.loans, self.returned, self.holds, self.ebooks)
        for model in self.models:
            self.tabs.addTab(_table(model, self.tabs), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.reader: ReaderInfo | None = None
        self.history: ReaderHistory | None = None
        self._error = ""
        self._request = 0
        self.retranslate()

    def show_reader(self, reader: ReaderInfo | None) -> None:
        """Load this reader's history (off the GUI thread); None shows nothing."""
        self._request += 1
        self.reader, self.history, self._error = reader, None, ""
        for model in self.models:
            model.set_rows([])
        self.retranslate()
        if reader is None:
            return
        request, app = self._request, self.ctx.app
        self.ctx.tasks.submit(lambda: app.readers.reader_history(reader.id),
                              on_done=lambda history: self._loaded(request, history),
                              on_error=lambda exc: self._failed(request, exc))

    def _loaded(self, request: int, history: ReaderHistory) -> None:
        if request != self._request:
            return  # another reader was chosen since
        self.history = history
        for model, rows in zip(self.models, (history.loans, history.returned, history.holds, history.ebooks),
                               strict=True):
            model.set_rows(rows)
        self.retranslate()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._error = error_text(exc)
            self.retranslate()

    def retranslate(self) -> None:
        reader, history = self.reader, self.history
        self.name.setText(f"{reader.name}  {reader.card_code}" if reader is not None else "")
        for n, (model, title) in enumerate(zip(self.models, self.TABS, strict=True)):
            self.tabs.setTabText(n, QCoreApplication.translate("ReaderHistoryPane", title).format(n=model.rowCount()))
            model.retranslate()
        if self._error:
            self.summary.setText(self._error)
        elif reader is None:
            self.summary.setText(self.tr("Choose a reader to see what they have borrowed."))
        elif history is None:
            self.summary.setText(self.tr("Loading…"))
        elif history.returned_total > len(history.returned):
            self.summary.setText(self.tr("{total} books returned in all; the latest {n} are listed.").format(
                total=history.returned_total, n=len(history.returned)))
        else:
            self.summary.setText(self.tr("{open} on loan, {overdue} overdue; {total} returned before.").format(
                open=len(history.loans), overdue=sum(1 for loan in history.loans if loan.overdue_days),
                total=history.returned_total))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
