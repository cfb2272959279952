"""Table models over ReaderInfo and ReaderTypeInfo rows: one constant per column, no database access.

Phone numbers reach these models only masked (ReaderInfo.phone_masked); a revealed number never does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.readers import ReaderInfo, ReaderStatus, ReaderTypeInfo
from desktop.ui.table_model import RowTableModel

CONTEXT = "ReaderTableModel"
CARD, NAME, UNIT, PHONE, TYPE, STATUS, ROOM, REGISTERED = range(8)
STATUS_LABELS = {
    ReaderStatus.ACTIVE: QT_TRANSLATE_NOOP("ReaderTableModel", "Active"),
    ReaderStatus.SUSPENDED: QT_TRANSLATE_NOOP("ReaderTableModel", "Suspended"),
    ReaderStatus.LEFT: QT_TRANSLATE_NOOP("ReaderTableModel", "Left"),
}
ANONYMISED = QT_TRANSLATE_NOOP("ReaderTableModel", "Left (anonymised)")
INACTIVE = QColor("#7a7a7a")
TYPE_NAME, MAX_LOANS, LOAN_DAYS, MAX_RENEWALS, DEFAULT = range(5)
DEFAULT_MARK = QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Default")


def status_label(status: ReaderStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[status])


class ReaderTableModel(RowTableModel[ReaderInfo]):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("ReaderTableModel", "Card"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Name"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Reader type"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Home room"),
        QT_TRANSLATE_NOOP("ReaderTableModel", "Registered"),
    )


    def cell(self, reader: ReaderInfo, column: int) -> str:
        if column == STATUS:
            return self.tr_(ANONYMISED) if reader.anonymised else status_label(reader.status)
        return (reader.card_code, reader.name, reader.unit, reader.phone_masked, reader.reader_type, "",
                reader.site_code or "", reader.registered_on.isoformat())[column]

    def foreground(self, reader: ReaderInfo) -> QBrush | None:
        return QBrush(INACTIVE) if reader.status != ReaderStatus.ACTIVE else None


class ReaderTypeTableModel(RowTableModel[ReaderTypeInfo]):
    CONTEXT = "ReaderTypeTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Name"),
        QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Books at a time"),
        QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Loan days"),
        QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Renewals"),
        QT_TRANSLATE_NOOP("ReaderTypeTableModel", "Default"),
    )
    NUMERIC = frozenset({MAX_LOANS, LOAN_DAYS, MAX_RENEWALS})


    def cell(self, info: ReaderTypeInfo, column: int) -> str:
        if column == DEFAULT:
            return self.tr_(DEFAULT_MARK) if info.is_default else ""
        return (info.name, str(info.max_loans), str(info.loan_days), str(info.max_renewals))[column]
