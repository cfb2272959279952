"""The tables of e-book licences and of the current loans of one (readers named masked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor

from desktop.core.circulation.ebooks import EbookLoanInfo, LicenceInfo
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.dates import day

GREY = QColor("#80868b")
ACTIVE_LABELS = {True: QT_TRANSLATE_NOOP("LicenceTableModel", "Lending"),
                 False: QT_TRANSLATE_NOOP("LicenceTableModel", "Withdrawn")}


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
