"""The tables of transfers and book boxes, and of the copies in one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QBrush, QColor

from desktop.core.circulation.transfer_views import TransferInfo, TransferKind, TransferLine
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.dates import day

LATE = QColor("#a30000")
KIND_LABELS = {
    "transfer": QT_TRANSLATE_NOOP("TransferTableModel", "Transfer"),
    "book_box": QT_TRANSLATE_NOOP("TransferTableModel", "Book box"),
    "transit": QT_TRANSLATE_NOOP("TransferTableModel", "Copy in transit"),
}
RETURN_BOX = QT_TRANSLATE_NOOP("TransferTableModel", "Box back (#{id})")
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("TransferTableModel", "Being filled"),
    "sent": QT_TRANSLATE_NOOP("TransferTableModel", "Sent"),
    "received": QT_TRANSLATE_NOOP("TransferTableModel", "Received"),
    "cancelled": QT_TRANSLATE_NOOP("TransferTableModel", "Cancelled"),
}
LINE_STATES = {
    "listed": QT_TRANSLATE_NOOP("TransferLineModel", "Listed"),
    "waiting": QT_TRANSLATE_NOOP("TransferLineModel", "Not yet received"),
    "missing": QT_TRANSLATE_NOOP("TransferLineModel", "Missing"),
    "received": QT_TRANSLATE_NOOP("TransferLineModel", "Received"),
    "unexpected": QT_TRANSLATE_NOOP("TransferLineModel", "Came unasked"),
}


def late_box(t: TransferInfo) -> bool:
    return (t.kind is TransferKind.BOOK_BOX and not t.return_of and t.status.value == "received"
            and t.return_by is not None and t.return_by < dt.date.today())


class TransferTableModel(RowTableModel):
    CONTEXT = "TransferTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TransferTableModel", "No."), QT_TRANSLATE_NOOP("TransferTableModel", "Kind"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Status"), QT_TRANSLATE_NOOP("TransferTableModel", "From"),
        QT_TRANSLATE_NOOP("TransferTableModel", "To"), QT_TRANSLATE_NOOP("TransferTableModel", "Copies"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Received"), QT_TRANSLATE_NOOP("TransferTableModel", "Return by"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Note"))
    NO, KIND, STATUS, FROM, TO, COPIES, RECEIVED, RETURN_BY, NOTE = range(9)
    NUMERIC = frozenset({NO, COPIES, RECEIVED})

    def cell(self, t: TransferInfo, column: int) -> Any:
        kind = self.tr_(RETURN_BOX).format(id=t.return_of) if t.return_of else self.tr_(KIND_LABELS[t.kind.value])
        received = f"{t.received} +{t.unexpected}" if t.unexpected else str(t.received)
        return (str(t.id), kind, self.tr_(STATUS_LABELS[t.status.value]), f"{t.from_code} {t.from_name}",
                f"{t.to_code} {t.to_name}", str(t.copies), received if t.status.value in ("sent", "received") else "",
                day(t.return_by), t.note)[column]

    def foreground(self, t: TransferInfo) -> Any:
        return QBrush(LATE) if late_box(t) else None


class TransferLineModel(RowTableModel):
    CONTEXT = "TransferLineModel"
    HEADERS = (QT_TRANSLATE_NOOP("TransferLineModel", "Copy"), QT_TRANSLATE_NOOP("TransferLineModel", "Title"),
               QT_TRANSLATE_NOOP("TransferLineModel", "Call number"), QT_TRANSLATE_NOOP("TransferLineModel", "State"))
    CODE, TITLE, CALL, STATE = range(4)

    def __init__(self, status: str = "open") -> None:
        super().__init__()
        self.status = status
        """The status of the transfer the lines belong to."""

    def state(self, line: TransferLine) -> str:
        if line.unexpected or line.received:
            return "unexpected" if line.unexpected else "received"
        return {"sent": "waiting", "received": "missing"}.get(self.status, "listed")

    def cell(self, line: TransferLine, column: int) -> Any:
        return (line.copy_code, line.title, line.call_number, self.tr_(LINE_STATES[self.state(line)]))[column]

    def foreground(self, line: TransferLine) -> Any:
        return QBrush(LATE) if self.state(line) in ("missing", "unexpected") else None
